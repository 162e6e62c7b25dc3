/// A line typed a character at a time with a space after each (`电 梯 又 停 了 三 单 元`, `刘 网格 我 家 水 管
/// 漏 了`) — how some elders type, one press of the space bar per character — read as the words it spells. The
/// spaces split every word the desk knows, so the line read as talk. So is a line typed a short word at a time
/// (`我 老伴 的 医保卡 找不到 了 么样 补`): nearly every piece one to three ideographs.
///
/// Only a line that is mostly such pieces is joined: one whose words are spaced as usual (`3栋 电梯 坏了`) is
/// left as it is.
enum SpacedCharacters {
    /// `text` with the spaces beside single ideographs taken out, when at least ``share`` of its space-separated pieces
    /// (and at least ``fewest`` of them) are one ideograph each; with the spaces between short words taken out, when at
    /// least ``wordShare`` of its pieces (and at least ``fewestWords`` of them) are one to ``shortWord`` ideographs;
    /// `text` itself otherwise.
    static func joined(_ text: String) -> String {
        guard let (pieces, single) = spacedPieces(text) else { return text }
        let singles = single.filter { $0 }.count
        if singles >= fewest, Double(singles) >= share * Double(pieces.count) { return singlesJoined(pieces, single) }
        let short = pieces.map { $0.unicodeScalars.count <= shortWord && $0.unicodeScalars.allSatisfy(isIdeograph) }
        let shorts = short.filter { $0 }.count
        if shorts >= fewestWords, Double(shorts) >= wordShare * Double(pieces.count) {
            return join(pieces) { short[$0 - 1] && short[$0] }
        }
        return text
    }

    /// `text` with each single ideograph set apart by spaces joined to the pieces on both sides (`两个人都 站 不起来了` →
    /// `两个人都站不起来了`), or nil when no piece is one ideograph alone. For a second look for a danger's words
    /// (``EmergencyGuide/emergency(in:evenIfOver:helpOnTheWayIsNotOver:)``), not for reading the whole line: a line of
    /// words spaced as usual keeps its spaces elsewhere.
    static func lonelyCharactersJoined(_ text: String) -> String? {
        guard let (pieces, single) = spacedPieces(text), pieces.count > 1, single.contains(true) else { return nil }
        return singlesJoined(pieces, single)
    }

    /// The space-separated pieces of a line that holds a space, and for each whether it is one ideograph alone; nil for
    /// a line without a space.
    private static func spacedPieces(_ text: String) -> (pieces: [Substring], single: [Bool])? {
        guard text.utf8.contains(UInt8(ascii: " ")) else { return nil }
        let pieces = text.split(separator: " ", omittingEmptySubsequences: true)
        return (pieces, pieces.map { $0.unicodeScalars.count == 1 && isIdeograph($0.unicodeScalars.first!) })
    }

    /// `pieces` put back together without the spaces beside a single ideograph (`single`, piece by piece).
    private static func singlesJoined(_ pieces: [Substring], _ single: [Bool]) -> String {
        join(pieces) { single[$0 - 1] || single[$0] }
    }

    /// `pieces` put back together, without the space before piece `i` when `joins(i)`.
    private static func join(_ pieces: [Substring], where joins: (Int) -> Bool) -> String {
        var line = String(pieces[0])
        for i in 1..<pieces.count {
            if !joins(i) { line += " " }
            line += pieces[i]
        }
        return line
    }

    /// How many one-ideograph pieces make a line spaced out, at least.
    static let fewest = 5
    /// The share of a line's pieces that must be one ideograph each.
    static let share = 0.7
    /// The longest piece, in ideographs, that counts as a short word.
    static let shortWord = 3
    /// How many short words make a line spaced word by word, at least.
    static let fewestWords = 6
    /// The share of a line's pieces that must be short words.
    static let wordShare = 0.8

    private static func isIdeograph(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }
}
