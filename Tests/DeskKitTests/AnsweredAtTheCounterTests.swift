import Foundation
@testable import DeskKit
import Testing

/// `AnsweredAtTheCounter.says` reads a question staff answered at the counter; a line holding no first character of an
/// answer's words is said not to before any search (docs/performance.md, thirty-eighth pass). It answers as the search
/// of every word alone does.
@Suite("A question answered at the counter, read with its first-character guard")
struct AnsweredAtTheCounterTests {
    /// The reading without the guard: Foundation's search for each word, as ``AnsweredAtTheCounter/says(_:)`` did.
    static func searchedWordByWord(_ text: String) -> Bool {
        let answered = ["已答", "已告知", "已解释", "已回复", "已说明", "已经告知", "已经答复", "当场答复", "告诉他了", "告诉她了"]
        guard let told = answered.compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              let asked = ["问", "咨询", "打听"].compactMap({ text[..<told.lowerBound].range(of: $0)?.lowerBound }).min() else { return false }
        let before = text[..<asked], after = text[told.upperBound...]
        return !["报", "催", "来说", "要", "申请", "登记", "请"].contains(where: before.contains)
            && !["帮", "约", "登记", "要办", "来办", "申请", "办了冇", "办了没", "还冇", "还没"].contains(where: after.contains)
    }

    static let lines = [
        "伍先生 问他的灵活就业明年几时能交 已答:每年年底前可预缴", "万姐 问她退休了医保卡里的钱怎么变少了 已告知",
        "宁先生 男 77年3月 问退休 63岁 2040-03 已告知", "刘婆婆咨询高龄补贴 当场答复", "张爹爹打听体检 告诉他了",
        "李姐问医保 告诉她了", "王先生问社保卡 已经告知 帮她约了人社窗口", "来报夏季联赛男子组 问要不要交钱 已答",
        "问她办了冇 已回复 她说还冇", "已答 问一下", "已经修好了", "当心路滑", "告示已贴", "社保卡丢了怎么补办",
        "我是1968年3月出生的男的,什么时候能退休?", "早上好", "收到👍", "", "问退休 \u{2F874}场答复", "问退休 当场答复👍",
    ]

    @Test(arguments: lines) func answersAsTheSearchOfEveryWord(line: String) {
        #expect(AnsweredAtTheCounter.says(line) == Self.searchedWordByWord(line))
    }

    @Test func readsAQuestionAnsweredAndNotOneStillToDo() {
        #expect(AnsweredAtTheCounter.says("刘婆婆咨询高龄补贴 当场答复"))
        #expect(AnsweredAtTheCounter.says("张爹爹打听体检 告诉他了"))
        #expect(!AnsweredAtTheCounter.says("王先生问社保卡 已经告知 帮她约了人社窗口"))
        #expect(!AnsweredAtTheCounter.says("社保卡丢了怎么补办"))
        #expect(!AnsweredAtTheCounter.says("已经修好了"))
    }
}
