@testable import DeskKit
import Foundation
import Testing

/// What ``FixNews/asksIfFixed(_:)`` must keep now that its words (``FixNews/doneWords`` then ``FixNews/doneAsked``)
/// are joined once, into ``FixNews/doneOrAsked``, instead of at every call (docs/performance.md, forty-ninth pass):
/// the same words in the same order, and the same answer as the start's expression — the two lists joined at the call —
/// for every line of the forty-two development corpora, as written and as the desk reads it, and for lines made around
/// each word (the question marks after it, a combining mark, an emoji, a full-width form, nothing after it).
/// Behaviour, not timing.
@Suite("The question whether it is fixed, its words joined once")
struct AskedIfFixedTests {
    /// The start's `asksIfFixed(_:)`, verbatim but for its helper written out: the two lists joined at the call.
    static func asksAsAtTheStart(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        for word in FixNews.doneWords + FixNews.doneAsked where present.mayContain(word) {
            if present.anyOccurrence(of: word, where: { _, later in
                later.hasPrefix("冇") || later.hasPrefix("没") || later.hasPrefix("吗") || later.hasPrefix("啵")
            }) { return true }
        }
        return false
    }

    /// The text column of the development corpora (`understanding-eval.tsv`, `-2` … `-42`), as written and as
    /// ``Desk/readable(_:)`` makes it.
    static let corpusLines = DevelopmentCorpusLines.lines(through: 42)

    /// Lines made around each word: asked about, told, and with what a comparison of bytes could trip on.
    static let madeLines: [String] = {
        let after = ["", "冇", "没", "吗", "啵", "了冇", " 冇", "\u{301}冇", "冇\u{301}", "👍", "👍冇", "Ａ", "\u{F900}冇", "\r\n冇"]
        var lines: [String] = []
        for word in FixNews.doneWords + FixNews.doneAsked {
            for tail in after {
                lines.append(word + tail)
                lines.append("电梯" + word + tail)
                lines.append(word + "，灯" + word + tail)
                lines.append(String(word.dropLast()) + tail)
                lines.append(String(word.dropLast()) + "\u{301}" + String(word.suffix(1)) + tail)
            }
        }
        return lines + ["", "冇", "吗", "秋千修好了冇", "公园吊环的绳子换了冇", "电梯好了没有", "陪我去医院的事 记下了冇", "电暖器的事 有回音冇"]
    }()

    @Test func theWordsAreTheTwoListsInTheirOrder() {
        #expect(FixNews.doneOrAsked == FixNews.doneWords + FixNews.doneAsked)
        #expect(FixNews.doneOrAsked.count == FixNews.doneWords.count + FixNews.doneAsked.count)
    }

    @Test func theCorporaAreRead() {
        #expect(Self.corpusLines.count > 30_000)
    }

    @Test func asksAsTheStartAnswered() {
        var asked = 0
        for line in Self.corpusLines + Self.madeLines {
            let answer = FixNews.asksIfFixed(line)
            #expect(answer == Self.asksAsAtTheStart(line), "\(line)")
            if answer { asked += 1 }
        }
        // Both answers are given: lines that ask, and lines that do not.
        #expect(asked > 100)
        #expect(asked < Self.corpusLines.count)
    }
}
