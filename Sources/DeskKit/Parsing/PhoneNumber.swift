import Foundation

/// A mainland mobile number (11 digits, `1[3-9]…`) or a landline with area code (`027-85551234`).
public struct PhoneNumber: Hashable, Codable, Sendable, CustomStringConvertible {
    /// Digits only (landlines keep their area code: `02785551234`). Stored whole; shown through ``masked``.
    public let digits: String

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

/// How personal data is shown: stored whole, displayed masked.
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

    /// Masks every ID number and mobile number inside free text, for logs and replies that quote a resident.
    public static func redact(_ text: String) -> String {
        guard text.contains(where: \.isNumber) else { return text }
        let ids = idPattern.replacing(in: text) { idNumber($0) }
        return mobilePattern.replacing(in: ids) { phone($0) }
    }

    static let idPattern = TextPattern(#"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])"#)
    static let mobilePattern = TextPattern(#"(?<![0-9*])1[3-9][0-9]{9}(?![0-9])"#)
}
