import DeskRelay
import Foundation
import Testing

/// A message's id and digest are FNV-1a over its parts joined by U+001F: they are kept in the database and
/// compared across runs, so hashing the parts one after another must give what hashing the joined text gave.
@Suite("A relayed message's id and digest")
struct RelayMessageHashTests {
    /// The hash as it was computed before: over the joined text.
    static func joined(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return "h" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test func theIdAndDigestAreTheHashOfTheJoinedParts() {
        let texts = ["", "收到", "3栋2单元电梯坏了", "👍🏻", "a\u{1F}b", "e\u{301}", "7-1-302 李阿姨", "\u{0}"]
        let time = Date(timeIntervalSince1970: 1_764_633_600.25)
        var compared = 0
        for sender in texts {
            for text in texts {
                for group in ["水印桃源1群", ""] {
                    let message = RelayMessage(group: group, sender: sender, time: time, text: text)
                    #expect(message.digest == Self.joined([sender, text]))
                    #expect(message.id == Self.joined([group, sender, String(time.timeIntervalSince1970), text]))
                    #expect(RelayMessage(group: group, sender: sender, time: nil, text: text).id == Self.joined([group, sender, "", text]))
                    compared += 1
                }
            }
        }
        #expect(compared == 128)
    }
}
