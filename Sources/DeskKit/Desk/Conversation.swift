/// A request waiting for the person's next line: which service, the fields so far, and what was asked.
/// Kept in the `conversations` table (written in the same transaction as the line's effects) and in memory.
struct Conversation: Codable, Sendable, Equatable {
    /// Service codes offered when free text was a near tie; empty while filling fields.
    var options: [String] = []
    /// The service whose fields are being filled.
    var service: String?
    var fields: [String: FieldValue] = [:]
    /// The words that started the request.
    var text: String
    /// The field being asked for, and the question asked (the field's, or a narrower one for a partial answer).
    var asking: String?
    var question: String?
    /// A partial answer kept while the rest is asked (an address without its compound).
    var partial: FieldValue?
    /// Optional fields a module asked for with ``NeedsField``.
    var requested: [String] = []
    /// A case opened while fields were still missing (relayed requests).
    var pendingCase: String?
    var requester: Requester
    var group: String?
    var channel: Channel
}
