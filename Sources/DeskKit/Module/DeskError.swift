/// A refusal with a message for the person at the desk: what was wrong, in Chinese. Thrown by modules and by
/// the kernel; the request's writes are rolled back and the reply is an `error` with ``code``.
public struct DeskError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A stable, machine-readable code (`invalid-field`, `unknown-case`, `duplicate-reference`…).
    public var code: String
    /// The sentence shown to the person.
    public var message: String

    public init(_ code: String, _ message: String) { self.code = code; self.message = message }

    public var description: String { message }
}

/// Thrown by a module's `handle` to ask for one more field before it can go on — for example the reason to
/// confirm an amount that does not match the fee plan. The kernel asks ``question``, reads the answer with the
/// field's kind, and calls `handle` again with it.
public struct NeedsField: Error, Sendable {
    public var field: String
    public var question: String
    /// Whether the request is already a report to accept while the question is asked (`路灯不亮` with two lamps
    /// to choose from): from a group, or in an emergency, the kernel opens its case (受理) at once and the answer
    /// completes it. False for a question whose answer decides whether there is anything to do.
    public var acceptsNow: Bool

    public init(_ field: String, question: String, acceptsNow: Bool = false) {
        self.field = field; self.question = question; self.acceptsNow = acceptsNow
    }
}
