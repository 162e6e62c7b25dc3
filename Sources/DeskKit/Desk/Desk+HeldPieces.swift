import Foundation
import Synchronization

/// The pieces of a request a resident sends line by line in a group (`5栋2单元301`, then `厨房`, then `水管漏水了
/// 滴个不停`): where, or what part of the home, before what is wrong. Each piece alone is no request and is left
/// alone; the desk holds them for the sender a few minutes and reads them with the line that says what is wrong,
/// so that the report has its place and the resident is not asked for what they wrote.
///
/// Kept in memory like ``LastTurn``, per conversation key: a piece forgotten costs only a question asked again.
struct HeldPieces: Sendable {
    var texts: [String]
    var time: Date
}

extension Desk {
    /// How long a piece waits for the line that says what is wrong.
    static let heldPiecesLifetime: TimeInterval = 10 * 60

    /// Whether a group line is only a piece of a request to come: a place and the parts of a home, with nothing
    /// wrong said or asked (`5栋2单元301`, `厨房`, `我屋卫生间`).
    func isAPiece(_ text: String, message: Message) -> Bool {
        isAPiece(text, content: requestContent(text), message: message)
    }

    /// ``isAPiece(_:message:)`` for a line whose request content is already read: `content` is what
    /// ``requestContent(_:)`` gives for `text`. ``freeText(_:message:)`` reads it once and hands it on, where a group's
    /// request line was read three times — twice in its own checks and once here (docs/performance.md, fifty-first
    /// pass). The content depends only on the line and the directory's place names, fixed when the desk is made, so
    /// one reading serves every check of the same line; nothing is kept from one line to the next.
    func isAPiece(_ text: String, content: String, message: Message) -> Bool {
        guard message.channel == .group, text.count <= 16 else { return false }
        var rest = content
        // Searched with ``CharacterPresence`` (what Foundation's `contains` and `replacingOccurrences` find, byte by
        // byte in a plain line): Foundation searched the twenty parts in every report, 116,000 instructions a
        // report in relay ingest (docs/performance.md, twenty-fourth pass). The line is prepared again only when a
        // part was taken out.
        var present = CharacterPresence(rest)
        for part in Self.partsOfAHome where present.contains(part) {
            rest = CharacterPresence.replacing(part, with: "", in: rest)
            present = CharacterPresence(rest)
        }
        return rest.isEmpty
    }

    /// Parts of a home and of a building, and the words that point at them.
    static let partsOfAHome = ["卫生间", "洗手间", "厨房", "厕所", "阳台", "客厅", "卧室", "房间", "楼道", "屋里", "家里", "我屋",
                                       "我家", "我们", "这栋", "这个", "那个", "的", "是", "在"]

    /// Holds `text` as a piece of the sender's request to come.
    func hold(_ text: String, message: Message) {
        let now = message.time ?? clock.now
        heldPieces.withLock { held in
            if held.count > 4096 { held = held.filter { now.timeIntervalSince($0.value.time) < Self.heldPiecesLifetime } }
            var pieces = held[message.conversation].flatMap { now.timeIntervalSince($0.time) < Self.heldPiecesLifetime ? $0 : nil }
                ?? HeldPieces(texts: [], time: now)
            pieces.texts.append(text)
            pieces.time = now
            held[message.conversation] = pieces
        }
    }

    /// `text` read with the sender's pieces held before it, when it says what is wrong (a request or a danger);
    /// the pieces are then forgotten. Nil when nothing is held, the pieces are stale, or the line is another piece.
    func withHeldPieces(_ text: String, message: Message) -> String? {
        guard message.channel == .group else { return nil }
        let now = message.time ?? clock.now
        // (Whether anything is held is asked first: most senders hold nothing, and reading the line costs more.)
        guard let pieces = heldPieces.withLock({ $0[message.conversation] }),
              now.timeIntervalSince(pieces.time) < Self.heldPiecesLifetime, !isAPiece(text, message: message) else { return nil }
        guard decide(text, message).isRequest || emergencies.emergency(in: text) != nil else { return nil }
        heldPieces.withLock { _ = $0.removeValue(forKey: message.conversation) }
        return (pieces.texts + [text]).joined(separator: " ")
    }
}
