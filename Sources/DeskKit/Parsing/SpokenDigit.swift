/// Digits as said or typed one by one in Chinese (`三零二`, `幺三八…`): 幺 is 1 as it is said on the phone. Read by the
/// address parser for a room (`一单元三零二`) and by the masking of mobile numbers written in Chinese digits.
enum SpokenDigit {
    /// The digit `scalar` writes, or nil; `两` is 2 only when `liangIsTwo` (a phone number said aloud may use it; a
    /// room number's digits never do).
    static func value(of scalar: Unicode.Scalar, liangIsTwo: Bool = false) -> Int? {
        switch scalar {
        case "零", "〇": 0
        case "幺", "一": 1
        case "二": 2
        case "两": liangIsTwo ? 2 : nil
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// ``value(of:liangIsTwo:)`` of a character of one scalar; nil for any other.
    static func value(of character: Character, liangIsTwo: Bool = false) -> Int? {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return nil }
        return value(of: scalar, liangIsTwo: liangIsTwo)
    }
}
