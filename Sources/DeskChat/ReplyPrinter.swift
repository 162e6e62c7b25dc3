import DeskKit

/// How replies look at the prompt: chat lines, errors and questions coloured when colour is on; tables wider than
/// the terminal shown as cards (``NarrowLayout``).
public struct ReplyPrinter: Sendable {
    let style: Style
    /// The terminal's width, read for each reply (a window may be resized); nil: never reflow.
    let width: @Sendable () -> Int?

    public init(colour: Bool, width: @escaping @Sendable () -> Int? = { nil }) {
        style = Style(enabled: colour)
        self.width = width
    }

    /// The reply as printed; control characters from outside are shown escaped (``TerminalSafe``).
    public func render(_ reply: Reply) -> String {
        guard !reply.text.isEmpty else { return "" }
        var text = TerminalSafe.escape(reply.text)
        if let columns = width() { text = NarrowLayout.fit(text, width: columns) }
        switch reply.status {
        case .error: return style.error("✗ " + text)
        case .ask: return style.ask("？ ") + text
        case .created, .duplicate, .updated: return style.bold("✓ ") + text
        case .answered, .ignored: return text
        }
    }
}
