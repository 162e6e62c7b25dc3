/// Whether a line is put as a question: a question mark, a question particle (`吗`, `么样`, `冇`), or a
/// question word (`哪里`, `几点`, `能不能`, `请问`). In a group a line about another office's matter that asks
/// nothing (`社区医院 带医保卡就行`) is a neighbour's remark, not a question for the desk.
enum QuestionForm {
    static func asks(_ text: String) -> Bool {
        // Searched byte by byte (``CharacterPresence``): Foundation's search for 28 markers was a twentieth of
        // relaying a group's message (perf, relay).
        CharacterPresence(text).containsAny(of: markers)
    }

    private static let markers = ["?", "？", "吗", "么", "嘛", "哪", "怎", "几", "啥", "什么", "多少", "能不能", "可不可以",
                                  "有没有", "有冇", "冇得", "要不要", "是不是", "请问", "想问", "问下", "问一下", "问哈", "问一哈",
                                  "咨询", "晓得", "知道不", "还是"]
}
