import Foundation

/// A request waiting for the person's next line: which service, the fields so far, and what was asked.
/// Kept in the `conversations` table, written in the same transaction as the line's effects, under the key of
/// the person who must answer (``Message/conversation``: a sender within a group, or one window at the desk).
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
    /// A case opened while fields were still missing (relayed requests, emergencies).
    var pendingCase: String?
    var requester: Requester
    var group: String?
    var channel: Channel
    /// The danger to a person recognised when the request started.
    var emergency: Emergency?
    /// When the request started (nil in rows written before questions expired).
    var startedAt: Date?
    /// The case whose callback number is asked, after the case was opened (``Desk/askingForCallback``).
    var callbackFor: String?
    /// Later parts of the same message, each a request of another module, handled when this question ends
    /// (``Desk/handleSeveral(_:message:later:)``).
    var queued: [String]?
    /// Requests of the same person set aside by an emergency while they waited for an answer, oldest last: asked
    /// again, with what they already hold, when this question ends (``Desk/resume(_:after:message:)``).
    var resumes: [Conversation]?
}
