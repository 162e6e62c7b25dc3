@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// What the readings that look at how a line opens must keep now that they compare the openings byte by byte
/// (``CharacterPresence/hasPrefix(_:)``) instead of with the standard library's `hasPrefix` (docs/performance.md,
/// forty-eighth pass): where the one point is `靠`, a pointer (`就是`, `就在` …), `还有`/`另外` and someone still inside,
/// an echo (`+1`, `同上`, `我也是` …) or a quoted reply's `回复`, every line of the forty-one development corpora — as
/// written and as the desk reads it — and lines made to trip a byte comparison (a combining mark, a joiner, a variation
/// selector or an emoji right after the word, `\r\n`, a compatibility ideograph, full-width forms) open with the word
/// exactly when `hasPrefix` says they do, and the echo and the pointer are read as before. Behaviour, not timing.
@Suite("Opening words compared byte by byte, as hasPrefix answers")
struct OpeningWordsTests {
    /// Every word whose opening a changed reading looks for.
    static let words = ["靠", "回复"] + Desk.pointers + Desk.anotherOpenings + Desk.someoneStill + Router.meTooOpenings

    /// The text column of the development corpora (`understanding-eval.tsv`, `-2` … `-41`, named one by one: no other
    /// file of the folder is opened), as written and as ``Desk/readable(_:)`` makes it.
    static let corpusLines = DevelopmentCorpusLines.lines(through: 41)

    /// Lines made around each word to trip a comparison of bytes.
    static let madeLines: [String] = {
        let after = ["", " 东边", "，后面", "\u{301}", "\u{301}后面", "\u{200D}", "\u{FE0F}", "👍", "👍🏻 后面", "\r\n后面", "\n", "\u{3099}",
                     "\u{302A}", "Ａ", "\u{F900}", "\u{2F800}", "e\u{301}"]
        var lines: [String] = []
        for word in words {
            for tail in after {
                lines.append(word + tail)
                lines.append("\u{FEFF}" + word + tail)
                lines.append(" " + word + tail)
                lines.append(String(word.dropLast()) + tail)
                lines.append(String(word.dropLast()) + "\u{301}" + String(word.suffix(1)) + tail)
            }
        }
        return lines + ["", "\r\n", "+１", "＋1", "同上！", "+1,好", "+1。", "+1\u{20E3}", "靠\u{F900}", "就是\u{2F800}旁边"]
    }()

    @Test func theCorporaAreRead() {
        #expect(Self.corpusLines.count > 30_000)
    }

    @Test func anOpeningIsFoundExactlyWhereHasPrefixFindsIt() {
        for line in Self.corpusLines + Self.madeLines {
            let presence = CharacterPresence(line)
            for word in Self.words where presence.hasPrefix(word) != line.hasPrefix(word) {
                Issue.record("\(line.debugDescription) opens with \(word.debugDescription): \(line.hasPrefix(word))")
            }
        }
    }

    /// ``Router/opensWithMeToo(_:)`` before the forty-eighth pass, verbatim but for the name.
    static func opensWithMeTooBefore(_ text: String) -> Bool {
        Router.meTooOpenings.contains { mark in
            guard text.hasPrefix(mark), let next = text.dropFirst(mark.count).first else { return false }
            return next == " " || next == "，" || next == "," || next == "！" || next == "!" || next == "。"
        }
    }

    @Test func anEchoIsReadAsBefore() {
        for line in Self.corpusLines + Self.madeLines {
            #expect(Router.opensWithMeToo(line) == Self.opensWithMeTooBefore(line), "\(line.debugDescription)")
        }
    }

    @Test func aPointerIsReadAsBefore() throws {
        let desk = try TestDesk(modules: [FaultModule()]).desk
        var pointers: [String] = []
        for pointer in Desk.pointers {
            for direction in Desk.directions {
                pointers.append(pointer + direction)
                pointers.append(pointer + "\u{301}" + direction)
                pointers.append(pointer + "小花园" + direction + "那台")
            }
        }
        for line in Self.corpusLines + Self.madeLines + pointers {
            let opens = Desk.pointers.contains { line.hasPrefix($0) }
            let names = Desk.directions.contains { line.contains($0) }
            let before = line.count <= 24 && opens && names
            #expect(desk.pointsTheWay(line) == before, "\(line.debugDescription)")
        }
    }
}
