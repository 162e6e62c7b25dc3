/// A line typed a character at a time with a space after each (`电 梯 又 停 了 三 单 元`, `刘 网格 我 家 水 管
/// 漏 了`) — how some elders type, one press of the space bar per character — read as the words it spells. The
/// spaces split every word the desk knows, so the line read as talk.
///
/// Only a line that is mostly such characters is joined: one whose words are spaced as usual (`3栋 电梯 坏了`) is
/// left as it is.
enum SpacedCharacters {
    /// `text` with the spaces beside single ideographs taken out, when at least ``share`` of its space-separated pieces
    /// (and at least ``fewest`` of them) are one ideograph each; `text` itself otherwise.
    static func joined(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: " ")) else { return text }
        let pieces = text.split(separator: " ", omittingEmptySubsequences: true)
        let single = pieces.map { $0.unicodeScalars.count == 1 && isIdeograph($0.unicodeScalars.first!) }
        let singles = single.filter { $0 }.count
        guard singles >= fewest, Double(singles) >= share * Double(pieces.count) else { return text }
        var line = String(pieces[0])
        for i in 1..<pieces.count {
            if !(single[i - 1] || single[i]) { line += " " }
            line += pieces[i]
        }
        return line
    }

    /// How many one-ideograph pieces make a line spaced out, at least.
    static let fewest = 5
    /// The share of a line's pieces that must be one ideograph each.
    static let share = 0.7

    private static func isIdeograph(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }
}
