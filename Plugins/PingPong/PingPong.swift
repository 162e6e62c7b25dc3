import DeskKit
import Foundation

/// 乒乓球室: the players' club — members, membership fees counted to the fen, an open ledger with a monthly
/// public statement, the renovation's donations, and problems with the room's facilities.
public struct PingPong: ServiceModule {
    public let id = "pingpong"
    public let name = LocalizedName("乒乓球室", "Ping-pong room")
    public let summary = "球友会会员、会费登记、收支账目和公示、捐赠、球室设施报修"
    public let casePrefix = "PP"

    public init() {}

    static let methods = [Choice("cash", "现金"), Choice("wechat", "微信转账", aliases: ["微信"]), Choice("alipay", "支付宝")]

    /// A payment method's Chinese name (`微信转账`, never `wechat`).
    static func methodName(_ key: String) -> String { methods.first { $0.key == key }?.name ?? key }

    public var services: [Service] {
        func staff(_ code: String, _ name: String, _ english: String, _ verbs: [String], _ alias: String, _ usage: String,
                   required: Bool = false) -> Service {
            .staffCommand(code: ServiceCode(code), name: name, englishName: english, group: self.name.chinese, verbs: verbs, alias: alias,
                          usage: usage, argumentRequired: required)
        }
        return [
            Service(code: "pingpong-info", name: "球室咨询", englishName: "Ping-pong room questions",
                    description: "会费多少、怎么交、开放时间、怎么入会、钱用到哪里了（收支公示）", group: name.chinese,
                    verbs: ["球室咨询"], aliases: ["pingpong-info"],
                    routing: [RoutingWord("会费多少", weight: 3.5), RoutingWord("会费怎么交", weight: 3.5), RoutingWord("多少钱", weight: 1.5),
                              RoutingWord("怎么交", weight: 1.5), RoutingWord("开放时间", weight: 3), RoutingWord("几点开门", weight: 1.5),
                              RoutingWord("开门", weight: 0.8), RoutingWord("怎么加入", weight: 3), RoutingWord("怎么入会", weight: 3),
                              RoutingWord("入会", weight: 2), RoutingWord("钱用", weight: 2.5), RoutingWord("用到哪", weight: 2.5),
                              RoutingWord("账目公开", weight: 3), RoutingWord("收支", weight: 2), RoutingWord("公示", weight: 1.5),
                              // the club's matches, leaving, receipts: the managers' errands the information passes on
                              RoutingWord("比赛报名", weight: 2.5), RoutingWord("报名比赛", weight: 2.5), RoutingWord("退会", weight: 2.5),
                              // a sign-up for the club's league or friendly (`国庆友谊赛报名`, `我报名国庆比赛`), which the park's
                              // volunteer sign-ups would otherwise take
                              RoutingWord("友谊赛报名", weight: 3.5), RoutingWord("联赛报名", weight: 3.5), RoutingWord("报名国庆比赛", weight: 3.5),
                              RoutingWord("报名参加比赛", weight: 3.5), RoutingWord("报联赛", weight: 3), RoutingWord("报友谊赛", weight: 3),
                              RoutingWord("报名联赛", weight: 3.5), RoutingWord("报名友谊赛", weight: 3.5),
                              RoutingWord("收据", weight: 1.5),
                              // a receipt for the year's fee asked for, again or mended (`年费的收据能不能补个日期`)
                              RoutingWord("年费收据", weight: 3), RoutingWord("会费收据", weight: 3), RoutingWord("开个收据", weight: 3),
                              RoutingWord("收据呢", weight: 3), RoutingWord("收据拍个照", weight: 3), RoutingWord("补个收据", weight: 3),
                              // a fee paid twice, one asked back (`扣了两回 能退我一次吗`): the managers' refund
                              RoutingWord("退一次", weight: 2.5), RoutingWord("退我一次", weight: 2.5),
                              // the club's card, lost or to be replaced (`乒乓球会员卡丢了`): not a bank's or social security's
                              RoutingWord("乒乓球会员卡", weight: 3), RoutingWord("乒乓球卡丢了", weight: 3),
                              // the club's cards by their names (`家庭卡要带么事来办`, `月卡想转年卡`); not `老年卡`, the bus card
                              RoutingWord("家庭卡", weight: 3), RoutingWord("家庭年卡", weight: 3), RoutingWord("转年卡", weight: 3), RoutingWord("年卡续费", weight: 3),
                              // the club's class and card for children (the summer class, `少儿卡多少钱`)
                              RoutingWord("少儿班", weight: 2.5), RoutingWord("少儿卡", weight: 3),
                              // the class by its season (`少儿暑期班报名`), which the park's volunteer sign-ups would otherwise take
                              RoutingWord("少儿暑期班", weight: 2.5), RoutingWord("暑期少儿班", weight: 2.5), RoutingWord("少儿寒假班", weight: 2.5),
                              RoutingWord("少儿春季班", weight: 2.5), RoutingWord("少儿秋季班", weight: 2.5), RoutingWord("少儿冬季班", weight: 2.5),
                              RoutingWord("乒乓球班", weight: 2.5), RoutingWord("乒乓班", weight: 2.5),
                              RoutingWord("学乒乓球", weight: 2), RoutingWord("学打乒乓", weight: 2),
                              // the club's matches asked after (`春季赛分组出来了冇 我打第几场`, `双打排在几点`); not the
                              // matches told of (`我打进八强了`, `单打第三组 看到了`)
                              RoutingWord("第几场", weight: 2.5), RoutingWord("排在几点", weight: 2.5), RoutingWord("几点打", weight: 2),
                              RoutingWord("分组出来", weight: 2.5), RoutingWord("对阵出来", weight: 2.5), RoutingWord("赛程出来", weight: 2.5),
                              RoutingWord("下一轮是", weight: 2.5), RoutingWord("下一轮几", weight: 2.5),
                              // the draw posted, one's name looked for on it (`对阵表上怎么冇我`)
                              RoutingWord("对阵表", weight: 3)]
                        // the league's divisions (`男子组 我也报一个`), which the park's volunteer sign-ups would otherwise take
                        + ClubInfo.divisions.map { RoutingWord($0, weight: 2.5) }
                        // a member's year paused or passed on (`会员转给我老婆`): the managers' to arrange, not a fee to record
                        + ClubInfo.pauseOrTransfer.map { RoutingWord($0, weight: 3.5) },
                    fields: [Field("question", name: "问题", kind: .longText, required: false, question: "请问想了解什么？")],
                    usageExamples: ["乒乓球室会费多少钱", "会费怎么交", "球室几点开门", "怎么加入球友会", "乒乓球室的钱用到哪里了"],
                    answersCosts: true),
            Service(code: "pingpong-payment", name: "会费登记", englishName: "Membership fee",
                    description: "登记会费：会员、方案、金额（元，不写按方案金额）、方式、转账单号；同一单号不能登记两次。"
                        + "在居民群里说的交费不直接记账：转给管理员核对，确认到账后（会费确认）才入账和公示", group: name.chinese,
                    verbs: ["交会费", "会费登记"], aliases: ["pay"],
                    routing: [RoutingWord("会费", weight: 2.5), RoutingWord("续费", weight: 2), RoutingWord("乒乓球", weight: 1), RoutingWord("球友", weight: 0.8)]
                        // What a fee is told with — its kinds, paying, passing money on, the card, the receipt. Without
                        // any of them a line with a sum or a name is no fee: a deposit agreed at the counter
                        // (`墙上钉眼扣两百 退两千八`), leaflets printed (`提醒单印了200张`).
                        + RoutingWord.mentions(["费", "交", "转", "续", "卡", "会员", "入会", "收据", "单号", "¥", "块",
                                                "钱", "半年", "单次", "八折", "单打", "双打", "混双"] + (0...9).map { "\($0)元" }),
                    fields: [
                        // Only the member is asked by the kernel: the module checks the member at once and asks the rest.
                        Field("member", name: "会员", kind: .text, question: "请问是哪位会员？（姓名或电话）"),
                        Field("plan", name: "方案", kind: .text, required: false, question: FeePayments.planQuestion),
                        Field("amount", name: "金额", kind: .money(), required: false, question: "交了多少钱？例如 120元"),
                        Field("method", name: "方式", kind: .choice(Self.methods), required: false, question: FeePayments.methodQuestion),
                        Field("paidOn", name: "交费日期", kind: .datetime, required: false, question: "哪天交的？"),
                        Field("reference", name: "转账单号", kind: .text, required: false, question: "请提供转账单号（微信或支付宝账单里的交易单号）"),
                        Field("reason", name: "原因", kind: .text, required: false, question: "原因？"),
                    ],
                    routingNeedsWord: true,
                    usageExamples: ["交会费 老张 年费 120 微信 单号 4200001234（不写金额按方案金额）",
                                    "居民在群里说「交会费 老张 年费 120元 微信 单号…」：不记账，转管理员核对（工单）",
                                    "会费确认 — 列出待确认的；会费确认 PP-0003 核对到账后入账；会费确认 PP-0003 退回 没收到"]),
            Service(code: "pingpong-facility", name: "球室设施报修", englishName: "Room facility",
                    description: "乒乓球室的空调、球台、球网、灯等坏了，派给球友会管理员", group: name.chinese,
                    verbs: ["球室报修"], aliases: ["pingpong-repair"],
                    // 空调 or a water dispenser alone is a household's (frontdesk M18; `都费电 空调制热还划算点`): only
                    // with the room named is it the room's.
                    routing: [RoutingWord("乒乓球室", weight: 2), RoutingWord("球室", weight: 1.5), RoutingWord("球台", weight: 2),
                              RoutingWord("球网", weight: 2)],
                    fields: [Field("description", name: "描述", kind: .longText, question: "请描述一下问题")],
                    routingNeedsWord: true, faultsAt: ["乒乓球室", "球室"]),
            staff("pingpong-members", "会员", "Members", ["会员"], "members", ClubMembers.usage),
            staff("pingpong-income", "收入", "Income", ["收入"], "income", "收入 类别 金额 [日期] [说明]，如 收入 捐款 200元 张三捐", required: true),
            staff("pingpong-expense", "支出", "Expense", ["支出"], "expense", "支出 类别 金额 [日期] [票据]，如 支出 电费 85.5元 11月电费单", required: true),
            staff("pingpong-claims", "会费确认", "Fee claims", ["会费确认"], "fee-claims", FeeClaims.usage),
            staff("pingpong-reverse", "冲正", "Reversal", ["冲正"], "reverse", "冲正 L5 原因 或 冲正 P3 原因（原记录保留）", required: true),
            staff("pingpong-entries", "账目", "Ledger", ["账目"], "ledger", "某月账目明细和余额：账目 2026-11"),
            staff("pingpong-balance", "余额", "Balance", ["余额"], "balance", "当前余额"),
            staff("pingpong-statement", "收支公示", "Monthly statement", ["公示"], "statement", "月度收支公示：公示 2026-11；加 csv 保存为表格文件（公示 2026-11 csv [文件或文件夹]）"),
            staff("pingpong-arrears", "欠费", "Arrears", ["欠费"], "arrears", "已到期和N天内（默认30）到期的会员：欠费 30"),
            staff("pingpong-remind", "欠费提醒", "Fee reminders", ["欠费提醒"], "fee-remind", "生成会费提醒，放入待发消息：欠费提醒 30"),
            staff("pingpong-donations", "捐赠", "Donations", ["捐赠"], "donations", "实物捐赠：捐赠（列表）或 捐赠 捐赠人 物品 数量单位 [日期]"),
        ]
    }

    public var migrations: [ModuleMigration] { ClubSchema.migrations }

    /// The seed's donations are ledger entries: applying a changed file again would record them twice, so a
    /// change is reported for the treasurer to make at the prompt.
    public var seedUpdates: SeedUpdates { .report }

    public func seed(_ db: Database, from seeds: SeedFiles) throws {
        let seed = try seeds.decode(ClubSeed.self, from: "pingpong/club.yaml")
        let club = String(decoding: try JSONEncoder().encode(seed.club), as: UTF8.self)
        try db.execute(sql: "INSERT INTO pingpongClub(key, value) VALUES ('club', ?)", arguments: [club])
        for plan in seed.plans {
            let amount: Money
            do { amount = try Money.parse(plan.amount) } catch { throw SeedError.invalid("pingpong/club.yaml 方案 \(plan.name) 的金额：\(error)") }
            try Plan(id: plan.id, name: plan.name, months: plan.months, amountFen: amount.fen, aliases: plan.aliases ?? []).insert(db)
        }
        for donation in seed.donations { try donation.insert(db) }
    }

    public func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        switch service.code {
        case "pingpong-payment":
            var fields: [String: FieldValue] = [:]
            let words = text.split(separator: " ").map(String.init)
            if let named = words.first(where: { PersonName.isName($0[...]) && !$0.hasSuffix("网格") }) {
                fields["member"] = .text(named)     // `乒乓 9栋 王小军 交了年费120`: the name, not the word before it
            } else if let first = words.first, first.count >= 2, first.count <= 4, first.allSatisfy({ !$0.isASCII }),
               !["年费", "半年费", "月费", "单次", "这个月", "会费"].contains(where: first.contains) {
                fields["member"] = .text(first)
            } else if let phone = PhoneNumber.find(in: text) {
                fields["member"] = .text(phone.digits)
            } else if text.hasPrefix("我"), let me = context.requester.name ?? context.requester.sender {
                fields["member"] = .text(me)        // `我交了半年的会费 70块`: the sender pays for himself
            }
            for (words, key) in [(["半年"], "半年费"), (["年费", "一年", "全年"], "年费"), (["月费", "这个月", "一个月", "本月"], "月费"), (["单次", "一次"], "单次")]
                where words.contains(where: text.contains) { fields["plan"] = .text(key); break }
            if text.contains("支付宝") { fields["method"] = .choice("alipay") }
            else if text.contains("微信") || text.contains("转") { fields["method"] = .choice("wechat") }
            else if text.contains("现金") { fields["method"] = .choice("cash") }
            if let r = text.range(of: #"(单号|流水号|交易号|参考号)\s*[:：]?\s*[0-9A-Za-z]{6,40}"#, options: .regularExpression) {
                fields["reference"] = .text(String(text[r]).replacingOccurrences(of: #"^\D+"#, with: "", options: .regularExpression))
            } else if let long = Self.transactionNumber.firstMatch(in: text) {
                fields["reference"] = .text(long)      // a WeChat or Alipay transaction number written bare
            }
            // An amount without 元 (`年费 120 微信`) is a bare number of its own; a negative one is kept, so that
            // the field's check refuses it with a message rather than asking again.
            if Money.find(in: text) == nil, let bare = words.first(where: { Self.bareAmount.firstMatch(in: $0) == $0 }),
               let yuan = Double(bare) {
                fields["amount"] = .money(Money(fen: Int((yuan * 100).rounded())))
            }
            if let day = Self.dateWritten.firstMatch(in: text), case .success(let d)? = DateParser.find(in: day, today: context.today) {
                fields["paidOn"] = .datetime(d)
            }
            return fields
        case "pingpong-facility":
            return ["description": .text(text)]
        case "pingpong-info":
            return ["question": .text(text)]
        default:
            return text.isEmpty ? [:] : ["text": .text(text)]
        }
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let text = request["text"]?.text ?? ""
        let ledger = ClubLedger(context: context)
        let members = ClubMembers(context: context)
        let club = try Self.club(context.db)
        func month() -> YearMonth { YearMonth.find(in: text) ?? YearMonth(context.today) }
        func days() -> Int {
            text.range(of: #"[0-9]+"#, options: .regularExpression).flatMap { Int(text[$0]) } ?? context.settings[Self.remindDays].count
        }
        switch request.service.code {
        case "pingpong-payment" where ClubInfo.pausesOrPassesOn(request.text):
            // `乒乓 洪师傅的年卡转给他爱人`: a member's year paused or passed on, for the managers — no fee to record.
            return try managersErrand(request, club: club, in: context)
        case "pingpong-payment": return try FeePayments(context: context).record(request)
        case "pingpong-info" where ClubInfo.reportsAFault(request.text):
            // `乒乓求室的空调不制热 冻死人 球友会的负责人看一下撒`: a fault in the room, not a question about it.
            var report = request
            report.fields["description"] = .text(request.text)
            return try facility(report, club: club, in: context)
        case "pingpong-info": return try ClubInfo(context: context, club: club).answer(request)
        case "pingpong-facility" where !ClubInfo.reportsAFault(request.text) && ClubInfo.isAnErrand(request.text):
            // `乒乓球室的空调费收了又冇开 要退给我们撒`, `在乒乓球室捡到一个水杯冇 忘在窗台上了`: the room named, nothing
            // broken — money back, a thing left, a table booked, for the managers.
            return try managersErrand(request, club: club, in: context)
        case "pingpong-facility": return try facility(request, club: club, in: context)
        case "pingpong-members": return try members.run(text)
        case "pingpong-income": return try ledger.record(text, income: true)
        case "pingpong-expense": return try ledger.record(text, income: false)
        case "pingpong-claims": return try FeeClaims(context: context).run(text)
        case "pingpong-reverse": return try ledger.reverse(text)
        case "pingpong-entries": return try ledger.entries(month())
        case "pingpong-balance": return .answer("乒乓球室余额：\(try ledger.balance())", module: id)
        case "pingpong-statement":
            // `公示 2026-11 csv [文件或文件夹]`: a path is the word after csv.
            let words = text.split(separator: " ").map(String.init)
            let csvAt = words.firstIndex { $0.lowercased() == "csv" }
            let path = csvAt.flatMap { $0 + 1 < words.count ? words[$0 + 1] : nil }
            return try ledger.statement(month(), csv: csvAt != nil || text.lowercased().contains("csv"), club: club.name, path: path)
        case "pingpong-arrears": return try members.arrearsReply(days: days())
        case "pingpong-remind": return try members.remind(days: days(), group: club.group)
        default: return try donations(text, in: context)
        }
    }

    /// The words of a donation with a quantity written onto its item apart (`矿泉水20箱` → `矿泉水`, `20箱`), so that
    /// `捐赠 共建单位 矿泉水20箱` reads as `捐赠 共建单位 矿泉水 20箱`. Only the first item is split: one donation a line.
    static func splittingQuantities(_ words: [String]) -> [String] {
        guard words.count == 2 || words.count > 2 && !words[2].first!.isNumber,
              let digit = words.count > 1 ? words[1].firstIndex(where: { $0.isASCII && $0.isNumber }) : nil,
              digit > words[1].startIndex else { return words }
        return [words[0], String(words[1][..<digit]), String(words[1][digit...])] + words.dropFirst(2)
    }

    /// A bare amount in yuan, as its own word: `120`, `70.5`, `-15`.
    static let bareAmount = TextPattern(#"^-?[0-9]{1,6}(\.[0-9]{1,2})?$"#)
    /// A transaction number: 16 or more digits in a row (WeChat's are 28).
    static let transactionNumber = TextPattern(#"(?<![0-9])[0-9]{16,40}(?![0-9])"#)
    /// A date written as one (`2025-10-01`, `10月1日`), not a plan word like 这个月.
    static let dateWritten = TextPattern(#"[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?|[0-9]{1,2}月[0-9]{1,2}[日号]|昨天|前天"#)

    static func club(_ db: Database) throws -> ClubSeed.Club {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM pingpongClub WHERE key = 'club'") else {
            throw DeskError("no-config", "乒乓球室没有配置（seeds/pingpong/club.yaml 未导入）")
        }
        return try JSONDecoder().decode(ClubSeed.Club.self, from: Data(json.utf8))
    }

    /// `request`, taken by another of the club's services, answered as the room's question: one of the managers'
    /// errands (``ClubInfo``).
    private func managersErrand(_ request: ServiceRequest, club: ClubSeed.Club, in context: ServiceContext) throws -> Reply {
        var errand = request
        errand.fields["question"] = .text(request.text)
        return try ClubInfo(context: context, club: club).answer(errand)
    }

    private func facility(_ request: ServiceRequest, club: ClubSeed.Club, in context: ServiceContext) throws -> Reply {
        let description = try request.value(PingPongFields.description)
        let item = ["空调", "饮水机", "球台", "球网", "灯", "座椅", "门"].first { description.contains($0) } ?? "设施"
        let key = "pingpong:\(item)"
        if let open = try context.cases.openDuplicate(module: id, key: key) {
            try context.cases.link(request, to: open)
            return Reply(module: id, status: .duplicate, caseID: open.id, text: "球室\(item)的问题已有工单 \(open.id)，已记下您的反映。")
        }
        let managers = club.managersName
        let record = try context.cases.open(CaseDraft(title: "乒乓球室 \(item) 问题", category: "球室设施", timeLimit: "general",
                                                       assignee: managers, dedupeKey: key, details: description), for: request)
        try context.db.execute(sql: "INSERT INTO pingpongFacilityCases(caseID) VALUES (?)", arguments: [record.id])
        return Reply(module: id, status: .created, caseID: record.id, text: "已受理，工单 \(record.id)：乒乓球室 \(item) 问题，已转 \(managers)。")
    }

    private func donations(_ text: String, in context: ServiceContext) throws -> Reply {
        let words = Self.splittingQuantities(text.split(separator: " ").map(String.init))
        if words.isEmpty {
            let all = try Donation.order(Column("day")).fetchAll(context.db)
            return .answer("实物捐赠：\n" + context.table(["日期", "捐赠人", "物品", "数量"], all.map { [$0.day.description, $0.donor, $0.item, "\($0.quantity)\($0.unit)"] }),
                           module: id)
        }
        // A donor with a number in it is an item run into the donor (`共建单位送来乒乓球拍5副`): asked again.
        guard words.count >= 3, !words[0].contains(where: { $0.isASCII && $0.isNumber }), let r = words[2].range(of: #"^[0-9]+"#, options: .regularExpression), let quantity = Int(words[2][r]), quantity > 0 else {
            throw DeskError("missing-argument", "用法：捐赠 捐赠人 物品 数量单位 [日期]，如 捐赠 共建单位 矿泉水 20箱")
        }
        var unit = String(words[2][r.upperBound...])
        var rest = words.dropFirst(3)
        // `捐赠 张先生 乒乓球 3 盒`: the unit written apart from the number is still the unit.
        if unit.isEmpty, let next = rest.first, next.count <= 2, !next.contains(where: \.isNumber), DateParser.find(in: next, today: context.today) == nil {
            unit = next; rest = rest.dropFirst()
        }
        var day = context.today
        if let next = rest.first, case .success(let d)? = DateParser.find(in: next, today: context.today) { day = d.day }
        guard day <= context.today else { throw DeskError("future-date", "捐赠日期 \(day) 在今天之后") }   // as the ledger does
        try Donation(donor: words[0], item: words[1], quantity: quantity, unit: unit.isEmpty ? "件" : unit, day: day).insert(context.db)
        return Reply(module: id, status: .updated, text: "已登记捐赠：\(words[0]) \(words[1]) \(quantity)\(unit)（\(day.chinese)）。")
    }
}
