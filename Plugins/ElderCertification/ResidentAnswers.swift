import DeskKit
import Foundation

/// What residents ask the elder-certification desk: the 老年人优待证 and the 高龄津贴 (rules.md §4, answered from
/// `seeds/elder-certification/info.yaml` and `config.yaml`), and a home certification visit for someone who
/// cannot come (a case for the grid worker).
struct ResidentAnswers {
    let context: ServiceContext

    /// `老年人优待证怎么办`, `我爸1966年3月出生，什么时候可以办优待证`.
    func benefitCard(_ text: String) throws -> Reply {
        let info = try ElderInfo.load(context.db).benefitCard
        let before = try ElderConfig.load(context.db).benefitCard.applyMonthsBefore
        var lines = ["老年人优待证：",
                     "谁可以办：\(info.who)。",
                     "什么时候办：60岁生日所在月的前\(before)个月起可以申请。",
                     "在哪里办：\(info.where)。",
                     "要带什么：\(info.bring)。",
                     "\(info.over65)。"]
        if let birth = YearMonth.find(in: text) {
            let sixty = birth.adding(months: 60 * 12), opens = sixty.adding(months: -before)
            let now = YearMonth(context.today)
            lines.insert(opens <= now ? "\(birth.chinese)出生的，\(sixty.chinese)满60岁，现在就可以申请。"
                                      : "\(birth.chinese)出生的，\(sixty.chinese)满60岁，\(opens.chinese)起可以申请。", at: 1)
        }
        return .answer(lines.joined(separator: "\n"), module: "elder-certification")
    }

    /// `高龄津贴怎么申请`.
    func ageAllowance() throws -> Reply {
        let info = try ElderInfo.load(context.db).ageAllowance
        let config = try ElderConfig.load(context.db).ageAllowance
        let amounts = config.monthlyYuan.isEmpty ? info.amounts
            : config.ages.compactMap { age in config.monthlyYuan[String(age)].map { "\(age)岁起每月 \($0) 元" } }.joined(separator: "，")
        let lines = ["高龄津贴：",
                     "谁可以领：\(info.who)。",
                     "怎么申请：\(info.how)。",
                     "标准：\(amounts)。"]
        return .answer(lines.joined(separator: "\n"), module: "elder-certification")
    }

    /// `帮我妈约个上门认证`: opens the home-visit case for the grid worker of the elder's compound.
    func requestVisit(_ request: ServiceRequest) throws -> Reply {
        let name = request["elder"]!.text!
        let address = request["address"]!.address!
        if request.channel == .desk && request["phone"] == nil {
            throw NeedsField("phone", question: "联系电话？（上门前网格员会先打电话约时间）")
        }
        let registered = try Elder.filter(Column("name") == name && Column("leftOn") == nil).fetchAll(context.db)
            .first { $0.compound == address.compound }
        let worker = address.compound.flatMap(context.directory.grid(forCompound:))?.worker ?? "网格员"
        let when = request["date"]?.datetime
        var request = request
        if let phone = request["phone"]?.phone { request.requester.phone = phone }
        let record = try context.cases.open(
            CaseDraft(title: "上门认证申请：\(name)（\(address)）", category: "上门认证", timeLimit: "general", assignee: worker,
                      address: address, details: request.text + (registered == nil ? "（名册中没有这位老人，上门时请登记）" : "")),
            for: request)
        if let elder = registered {
            try context.db.execute(sql: "INSERT INTO elderVisits(caseID, elderID, day, worker) VALUES (?, ?, ?, ?)",
                                   arguments: [record.id, elder.id!, (when?.day ?? context.today).description, worker])
        }
        let limit = context.directory.timeLimit(id: "general").map { DeskFormat.hours($0.hours) } ?? "7天"
        let time = when.map { "，希望 \($0.day.chinese)" } ?? ""
        return Reply(module: "elder-certification", status: .created, caseID: record.id,
                     text: "已登记上门认证申请，工单 \(record.id)：\(name)（\(address)）\(time)。由 \(worker) 在\(limit)内联系约时间上门，不用跑腿。")
    }
}
