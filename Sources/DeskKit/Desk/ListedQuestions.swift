import Foundation

/// Questions staff list by number for people who came to the counter together (`来了三个人问医保：①大学生在外地读书的
/// 交不交 ②老家交过了这边还交不交 ③灵活就业的交哪种`), before answering them one by one (`第①个 已告知在学校交`): the list
/// is a note, not three requests, and each answer is read with the question it answers.
struct ListedQuestions: Sendable {
    /// What heads the list, without the day and the people who came (`问医保:`).
    let topic: String
    /// The questions, in order.
    let items: [String]
    /// When the list was written.
    let time: Date

    /// How long the list is kept in memory: a working day.
    static let lifetime: TimeInterval = 12 * 3600

    /// The list `text` is, with its `items` (``Desk/numberedItems(of:)``): nil unless its head says people came
    /// (`来了三个人`, `来了几个人`) and every item is a question still to answer — not one answered or done, not an
    /// emergency, not a matter to arrange.
    init?(_ text: String, items: [String], at time: Date) {
        // (A list that opens with its first item has no head to say people came.)
        guard let first = text.range(of: " (1) ") else { return nil }
        let head = String(text[..<first.lowerBound])
        guard head.contains("来了"), let came = head.range(of: "个人") else { return nil }
        let topic = String(head[came.upperBound...]).trimmingCharacters(in: .whitespaces)
        let asked = topic.contains("问")
        guard !AnsweredAtTheCounter.says(text), !text.contains("答了"),
              items.allSatisfy({ item in
                  (asked || item.contains("问") || QuestionForm.asks(item)) && !WorkRecord.says(item) && !Desk.asksToArrange(item)
              })
        else { return nil }
        self.topic = topic
        self.items = items
        self.time = time
    }

    /// The line `text` written for one of the questions (`11/5 第 (1) 个 已告知在学校交`, `第二个 …`): an answer given
    /// is read with that question — the day, the topic, the question, then what staff wrote —; anything else (`第③个
    /// 雷志刚 … 让他明天带身份证来`) as written after the number, a matter of its own. Nil when `text` names no question
    /// of the list.
    func reading(_ text: String) -> String? {
        guard let found = Self.whichOne.firstGroups(in: text), let number = found.groups.compactMap({ $0 }).first,
              let n = Int(number) ?? ChineseNumber.parse(number), (1...items.count).contains(n) else { return nil }
        let day = text[..<found.range.lowerBound].trimmingCharacters(in: .whitespaces)
        let said = text[found.range.upperBound...].trimmingCharacters(in: .whitespaces)
        // (The listed question is the asking: `问` before what staff wrote tells whether it is an answer given.)
        let question = AnsweredAtTheCounter.says("问 " + said) ? [topic, items[n - 1]] : []
        return ([day] + question + [said]).filter { !$0.isEmpty }.joined(separator: " ")
    }
    /// `第 (1) 个`, `第①个` as the normaliser sets it apart, `第一个`, `第2个`, near the line's start (after a day).
    private static let whichOne = TextPattern(#"^(?:[0-9]{1,2}[/.月][0-9]{1,2}[日号]? *)?第 ?(?:\(([1-9])\)|([1-9一二三四五六七八九])) ?个"#, clues: "第")
}

extension Desk {
    /// `text` read with the question it answers, when staff listed questions by number in this conversation
    /// (``ListedQuestions``) within its lifetime; `text` as it is otherwise.
    func withTheListedQuestion(_ text: String, message: Message) -> String {
        guard message.channel == .desk, text.unicodeScalars.contains("第"),
              let listed = listedQuestions.withLock({ $0[message.conversation] }),
              (message.time ?? clock.now).timeIntervalSince(listed.time) < ListedQuestions.lifetime,
              let read = listed.reading(text) else { return text }
        return read
    }
}
