import DeskKit
import Foundation

/// Recording a membership fee: the same transfer reference is never entered twice, and an amount that does
/// not match the plan needs a reason.
struct FeePayments {
    let context: ServiceContext

    func record(_ request: ServiceRequest) throws -> Reply {
        let members = ClubMembers(context: context)
        let member = try members.find(request["member"]!.text!)
        let plans = try Plan.fetchAll(context.db)
        let wanted = request["plan"]!.text!
        // The plan whose name or alias matches the most of what was said (半年费 is not 年费).
        let matched = plans.compactMap { p -> (Plan, Int)? in
            if p.id == wanted || p.name == wanted { return (p, Int.max) }
            return ([p.name] + p.aliases).filter { wanted.contains($0) }.map(\.count).max().map { (p, $0) }
        }
        guard let plan = matched.max(by: { $0.1 < $1.1 })?.0 else {
            throw NeedsField("plan", question: "没有方案「\(wanted)」。可选：" + plans.map { "\($0.name) \($0.amount)" }.joined(separator: "、"))
        }
        let amount = request["amount"]!.money!
        let method = request["method"]!.choice!
        let reference = request["reference"]?.text?.trimmingCharacters(in: .whitespaces)
        if method != "cash", reference == nil || reference!.isEmpty {
            throw NeedsField("reference", question: "请提供转账单号（微信或支付宝账单里的交易单号），防止重复登记")
        }
        if let reference, let existing = try Payment.filter(Column("reference") == reference).fetchOne(context.db) {
            let who = try Member.fetchOne(context.db, key: existing.memberID)?.name ?? "?"
            throw DeskError("duplicate-reference", "转账单号 \(reference) 已经登记过（\(existing.label)，\(who) \(Money(fen: existing.amountFen))），不能重复登记")
        }
        let reason = request["reason"]?.text
        if amount != plan.amount && reason == nil {
            throw NeedsField("reason", question: "金额 \(amount) 与「\(plan.name)」\(plan.amount) 不符。如确认按此金额登记，请说明原因（输入 取消 放弃）")
        }
        let start: CalendarDay
        let end: CalendarDay
        if plan.months == 0 {
            start = context.today; end = context.today
        } else {
            let paid = try members.paidUntil(member.id!)
            start = paid.map { $0 >= context.today ? $0.adding(days: 1) : context.today } ?? context.today
            end = start.adding(months: plan.months).adding(days: -1)
        }
        var payment = Payment(id: nil, memberID: member.id!, planID: plan.id, amountFen: amount.fen, method: method,
                              periodStart: start, periodEnd: end, reference: reference, reason: reason, at: context.now,
                              operatorName: context.operatorName)
        try payment.insert(context.db)
        try ClubLedger(context: context).add(category: "会费", signed: amount, day: context.today,
                                             note: "\(member.name) \(plan.name) \(payment.label)" + (reason.map { "（\($0)）" } ?? ""),
                                             paymentID: payment.id)
        let methodName = PingPong.methods.first { $0.key == method }?.name ?? method
        var text = "已登记会费 \(payment.label)：\(member.name) \(plan.name) \(amount)（\(methodName)）"
        text += plan.months > 0 ? "，覆盖 \(start) 至 \(end)。" : "，\(start.chinese)单次。"
        if let until = try members.paidUntil(member.id!) { text += "\(member.name) 缴费至 \(until)。" }
        return Reply(module: "pingpong", status: .updated, text: text)
    }
}
