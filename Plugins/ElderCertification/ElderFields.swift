import DeskKit

/// The typed keys of 老年认证's fields: read with `try request.value(ElderFields.elder)`, never force-unwrapped;
/// the registry checks them against the services at start.
enum ElderFields {
    static let elder = FieldKey<String>.text("elder")
    static let name = FieldKey<String>.text("name")
    static let text = FieldKey<String>.text("text")
    static let path = FieldKey<String>.text("path")
    static let outcome = FieldKey<String>.text("outcome")
    static let address = FieldKey<Address>.address("address")
    static let date = FieldKey<DateTimeValue>.datetime("date")
    static let method = FieldKey<String>.choiceKey("method")
    static let reason = FieldKey<String>.choiceKey("reason")
    static let pension = FieldKey<String>.choiceKey("pension")
    static let living = FieldKey<String>.choiceKey("living")

    static let all: [any AnyFieldKey] = [elder, name, text, path, outcome, address, date, method, reason, pension, living]
}

extension ElderCertification {
    public var fieldKeys: [any AnyFieldKey] { ElderFields.all }
}
