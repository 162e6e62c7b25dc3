import Foundation

/// A request that arrives already structured — a service code and one answer per field, as Open311's
/// `POST requests` sends it — rather than as a line to read.
public struct StructuredRequest: Sendable {
    /// The service's code (`household-repair`).
    public var service: String
    /// Raw answers by field code, read with each field's own parser exactly as a typed answer would be.
    public var answers: [String: String]
    /// Free text (Open311 `description`): read for whatever fields the answers leave out.
    public var text: String
    public var requester: Requester

    public init(service: String, answers: [String: String], text: String, requester: Requester) {
        self.service = service; self.answers = answers; self.text = text; self.requester = requester
    }
}

extension Desk {
    /// Handles a structured request from another program: the same parsers, checks and module as a typed line,
    /// in one transaction, but nothing is asked back — a missing or invalid field is an `error` reply naming it,
    /// and nothing is stored. Only residents' services can be called this way.
    public func submit(_ request: StructuredRequest, message: Message) -> Reply {
        guard let (module, service) = registry.service(code: request.service), service.audience == .residents else {
            return .failure(DeskError("unknown-service", "没有服务「\(request.service)」"))
        }
        let context = prefillContext(message)
        var fields = request.text.isEmpty ? [:] : module.prefill(request.text, for: service, in: context)
        do {
            for (code, answer) in request.answers.sorted(by: { $0.key < $1.key }) {
                guard let field = service.field(code) else {
                    throw DeskError("unknown-field", "服务「\(service.name)」没有字段「\(code)」")
                }
                switch try FieldReader.read(answer, for: field, partial: nil, context: context) {
                case .value(let value): fields[code] = value
                case .partial(_, let question, _): throw FieldReader.invalid(field, "不完整：\(question)")
                }
            }
            for field in service.fields where request.answers[field.code] == nil {
                guard let value = fields[field.code] else { continue }
                // A value read from the description that does not pass its field's checks is left out, not refused.
                if (try? FieldReader.check(value, for: field, context: context)) == nil { fields[field.code] = nil }
            }
        } catch let error as DeskError {
            return .failure(error, module: module.id)
        } catch {
            return internalError(error, message: message, module: module.id)
        }
        let missing = service.fields.filter { $0.required && fields[$0.code] == nil }
        guard missing.isEmpty else {
            let names = missing.map { "\($0.name)（\($0.code)）" }.joined(separator: "、")
            return .failure(DeskError("missing-field", "缺少必填项：\(names)"), module: module.id)
        }
        var conversation = Conversation(service: service.code, text: request.text, requester: request.requester,
                                        group: message.group, channel: message.channel)
        conversation.fields = fields
        let reply = proceed(conversation, message: message)
        guard reply.status == .ask else { return reply }
        // The module asked for one more field: a program cannot answer, so nothing is kept.
        forget(message.conversation)
        return .failure(DeskError("missing-field", reply.text), module: module.id)
    }
}
