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

    /// FNV-1a (64 bit) of the parts, as `h` and 16 hex digits.
    static func hash(_ parts: String...) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        // The parts' bytes with U+001F (one byte) between them, as if joined, without making the joined string.
        for (i, part) in parts.enumerated() {
            if i > 0 { mix(0x1F) }
            for byte in part.utf8 { mix(byte) }
        }
        return "h" + String(h, radix: 16).leftPadded(to: 16)
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

extension String {
    func leftPadded(to n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
