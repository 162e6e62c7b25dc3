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
        let run = longestDigitRun(text)
        // Below seven, ``redactFixedLines(_:)`` returns the text as it is (its own first test): not scanned again.
        guard run >= 7 else { return redactSpokenMobiles(text) }
        guard run >= 11 else { return redactSpokenMobiles(redactFixedLines(text)) }
        let ids = idPattern.replacing(in: text) { idNumber(compact($0)) }
        return redactSpokenMobiles(redactFixedLines(writtenMobilePattern.replacing(in: ids) { match in
            let digits = String(compact(match).suffix(11))
            return isPublic(digits) ? match : phone(digits)
        }))
    }

    /// The longest run of ASCII digits in `text` in which each digit is apart from the next by at most one space
    /// or dash (`138 1234-5678` is a run of 11). Every written number masked here needs such a run of a least
    /// length — a bracketed landline 7 after its bracket, a local number 8, a mobile 11, an old ID 15, an ID 17 —
    /// so a text without one is left as it is without running those regular expressions, each of which cost
    /// microseconds on every reply (perf, dispatch).
    /// The bytes are read from the string's contiguous UTF-8 (`withUTF8`) rather than through `String.UTF8View`'s
    /// iterator: masking runs on every reply, and the view's iteration was two thirds of it (docs/performance.md,
    /// eighth pass).
    static func longestDigitRun(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var longest = 0, run = 0, gap = false
            for byte in bytes {
                if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                    run += 1; gap = false; longest = max(longest, run)
                } else if (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-")) && run > 0 && !gap {
                    gap = true
                } else {
                    run = 0; gap = false
                }
            }
            return longest
        }
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
