@testable import DeskKit
import Foundation
import Testing

/// `Desk.callsOff` reads a line once (``CharacterPresence``) for its words of calling a matter off, and looks for the
/// "no need" words near coming or sending only in a line that holds one (docs/performance.md, forty-first pass). It
/// answers as the reading it replaced: every word searched by Foundation's `contains`, every opening by `hasPrefix`.
@Suite("A matter called off, read with the line read once")
struct CallsOffGuardTests {
    /// The reading without the guard, as ``Desk/callsOff(_:)`` was: Foundation's `contains` for each word inside,
    /// the standard library's `hasPrefix` for each opening, then the "no need" words followed within five characters.
    static func searchedWordByWord(_ text: String) -> Bool {
        if Desk.cancelInside.contains(where: { text.contains($0) }) || Desk.cancelFirst.contains(where: { text.hasPrefix($0) }) {
            return true
        }
        return text.contains(anyOf: Desk.noNeed, followedWithin: 5, byOneOf: "派来找修管克跟查催")
    }

    /// The relay bench's lines, lines that call a matter off in each of the three ways and lines that come near it,
    /// and lines a byte search could get wrong: pictographs, combining marks, the compatibility ideograph U+F967
    /// (canonically `不`), a character outside the plain blocks (U+20000), the empty line.
    static let lines = [
        "收到", "早上好", "👍", "[图片]", "谢谢大家", "哈哈哈", "好的", "3栋1单元电梯坏了", "家里厨房漏水了", "社保卡丢了怎么补办",
        "12栋2单元楼道灯不亮", "不用派人来了", "不用你们派人了", "不用物业来了", "不用了 自己通好了", "那算了 我妈说不要人来",
        "我那个单子撤销吧 不用来了", "外墙修好了 吊篮撤了", "那社区就不用克了", "不需要上门了 谢谢", "无需派人 已经好了",
        "撤回 是我搞错了 是2单元电梯那天停电了 … 不用来人", "不要紧 明天再说", "不用谢", "不要钱的吧", "取快递的地方在哪",
        "电梯好了 能坐了 谢谢小陈", "不用了", "那就不要了👍", "👍不用来了", "不\u{301}用来了", "\u{F967}用来了", "\u{F967}用了 自己通好了",
        "不用\u{20000}来", "\u{20000}不用派了", "不要啊啊啊啊来", "不要啊啊啊啊啊来", "不用不用 来", "", " ", "不", "撤",
    ]

    @Test(arguments: lines) func answersAsTheWordByWordSearch(line: String) {
        #expect(Desk.callsOff(line) == Self.searchedWordByWord(line))
    }

    @Test func readingsAssertedOutright() {
        #expect(Desk.callsOff("不用派人来了"))
        #expect(Desk.callsOff("那算了 我妈说不要人来"))
        #expect(Desk.callsOff("那社区就不用克了"))
        #expect(Desk.callsOff("不要啊啊啊啊来"))   // `来` the fifth character after `不要`
        #expect(!Desk.callsOff("不要啊啊啊啊啊来"))   // the sixth
        #expect(Desk.callsOff("\u{F967}用来了"))   // canonically `不用来了`: Foundation's search finds it
        #expect(!Desk.callsOff("外墙修好了 吊篮撤了"))
        #expect(!Desk.callsOff("3栋1单元电梯坏了"))
        #expect(!Desk.callsOff("收到"))
        #expect(!Desk.callsOff(""))
    }
}
