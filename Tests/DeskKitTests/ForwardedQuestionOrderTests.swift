@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// What ``Desk/forwardedQuestion(_:decision:message:)`` must keep now that whether a line asks the group
/// (``NeighbourTalk/asksTheGroup(_:)``) is asked last, of a line that asks about a forward, and not first of every group
/// line (docs/performance.md, fifty-first pass): for every line of the forty-four development corpora (as written and as
/// the desk reads it) and lines made around forwards and questions to the group, from a sender with no forward
/// remembered and from one who has just forwarded a message, the desk answers exactly when the start's order of the same
/// checks answers, with the same reply, in a group and at the counter. Behaviour, not timing.
@Suite("A forward's question: asking the group checked last")
struct ForwardedQuestionOrderTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: []) }

    /// The text column of the development corpora (`understanding-eval.tsv`, `-2` … `-44`), as written and as
    /// ``Desk/readable(_:)`` makes it.
    static let corpusLines = DevelopmentCorpusLines.lines(through: 44)

    /// Forwards, questions about them, questions put to the group, and both at once.
    static let madeLines: [String] = {
        let heads = ["", "[转发] 下个月起水费翻倍 ", "【转发】明天起全市小区禁止外来车 ", "我女婿转过来的 说下月起养老金涨 ", "有冇人晓得 ",
                     "小区有冇得人收旧衣服 ", "驿站有冇得人晓得 ", "@所有人 ", "@老谢 "]
        let tails = ["", "这是真的吗", "这消息可信吗", "有冇人晓得真的假的", "靠谱吗", "社保卡补办要带什么", "我屋厕所堵了", "谢谢"]
        return heads.flatMap { head in tails.map { head + $0 } }
    }()

    /// The checks in the start's order, the question to the group first (with the forty-fifth reading round's own: a
    /// forward told in words and asked about is no question to the group, and one whose news reads like a report is
    /// still asked about unless it names a service outright): whether the desk answers.
    func answersAsAtTheStart(_ text: String, decision: Router.Decision, message: Message) -> Bool {
        guard message.channel == .group,
              !NeighbourTalk.asksTheGroup(text) || ForwardedMessage.saysPassedOn(text) && ForwardedMessage.asksIfBelievable(text)
        else { return false }
        let ofOwnForward = desk.desk.asksAboutOwnForward(text, message: message) && !desk.desk.router.namesAServiceOutright(text)
        return ofOwnForward
            || ForwardedMessage.asksWhetherTrue(text) && (decision.isNotARequest || !desk.desk.router.namesAServiceOutright(text))
    }

    @Test func theCorporaAreRead() {
        #expect(Self.corpusLines.count > 30_000)
    }

    @Test func theDeskAnswersAsAtTheStart() {
        func group(_ text: String, _ sender: String) -> Message {
            Message(text, channel: .group, operatorName: "群", requester: Requester(sender: sender), group: "水印桃源1群")
        }
        let forward = "[转发] 下个月起水费翻倍"
        var answered = (fresh: 0, afterAForward: 0), asked = 0
        for line in Self.corpusLines + Self.madeLines {
            // A sender with no forward remembered, one who has just forwarded a message, and the counter.
            let fresh = group(line, "5栋-小李"), after = group(line, "7栋-老王"), counter = Message(line, operatorName: "小王")
            desk.desk.rememberForward(forward, message: group(forward, "7栋-老王"))
            for (message, isAfter) in [(fresh, false), (after, true), (counter, false)] {
                let decision = desk.desk.decide(line, message)
                let start = answersAsAtTheStart(line, decision: decision, message: message)
                let reply = desk.desk.forwardedQuestion(line, decision: decision, message: message)
                #expect((reply != nil) == start, "\(line)")
                if let reply { #expect(reply.text == Desk.forwardedNewsAnswer, "\(line)") }
                if start { if isAfter { answered.afterAForward += 1 } else { answered.fresh += 1 } }
                if message.channel == .group && NeighbourTalk.asksTheGroup(line) { asked += 1 }
            }
        }
        // Both answers occur, and lines put to the group are among those read.
        #expect(answered.fresh > 10)
        #expect(answered.afterAForward > answered.fresh)
        #expect(asked > 100)
    }
}
