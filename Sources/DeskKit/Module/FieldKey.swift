import Foundation

/// A service's code as a value the compiler checks: declare it once, use it in ``Service`` and when handling.
///
/// ```swift
/// static let lostItem: ServiceCode = "lost-item"
/// Service(code: Self.lostItem, …)
/// switch request.code { case Self.lostItem: … }
/// ```
public struct ServiceCode: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }

    /// Lets `switch request.service.code { case Self.lostItem: … }` match the stored string.
    public static func ~= (pattern: ServiceCode, value: String) -> Bool { pattern.rawValue == value }
}

/// A typed name for one field of a module's services: declared once, used to declare the field
/// (`Field(Self.risk, name: "风险等级", kind: …)`) and to read it (`request[Self.risk]`), so the code is never
/// retyped and the value never force-unwrapped.
///
/// List every key in ``ServiceModule/fieldKeys``: at start the registry checks that each names a field of one
/// of the module's services, of a kind that gives the key's type (a misspelt key stops start-up with a message
/// naming it, instead of failing in the middle of a request).
///
/// ```swift
/// static let risk = FieldKey<RiskLevel>.choice("risk")   // RiskLevel: String-backed enum of the choice keys
/// static let address = FieldKey<Address>.address("address")
/// let level = try request.value(Self.risk)          // required field: present, or a clear error
/// let phone = request[Self.phone]                   // optional field: nil when not given
/// ```
public struct FieldKey<Value: Sendable>: Sendable, AnyFieldKey {
    public let code: String
    /// The kinds of field this key can read.
    public let reads: FieldKind.Family
    let extract: @Sendable (FieldValue) -> Value?

    public init(_ code: String, reads: FieldKind.Family, extract: @escaping @Sendable (FieldValue) -> Value?) {
        self.code = code; self.reads = reads; self.extract = extract
    }
}

/// A ``FieldKey`` without its value type, for the registry's start-up check.
public protocol AnyFieldKey: Sendable {
    var code: String { get }
    var reads: FieldKind.Family { get }
}

extension FieldKey where Value == String {
    /// A `.text` or `.longText` field.
    public static func text(_ code: String) -> FieldKey { FieldKey(code, reads: .text) { $0.text } }
    /// A `.choice` field, read as its key.
    public static func choiceKey(_ code: String) -> FieldKey { FieldKey(code, reads: .choice) { $0.choice } }
}

extension FieldKey {
    /// A `.choice` field read as a `String`-backed enum whose raw values are the choice keys.
    public static func choice(_ code: String) -> FieldKey where Value: RawRepresentable, Value.RawValue == String {
        FieldKey(code, reads: .choice) { $0.choice.flatMap(Value.init(rawValue:)) }
    }
    /// A `.choices` field read as a list of enum values.
    public static func choices<E: RawRepresentable & Sendable>(_ code: String) -> FieldKey where Value == [E], E.RawValue == String {
        FieldKey(code, reads: .choices) { $0.choiceList.map { $0.compactMap(E.init(rawValue:)) } }
    }
}

extension FieldKey where Value == Int {
    public static func integer(_ code: String) -> FieldKey { FieldKey(code, reads: .integer) { $0.integer } }
}
extension FieldKey where Value == Money {
    public static func money(_ code: String) -> FieldKey { FieldKey(code, reads: .money) { $0.money } }
}
extension FieldKey where Value == DateTimeValue {
    public static func datetime(_ code: String) -> FieldKey { FieldKey(code, reads: .datetime) { $0.datetime } }
}
extension FieldKey where Value == YearMonth {
    public static func yearMonth(_ code: String) -> FieldKey { FieldKey(code, reads: .yearMonth) { $0.yearMonth } }
}
extension FieldKey where Value == Address {
    public static func address(_ code: String) -> FieldKey { FieldKey(code, reads: .address) { $0.address } }
}
extension FieldKey where Value == PhoneNumber {
    public static func phone(_ code: String) -> FieldKey { FieldKey(code, reads: .phone) { $0.phone } }
}
extension FieldKey where Value == CitizenID {
    public static func idNumber(_ code: String) -> FieldKey { FieldKey(code, reads: .idNumber) { $0.idNumber } }
}

extension FieldKind {
    /// A field kind without its parameters (the range, the choices), for matching a ``FieldKey`` to its field.
    public enum Family: String, Sendable {
        case text, integer, money, datetime, yearMonth, address, phone, idNumber, choice, choices
    }

    public var family: Family {
        switch self {
        case .text, .longText: .text
        case .integer: .integer
        case .money: .money
        case .datetime: .datetime
        case .yearMonth: .yearMonth
        case .address: .address
        case .phone: .phone
        case .idNumber: .idNumber
        case .choice: .choice
        case .choices: .choices
        }
    }
}

extension Field {
    /// A field declared from its typed key: the code comes from the key, so reading it cannot be misspelt.
    public init<V>(_ key: FieldKey<V>, name: String, kind: FieldKind, required: Bool = true, question: String,
                   validate: (@Sendable (FieldValue, PrefillContext) throws -> Void)? = nil) {
        self.init(key.code, name: name, kind: kind, required: required, question: question, validate: validate)
    }
}

extension ServiceRequest {
    /// The service's code as a value (`switch request.code { case Self.lostItem: … }`).
    public var code: ServiceCode { ServiceCode(service.code) }

    /// The field's value, typed; nil when the person did not give it (an optional field) or the service has no
    /// such field.
    public subscript<V>(_ key: FieldKey<V>) -> V? { fields[key.code].flatMap(key.extract) }

    /// A required field's value, typed. The kernel asks for required fields before calling the module, so this
    /// throws only when the key does not belong to this service: a ``DeskError`` naming the key and the service
    /// (the line is rolled back), never a crash.
    public func value<V>(_ key: FieldKey<V>) throws(DeskError) -> V {
        if let value = self[key] { return value }
        if let field = service.field(key.code) {
            throw DeskError("missing-field", "「\(service.name)」缺少「\(field.name)」，请补充后再试")
        }
        throw DeskError("unknown-field", "服务「\(service.name)」没有字段「\(key.code)」（模块代码有误，请联系管理员）")
    }
}
