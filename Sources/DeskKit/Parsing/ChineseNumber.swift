/// Chinese numerals (`三`, `十二`, `一百二十`, `两`, `五零二`) and ASCII digits read as integers.
public enum ChineseNumber {
    static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
        "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let smallUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
    static let bigUnits: [Character: Int] = ["万": 10_000, "亿": 100_000_000]

    /// Whether `c` can be part of a number this type reads.
    public static func isNumeral(_ c: Character) -> Bool {
        c.isASCII && c.isNumber || digits[c] != nil || smallUnits[c] != nil || bigUnits[c] != nil
    }

    /// Reads the whole of `text` as a number, or returns nil.
    ///
    /// A run of digits without units is positional (`五零二` → 502, `2026` → 2026); with units it is read
    /// as spoken (`一千零五` → 1005, `十二` → 12, and colloquially `一百二` → 120).
    public static func parse<S: StringProtocol>(_ text: S) -> Int? {
        guard !text.isEmpty, text.count <= 18 else { return nil }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(text) }
        guard text.allSatisfy(isNumeral) else { return nil }
        if !text.contains(where: { smallUnits[$0] != nil || bigUnits[$0] != nil }) {
            var value = 0
            for c in text { value = value * 10 + (digits[c] ?? c.wholeNumberValue ?? 0) }
            return value
        }
        var total = 0, section = 0, number = 0
        var lastUnit = 0, sawZero = false, pendingDigit = false
        // Anything this large is not a number a person means; it also keeps the arithmetic from overflowing.
        let ceiling = 1_000_000_000_000_000
        for c in text {
            if let d = digits[c] ?? (c.isASCII ? c.wholeNumberValue : nil) {
                if d == 0 { sawZero = true }
                number = number * (pendingDigit ? 10 : 0) + d
                pendingDigit = true
            } else if let unit = smallUnits[c] {
                section += (pendingDigit ? number : 1) * unit
                number = 0; pendingDigit = false; lastUnit = unit; sawZero = false
            } else if let unit = bigUnits[c] {
                guard section + number < ceiling / unit else { return nil }
                total += (section + number) * unit
                section = 0; number = 0; pendingDigit = false; lastUnit = 0; sawZero = false
            }
            guard number < ceiling, section < ceiling, total < ceiling else { return nil }
        }
        // 一百二 means 120, 三千五 means 3500: a lone trailing digit right after a unit scales down one place.
        if pendingDigit, lastUnit >= 100, !sawZero, number < 10 { number *= lastUnit / 10 }
        return total + section + number
    }

    /// Reads the longest number at the start of `text`; returns its value and what follows it.
    public static func prefix(of text: Substring) -> (value: Int, rest: Substring)? {
        var end = text.startIndex
        while end < text.endIndex, isNumeral(text[end]) { end = text.index(after: end) }
        // Give back characters until what is left parses (e.g. a trailing 万 that is not a number).
        while end > text.startIndex {
            if let value = parse(text[text.startIndex..<end]) { return (value, text[end...]) }
            end = text.index(before: end)
        }
        return nil
    }
}
