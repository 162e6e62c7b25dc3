/// Staff at the counter closing a matter with its last word (`奥22栋 小黎爸爸 南门减速带修了 结了`, `…门禁 换了整套
/// 她说好了 结了`, `走失老人已找到 结案`): news that it is over, like `可以结了`, whatever the line names before it —
/// the model reads the subject, a speed bump or a door, and would open a repair.
///
/// Not the word in another sense: a card frozen (`社保卡冻结了`), a summing up (`总结了`).
enum MatterClosed {
    /// Whether `text` ends by closing the matter it tells of.
    static func says(_ text: String) -> Bool {
        let line = text.reversed().drop { $0 == " " || $0 == "。" || $0 == "." || $0 == "！" || $0 == "!" }
        // Most lines end with no last character of an ending (`了`, `案`, `单`, `结`) and are said not to without
        // comparing the seven endings character by character from the end (perf, dispatch: ~13 K instructions a staff
        // line, 8 K a line of the bench, docs/performance.md, thirty-ninth pass). The comparison below still decides
        // every line that ends with one.
        guard let last = line.first, endingLasts.contains(last) else { return false }
        for ending in endings {
            guard line.starts(with: ending.reversed()) else { continue }
            let before = line.dropFirst(ending.count).first
            return before.map { !otherSenses.contains($0) } ?? false
        }
        return false
    }

    /// The last words that close a matter, longest first (`结案了` before `结了`).
    private static let endings = ["结案了", "结单了", "办结了", "结案", "结单", "办结", "结了"]
    /// The last characters of ``endings``: a line whose last character (after the marks dropped) is none of them ends
    /// with no ending. A set of `Character`s, so that a character canonically equal to one of them is one of them, as
    /// the comparison of the endings has it.
    private static let endingLasts: Set<Character> = Set(endings.compactMap(\.last))
    /// Characters before `结` that make another word of it (`冻结了`, `总结了`, `团结`, `打结`).
    private static let otherSenses: Set<Character> = ["冻", "总", "团", "凝", "连", "纠", "打", "归"]
}
