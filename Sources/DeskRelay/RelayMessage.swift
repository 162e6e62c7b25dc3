#if canImport(DeskKit)
import DeskKit
#endif
import Foundation

/// A message from a residents' WeChat group, as the relay forwards it.
public struct RelayMessage: Sendable, Equatable {
    /// Stable across runs: given by the relay, or a hash of group, sender, time and text.
    public var id: String
    public var group: String
    /// The group nickname, which often carries an address (`7-1-302 李阿姨`).
    public var sender: String
    public var time: Date?
    public var text: String

    public init(id: String? = nil, group: String, sender: String, time: Date?, text: String) {
        self.group = group; self.sender = sender; self.time = time; self.text = text
        self.id = id ?? Self.hash(group, sender, time.map { String($0.timeIntervalSince1970) } ?? "", text)
    }

    /// What tells a repeat of this message from another message under the same id: its sender and text.
    public var digest: String { Self.hash(sender, text) }

    /// FNV-1a (64 bit) of the parts, as `h` and 16 lowercase hex digits.
    ///
    /// Every relayed message's digest is worked out (and its id, when the relay gives none): the parts' bytes are
    /// read from their contiguous UTF-8 (`withUTF8`) rather than through `String.UTF8View`'s iterator, and the 17
    /// characters are written straight into the string's storage, where `String(_:radix:)`, a count of its
    /// characters, a string of zeros and two joins made it — 3,200 instructions a message (docs/performance.md,
    /// seventy-third pass).
    static func hash(_ parts: String...) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        // The parts' bytes with U+001F (one byte) between them, as if joined, without making the joined string.
        for (i, part) in parts.enumerated() {
            if i > 0 { h = (h ^ 0x1F) &* 0x0000_0100_0000_01B3 }
            var part = part
            part.withUTF8 { bytes in
                for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
        }
        return String(unsafeUninitializedCapacity: 17) { text in
            text[0] = UInt8(ascii: "h")
            // The digits from the last: the lowest four bits, then the next four…, lowercase as `String(_:radix:)`.
            for i in 0..<16 {
                let digit = UInt8(truncatingIfNeeded: h >> (4 * UInt64(i))) & 0xF
                text[16 - i] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            }
            return 17
        }
    }
}

/// One item read from the input: a message, or a line that could not be read.
public enum RelayItem: Sendable, Equatable {
    case message(RelayMessage)
    /// A line refused as input: where it was (`第3行`), the message's `id` when the line still showed one (a JSON
    /// object with a bad time or a missing field), and why. Its error record carries that id, so that the sender
    /// can tell which of its messages was not handled.
    case unreadable(position: String, id: String? = nil, DeskError)
}
