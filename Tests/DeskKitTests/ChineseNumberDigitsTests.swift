import DeskKit
import Foundation
import Testing

/// What `ChineseNumber.parse` must keep now that a text of ASCII digits alone is read from its bytes
/// (docs/performance.md, forty-seventh pass): every text reads as the reading before it read it — held here as
/// ``reading(_:)``, a copy of `parse` as it was — as a `String` and as a `Substring` cut from a longer text, for
/// digits of every length around the limit of 18, with leading zeros, and for each kind of text that is not ASCII
/// digits alone. Behaviour, not timing.
@Suite("Chinese numerals: ASCII digits read as before")
struct ChineseNumberDigitsTests {
    /// `ChineseNumber.parse` before the forty-seventh pass, verbatim but for the names.
    static func reading<S: StringProtocol>(_ text: S) -> Int? {
        let digits: [Character: Int] = [
            "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        ]
        let smallUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
        let bigUnits: [Character: Int] = ["万": 10_000, "亿": 100_000_000]
        func isNumeral(_ c: Character) -> Bool {
            c.isASCII && c.isNumber || digits[c] != nil || smallUnits[c] != nil || bigUnits[c] != nil
        }
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
        if pendingDigit, lastUnit >= 100, !sawZero, number < 10 { number *= lastUnit / 10 }
        return total + section + number
    }

    /// ASCII digits of every length from 1 to 21, from all zeros to all nines, with leading zeros.
    static var digitTexts: [String] {
        var texts: [String] = []
        for length in 1...21 {
            texts += ["0", "9", "1", "5"].map { String(repeating: $0, count: length) }
            texts.append("0" + String(repeating: "7", count: length - 1))
            texts.append(String("1234567890123456789012".prefix(length)))
            texts.append(String("9876543210987654321098".prefix(length)))
        }
        return texts + ["201", "302", "0502", "1603", "17", "3", "2026", "999999999999999999", "1000000000000000000"]
    }

    /// Texts that are not ASCII digits alone: each goes through the reading as before.
    static let otherTexts = [
        "", " ", "3 ", " 3", "+5", "-5", "5.0", "1e3", "0x1F", "3-1", "12栋", "３", "３０２", "5\u{301}", "\u{301}5",
        "5\u{0}", "\u{0}", "五零二", "十二", "一百二", "两", "三万", "2千", "1万2", "二0二六", "〇", "٣", "३", "Ⅻ", "½", "①",
        "\r\n", "3\r\n", "12345678901234567\u{301}", String(repeating: "一", count: 18), String(repeating: "一", count: 19),
    ]

    @Test func everyTextReadsAsBefore() {
        for text in Self.digitTexts + Self.otherTexts {
            #expect(ChineseNumber.parse(text) == Self.reading(text), "\(text.debugDescription)")
            // Cut from a longer text, as the address parser's numbers are (a text that opens with a combining mark
            // joins the character before it, so it is cut from a text of its own).
            let around = "栋" + text + "单元"
            let cut = around.dropFirst().dropLast(2)
            let piece = cut.unicodeScalars.elementsEqual(text.unicodeScalars) ? cut : text[...]
            #expect(ChineseNumber.parse(piece) == Self.reading(piece), "\(text.debugDescription) as a Substring")
        }
    }

    @Test func digitsAloneReadAsTheirValueUpToEighteen() {
        #expect(ChineseNumber.parse("201") == 201)
        #expect(ChineseNumber.parse("0502") == 502)
        #expect(ChineseNumber.parse("000") == 0)
        #expect(ChineseNumber.parse("999999999999999999") == 999_999_999_999_999_999)
        #expect(ChineseNumber.parse("1000000000000000000") == nil)   // 19 digits
        #expect(ChineseNumber.parse("") == nil)
        #expect(ChineseNumber.parse("３０２") == nil)                 // full-width digits: not a number here, as before
        #expect(ChineseNumber.parse("5\u{301}") == nil)              // a digit with a combining mark: one character, not a digit
    }

    @Test func randomDigitTextsReadAsBefore() {
        var state: UInt64 = 47
        func next() -> UInt64 { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return state >> 33 }
        for _ in 0..<2000 {
            let length = Int(next() % 20) + 1
            let text = String((0..<length).map { _ in Character(String(next() % 10)) })
            #expect(ChineseNumber.parse(text) == Self.reading(text), "\(text)")
            #expect(ChineseNumber.parse(text[...]) == Self.reading(text[...]), "\(text) as a Substring")
        }
    }
}
