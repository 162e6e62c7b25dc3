@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// What ``ForwardedMessage/asksIfARuleIsTrue(_:)`` must keep now that it looks for a rule's words first, in one
/// ``CharacterPresence`` of the line, where it asked whether the line asks if something is true first
/// (docs/performance.md, fifty-second pass): for every line of the forty-five development corpora (as written and as
/// the desk reads it) and lines made of the rule words, the truth questions and the questions to the neighbours (with
/// an emoji, a combining mark, a space), it answers as the start's function, and both answers occur; and the desk's
/// emergency check, which asks it of every line, still finds no danger in a rule asked about (unless the line cries
/// for help), in a group and at the counter, and still finds one in news of a danger. Behaviour, not timing.
@Suite("A rule asked about: the rule's words looked for first")
struct RuleQuestionOrderTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: []) }

    /// The text column of the development corpora (`understanding-eval.tsv`, `-2` … `-45`), as written and as
    /// ``Desk/readable(_:)`` makes it.
    static let corpusLines = DevelopmentCorpusLines.lines(through: 45)

    /// Rule words, truth questions and questions to the neighbours, alone and together, around news of a danger; a
    /// line with an emoji or a combining mark (searched by Foundation) among them.
    static let madeLines: [String] = {
        let rules = [""] + ForwardedMessage.wordsOfARulePassedOn.map { "说烧杨絮\($0) " }
        let questions = [""] + ForwardedMessage.truthQuestions
        let asking = ["", " " + ForwardedMessage.askingNeighbours[0], " 有人晓得不", "👍", "e\u{301}"]
        return rules.flatMap { rule in questions.flatMap { question in asking.map { rule + question + $0 } } }
            + ["转的那个说小区里烧杨絮要罚款 是不是真的[链接]", "3栋着火了 快来人", "楼下着火了 真的吗 快打119", "通知：明天停水 真的假的"]
    }()

    /// The start's `asksIfARuleIsTrue(_:)`, verbatim.
    static func asksAsAtTheStart(_ text: String) -> Bool {
        ForwardedMessage.asksIfBelievable(text) && CharacterPresence(text).containsAny(of: ForwardedMessage.wordsOfARulePassedOn)
    }

    @Test func theCorporaAreRead() {
        #expect(Self.corpusLines.count > 30_000)
    }

    @Test func answersAsAtTheStart() {
        var asked = (corpus: 0, made: 0), notAsked = 0
        for (lines, ofCorpus) in [(Self.corpusLines, true), (Self.madeLines, false)] {
            for line in lines {
                let start = Self.asksAsAtTheStart(line)
                #expect(ForwardedMessage.asksIfARuleIsTrue(line) == start, "\(line)")
                if start { if ofCorpus { asked.corpus += 1 } else { asked.made += 1 } } else { notAsked += 1 }
            }
        }
        // Both answers occur, in the corpora and in the made lines.
        #expect(asked.corpus > 0)
        #expect(asked.made > 300)
        #expect(notAsked > 30_000)
    }

    @Test func aRuleAskedAboutIsNoDanger() {
        // A rule passed round and asked about names no danger, unless the line cries for help; news of a danger does.
        func group(_ text: String) -> Message {
            Message(text, channel: .group, operatorName: "群", requester: Requester(sender: "5栋-小李"), group: "水印桃源1群")
        }
        var found = 0, ruled = 0
        for line in Self.madeLines {
            for message in [group(line), Message(line, operatorName: "小王")] {
                let decision = desk.desk.decide(line, message)
                let emergency = desk.desk.emergency(in: line, decision: decision, message: message)
                if Self.asksAsAtTheStart(line), !Desk.criesForHelp(line) {
                    #expect(emergency == nil, "\(line)")
                    ruled += 1
                }
                if emergency != nil { found += 1 }
            }
        }
        #expect(found > 0)
        #expect(ruled > 300)
    }
}
