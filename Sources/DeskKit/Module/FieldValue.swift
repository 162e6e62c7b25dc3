/// A field's value after its kind's parser has read and checked it. Stored in the case as JSON.
public enum FieldValue: Hashable, Codable, Sendable, CustomStringConvertible {
    case text(String)
    case integer(Int)
    case money(Money)
    case datetime(DateTimeValue)
    case yearMonth(YearMonth)
    case address(Address)
    case phone(PhoneNumber)
    case idNumber(CitizenID)
    case choice(String)
    case choices([String])

    /// How the value is shown: personal data masked (also inside free text), money in yuan.
    public var description: String {
        switch self {
        case .text(let s): Masking.redact(s)
        case .integer(let n): String(n)
        case .money(let m): m.description
        case .datetime(let d): d.description
        case .yearMonth(let ym): ym.chinese
        case .address(let a): a.description
        case .phone(let p): p.masked
        case .idNumber(let id): id.masked
        case .choice(let key): key
        case .choices(let keys): keys.joined(separator: "、")
        }
    }

    public var text: String? { if case .text(let s) = self { s } else { nil } }
    public var integer: Int? { if case .integer(let n) = self { n } else { nil } }
    public var money: Money? { if case .money(let m) = self { m } else { nil } }
    public var datetime: DateTimeValue? { if case .datetime(let d) = self { d } else { nil } }
    public var yearMonth: YearMonth? { if case .yearMonth(let v) = self { v } else { nil } }
    public var address: Address? { if case .address(let a) = self { a } else { nil } }
    public var phone: PhoneNumber? { if case .phone(let p) = self { p } else { nil } }
    public var idNumber: CitizenID? { if case .idNumber(let id) = self { id } else { nil } }
    public var choice: String? { if case .choice(let k) = self { k } else { nil } }
    public var choiceList: [String]? { if case .choices(let k) = self { k } else { nil } }
}
