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
        if let value = asciiDigits(text.utf8) { return value }
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

    /// The value of a text that is one to eighteen ASCII digits and nothing else (`3`, `201`, `0502`), read from its
    /// UTF-8; nil for any other text, which ``parse(_:)`` reads as before.
    ///
    /// The same value ``parse(_:)``'s reading gives such a text: every byte below 0x80 is a character of its own and
    /// no two ASCII digits make one character, so a text of n such bytes is n characters, each ASCII and a number —
    /// `count` is n, within the 18 allowed, and the value is `Int(text)`, the digits read in base ten (leading zeros
    /// allowed), which 18 digits cannot overflow. Anything else — empty, longer, a sign, a space, full-width digits,
    /// a digit with a combining mark, a Chinese numeral — gives nil here and goes through the reading as before.
    ///
    /// Every group message's sender (`3-1-201 住户`) is read for its home, three numbers a nickname, and a report's
    /// building, unit and room besides: counting a text's characters, testing each and `Int(text)` cost some 1,650
    /// instructions a number, 5.95 K a message in relay ingest (docs/performance.md, forty-seventh pass).
    static func asciiDigits<Bytes: Collection>(_ utf8: Bytes) -> Int? where Bytes.Element == UInt8 {
        var value = 0, count = 0
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 18 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            count += 1
        }
        return count == 0 ? nil : value
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
