/// Staff at the counter closing a matter with its last word (`奥22栋 小黎爸爸 南门减速带修了 结了`, `…门禁 换了整套
/// 她说好了 结了`, `走失老人已找到 结案`): news that it is over, like `可以结了`, whatever the line names before it —
/// the model reads the subject, a speed bump or a door, and would open a repair.
///
/// Not the word in another sense: a card frozen (`社保卡冻结了`), a summing up (`总结了`).
enum MatterClosed {
    /// Whether `text` ends by closing the matter it tells of.
    static func says(_ text: String) -> Bool {
        let line = text.reversed().drop { $0 == " " || $0 == "。" || $0 == "." || $0 == "！" || $0 == "!" }
        for ending in endings {
            guard line.starts(with: ending.reversed()) else { continue }
            let before = line.dropFirst(ending.count).first
            return before.map { !otherSenses.contains($0) } ?? false
        }
        return false
    }

    /// The last words that close a matter, longest first (`结案了` before `结了`).
    private static let endings = ["结案了", "结单了", "办结了", "结案", "结单", "办结", "结了"]
    /// Characters before `结` that make another word of it (`冻结了`, `总结了`, `团结`, `打结`).
    private static let otherSenses: Set<Character> = ["冻", "总", "团", "凝", "连", "纠", "打", "归"]
}
