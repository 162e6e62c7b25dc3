import Foundation

/// A note staff tick as they go (``CheckedNote``): the ticked matters are records; each one still to do is read as a
/// request of the service it names — not as a record because it says what was arranged (`约了礼拜六来焊`, `报了物业
/// 明天来`) — in order; none is dropped.
extension Desk {
    /// The reply to a ticked note typed at the counter; nil when `text` has no check mark, or when nothing still to do
    /// in it names a service (then the line is read as it would be without the marks).
    func checkedNote(_ text: String, message: Message) -> Reply? {
        // (The mark looked for first: a numbered note's items are cut only for a ticked line.)
        guard message.channel == .desk, CheckedNote.isTicked(text),
              let note = CheckedNote(text, items: Self.numberedItems(of: text)) else { return nil }
        guard !note.toDo.isEmpty else {
            return Reply(status: .ignored, text: "好的，打了✓的都是已经办完的情况，不用开工单。")
        }
        guard note.toDo.contains(where: { decide($0, message).bestService != nil }) else { return nil }
        var reply = handleSeveral(note.toDo, message: message, read: stillToDo)
        if note.toDo.count < note.count {
            reply.text = "（\(note.count - note.toDo.count) 项打了✓或已答，不用开工单。）\n" + reply.text
        }
        return reply
    }

    /// A matter a ticked note leaves undone, begun with the service it names best; an emergency in it, or a matter that
    /// names none, is read as any line is.
    private func stillToDo(_ matter: String, message: Message) -> Reply {
        let decision = decide(matter, message)
        guard emergency(in: matter, decision: decision, message: message) == nil, let ref = decision.bestService else {
            return freeText(matter, message: message)
        }
        return begin(ref, text: matter, message: message)
    }
}
