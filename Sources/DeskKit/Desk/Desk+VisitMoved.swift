import Foundation

/// A booked visit moved to another time by the one it is for (`约的修水管师傅明天上午来 我不在家 能不能改到下午`,
/// `上门认证约的礼拜五 改到下礼拜一`): the service whose work it is, named by its words, not the one the model hears in
/// `约`, `上门` and `改到` (care's visits).
extension Desk {
    /// A group's change of time, for the service `text` names by its words (``Router/mostNamed(in:where:)``) when that is
    /// not the service the model reads: a note on the sender's own open case of that service's module (the reply
    /// says it is passed on), else that service's request, begun with the line. (At the counter staff write the
    /// service's own words, and a change there is more often a record of one made.) Nil when the line
    /// changes no time (``ArrangementChange``), speaks of no booking and asks nothing (`联赛挪到下个月 改到周日`, a notice),
    /// the model reads no service in it, or its words name none or the one the model reads.
    func visitMoved(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        guard message.channel == .group, case .service(let read) = decision, ArrangementChange.says(text),
              text.contains("约") || QuestionForm.asks(text) || CharacterPresence(text).containsAny(of: Self.askingForAChange),
              let named = router.mostNamed(in: text, where: { _ in true }), named.module != read.module else { return nil }
        let module = registry.modules[named.module].id
        if let record = recentCase(for: message, about: text), record.module == module {
            return addToCase(record, note: "改时间：\(Masking.redact(text))", message: message,
                             reply: "已在工单 \(record.id)（\(record.title)）上记下您要改的时间，会转告上门的人，有变化再告诉您。")
        }
        return begin(requestInvited(by: named) ?? named, text: text, message: message)
    }

    /// How a change is asked for (`行不行`, `能不能`).
    private static let askingForAChange = ["行不行", "行吗", "能不能", "可不可以", "可以吗", "好不好"]
}
