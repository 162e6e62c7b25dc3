/// The parts of a line that answer questions rather than ask: building, unit, room and house numbers, names
/// introduced as such, dates and ages, digits. A scanner over the line's scalars that takes out exactly what the
/// regular expression
/// `[0-9零一二两三四五六七八九十]+\s*(栋|幢|号楼|单元|室|号|楼|组|岁|年|月|日)|(我|他|她)(叫|是|姓)\s*(?![0-9零一二两三四五六七八九十])\S{1,3}|叫\S{2,3}|[0-9-]+`
/// took out, match for match (leftmost, the first alternative that matches; `\s` is Unicode's White_Space, as in
/// ICU). `NSRegularExpression` bridged every line that held a digit or a clue to UTF-16 and cost some 6 M
/// instructions of the dispatch bench's 1,000 lines (docs/performance.md, tenth pass).
enum AnswerParts {
    /// `text` with every answer part replaced by one space; `text` itself when it holds none.
    static func blanked(_ text: String) -> String {
        let scalars = text.unicodeScalars
        // Most lines hold no scalar a part starts with, and are passed over at once (perf, dispatch: the regular
        // expression's clues did the same).
        guard scalars.contains(where: mayStart) else { return text }
        var out = ""
        var kept = scalars.startIndex   // where the text not yet copied to `out` starts
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if mayStart(scalars[i]), let end = match(scalars, at: i) {
                out += String(scalars[kept..<i])
                out += " "
                (i, kept) = (end, end)
            } else {
                i = scalars.index(after: i)
            }
        }
        return kept == scalars.startIndex ? text : out + String(scalars[kept...])
    }

    private typealias Scalars = String.UnicodeScalarView

    /// The end of the answer part that starts at `i`, if one does; the alternatives in the regular expression's order.
    private static func match(_ s: Scalars, at i: Scalars.Index) -> Scalars.Index? {
        let next = s.index(after: i)
        // A number and what it counts (`4栋`, `二十 岁`). No unit starts with a numeral or a space, so giving back
        // numerals or spaces never finds another: the longest run is the only one to try.
        if isNumeral(s[i]) {
            let spaces = run(s, from: run(s, from: i, while: isNumeral), while: isSpace)
            if let end = unit(s, at: spaces) { return end }
        }
        // A name introduced as such (`他叫王德福`, `我姓 刘`): up to three characters after the spaces — not a number
        // (`我是 6栋1单元1001的`, the compound's name taken out before: where the sender lives, read as such below).
        if s[i] == "我" || s[i] == "他" || s[i] == "她", next < s.endIndex, s[next] == "叫" || s[next] == "是" || s[next] == "姓" {
            let start = run(s, from: s.index(after: next), while: isSpace)
            let end = run(s, from: start, limit: 3) { !isSpace($0) }
            if end > start, !isNumeral(s[start]) { return end }
        }
        // `叫` and a name of two or three characters.
        if s[i] == "叫" {
            let end = run(s, from: next, limit: 3) { !isSpace($0) }
            if s.distance(from: next, to: end) >= 2 { return end }
        }
        // Digits and dashes (`6-2-302`, `139`).
        if isDigitOrDash(s[i]) { return run(s, from: i, while: isDigitOrDash) }
        return nil
    }

    /// The end of the unit word at `i` (`栋`, `号楼`, `单元`…), in the order the alternatives were written
    /// (`号楼` before `号`).
    private static func unit(_ s: Scalars, at i: Scalars.Index) -> Scalars.Index? {
        guard i < s.endIndex else { return nil }
        let next = s.index(after: i)
        switch s[i] {
        case "号": return next < s.endIndex && s[next] == "楼" ? s.index(after: next) : next
        case "单": return next < s.endIndex && s[next] == "元" ? s.index(after: next) : nil
        case "栋", "幢", "室", "楼", "组", "岁", "年", "月", "日": return next
        default: return nil
        }
    }

    /// The index after the scalars from `i` on that satisfy `test`, at most `limit` of them.
    private static func run(_ s: Scalars, from i: Scalars.Index, limit: Int = .max,
                            while test: (Unicode.Scalar) -> Bool) -> Scalars.Index {
        var (end, taken) = (i, 0)
        while end < s.endIndex, taken < limit, test(s[end]) { (end, taken) = (s.index(after: end), taken + 1) }
        return end
    }

    /// Whether an answer part may start with `c`: a numeral, a dash, 我, 他, 她 or 叫.
    private static func mayStart(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "-", "我", "他", "她", "叫": true
        default: isNumeral(c)
        }
    }

    private static func isNumeral(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "0"..."9", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十": true
        default: false
        }
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool { TextNormalizer.isWhitespace(c) }
    private static func isDigitOrDash(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) || c == "-" }
}
