@testable import DeskKit
import Testing

/// What ``NeighbourTalk/asksTheGroup(_:)`` must keep now that it looks for a question's first character (有, 谁, 哪, 群)
/// in the line before cutting the line's head and searching it for each question (docs/performance.md, fifty-fourth
/// pass): for every line of the forty-seven development corpora (as written and as the desk reads it) and lines made
/// of every question — alone, a few characters in, too far in, after an emoji, after the desk's side named, beside a
/// fault at home — it answers as the start's reading, verbatim, and both answers occur. Behaviour, not timing.
@Suite("Neighbours' talk: a question to the group looked for by its first character")
struct GroupQuestionLookFirstTests {
    /// ``NeighbourTalk/asksTheGroup(_:)`` as it read a line at the start, verbatim.
    static func asksAsAtTheStart(_ text: String) -> Bool {
        let reach = NeighbourTalk.groupQuestionReach
        let head = CharacterPresence(text.prefix(reach + 8))
        guard let offset = NeighbourTalk.groupQuestions.lazy.compactMap({ q in head.offset(of: q).flatMap { $0 <= reach ? $0 : nil } }).first
        else { return false }
        if NeighbourTalk.officialNames.contains(where: text.prefix(offset).contains) { return false }
        let line = CharacterPresence(text)
        return !(NeighbourTalk.ownHome.contains(where: line.contains) && NeighbourTalk.faults.contains(where: line.contains))
    }

    /// Every question, and its first character alone, where a line may put it.
    static var madeLines: [String] {
        var lines: [String] = []
        for q in NeighbourTalk.groupQuestions {
            lines += [q, q + "一串钥匙", "小区" + q + "旧衣服", "群里的" + q, "一二三四五" + q, "👍" + q + "么样搞", "驿站" + q + " 我69年的",
                      "管子冻住了 " + q + "么样搞", q + "晓得初几物业上班啊 我屋厕所堵了", String(q.prefix(1)) + "个事情 电梯坏了"]
        }
        return lines
    }

    @Test func answersAsAtTheStart() {
        let lines = DevelopmentCorpusLines.lines(through: 47) + Self.madeLines
        #expect(lines.count > 1_000)
        var told: [Bool: Int] = [:]
        for line in lines {
            let asks = Self.asksAsAtTheStart(line)
            #expect(NeighbourTalk.asksTheGroup(line) == asks, "\(line)")
            told[asks, default: 0] += 1
        }
        #expect(told[true, default: 0] > 0 && told[false, default: 0] > 0)
    }

    @Test(arguments: [("有冇得人晓得哪里可以办居住证", true), ("谁捡到一串钥匙 放驿站了", true), ("群里有人要旧书柜吗", true),
                      ("3栋2单元电梯坏了", false), ("有冇得人晓得初几物业上班啊 我屋厕所堵了", false), ("驿站有冇得人晓得 我69年的", false)])
    func questionsToTheGroupAreTold(_ line: String, _ asks: Bool) {
        #expect(NeighbourTalk.asksTheGroup(line) == asks)
    }
}
