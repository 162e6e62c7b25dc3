/// What the desk says back to one line: the chat text and, for programs, what happened.
public struct Reply: Sendable, Equatable {
    /// The module that handled the line, or nil for the kernel.
    public var module: String?
    public var status: Status
    /// The case opened, updated or linked.
    public var caseID: String?
    /// The chat text (tables already laid out for a terminal).
    public var text: String
    /// For `error` replies: a stable code and the message.
    public var error: DeskError?
    /// Choices the person can give next (for completion and `1`/`2` answers).
    public var choices: [String]
    /// Set by `退出`/`quit`.
    public var quit: Bool

    /// The outcome of a line, stable in the JSON wire form.
    public enum Status: String, Sendable, Codable {
        case created, updated, answered, ask, duplicate, ignored, error
    }

    public init(module: String? = nil, status: Status, caseID: String? = nil, text: String,
                error: DeskError? = nil, choices: [String] = [], quit: Bool = false) {
        self.module = module; self.status = status; self.caseID = caseID; self.text = text
        self.error = error; self.choices = choices; self.quit = quit
    }

    /// An answer that changes nothing.
    public static func answer(_ text: String, module: String? = nil) -> Reply {
        Reply(module: module, status: .answered, text: text)
    }

    /// A refusal.
    public static func failure(_ error: DeskError, module: String? = nil) -> Reply {
        Reply(module: module, status: .error, text: error.message, error: error)
    }
}
