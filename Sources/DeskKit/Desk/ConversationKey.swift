import Foundation
import Synchronization

/// A conversation key (``Message/conversation``: `group:水印桃源1群:3-1-201 住户12`) with its hash worked out once, the
/// key of the desk's per-person memories in memory (``Desk/lastTurns``, ``Desk/questionCache``).
///
/// Two keys are equal exactly when their texts are equal as `String`s (canonical equivalence, as before), so a
/// dictionary keyed by them holds and finds the same entries as one keyed by the texts:
/// - the hash is the text's own `hashValue`, and equal `String`s have equal hashes within a process (`Hashable`'s
///   rule; these dictionaries live only in memory and are never written or compared across processes);
/// - `==` first compares the hashes (unequal hashes: unequal texts), then the UTF-8 bytes (equal bytes: equal texts),
///   and only then the texts as `String`s — so `e\u{301}` and `é`, canonically equivalent, stay one key.
///
/// Why: Swift hashes a non-ASCII `String` through its normalisation, some 2.9 K instructions for a group sender's key,
/// and a relayed line looked its sender's key up four or five times (the last turn, the question cache, and their
/// writes): 13.6 K of a message's 559 K (perf, relay; docs/performance.md, forty-eighth pass). With
/// ``ConversationKeys`` the key of a line is hashed once.
struct ConversationKey: Hashable, Sendable {
    /// The key as the message has it.
    let text: String
    /// `text.hashValue`.
    let hash: Int

    init(_ text: String) {
        self.text = text
        hash = text.hashValue
    }

    static func == (lhs: ConversationKey, rhs: ConversationKey) -> Bool {
        lhs.hash == rhs.hash && (sameBytes(lhs.text, rhs.text) || lhs.text == rhs.text)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    /// Whether `a` and `b` are the same UTF-8 bytes (then they are equal strings; the converse need not hold).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a, b = b
        return a.withUTF8 { pa in
            b.withUTF8 { pb in pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0 }
        }
    }
}

/// The key of the line being read, remembered so that its text is hashed once however often the line's steps look its
/// person up (``ConversationKey``).
///
/// Only the last key is kept, and it is given back only for a text of the same UTF-8 bytes — the same string, whose
/// hash is the same — so what it gives is always what ``ConversationKey/init(_:)`` would give: nothing that another
/// process, a restart or another person's line could change is kept (a restarted desk starts with none).
final class ConversationKeys: Sendable {
    private let last = Mutex<ConversationKey?>(nil)

    init() {}

    /// The key for `text`: the last one when `text` is its bytes, else a new one, which is then kept.
    func key(_ text: String) -> ConversationKey {
        if let last = last.withLock({ $0 }), ConversationKey.sameBytes(last.text, text) { return last }
        let key = ConversationKey(text)
        last.withLock { $0 = key }
        return key
    }
}
