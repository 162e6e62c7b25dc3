import Foundation

/// A note staff write at the counter that lists matters by number (`交班：①2栋楼道灯已修好 ②7栋钱爹爹出院了 今天要去看
/// 还冇去 ③公园喷头要物业报`): the matters told as done are records; those still to do are read as if each had come
/// alone, in order — a shift's handover does not lose what the next shift must do.
extension Desk {
    /// The reply to a numbered note with at least one matter still to do; nil when `text` is no such note, or every
    /// matter in it is done (then it is a record, read as one line).
    func numberedNote(_ text: String, message: Message) -> Reply? {
        // (`contains` byte by byte, ``CharacterPresence``: Foundation's search was 2 % of the dispatch bench's lines,
        // which are seldom numbered notes — docs/performance.md, twenty-seventh pass.)
        guard message.channel == .desk, text.hasPrefix("(1) ") || CharacterPresence(text).contains(" (1) ") else { return nil }
        let items = Self.numberedItems(of: text)
        guard items.count >= 2 else { return nil }
        if let listed = ListedQuestions(text, items: items, at: message.time ?? clock.now) {
            listedQuestions.withLock { $0[message.conversation] = listed }
            return Reply(status: .ignored, text: "好的，记下了这 \(items.count) 个人的问题，不用开工单。答了哪一个，就写 第①个 已告知……（答的内容）。")
        }
        let toDo = items.filter { !WorkRecord.says($0) && !FixNews.says($0) }
        guard !toDo.isEmpty else { return nil }
        var reply = handleSeveral(toDo, message: message)
        if toDo.count < items.count {
            reply.text = "（\(items.count - toDo.count) 项是已经办完的情况，不用开工单。）\n" + reply.text
        }
        return reply
    }

    /// The items of a note numbered with circled numbers, which ``TextNormalizer`` sets apart as ` (1) `, ` (2) `…,
    /// trimmed; what comes before the first (`交班：`) heads the note and is no item.
    static func numberedItems(of text: String) -> [String] {
        var items: [String] = []
        var rest = Substring(" " + text)   // (a note may open with its first item)
        var number = 1
        guard let first = rest.range(of: " (1) ") else { return [] }
        rest = rest[first.upperBound...]
        while true {
            number += 1
            guard let next = rest.range(of: " (\(number)) ") else { break }
            items.append(String(rest[..<next.lowerBound]))
            rest = rest[next.upperBound...]
        }
        items.append(String(rest))
        return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
