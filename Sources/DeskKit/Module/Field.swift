/// A typed field of a service (an Open311 attribute), with the question to ask when it is missing.
public struct Field: Sendable {
    public var code: String
    /// The Chinese label (`位置`).
    public var name: String
    public var kind: FieldKind
    public var required: Bool
    /// Asked when the field is missing (`请问是哪里？例如 水印桃源3栋2单元502`).
    public var question: String
    /// An extra check after the kind's own parsing; throw ``DeskError`` naming what is wrong.
    public var validate: (@Sendable (FieldValue, PrefillContext) throws -> Void)?

    public init(_ code: String, name: String, kind: FieldKind, required: Bool = true, question: String,
                validate: (@Sendable (FieldValue, PrefillContext) throws -> Void)? = nil) {
        self.code = code; self.name = name; self.kind = kind; self.required = required
        self.question = question; self.validate = validate
    }

    /// Open311 `datatype`.
    public var datatype: Open311Datatype { kind.datatype }
}

/// Open311 GeoReport v2 attribute datatypes.
public enum Open311Datatype: String, Sendable {
    case string, number, datetime, text, singlevaluelist, multivaluelist
}

/// How a field's answer is read and checked. Each kind has a parser in the kernel.
public enum FieldKind: Sendable {
    /// A short text (names, references).
    case text
    /// A longer description.
    case longText
    /// A whole number within `range`.
    case integer(ClosedRange<Int>)
    /// Money in integer fen; zero is refused unless `allowZero`.
    case money(allowZero: Bool = false)
    /// A day with optional time (`明天下午`, `12月3日`).
    case datetime
    /// A year and month (`1968年3月`, `1968-03`).
    case yearMonth
    /// A community address; with `home`, a building is required (not just a public place).
    case address(home: Bool = false)
    /// A mobile or landline number, shown masked.
    case phone
    /// A citizen ID number (GB 11643-1999), shown masked.
    case idNumber
    /// One of the choices (Open311 `singlevaluelist`).
    case choice([Choice])
    /// Several of the choices, separated by `、` `,` or spaces (Open311 `multivaluelist`).
    case choices([Choice])

    public var datatype: Open311Datatype {
        switch self {
        case .text, .address, .phone, .idNumber: .string
        case .longText: .text
        case .integer, .money: .number
        case .datetime, .yearMonth: .datetime
        case .choice: .singlevaluelist
        case .choices: .multivaluelist
        }
    }

    /// The choices, for completion and for listing them in a question.
    public var choices: [Choice] {
        switch self {
        case .choice(let c), .choices(let c): c
        default: []
        }
    }
}

/// One choice of a list field: a key stored in the case, a Chinese name shown, and other words for it.
public struct Choice: Sendable, Equatable {
    public var key: String
    public var name: String
    public var aliases: [String]

    public init(_ key: String, _ name: String, aliases: [String] = []) {
        self.key = key; self.name = name; self.aliases = aliases
    }
}
