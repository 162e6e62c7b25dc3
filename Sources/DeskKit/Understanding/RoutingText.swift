/// What the router's model reads of a line: the line without the numbers that only say *how to reach* someone
/// or *which door* — mobile numbers and hyphenated numbers (`8-1-302`, `027-85551234`). A classifier over
/// characters learns them from whichever examples happened to carry them: ads carry phone numbers, so
/// `我要报修 6栋3单元502 空调不制冷 联系电话13800138002` read as an ad. Training examples and incoming lines pass
/// through the same function, so the model learns from what is left.
///
/// ID numbers go too: the fifty grams of eighteen digits outweighed every word of `家属来注销认证名单 陈建民
/// 4201…0314`, which the model read as a ping-pong fee (the fifth corpus: five lines at the counter).
///
/// What stays, because measured it carries meaning: building, unit and room numbers (`5栋2单元`: residents'
/// repairs name them, notices rarely do — stripping them cost 1.5 points on the held-out corpus), compound and
/// place names, birth dates (`19710606`: retirement), short numbers (`1965年`, `60岁`, `120`, `+1`).
struct RoutingText: Sendable {
    init() {}

    /// `text` with ID, mobile and hyphenated numbers replaced by a space (a space ends a run of grams, see
    /// ``CharacterGrams``).
    func content(_ text: String) -> String {
        guard Self.mayHoldANumberToTakeOut(text) else { return text }
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = 0
        while i < chars.count {
            if let end = Self.idEnd(chars, from: i) ?? Self.numberEnd(chars, from: i) {
                out.append(" ")
                i = end
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    /// Whether `text` may hold a number ``content(_:)`` takes out: a hyphen, or a run of eleven ASCII digits or more
    /// (an ID or a mobile number; an ASCII digit is one byte, so a run of digit characters is a run of as many
    /// bytes). Most lines with a digit hold neither (`3栋2单元502`, `1968年3月`) and are left as they are without
    /// walking their characters — that walk was 21,000 instructions a line, 4 % of line mode (docs/performance.md,
    /// twentieth pass).
    private static func mayHoldANumberToTakeOut(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") { return true }
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run >= 11 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// The end of an ID number (18 characters: 17 digits and a digit or `X`) starting at `i`, or nil.
    private static func idEnd(_ chars: [Character], from i: Int) -> Int? {
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        guard i + 18 <= chars.count, i == 0 || !isDigit(chars[i - 1]) else { return nil }
        for k in i..<(i + 17) where !isDigit(chars[k]) { return nil }
        let last = chars[i + 17]
        guard isDigit(last) || last == "X" || last == "x" else { return nil }
        if i + 18 < chars.count, isDigit(chars[i + 18]) { return nil }
        return i + 18
    }

    /// The end of a hyphenated number or of a mobile number (11 digits from `1`) starting at `i`, or nil.
    private static func numberEnd(_ chars: [Character], from i: Int) -> Int? {
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        guard isDigit(chars[i]), i == 0 || !isDigit(chars[i - 1]) else { return nil }
        var j = i
        var digits = 0
        var hyphens = 0
        while j < chars.count {
            if isDigit(chars[j]) { digits += 1; j += 1; continue }
            if chars[j] == "-", j + 1 < chars.count, isDigit(chars[j + 1]) { hyphens += 1; j += 1; continue }
            break
        }
        let mobile = digits == 11 && chars[i] == "1" && hyphens == 0
        return hyphens > 0 || mobile ? j : nil
    }
}
