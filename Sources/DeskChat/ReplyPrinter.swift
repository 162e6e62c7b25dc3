import DeskKit

/// How replies look at the prompt: chat lines, errors and questions coloured when colour is on.
public struct ReplyPrinter: Sendable {
    let style: Style

    public init(colour: Bool) { style = Style(enabled: colour) }

    public func render(_ reply: Reply) -> String {
        guard !reply.text.isEmpty else { return "" }
        switch reply.status {
        case .error: return style.error("✗ " + reply.text)
        case .ask: return style.ask("？ ") + reply.text
        case .created, .duplicate, .updated: return style.bold("✓ ") + reply.text
        case .answered, .ignored: return reply.text
        }
    }
}
