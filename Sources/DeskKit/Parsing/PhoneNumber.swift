import Foundation

/// A mainland mobile number (11 digits, `1[3-9]…`) or a landline with area code (`027-85551234`).
public struct PhoneNumber: Hashable, Codable, Sendable, CustomStringConvertible {
    /// Digits only (landlines keep their area code: `02785551234`). Stored whole; shown through ``masked``.
    public let digits: String

    /// The number as stored (a case's `fields`, read by ``StoredJSON/fields(_:)``): checked when it was written.
    init(storedDigits: String) { digits = storedDigits }

    public init(_ text: String) throws(PhoneNumberError) {
        var raw = TextNormalizer.normalize(text)
        for noise in [" ", "-", "(", ")"] { raw = raw.replacingOccurrences(of: noise, with: "") }
        if raw.hasPrefix("+86") { raw.removeFirst(3) }
        guard !raw.isEmpty, raw.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notAPhoneNumber(text) }
        if raw.hasPrefix("1") {
            guard raw.count == 11 else { throw .wrongLength(raw.count) }
            guard let second = raw.dropFirst().first, "3456789".contains(second) else { throw .notAPhoneNumber(text) }
        } else if raw.hasPrefix("0") {
            guard (10...12).contains(raw.count) else { throw .wrongLength(raw.count) }
        } else {
            throw .notAPhoneNumber(text)
        }
        digits = raw
    }

    /// `138****5678`; a landline keeps its area code and last four digits.
    public var masked: String { Masking.phone(digits) }
    public var description: String { masked }

    /// Finds a mobile number in free text.
    public static func find(in text: String) -> PhoneNumber? {
        Masking.mobilePattern.firstMatch(in: text).flatMap { try? PhoneNumber($0) }
    }
}

/// Why a text is not a phone number.
public enum PhoneNumberError: Error, Equatable, Sendable, CustomStringConvertible {
    case notAPhoneNumber(String)
    case wrongLength(Int)

    public var description: String {
        switch self {
        case .notAPhoneNumber(let t): "「\(t)」不是电话号码（手机11位，以1开头；座机带区号，如 027-85551234）"
        case .wrongLength(let n): "电话号码位数不对（\(n)位）：手机号应为11位"
        }
    }
}

/// How personal data is shown: stored whole, displayed masked. Every output of the desk — replies, errors,
/// case titles and notes, the search index, the outbox, logs, the readline history — passes through
/// ``redact(_:)``; the one way to see a whole number is the audited reveal (`显示号码`).
public enum Masking {
    /// `420106********0026`.
    public static func idNumber(_ number: String) -> String {
        guard number.count > 10 else { return String(repeating: "*", count: number.count) }
        return number.prefix(6) + String(repeating: "*", count: number.count - 10) + number.suffix(4)
    }

    /// `138****5678`; landlines `027****1234`.
    public static func phone(_ digits: String) -> String {
        guard digits.count >= 8 else { return String(repeating: "*", count: digits.count) }
        return digits.prefix(3) + String(repeating: "*", count: digits.count - 7) + digits.suffix(4)
    }

    /// Masks every ID number and mobile number inside free text, in the ways people write them:
    /// `13812345678`, `138-1234-5678`, `138 1234 5678`, `+86 186 1234 5678`, `8613812345678`,
    /// `420106195001010021`, `420106 19500101 002X`; then landlines and 15-digit IDs (``redactFixedLines(_:)``).
    public static func redact(_ text: String) -> String {
        // A mobile or an ID number needs eleven ASCII digits in a row (``longestDigitRun(_:)``), which dates and
        // ages written with 年 and 月 never make; the other two passes test for their own least runs (seven
        // ASCII digits, eleven Chinese ones) as cheaply. No count of the scalars with a Unicode numeric type
        // first: that look-up for every scalar of a long reply was 9 % of dispatch (docs/performance.md, eighth
        // pass), and it let through no text the runs would not (each of the thirteen spoken digits has a numeric
        // type; a landline with its area code holds ten ASCII digits, a local number eight).
        // Both runs are read in one walk (``digitRuns(_:)``). Below seven, ``redactFixedLines(_:)`` returns the text
        // as it is (its own first test), and so does ``redactSpokenMobiles(_:)`` without a spoken run of eleven: the
        // text is not scanned again.
        let (run, spokenEleven) = digitRuns(text)
        guard run >= 7 else { return spokenEleven ? redactSpokenMobiles(text) : text }
        guard run >= 11 else { return redactSpokenMobiles(redactFixedLines(text)) }
        let ids = idPattern.replacing(in: text) { idNumber(compact($0)) }
        return redactSpokenMobiles(redactFixedLines(writtenMobilePattern.replacing(in: ids) { match in
            let digits = String(compact(match).suffix(11))
            return isPublic(digits) ? match : phone(digits)
        }))
    }

    /// `text` without the spaces and dashes people put inside a number, and without a `+86`/`0086` prefix's `+`.
    private static func compact(_ text: String) -> String {
        String(text.unicodeScalars.filter { !" -\u{3000}+".unicodeScalars.contains($0) }.map(Character.init))
    }

    /// An 18-character ID number as typed (6 + 8 + 4, optionally split by spaces or dashes).
    static let idPattern = TextPattern(#"(?<![0-9])[0-9]{6}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{3}[0-9Xx](?![0-9])"#, digits: 17)
    /// A mobile number written whole (for finding one in a request).
    static let mobilePattern = TextPattern(#"(?<![0-9*])1[3-9][0-9]{9}(?![0-9])"#, digits: 11)
    /// A mobile number as people write it: an optional `+86`/`0086`/`86` prefix, and spaces or dashes in 3-4-4.
    static let writtenMobilePattern = TextPattern(
        #"(?<![0-9*])(?:(?:\+|00)?86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])"#, digits: 11)
}
