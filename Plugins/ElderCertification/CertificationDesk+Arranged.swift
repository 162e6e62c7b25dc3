import DeskKit
import Foundation

/// Staff noting a certification arranged, moved or put off at the counter (`认证约了明天上午10点来驿站2`, `下雪他女儿说
/// 改到雪化了 先挂着`): kept on a case so that it is followed up, due on the day named.
extension CertificationDesk {
    /// Words that tell a certification arranged or put off.
    static let arrangedWords = ["约了", "预约了", "改到", "改期", "改约", "再约", "先挂着", "挂起来", "等出院", "出院了再", "回来再",
                                // a day to come said outright (`明天来驿站现场做`)
                                "明天来", "后天来", "下周来", "下礼拜来", "明天去", "后天去", "下周去", "明天上门", "后天上门",
                                // the day said with the appointment (`约明天上午来驿站刷脸`, `约后天上门`)
                                "约明天", "约后天", "约下周", "约周"]

    /// Words of a question put to staff (`认证能不能改天`) that ``ElderCertification/isQuestion(_:)`` does not look
    /// for: asked, not arranged.
    static let askingWords = ["能不能", "可不可以", "要不要", "行不行", "可以吗", "么样"]

    /// The case for the arrangement `request` tells, or nil when it tells none (or asks a question).
    func toldArrangement(_ request: ServiceRequest) throws -> Reply? {
        let text = request.text
        // (A line ticked done reports work done, whatever it says of the next visit.)
        guard Self.arrangedWords.contains(where: text.contains), !text.contains("✓"), !ElderCertification.isQuestion(text),
              !Self.askingWords.contains(where: text.contains) else { return nil }
        let elder = try mentionedElder(text)
        let name = elder?.name ?? unregisteredName(in: text)
        var day: CalendarDay?
        if case .success(let when)? = DateParser.find(in: text, today: context.today), when.day >= context.today { day = when.day }
        let (address, worker) = context.placeAndWorker(in: text, request: request)
        let record = try context.cases.open(
            CaseDraft(title: "认证安排：\(name ?? "姓名待补")", category: "上门认证", timeLimit: day == nil ? "general" : nil,
                      assignee: worker, address: address.isEmpty ? nil : address, details: text,
                      deadline: day?.adding(days: 1).date(), resident: elder?.residentID),
            for: request)
        var done = "做好后：认证登记 \(name ?? "姓名") 方式（名册中没有的先 老人登记）。"
        if let elder, let day {
            // On the visit list (`上门计划`), and `上门结果 … 已认证` records it when done.
            try context.db.execute(sql: "INSERT INTO elderVisits(caseID, elderID, day, worker, time) VALUES (?, ?, ?, ?, NULL)",
                                   arguments: [record.id, elder.id!, day.description, worker])
            done = "做好后：上门结果 \(record.id) 已认证。"
        }
        let when = day.map { "，\($0.chinese)到期" } ?? "，日子定了再补"
        return Reply(module: "elder-certification", status: .created, caseID: record.id,
                     text: "已记下\(name ?? "这位老人")的认证安排，工单 \(record.id)\(when)。" + done)
    }
}
