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
        out = longestDigitRun(out) < 7 ? out : landlinePattern.replacing(in: out) { match in
            let digits = String(match.filter(\.isNumber))
            return isPublic(digits) ? match : phone(digits)
        }
        if longestDigitRun(out) < 8 { return out }
        return localNumberPattern.replacing(in: out) { match in
            // The word before the number stays; the local number keeps only its last four digits.
            let digits = match.reversed().prefix { $0.isNumber || $0 == "-" || $0 == " " }
            let head = match.dropLast(digits.count)
            let number = String(digits.reversed()).filter(\.isNumber)
            return head + String(repeating: "*", count: number.count - 4) + number.suffix(4)
        }
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
