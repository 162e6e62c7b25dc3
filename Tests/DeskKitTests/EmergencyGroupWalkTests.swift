@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// What the emergency guide must keep now that it looks only at the groups of a kind with a word found in the line
/// (``EmergencyGuide/completesAGroup(_:_:_:_:)``), where it walked every group of a named kind, filtering the phrases
/// found for each (docs/performance.md, fifty-third pass): for every line of the forty-six development corpora (as
/// written and as the desk reads it) and lines made of every group's words — whole, one word short, with a word inside
/// one of the kind's exceptions, with an emoji — and for every kind of the seed's guide, it answers as the start's
/// walk, verbatim, and both answers occur; a kind with an empty group is still completed by every line. Behaviour,
/// not timing.
@Suite("Emergencies: only the groups with a word found are looked at")
struct EmergencyGroupWalkTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: []) }

    /// The text column of the development corpora (`understanding-eval.tsv`, `-2` … `-46`), as written and as
    /// ``Desk/readable(_:)`` makes it.
    static let corpusLines = DevelopmentCorpusLines.lines(through: 46)

    /// The start's walk over every group of kind `k`, verbatim (but for returning true where it returned the kind).
    static func completesAsAtTheStart(_ kind: EmergencyGuide.Kind, _ k: Int, _ found: [PhraseMatcher<EmergencyGuide.Role>.Match],
                                      _ counts: (PhraseMatcher<EmergencyGuide.Role>.Match) -> Bool) -> Bool {
        for (g, group) in kind.together.enumerated() {
            let present = found.filter { m in
                if case .member(let mk, let mg) = m.payload, mk == k, mg == g { return counts(m) }
                return false
            }
            if group.allSatisfy({ word in present.contains { $0.phrase == word } }) { return true }
        }
        return false
    }

    /// Whether a phrase found counts for kind `k`: not inside one of its exceptions found (as the guide counts).
    static func counts(_ found: [PhraseMatcher<EmergencyGuide.Role>.Match], _ k: Int) -> (PhraseMatcher<EmergencyGuide.Role>.Match) -> Bool {
        let exceptions = found.compactMap { m -> Range<Int>? in
            if case .except(let e) = m.payload, e == k { return m.start..<m.end }
            return nil
        }
        return { m in !exceptions.contains { $0.lowerBound <= m.start && m.end <= $0.upperBound } }
    }

    /// Every group's words: together, one short, with the first word inside an exception of the kind, spaced apart,
    /// after an emoji.
    func madeLines(_ guide: EmergencyGuide) -> [String] {
        var lines: [String] = []
        for kind in guide.kinds {
            for group in kind.together {
                lines.append(group.joined())
                lines.append(group.joined(separator: " "))
                lines.append("👍" + group.joined(separator: "，") + "快来人")
                if group.count > 1 { lines.append(group.dropLast().joined()) }
                if let first = group.first, let exception = kind.except.first(where: { $0.contains(first) }) {
                    lines.append(exception + group.dropFirst().joined())
                }
            }
        }
        return lines
    }

    @Test func answersAsAtTheStart() {
        let guide = desk.desk.emergencies
        #expect(guide.kinds.contains { $0.together.count > 100 })
        let made = madeLines(guide)
        #expect(made.count > 1_500)
        var complete = (corpus: 0, made: 0), incomplete = 0
        for (lines, ofCorpus) in [(Self.corpusLines, true), (made, false)] {
            for line in lines {
                let found = guide.phrasesFound(in: line)
                for (k, kind) in guide.kinds.enumerated() {
                    let counts = Self.counts(found, k)
                    let start = Self.completesAsAtTheStart(kind, k, found, counts)
                    #expect(EmergencyGuide.completesAGroup(kind, k, found, counts) == start, "\(kind.emergency.id): \(line)")
                    if start { if ofCorpus { complete.corpus += 1 } else { complete.made += 1 } } else { incomplete += 1 }
                }
            }
        }
        // Both answers occur, in the corpora and in the made lines.
        #expect(Self.corpusLines.count > 30_000)
        #expect(complete.corpus > 100)
        #expect(complete.made > 1_000)
        #expect(incomplete > 300_000)
    }

    @Test func aGroupCompleteIsADangerAndOneWordShortIsNot() {
        let guide = desk.desk.emergencies
        // Some group of some kind found whole names that kind's danger; found one word short, it is no danger
        // unless something else in the line names one.
        var whole = 0, short = 0
        for kind in guide.kinds {
            for group in kind.together where group.count == 2 {
                if guide.emergency(in: group.joined())?.id == kind.emergency.id { whole += 1 }
                if guide.emergency(in: group[0]) == nil { short += 1 }
            }
        }
        #expect(whole > 5)
        #expect(short > 5)
    }

    @Test func anEmptyGroupIsCompletedByEveryLine() {
        func kind(_ id: String, together: [[String]]) -> EmergencyGuide.Kind {
            EmergencyGuide.Kind(emergency: Emergency(id: id, name: id, instruction: "", calls: [], modulesMayHandle: false),
                                words: [], together: together, except: [])
        }
        let guide = EmergencyGuide(kinds: [kind("lift", together: [["电梯", "困"]]), kind("any", together: [["火"], []])])
        #expect(guide.kinds.map(\.hasAnEmptyGroup) == [false, true])
        // `电梯` names the first kind, one word short; the second has an empty group.
        #expect(guide.emergency(in: "电梯坏了")?.id == "any")
        #expect(guide.emergency(in: "电梯里有人被困")?.id == "lift")
        // A line with no phrase of the guide names nothing.
        #expect(guide.emergency(in: "早上好") == nil)
    }
}
