/// What residents type in a hurry — pinyin initials and net slang (`dt门关不上`, `我的sb卡到了冇`, `我妈今年rz了冇`, `xs`,
/// `3q`, `木有`, `肿么办`) — spelled out before the line is read, so that the thing named is heard.
/// Initials count only as a run of Latin letters of their own (`dt`, not the `dt` of `dtoo`, nor `RZ` of the case number
/// `RZ-0001`); `sb` only before a word of social security (`sb卡`, `sb费`), since it is also an insult.
enum TypedShortcuts {
    /// `text` with the shortcuts spelled out; `text` itself when it holds none.
    static func expanded(_ text: String) -> String {
        // Most lines hold no Latin letter and neither slang word: they are returned as they are.
        let hasLetters = text.utf8.contains { (0x61...0x7A).contains($0 | 0x20) }
        let hasSlang = text.unicodeScalars.contains { $0 == "木" || $0 == "肿" }
        guard hasLetters || hasSlang else { return text }
        var out = hasLetters ? spellingOutInitials(text) : text
        if hasSlang {
            for (slang, word) in slang where out.contains(slang) { out = out.replacingOccurrences(of: slang, with: word) }
        }
        return out
    }

    private static func spellingOutInitials(_ text: String) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            guard isLatin(text[i]) else {
                out.append(text[i])
                i = text.index(after: i)
                continue
            }
            var j = i
            while j < text.endIndex, isLatin(text[j]) { j = text.index(after: j) }
            let run = text[i..<j], key = run.lowercased()
            let next = j < text.endIndex ? text[j] : nil
            // A run before `-` is a code (`RZ-0001`, a case of the certification module), not initials.
            if next != "-", let word = initials[key], key != "sb" || next.map(socialSecurityWords.contains) == true {
                out += word
            } else {
                out += run
            }
            i = j
        }
        return out
    }

    /// A Latin letter or digit: one character of a run of initials (`3q` holds a digit).
    private static func isLatin(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }

    /// Pinyin initials and the words they stand for.
    private static let initials: [String: String] = [
        "dt": "电梯", "rz": "认证", "sb": "社保", "wy": "物业", "xs": "谢谢", "3q": "谢谢"]
    /// What follows `sb` when it means 社保.
    private static let socialSecurityWords: Set<Character> = ["卡", "费", "局", "缴", "交", "的"]
    /// Net slang, and the words meant.
    private static let slang: [(String, String)] = [("木有", "没有"), ("肿么", "怎么")]
}
