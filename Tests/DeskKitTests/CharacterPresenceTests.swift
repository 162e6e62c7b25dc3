@testable import DeskKit
import Foundation
import Testing

/// `CharacterPresence` answers every word search as Foundation's search (and the standard library's `hasPrefix`)
/// answer it: the word lists the desk reads lines with are searched through it.
@Suite("Word searches give Foundation's answers")
struct CharacterPresenceTests {
    /// Lines of the desk's kind, and lines a byte search could get wrong: emoji with modifiers and joiners,
    /// combining marks after Chinese and Latin letters, a compatibility ideograph, full-width and Latin-1 letters.
    static let texts = [
        "早上好", "有冇人晓得哪里可以办居住证", "群里有没有人知道 3栋电梯几时修好", "电梯好了 能坐了", "好了两天又漏了",
        "养老金这个月怎么少了两百块", "我是1968年3月出生的男的,什么时候能退休?", "你找物业报修撒", "我马上下来",
        "【通知】明天上午停水", "“好了”…", "谢谢大家👍", "👍🏻好了", "漏\u{301}水了", "好\u{301}了", "好了\u{FE0F}",
        "\u{1F468}\u{200D}\u{1F469} 修好了", "cafe\u{301}", "café 好了", "\u{F900}了", "\u{8C48}了", "ＡＢＣ好了", "", " ",
        "有冇得人收旧衣服 谢谢", "家里厨房漏水了 么样搞", "帮我查一下 社保转移有进展冇", "2栋1单元楼道灯换了 亮堂了",
        "收到👍", "好了👍🏻 谢谢", "电梯修好了🙏🙏", "👍\u{FE0F}修好了", "好了两天又好了 又漏了",
    ]

    /// The desk's word lists, and words a byte search could get wrong.
    static let words = NeighbourTalk.groupQuestions + NeighbourTalk.inside + NeighbourTalk.openings + FixNews.doneWords
        + FixNews.stillWrong + ["好", "了", "漏", "水", "e", "cafe", "café", "cafe\u{301}", "👍", "\u{1F468}", "\u{8C48}",
                                "\u{F900}", "ABC", "ＡＢＣ", "好\u{301}", " ", "…", "有冇人晓得哪里可以办居住证和别的",
                                "🙏", "👍🏻", "👍修好了", "\u{FE0F}", "\u{200D}\u{1F469}", "\u{1F469} 修好了"]

    @Test func containsIsFoundationsContains() {
        Self.expectFoundationsContains(texts: Self.texts, words: Self.words)
    }

    @Test func theOffsetIsWhereFoundationFindsTheWord() {
        Self.expectFoundationsOffsets(texts: Self.texts, words: Self.words)
    }

    /// Expects `contains` of every word in every text to be Foundation's `contains` (also
    /// `CharacterPresenceGuardTests`' comparison, over its own lines and words).
    static func expectFoundationsContains(texts: [String], words: [String]) {
        for text in texts {
            let line = CharacterPresence(text)
            for word in words {
                #expect(line.contains(word) == text.contains(word), "\(word) in \(text)")
            }
        }
    }

    /// Expects `offset(of:)` of every word in every text to be where Foundation's `range(of:)` finds it.
    static func expectFoundationsOffsets(texts: [String], words: [String]) {
        for text in texts {
            let line = CharacterPresence(text)
            for word in words {
                let foundation = text.range(of: word).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
                #expect(line.offset(of: word) == foundation, "\(word) in \(text)")
            }
        }
    }

    @Test func eachPlaceIsWhereFoundationFindsTheWordAgain() {
        for text in Self.texts {
            let line = CharacterPresence(text)
            for word in Self.words where !word.isEmpty {
                var places: [String] = [], foundation: [String] = []
                _ = line.anyOccurrence(of: word) { before, after in places.append("\(before)|\(after)"); return false }
                var rest = text[...]
                while let r = rest.range(of: word) {
                    foundation.append("\(rest[..<r.lowerBound])|\(rest[r.upperBound...])")
                    rest = rest[r.upperBound...]
                }
                #expect(places == foundation, "\(word) in \(text)")
            }
        }
        #expect(CharacterPresence("好了两天又好了").anyOccurrence(of: "好了") { before, _ in before == "两天又" })
    }

    @Test func aLineWithPictographsIsPassedOverForWordsWhoseFirstCharacterItLacks() {
        #expect(!CharacterPresence("收到👍").mayContain("有冇人"))
        #expect(CharacterPresence("收到👍").mayContain("收到"))
        #expect(CharacterPresence("收到👍").contains("收到"))
        #expect(CharacterPresence("👍🏻好了").contains("好了") == "👍🏻好了".contains("好了"))
        #expect(CharacterPresence("café 好了").mayContain("有"))   // a letter with a mark: every word is searched
    }

    @Test func hasPrefixIsTheStandardLibrarys() {
        for text in Self.texts {
            let line = CharacterPresence(text)
            for word in Self.words + Self.texts where !word.isEmpty {
                #expect(line.hasPrefix(word) == text.hasPrefix(word), "\(text) starts with \(word)")
            }
        }
    }

    @Test func replacingIsFoundationsReplacing() {
        let names = ["水印桃源", "水印", "桃源", "汉口道6号", "奥园"]
        for text in Self.texts + ["水印桃源3栋2单元502 漏水", "汉口道6号汉口道6号7栋", "水印水印 桃源", "奥园"] {
            for word in Self.words + names where !word.isEmpty {
                #expect(CharacterPresence.replacing(word, with: " ", in: text) == text.replacingOccurrences(of: word, with: " "),
                        "\(word) in \(text)")
            }
        }
    }

    @Test func aListGivesItsFirstWordInTheText() {
        let line = CharacterPresence("帮我查一下 社保转移有进展冇")
        #expect(line.first(of: ["跟进", "进展冇", "帮我查"]) == "进展冇")
        #expect(line.containsAny(of: ["跟进", "少了"]) == false)
        #expect(CharacterPresence("电梯好了").mayContain("好了"))
        #expect(!CharacterPresence("电梯好了").mayContain("修好了"))
    }
}
