import DeskKit
import Foundation

/// Recording a membership fee: the member is checked first, the same transfer reference is never entered
/// twice, an amount that does not match the plan needs a reason, and a payment made on an earlier day is
/// recorded on that day (never a future one). A payment told in a residents' group is a claim, not money
/// received: it waits as a case for the club's managers, who confirm it (`会费确认 PP-0003`) or turn it down.
struct FeePayments {
    let context: ServiceContext

    static let planQuestion = "交的是哪种会费？年费、半年费、月费 还是 单次"
    static let methodQuestion = "怎么交的？（1. 现金 2. 微信转账 3. 支付宝）"
    /// Answers to the reference question that mean there is none.
    static let noReference = ["没有", "无", "不知道", "没单号", "没有单号", "忘了", "找不到"]

    func record(_ request: ServiceRequest) throws -> Reply {
        let members = ClubMembers(context: context)
        // Checked at the first answer, before anything else is asked (frontdesk M5).
        let member: Member
        do { member = try members.find(request.value(PingPongFields.member)) } catch let error as DeskError {
            // A resident is not told the counter's commands (`会员 登记`).
            let why = request.channel == .group ? "没有找到这位会员" : error.message
            throw NeedsField("member", question: "\(why)。请问是哪位会员？（姓名或电话；输入 取消 放弃）")
        }
        let plans = try Plan.fetchAll(context.db)
        guard let wanted = request["plan"]?.text else { throw NeedsField("plan", question: Self.planQuestion) }
        // The plan whose name or alias matches the most of what was said (半年费 is not 年费).
        let matched = plans.compactMap { p -> (Plan, Int)? in
            if p.id == wanted || p.name == wanted { return (p, Int.max) }
            return ([p.name] + p.aliases).filter { wanted.contains($0) }.map(\.count).max().map { (p, $0) }
        }
        guard let plan = matched.max(by: { $0.1 < $1.1 })?.0 else {
            throw NeedsField("plan", question: "没有方案「\(wanted)」。可选：" + plans.map { "\($0.name) \($0.amount)" }.joined(separator: "、"))
        }
        // Without an amount, the plan's fixed fee is meant (`交会费 老张 年费 微信`); the reply says it.
        let amount = request["amount"]?.money ?? plan.amount
        guard let method = request["method"]?.choice else { throw NeedsField("method", question: Self.methodQuestion) }
        var reference = request["reference"]?.text?.trimmingCharacters(in: .whitespaces)
        if let r = reference, r.isEmpty || Self.noReference.contains(where: r.contains) { reference = nil }
        if method != "cash", request["reference"] == nil {
            throw NeedsField("reference", question: "请提供转账单号（微信或支付宝账单里的交易单号），防止重复登记；没有就回答 没有")
        }
        if let reference { try Self.refuseDuplicate(reference, in: context.db) }
        let reason = request["reason"]?.text
        // A resident in a group is not asked to justify an amount: the managers check it when they confirm.
        if amount != plan.amount && reason == nil && request.channel != .group {
            throw NeedsField("reason", question: "金额 \(amount) 与「\(plan.name)」\(plan.amount) 不符。如确认按此金额登记，请说明原因（输入 取消 放弃）")
        }
        // A payment made earlier (`… 现金 2025-10-01`) counts from that day; a future day is refused.
        let paidOn = request["paidOn"]?.datetime?.day ?? context.today
        guard paidOn <= context.today else { throw DeskError("future-date", "交费日期 \(paidOn) 在今天之后，不能登记") }
        let claim = FeeClaim(caseID: "", memberID: member.id!, planID: plan.id, amountFen: amount.fen, method: method,
                             reference: reference, reason: reason, paidOn: paidOn)
        if request.channel == .group { return try FeeClaims(context: context).file(claim, member: member, plan: plan, request: request) }
        return try book(claim, member: member, plan: plan)
    }

    /// A transfer reference already booked, or waiting in a claim, is refused.
    static func refuseDuplicate(_ reference: String, in db: Database) throws {
        if let existing = try Payment.filter(Column("reference") == reference).fetchOne(db) {
            let who = try Member.fetchOne(db, key: existing.memberID).map { try Member.load([$0], in: Residents(db: db, now: Date()))[0].name } ?? "?"
            throw DeskError("duplicate-reference", "转账单号 \(reference) 已经登记过（\(existing.label)，\(who) \(Money(fen: existing.amountFen))），不能重复登记")
        }
        if let waiting = try FeeClaims.open(db).first(where: { $0.reference == reference }) {
            throw DeskError("duplicate-reference", "转账单号 \(reference) 已在待确认的 \(waiting.caseID) 里，不能重复登记")
        }
    }

    /// Books a payment into the member's record and the ledger: the counter's own entry, or a confirmed claim.
    func book(_ claim: FeeClaim, member: Member, plan: Plan) throws -> Reply {
        let members = ClubMembers(context: context)
        let amount = Money(fen: claim.amountFen), method = claim.method, reference = claim.reference, reason = claim.reason
        let paidOn = claim.paidOn
        let start: CalendarDay
        let end: CalendarDay
        if plan.months == 0 {
            start = paidOn; end = paidOn
        } else {
            let paid = try members.paidUntil(member.id!)
            start = paid.map { $0 >= paidOn ? $0.adding(days: 1) : paidOn } ?? paidOn
            end = start.adding(months: plan.months).adding(days: -1)
        }
        var payment = Payment(id: nil, memberID: member.id!, planID: plan.id, amountFen: amount.fen, method: method,
                              periodStart: start, periodEnd: end, reference: reference,
                              reason: reason ?? (method != "cash" && reference == nil ? "无转账单号" : nil),
                              at: paidOn == context.today ? context.now : paidOn.date(hour: 12), operatorName: context.operatorName)
        try payment.insert(context.db)
        try ClubLedger(context: context).add(category: "会费", signed: amount, day: paidOn,
                                             note: "\(plan.name) \(payment.label)" + (payment.reason.map { "（\($0)）" } ?? ""),
                                             paymentID: payment.id)
        var text = "已登记会费 \(payment.label)：\(member.name) \(plan.name) \(amount)（\(PingPong.methodName(method))）"
        if paidOn < context.today { text += "，按 \(DeskFormat.day(paidOn, today: context.today)) 交费登记" }
        text += plan.months > 0 ? "，覆盖 \(start) 至 \(end)。" : "，\(DeskFormat.day(start, today: context.today))单次。"
        if method != "cash" && reference == nil { text += "没有转账单号，已注明。" }
        if let until = try members.paidUntil(member.id!) { text += "\(member.name) 缴费至 \(until)。" }
        return Reply(module: "pingpong", status: .updated, text: text)
    }
}
