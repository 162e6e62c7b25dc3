import DeskKit

/// Residents' questions about repairs (时限, 费用…) are answered from the directory and the FAQ: no write, so
/// no transaction (``AnswersWithoutWriting``). Reports and staff queries go through `handle`.
extension Repairs: AnswersWithoutWriting {
    public func answer(_ request: ServiceRequest, in context: AnswerContext) throws -> Reply? {
        guard request.service.code == "repair-info" else { return nil }
        return try context.read { db in
            try info(request["question"]?.text ?? request.text, directory: context.directory, db: db)
        }
    }
}
