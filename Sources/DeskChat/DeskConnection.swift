import DeskKit
import Foundation

/// Where the prompt's lines are answered: the desk on this machine (``ChatSession``) or a `desk serve` server
/// (``RemoteDesk``). The prompt and line mode work the same through either.
public protocol DeskConnection {
    /// Shown once when the prompt opens.
    var greeting: String { get }
    /// `李家墩·驿站1> `.
    var prompt: String { get }
    /// Answers a typed line.
    func say(_ text: String) -> Reply
    /// Answers one JSON-mode input.
    func say(_ input: JSONWire.Input) -> Reply
    /// The question still waiting in this operator's conversation, if any.
    func pendingQuestion() -> String?
    /// The words Tab offers now.
    func completionWords() -> [String]
    /// The desk's time, which message times in JSON mode are checked against.
    var now: Date { get }
    /// Runs `body`, the answering of several lines whose replies are written only after it returns, with all
    /// their writes committed together (``Desk/together(conversation:_:)``); a server commits each line itself.
    func together<T>(_ body: () -> T) throws -> T
}

extension ChatSession: DeskConnection {
    public func pendingQuestion() -> String? { desk.pendingQuestion(conversation: conversation) }
    public func completionWords() -> [String] { desk.completionWords(conversation: conversation) }
    public var now: Date { desk.clock.now }
    public func together<T>(_ body: () -> T) throws -> T { try desk.together(conversation: conversation, body) }
}
