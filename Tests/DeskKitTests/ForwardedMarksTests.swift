@testable import DeskKit
import Foundation
import Testing

/// What ``ForwardedMessage/isForwarded(_:)`` must keep now that a line without 转 or 聊 anywhere is told from its bytes
/// (``ForwardedMessage/holdsAMarksCharacter(_:)``) before its first 12 characters are counted (docs/performance.md,
/// fiftieth pass): the same answer as the start's function for every line of the forty-three development corpora, as
/// written and as the desk reads it, and for lines made around each mark (the mark at each place from the first
/// character to the fifteenth, cut short, with a combining mark, an emoji, a full-width form, `\r\n` before it; 转 and
/// 聊 alone, and characters whose UTF-8 shares their first bytes). Behaviour, not timing.
@Suite("A forwarded line's marks: a line without their characters told from its bytes")
struct ForwardedMarksTests {
    /// The start's `isForwarded(_:)`, verbatim but for its marks named here.
    static func isForwardedAsAtTheStart(_ text: String) -> Bool {
        let start = text.prefix(12)
        guard start.unicodeScalars.contains(where: { $0 == "转" || $0 == "聊" }) else { return false }
        return marks.contains { start.contains($0) }
    }

    /// ``ForwardedMessage``'s marks, as the start had them.
    static let marks = ["[转发]", "【转发】", "转发：", "转发:", "[聊天记录]"]

    /// The text column of the development corpora (`understanding-eval.tsv`, `-2` … `-43`), as written and as
    /// ``Desk/readable(_:)`` makes it.
    static let corpusLines = DevelopmentCorpusLines.lines(through: 43)

    /// Lines made around each mark, 转 and 聊 alone, and look-alikes.
    static let madeLines: [String] = {
        // 转 is E8 BD AC and 聊 E8 81 8A: 范 (E8 8C 83), 聂 (E8 81 82), 轮 (E8 BD AE) share their leading bytes.
        let pieces = marks + ["转", "聊", "转发", "聊天记录", "[转", "发]", "范", "聂", "轮", "转\u{301}", "聊👍"]
        let fillers = ["", "大", "大家看下", "e\u{301}", "👍", "Ａ", "\r\n", " ", "一二三四五六七八九十", "一二三四五六七八九十一二三"]
        let tails = ["", " 能信吗", "是真的吗", "\u{301}", "👍", "降温了 转给大家看看"]
        var lines: [String] = []
        for piece in pieces {
            for before in fillers {
                for after in tails { lines.append(before + piece + after) }
            }
            // The piece at each place from the first character to the fifteenth.
            for k in 0...14 { lines.append(String(repeating: "好", count: k) + piece + "能信吗") }
        }
        return lines + ["", "转", "聊", "\u{8F6C}", "\u{804A}", "范聂轮", "【转发】", "[转发]"]
    }()

    @Test func theCorporaAreRead() {
        #expect(Self.corpusLines.count > 30_000)
    }

    @Test func aForwardedLineIsToldAsAtTheStart() {
        var forwarded = 0
        for line in Self.corpusLines + Self.madeLines {
            let start = Self.isForwardedAsAtTheStart(line)
            #expect(ForwardedMessage.isForwarded(line) == start, "\(line)")
            if start { forwarded += 1 }
        }
        // Both answers occur.
        #expect(forwarded > 100)
        #expect(forwarded < Self.corpusLines.count)
    }

    /// The byte check answers as a search of the line's scalars for 转 and 聊, wherever they stand.
    @Test func theCharactersAreFoundWhereTheScalarsAre() {
        var holding = 0
        for line in Self.corpusLines + Self.madeLines {
            let scalars = line.unicodeScalars.contains { $0 == "转" || $0 == "聊" }
            #expect(ForwardedMessage.holdsAMarksCharacter(line) == scalars, "\(line)")
            if scalars { holding += 1 }
        }
        #expect(holding > 100)
    }

    /// The marks are still the start's: each holds 转 or 聊, so a line without both holds none.
    @Test func everyMarkHoldsTheCharacters() {
        #expect(ForwardedMessage.markers == Self.marks)
        for mark in Self.marks { #expect(ForwardedMessage.holdsAMarksCharacter(mark), "\(mark)") }
    }
}
