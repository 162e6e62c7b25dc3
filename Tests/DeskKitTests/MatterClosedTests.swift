@testable import DeskKit
import Testing

/// `MatterClosed.says` reads staff closing a matter with its last word; a line whose last character is no ending's
/// last character is said not to before the endings are compared (docs/performance.md, thirty-ninth pass). It answers
/// as the comparison of every ending alone does.
@Suite("A matter closed at the counter, read with its last-character guard")
struct MatterClosedTests {
    /// The reading without the guard: every ending compared from the end of the line, as ``MatterClosed/says(_:)`` did.
    static func comparedEndingByEnding(_ text: String) -> Bool {
        let line = text.reversed().drop { $0 == " " || $0 == "。" || $0 == "." || $0 == "！" || $0 == "!" }
        for ending in ["结案了", "结单了", "办结了", "结案", "结单", "办结", "结了"] {
            guard line.starts(with: ending.reversed()) else { continue }
            let before = line.dropFirst(ending.count).first
            return before.map { !Set<Character>(["冻", "总", "团", "凝", "连", "纠", "打", "归"]).contains($0) } ?? false
        }
        return false
    }

    static let lines = [
        "奥园7栋 东门道闸换了电机 业主说好了 结了", "走失老人已送回家 结案。", "南门减速带修了 办结了!", "门禁换了整套 结单 ",
        "结了", "结案了。。", "她说社保卡冻结了", "今年的工作总结了", "大家团结", "东门道闸的事结了冇", "电梯修好了",
        "我是1968年3月出生的男的,什么时候能退休?", "社保卡丢了怎么补办", "早上好", "收到👍", "", " 。!", "了", "好了",
        "这件事办结 \u{F9BA}", "结\u{F9BA}", "门禁修好了 结\u{F9BA}", "案子结案👍",
    ]

    @Test(arguments: lines) func answersAsTheComparisonOfEveryEnding(line: String) {
        #expect(MatterClosed.says(line) == Self.comparedEndingByEnding(line))
    }

    @Test func readsAMatterClosedAndNotAnotherSense() {
        #expect(MatterClosed.says("南门减速带修了 办结了!"))
        #expect(MatterClosed.says("门禁换了整套 结单 "))
        #expect(MatterClosed.says("门禁修好了 结\u{F9BA}"))   // the compatibility ideograph canonically `了`
        #expect(!MatterClosed.says("她说社保卡冻结了"))
        #expect(!MatterClosed.says("东门道闸的事结了冇"))
        #expect(!MatterClosed.says("电梯修好了"))
    }
}
