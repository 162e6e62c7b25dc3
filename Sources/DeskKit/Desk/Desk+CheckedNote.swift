import Foundation

/// A note staff tick as they go (``CheckedNote``): the ticked matters are records (work a service keeps a record of,
/// such as a certification made, recorded by it); each one still to do is read as a
/// request of the service it names — not as a record because it says what was arranged (`约了礼拜六来焊`, `报了物业
/// 明天来`) — in order; none is dropped.
extension Desk {
    /// The reply to a ticked note typed at the counter; nil when `text` has no check mark, or when nothing still to do
    /// in it names a service (then the line is read as it would be without the marks).
    func checkedNote(_ text: String, message: Message) -> Reply? {
        // (The mark looked for first: a numbered note's items are cut only for a ticked line.)
        guard message.channel == .desk, CheckedNote.isTicked(text) else { return nil }
        let items = Self.numberedItems(of: text)
        guard let note = CheckedNote(text, items: items) else { return nil }
        // (A numbered day's summary, `小结：①…✓ ②…✓`, tells work already recorded as it was done.)
        func recordsTicked() -> [Reply] { items.count < 2 ? keptRecords(of: note, message: message) : [] }
        guard !note.toDo.isEmpty else {
            let kept = recordsTicked()
            guard kept.isEmpty else { return Self.combined(kept) }
            if items.count < 2, let done = note.ticked.first, note.ticked.count == 1, let noted = workDone(done, message: message) {
                return noted
            }
            return Reply(status: .ignored, text: "好的，打了✓的都是已经办完的情况，不用开工单。")
        }
        guard note.toDo.contains(where: { decide($0, message).bestService != nil }) else { return nil }
        let kept = recordsTicked()
        var reply = handleSeveral(note.toDo, message: message, read: stillToDo)
        // (The ticked matters recorded above are not among those that need nothing.)
        if case let done = note.count - note.toDo.count - kept.count, done > 0 {
            reply.text = "（\(done) 项打了✓或已答，不用开工单。）\n" + reply.text
        }
        return kept.isEmpty ? reply : Self.combined([reply] + kept)
    }

    /// `11月7日周一下午 ✓ 泊林 2 栋 1 单元门禁修好`: work told done at a place where an open case is about it — noted on
    /// that case for staff to close and call back (rules.md §5: 办结, 回访), not a new case. Nil when the matter names no
    /// place the directory knows, or no open case there is about it (``caseToFollowUp(at:described:now:)``).
    private func workDone(_ matter: String, message: Message) -> Reply? {
        let place = addresses.read(matter)
        guard place.compound != nil, place.building != nil || place.villageGroup != nil || place.place != nil,
              let record = try? caseToFollowUp(at: place, described: matter, now: message.time ?? clock.now),
              record.status.isOpen else { return nil }
        return addToCase(record, note: "工作人员记下已办好：\(Masking.redact(matter))", message: message,
                         reply: "已在工单 \(record.id)（\(record.title)）上记下：已办好。请核实后办结，并安排回访。")
    }

    /// `邓婆婆 上门 用平板人脸 做完了 ✓`: the ticked matters that name work a service keeps a record of
    /// (``Service/recordsWork``), recorded by it — the tick says the work is done, and done work of that kind is what the
    /// service registers. Not a question told answered (`问认证 已答 ✓`) nor a look-up (`查了 上半年就做过 ✓`).
    private func keptRecords(of note: CheckedNote, message: Message) -> [Reply] {
        note.ticked.compactMap { matter in
            guard !CheckedNote.toldAnswered(matter), let keeper = keeperOfWork(in: matter) else { return nil }
            return recorded(by: keeper, text: matter, message: message)
        }
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
