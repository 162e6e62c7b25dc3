import Foundation

/// Landlines and the old 15-digit ID cards, masked like mobiles and 18-digit IDs wherever free text is shown.
/// Kept apart from the mobile/ID pass (``Masking/redact(_:)`` calls it last), as these forms need context to be
/// told apart from dates, amounts and transfer references.
extension Masking {
    /// `text` with every landline (`027-85551234`, `(027)8555 1234`, `02785551234`; an eight-digit local number
    /// only after a word that says it is a phone: `座机85551234`, `电话：8555-1234`) and every 15-digit ID number
    /// (GB 11643-1989: a province code, then a valid `yymmdd` birth date) masked.
    public static func redactFixedLines(_ text: String) -> String {
        // Each form needs a run of digits of its own least length (``longestDigitRun(_:)``): measured on the
        // text each pattern is run on, a pattern that cannot match is not run.
        let run = longestDigitRun(text)
        guard run >= 7 else { return text }
        var out = run < 15 ? text : oldIDPattern.replacing(in: text) { match in
            let digits = String(match.filter(\.isNumber))
            return isOldID(digits) ? idNumber(digits) : match
        }
        out = longestDigitRun(out) < 7 || !mayHoldLandline(out) ? out : landlinePattern.replacing(in: out) { match in
            let digits = String(match.filter(\.isNumber))
            return isPublic(digits) ? match : phone(digits)
        }
        if longestDigitRun(out) < 8 || !mayHoldLocalNumber(out) { return out }
        return localNumberPattern.replacing(in: out) { match in
            // The word before the number stays; the local number keeps only its last four digits.
            let digits = match.reversed().prefix { $0.isNumber || $0 == "-" || $0 == " " }
            let head = match.dropLast(digits.count)
            let number = String(digits.reversed()).filter(\.isNumber)
            return head + String(repeating: "*", count: number.count - 4) + number.suffix(4)
        }
    }

    /// Whether `text` holds what every match of ``landlinePattern`` starts its number with: a `0` then a digit
    /// 1–9, the `0` not right after an ASCII digit or `*` (the pattern's look-behind, or its bracket), and at
    /// least ten digits in the 17 bytes from the `0` on (the longest match, `0710）-555-1234` with a full-width
    /// bracket, is 17 bytes from its `0`; the shortest number has ten digits). A date (`2026-11-29`,
    /// `2026-12-01`) holds none, so the pattern is not run on it: it was the process's first regular expression
    /// on a first free-text answer — the knowledge base's answers, each with the date it was checked, are
    /// masked when they are loaded — and compiling it set up ICU, 8 M of that start's 130 M instructions
    /// (docs/performance.md, twenty-first pass).
    static func mayHoldLandline(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.indices.dropLast().contains { i in
                bytes[i] == UInt8(ascii: "0") && (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[i + 1])
                    && (i == 0 || !isDigitOrStar(bytes[i - 1]))
                    && bytes[i..<min(i + 17, bytes.count)].count { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } >= 10
            }
        }
    }

    /// Whether `text` holds the number every match of ``localNumberPattern`` ends with: a digit 2–9 and three
    /// digits, perhaps a space or a dash, then four digits and no fifth. A date (`2026-11-29`) does not (see
    /// ``mayHoldLandline(_:)``).
    static func mayHoldLocalNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func digits(_ from: Int, _ count: Int) -> Bool {
                from + count <= bytes.count && bytes[from..<(from + count)].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            }
            func lastFour(_ from: Int) -> Bool {
                digits(from, 4) && !digits(from + 4, 1)
            }
            return bytes.indices.contains { i in
                guard (UInt8(ascii: "2")...UInt8(ascii: "9")).contains(bytes[i]), digits(i + 1, 3) else { return false }
                let gap = i + 4 < bytes.count && (bytes[i + 4] == UInt8(ascii: " ") || bytes[i + 4] == UInt8(ascii: "-"))
                return lastFour(i + 4) || gap && lastFour(i + 5)
            }
        }
    }

    private static func isDigitOrStar(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "*")
    }

    /// Whether 15 digits read as a first-generation ID number: a province code (GB/T 2260) and a birth date.
    static func isOldID(_ digits: String) -> Bool {
        guard digits.count == 15, CitizenID.provinces.contains(String(digits.prefix(2))) else { return false }
        let chars = Array(digits)
        guard let month = Int(String(chars[8..<10])), let day = Int(String(chars[10..<12])) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// 15 digits, as typed (6 + 6 + 3, optionally split by spaces or dashes).
    static let oldIDPattern = TextPattern(#"(?<![0-9*])[0-9]{6}[ -]?[0-9]{6}[ -]?[0-9]{3}(?![0-9])"#)
    /// A landline with its area code (0 and two or three digits), optionally in brackets, then 7 or 8 digits.
    static let landlinePattern = TextPattern(
        #"(?<![0-9*])(?:[(（]0[1-9][0-9]{1,2}[)）]|0[1-9][0-9]{1,2})[ -]?[2-9][0-9]{2,3}[ -]?[0-9]{4}(?![0-9])"#)
    /// An eight-digit local number right after a word that says it is a phone number.
    static let localNumberPattern = TextPattern(
        #"(?:电话|座机|固话|号码|联系|打|拨|tel|TEL|Tel)[号是为:：\s]{0,3}[2-9][0-9]{3}[ -]?[0-9]{4}(?![0-9])"#)
}

extension PhoneNumber {
    /// Finds a mobile number, else a landline written with its area code, in free text.
    public static func findAny(in text: String) -> PhoneNumber? {
        if let mobile = find(in: text) { return mobile }
        return Masking.landlinePattern.firstMatch(in: text).flatMap { try? PhoneNumber($0.filter(\.isNumber)) }
    }
}
