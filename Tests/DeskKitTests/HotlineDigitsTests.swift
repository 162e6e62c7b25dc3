@testable import DeskKit
import Foundation
import Testing

/// What ``Desk/mentionsHotline(_:)`` must keep now that a plain line's runs of digits are walked in place
/// (``Desk/holdsAHotline(_:)``) instead of split into an array, and the words of help coming to the scene are a
/// constant list (``Desk/helpToTheScene``) instead of a literal at the call (docs/performance.md, forty-ninth pass):
/// the same answer as the start's function for every line of the forty-two development corpora, as written and as
/// the desk reads it, and for lines made around each hotline number (digits just before or after it, full-width
/// digits, a combining mark, an emoji, a room number, the number at either end of the line). Behaviour, not timing.
@Suite("A hotline's digits walked in place, as split found them")
struct HotlineDigitsTests {
    /// The start's `mentionsHotline(_:)`, verbatim but for its lists named through the desk.
    static func mentionsAsAtTheStart(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        if present.containsAny(of: ["救护车", "消防车", "急救", "燃气公司", "抢修的", "消防队", "派出所", "警察"]) || present.containsAny(of: Desk.callsForHelp) {
            return true
        }
        if present.allPlain {
            let runs = text.utf8.split { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            return runs.contains { run in Desk.hotlineNumbers.contains { $0.utf8.elementsEqual(run) } }
        }
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            if Desk.hotlineNumbers.contains(String(chars[i..<j])) { return true }
            i = j
        }
        return false
    }

    /// The text column of the development corpora (`understanding-eval.tsv`, `-2` … `-42`), as written and as
    /// ``Desk/readable(_:)`` makes it.
    static let corpusLines = DevelopmentCorpusLines.lines(through: 42)

    /// Lines made around each number, and the numbers' look-alikes.
    static let madeLines: [String] = {
        let numbers = Desk.hotlineNumbers + ["12", "1200", "0120", "11", "9633", "963333", "1202", "911", "12345"]
        let before = ["", "已经打了", "打了", "1", "0", "Ａ", "a", "-", "👍", "e\u{301}", " ", "１", "\u{FF10}"]
        let after = ["", "了", "0", "9", " ", "\u{301}", "👍", "号", "-1", "１", "，已打", "\r\n", "室"]
        var lines: [String] = []
        for number in numbers {
            for b in before {
                for a in after { lines.append(b + number + a) }
            }
        }
        let words = ["救护车", "消防车", "急救", "燃气公司", "抢修的", "消防队", "派出所", "警察"] + Desk.callsForHelp
        return lines + words.flatMap { [$0, "快" + $0, $0 + "\u{301}", $0 + "来了"] }
            + ["", "0", "120", "１２０", "120120", "12-0", "1-2-0", "1202屋里", "已打96333", "打了燃气公司电话", "消防车来了", "快叫人"]
    }()

    @Test func theCorporaAreRead() {
        #expect(Self.corpusLines.count > 30_000)
    }

    @Test func aHotlineIsMentionedExactlyAsAtTheStart() {
        var mentioned = 0
        for line in Self.corpusLines + Self.madeLines {
            let answer = Desk.mentionsHotline(line)
            #expect(answer == Self.mentionsAsAtTheStart(line), "\(line)")
            if answer { mentioned += 1 }
        }
        // Both answers are given: lines that mention a hotline, and lines that do not.
        #expect(mentioned > 100)
        #expect(mentioned < Self.corpusLines.count)
    }

    @Test func theWordsAreTheStartsList() {
        #expect(Desk.helpToTheScene == ["救护车", "消防车", "急救", "燃气公司", "抢修的", "消防队", "派出所", "警察"])
    }

    @Test func runsAreWholeRunsOfDigits() {
        func holds(_ text: String) -> Bool {
            var text = text
            return text.withUTF8(Desk.holdsAHotline)
        }
        for number in Desk.hotlineNumbers {
            #expect(holds(number))
            #expect(holds("打" + number + "了"))
            #expect(!holds("1" + number))
            #expect(!holds(number + "0"))
        }
        #expect(!holds(""))
        #expect(!holds("1202"))
        #expect(holds("1202 120"))
    }
}
