/// What the desk says back to one line: the chat text and, for programs, what happened.
///
/// This is the exit every reply goes through, so personal data is masked here: whatever a module or the kernel
/// writes into ``text`` or ``error``, an ID or mobile number comes out as `420106********0026` / `139****4567`.
/// Only the kernel's audited reveal (`显示号码`) builds a reply that shows a number whole.
public struct Reply: Sendable, Equatable {
    /// The module that handled the line, or nil for the kernel.
    public var module: String?
    public var status: Status
    /// The case opened, updated or linked (the first, when the line did several things).
    public var caseID: String?
    /// Every case the line opened, updated or linked, in order, when there are two or more (a line with
    /// several requests); empty otherwise, when ``caseID`` says it.
    public var cases: [String] = []
    /// The chat text (tables already laid out for a terminal), with ID and mobile numbers masked.
    public var text: String {
        get { shown }
        set { shown = revealing ? newValue : Masking.redact(newValue) }
    }
    /// For `error` replies: a stable code and the message (masked like ``text``).
    public var error: DeskError? {
        get { shownError }
        set { shownError = newValue.map(Self.masked) }
    }
    private var shown: String
    private var shownError: DeskError?
    /// Set only by the audited reveal: the text stays whole even when the kernel prefixes a notice to it.
    private var revealing = false
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
        self.module = module; self.status = status; self.caseID = caseID; self.shown = Masking.redact(text)
        self.shownError = error.map(Self.masked); self.choices = choices; self.quit = quit
    }

    /// A reply that shows personal data whole: only for the kernel's audited reveal and the person's export,
    /// after the access has been recorded.
    init(revealing text: String, module: String? = nil, caseID: String? = nil) {
        self.module = module; self.status = .answered; self.caseID = caseID; self.shown = text
        self.shownError = nil; self.choices = []; self.quit = false; self.revealing = true
    }

    private static func masked(_ error: DeskError) -> DeskError {
        DeskError(error.code, Masking.redact(error.message))
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
