import Foundation

/// A resident identity card number checked against GB 11643-1999 (rules.md §2).
///
/// Source: GB 11643-1999 公民身份号码 — 6-digit address code, birth date YYYYMMDD, 3-digit sequence
/// (odd = male, even = female) and an ISO 7064 MOD 11-2 check character.
public struct CitizenID: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The whole number, upper-case `X`. Stored whole; shown only through ``masked``.
    public let number: String
    public let birthDate: CalendarDay
    public let sex: Sex

    /// The six-digit administrative division code (GB/T 2260).
    public var regionCode: String { String(number.prefix(6)) }

    /// `420106********0026`: the region code and the last four characters.
    public var masked: String { Masking.idNumber(number) }

    public var description: String { masked }

    /// The check weights of GB 11643-1999 for positions 1–17.
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// S mod 11 = 0…10 maps to these check characters.
    static let checkCharacters = Array("10X98765432")

    /// Validates `text` as of `today` (a birth date may not be in the future). Lower-case `x` is accepted.
    public init(_ text: String, today: CalendarDay) throws(CitizenIDError) {
        let raw = TextNormalizer.normalize(text).uppercased()
        guard raw.count == 18 else { throw .wrongLength(raw.count) }
        let chars = Array(raw)
        guard chars[0..<17].allSatisfy({ $0.isASCII && $0.isNumber }),
              chars[17].isASCII && (chars[17].isNumber || chars[17] == "X") else { throw .badCharacters }
        let digits = chars[0..<17].map { $0.wholeNumberValue! }
        let sum = zip(digits, Self.weights).reduce(0) { $0 + $1.0 * $1.1 }
        let expected = Self.checkCharacters[sum % 11]
        guard chars[17] == expected else { throw .checksum(expected: expected) }
        guard Self.isKnownRegion(String(chars[0..<6])) else { throw .badRegion(String(chars[0..<6])) }
        let y = Int(String(chars[6..<10]))!, m = Int(String(chars[10..<12]))!, d = Int(String(chars[12..<14]))!
        guard let birth = CalendarDay(year: y, month: m, day: d), y >= 1880 else {
            throw .badBirthDate(String(chars[6..<14]))
        }
        guard birth <= today else { throw .birthInFuture(birth) }
        number = raw
        birthDate = birth
        sex = digits[16] % 2 == 1 ? .male : .female
    }

    /// The province-level prefixes of GB/T 2260 (11 北京 … 65 新疆, 71 台湾), plus 81/82/83 for the residence
    /// permits of Hong Kong, Macao and Taiwan residents.
    static let provinces: Set<String> = [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ]

    /// Whether `code` starts with a real province (GB/T 2260), or with 9 — the 2023 foreigner's permanent
    /// residence ID card, which uses the same check character. Only the province is checked: the county list
    /// changes every year and the desk does not ship it.
    static func isKnownRegion(_ code: String) -> Bool {
        code.hasPrefix("9") || provinces.contains(String(code.prefix(2)))
    }

    /// Finds an 18-character ID-number-shaped run in free text (it may still fail validation); spaces and dashes
    /// typed inside it (`420106 19500101 002X`) are dropped.
    public static func candidate(in text: String) -> String? {
        Masking.idPattern.firstMatch(in: text).map { $0.filter { $0 != " " && $0 != "-" } }
    }
}

/// Sex as recorded by the ID number's sequence digit.
public enum Sex: String, Codable, Sendable {
    case male, female
    public var chinese: String { self == .male ? "男" : "女" }
}

/// Why a text is not a valid citizen ID number.
public enum CitizenIDError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongLength(Int)
    case badCharacters
    case checksum(expected: Character)
    case badBirthDate(String)
    case birthInFuture(CalendarDay)
    case badRegion(String)

    public var description: String {
        switch self {
        case .wrongLength(let n): "身份证号应为18位，这里是\(n)位"
        case .badCharacters: "身份证号前17位必须是数字，最后一位是数字或X"
        case .checksum(let c): "身份证号校验位不对（按 GB 11643-1999 应为 \(c)），请核对是否抄错"
        case .badBirthDate(let s): "身份证号中的出生日期 \(s) 不是真实日期"
        case .birthInFuture(let d): "身份证号中的出生日期 \(d) 在今天之后"
        case .badRegion(let code): "身份证号开头的地区码 \(code) 不是有效的行政区划代码（GB/T 2260），请核对"
        }
    }
}
