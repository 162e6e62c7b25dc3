import Foundation

/// What a resident says in the group about their own open case when the model hears only talk: that it still
/// waits (`电梯今天还是停的 … 几时修好`) or a time that suits them better (`明天下午我加班 改后天上午行不`).
extension Desk {
    /// The reply for a group line the router takes for talk, or is unsure of, that speaks of the sender's own open
    /// case: a chase goes on it as ``speechAct(_:fallback:text:message:)`` does with one; a time proposed is noted on
    /// it for the staff who arrange the visit. Nil for any other line.
    func remarkOnOwnCase(_ text: String, message: Message) -> Reply? {
        guard message.channel == .group else { return nil }
        if Self.stillWaits(text), let record = recentCase(for: message, about: text),
           !Self.hanPairs(text).isDisjoint(with: Self.hanPairs(Self.subject(of: record))) {
            return speechAct(.followUp, fallback: nil, text: text, message: message)
        }
        if TimeProposal.says(text), let record = recentCase(for: message, within: 7 * 86400) {
            return addToCase(record, note: "居民约时间：\(Masking.redact(text))", message: message,
                             reply: "收到，已把您说的时间记在工单 \(record.id)（\(record.title)）上，工作人员会按这个时间跟您联系确认。")
        }
        return nil
    }

    /// What `record` is about, in words a resident would use again: its title, its category and the words it was
    /// reported in (`楼顶天台门被风吹得哐哐响`, where the title says only `屋面`).
    static func subject(of record: CaseRecord) -> String {
        [record.title, record.category ?? "", record.fields["description"]?.text ?? ""].joined(separator: " ")
    }
}
