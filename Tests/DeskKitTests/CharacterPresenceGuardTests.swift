@testable import DeskKit
import Foundation
import Testing

/// The word search reads a word's bytes once and refuses it by its first character, then by its second when that
/// one is plain (docs/performance.md, fortieth pass): the guarded reading gives Foundation's answer — the search
/// it stands for — over the desk's word lists and the words a guard could get wrong.
@Suite("A word is refused by its first two characters as Foundation's search refuses it")
struct CharacterPresenceGuardTests {
    /// Lines of the desk's kind (the dispatch bench's among them), lines with pictographs, and lines a byte search
    /// could get wrong: combining marks, a compatibility ideograph, Latin-1 and full-width letters, a character
    /// outside the plain blocks (U+20000).
    static let texts = [
        "早上好", "收到👍", "[图片]", "谢谢大家", "社保卡丢了怎么补办", "请问今天天气怎么样", "我是1968年3月出生的男的，什么时候能退休？",
        "哈哈哈", "好的", "异地就医怎么备案", "3栋2单元的电梯又坏了 卡在5楼 有老人被困", "楼上天天半夜钻墙 冇人管",
        "电梯好了 能坐了", "电话打不通", "好了👍🏻 谢谢", "👍\u{FE0F}修好了", "漏\u{301}水了", "好\u{301}了", "\u{8C48}\u{8C48}",
        "\u{8C48}了", "café 好了", "ＡＢＣ好了", "\u{20000}好了", "又坏了\u{20000}", "", " ", "a", "电",
    ]

    /// The desk's word lists, and words whose second character a line may lack, or that is not plain.
    static let words = Router.faultWords + Router.again + Router.litter + FixNews.doneWords + FixNews.stillWrong
        + NeighbourTalk.openings + NeighbourTalk.groupQuestions
        + ["电话", "电梯", "电", "好了", "好的", "好哇", "社保", "社区", "退休", "退了", "收到", "收据", "👍", "收👍", "好👍",
           "好\u{301}", "漏\u{301}", "\u{8C48}\u{F900}", "\u{F900}了", "\u{8C48}了", "了\u{20000}", "好\u{20000}", "\u{20000}好",
           "caf", "café", "cafe\u{301}", "ＡＢ", "ＡＣ", "a", "ab", " ", "…", "好了 ", "了 "]

    @Test func containsIsFoundationsContains() {
        CharacterPresenceTests.expectFoundationsContains(texts: Self.texts, words: Self.words)
    }

    @Test func theOffsetIsWhereFoundationFindsTheWord() {
        CharacterPresenceTests.expectFoundationsOffsets(texts: Self.texts, words: Self.words)
    }

    @Test func readingsAssertedOutright() {
        // The first character is there, the second is not.
        #expect(!CharacterPresence("电梯又坏了").contains("电话"))
        #expect(CharacterPresence("电梯又坏了").contains("电梯"))
        #expect(CharacterPresence("电梯又坏了").offset(of: "坏了") == 3)
        #expect(!CharacterPresence("收到👍").contains("收据"))
        #expect(CharacterPresence("收到👍").contains("收到"))
        #expect(CharacterPresence("好了👍🏻 谢谢").contains("好了"))
        // A second character that is not plain: Foundation decides (U+F900 is canonically U+8C48).
        #expect(CharacterPresence("\u{8C48}\u{8C48}").contains("\u{8C48}\u{F900}"))
        #expect(CharacterPresence("好\u{301}了").contains("好\u{301}"))
        // A word of one character, and the empty word.
        #expect(CharacterPresence("电").contains("电"))
        #expect(!CharacterPresence("电").contains("电梯"))
        #expect(CharacterPresence("早上好").contains("") == "早上好".contains(""))
        #expect(CharacterPresence("我是1968年3月出生的男的，什么时候能退休？").first(of: ["退了", "退休"]) == "退休")
    }
}
