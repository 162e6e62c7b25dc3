/// A line written for someone else, opening with who is writing and for whom (`我奶奶说的 她叫我问一下 二组路口那个
/// 电线杆歪了`, `我是付爹爹的孙女 爷爷打字慢 他屋里那个空调…`): the opening says nothing of the matter, and its family
/// words and `问一下` make the model hear talk. The matter is read without it.
enum RelayedFor {
    /// `text` without its opening pieces that only say who writes for whom; nil when it opens with none, or when
    /// nothing would be left.
    static func matter(of text: String) -> Substring? {
        var rest = text[...]
        var dropped = false
        while let piece = firstPiece(of: rest), isPreamble(piece.piece) {
            rest = rest[piece.end...].drop { separators.contains($0) }
            dropped = true
        }
        return dropped && rest.count >= 6 ? rest : nil
    }

    private static let separators: Set<Character> = [" ", "，", ",", "。", "：", ":", "、", "！", "!"]

    private static func firstPiece(of text: Substring) -> (piece: Substring, end: Substring.Index)? {
        guard let end = text.firstIndex(where: { separators.contains($0) }) else { return nil }
        return (text[..<end], end)
    }

    /// Whether a whole piece only tells who writes for whom: `我奶奶说的`, `她叫我问一下`, `我是裘婆婆的儿子`,
    /// `爷爷打字慢`, `我孙子帮我打的字`.
    static func isPreamble(_ piece: Substring) -> Bool {
        guard piece.count <= 12 else { return false }
        if piece.hasPrefix("我是"), relations.contains(where: { piece.hasSuffix($0) }) { return true }
        if piece.hasPrefix("我"), piece.count <= 6, piece.hasSuffix("说的") || piece.hasSuffix("说") && piece.count >= 3 { return true }
        // (Searched byte by byte, ``CharacterPresence``: this runs on every resident's line heard as talk.)
        return CharacterPresence(piece).containsAny(of: relayWords)
    }

    /// The writer's tie to the one the matter is of.
    private static let relations = ["儿子", "女儿", "孙女", "孙子", "外孙女", "外孙", "儿媳", "媳妇", "侄女", "侄子", "邻居", "老伴", "女婿"]
    /// Words of a piece that tells of the writing itself.
    private static let relayWords = ["叫我问", "让我问", "要我问", "叫我说", "让我说", "叫我在群里", "让我在群里", "打字慢", "不会打字",
                                     "帮我打字", "帮我打的", "帮她打字", "帮他打字", "替她打字", "替他打字"]
}
