import DeskKit

/// How replies look at the prompt: chat lines, errors and questions coloured when colour is on.
public struct ReplyPrinter: Sendable {
    let style: Style

    public init(colour: Bool) { style = Style(enabled: colour) }

    /// The reply as printed; control characters from outside are shown escaped (``TerminalSafe``).
    public func render(_ reply: Reply) -> String {
        guard !reply.text.isEmpty else { return "" }
        let text = TerminalSafe.escape(reply.text)
        switch reply.status {
        case .error: return style.error("✗ " + text)
        case .ask: return style.ask("？ ") + text
        case .created, .duplicate, .updated: return style.bold("✓ ") + text
        case .answered, .ignored: return text
        }
    }
}
