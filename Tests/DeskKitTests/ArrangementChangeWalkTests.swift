@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// What ``ArrangementChange/says(_:)`` must keep now that a plain line's words of a change are found in one walk over
/// its bytes (``PhraseMatcher``) where they were searched one by one (docs/performance.md, fifty-second pass): for
/// every line of the forty-five development corpora (as written and as the desk reads it) and lines made of each word
/// of a change, alone, told made, beside a service's words, with an emoji, a combining mark or a full-width form, it
/// answers as the start's function, and both answers occur, for plain lines and for others. Behaviour, not timing.
@Suite("A change to an arrangement: its words found in one walk")
struct ArrangementChangeWalkTests {
    /// The text column of the development corpora (`understanding-eval.tsv`, `-2` … `-45`), as written and as
    /// ``Desk/readable(_:)`` makes it.
    static let corpusLines = DevelopmentCorpusLines.lines(through: 45)

    /// Each word of a change, and pieces of it, alone and in a line, told made, with characters that are not plain.
    static let madeLines: [String] = {
        let words = ArrangementChange.words + ArrangementChange.words.map { String($0.dropLast()) } + ["", "改", "已经改成", "已改到"]
        let heads = ["", "助餐", "陪诊 ", "已经", "王婆婆的上门探访", "👍", "e\u{301}", "Ａ"]
        let tails = ["", "行不行", " 谢谢", "了", "🙏", "\u{301}", "改成"]
        return heads.flatMap { head in words.flatMap { word in tails.map { head + word + $0 } } }
    }()

    /// The start's `says(_:)`, verbatim.
    static func saysAsAtTheStart(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: ArrangementChange.words) && !present.containsAny(of: ["已经改", "已改"])
    }

    @Test func theCorporaAreRead() {
        #expect(Self.corpusLines.count > 30_000)
    }

    @Test func answersAsAtTheStart() {
        var said = (plain: 0, other: 0), notSaid = (plain: 0, other: 0)
        for line in Self.corpusLines + Self.madeLines {
            let start = Self.saysAsAtTheStart(line)
            #expect(ArrangementChange.says(line) == start, "\(line)")
            switch (start, CharacterPresence(line).allPlain) {
            case (true, true): said.plain += 1
            case (true, false): said.other += 1
            case (false, true): notSaid.plain += 1
            case (false, false): notSaid.other += 1
            }
        }
        // Both answers occur, for lines walked and for lines searched.
        #expect(said.plain > 1_000)
        #expect(said.other > 100)
        #expect(notSaid.plain > 30_000)
        #expect(notSaid.other > 100)
    }
}
