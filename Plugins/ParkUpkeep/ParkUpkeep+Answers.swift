import DeskKit

/// Residents' questions about the park are answered from its FAQ: no write, so no transaction
/// (``AnswersWithoutWriting``). Reports, rounds and volunteers go through `handle`.
extension ParkUpkeep: AnswersWithoutWriting {
    public func answer(_ request: ServiceRequest, in context: AnswerContext) throws -> Reply? {
        guard request.service.code == "park-info" else { return nil }
        return try context.read { db in
            .answer(try FAQ.load(from: "parkFAQ", db: db).reply(to: request["question"]?.text ?? request.text), module: id)
        }
    }
}
