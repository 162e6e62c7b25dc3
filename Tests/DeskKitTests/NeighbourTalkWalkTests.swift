@testable import DeskKit
import Foundation
import Testing

/// Whether a group line is talk between neighbours is read with the four word lists found in one walk of the line
/// when it is all plain characters (docs/performance.md, forty-fourth pass): the answer is the one the lists
/// searched word by word give (``NeighbourTalk/matchesWordByWord(_:)``, the reading before the pass).
@Suite("Neighbours' talk found in one walk as word by word")
struct NeighbourTalkWalkTests {
    /// Every word of the lists the walk finds.
    static let listed = NeighbourTalk.openings + NeighbourTalk.inside + NeighbourTalk.advice + NeighbourTalk.asksForItself

    /// Lines the two readings are compared on: every training example that ships, normalised as a group line is
    /// and not; every listed word alone, opening a line, inside one, after a neighbour called by name, after an
    /// `@`, with a word that asks for something; pairs of listed words; and lines that are not all plain.
    static var lines: [String] {
        let examples = ModelCacheTests.shipped.map(\.text)
        var lines = examples + examples.map(TextNormalizer.normalize)
        let calls = ["王阿姨 ", "婆婆，", "张师傅", "@小李 ", "@网格员 ", "@所有人 ", "各位邻居 ", "有冇得人晓得 "]
        for word in listed {
            lines += [word, word + "了", "我说" + word, word + " 帮我看下", "楼下" + word + "撒", " " + word, word + "👍",
                      "好\u{301}" + word, word + "\u{20000}", String(word.dropFirst()), String(word.dropLast())]
            lines += calls.map { $0 + word }
            lines += NeighbourTalk.asksForItself.map { word + " " + $0 }
        }
        for (i, first) in listed.enumerated() {
            let second = listed[(i * 7 + 3) % listed.count]
            lines += [first + second, second + " " + first, first + "，" + second + "啊"]
        }
        lines += ["", " ", "@", "@ ", "@小李", "a", "你", "派出所", "派出所 ", "报警", "你找物业报修撒", "拿身份证克社区办就行",
                  "我马上下来", "@泊林9栋老太 好的婆婆 我约下时间", "我要投诉物业 让他们赔", "报警撒 让物业调监控",
                  "3栋2单元的电梯又坏了 卡在5楼 有老人被困", "收到👍", "café 你找物业", "ＡＢＣ你找物业"]
        return lines
    }

    @Test func everyListedWordIsPlain() {
        // The walk's premise: a plain word stands in a plain line exactly where its bytes stand.
        for word in Self.listed {
            #expect(!word.isEmpty && CharacterPresence.isPlain(word), "\(word)")
        }
    }

    @Test func theWalkAnswersAsWordByWord() {
        var talk = 0, notTalk = 0, plain = 0
        for line in Self.lines {
            let walked = NeighbourTalk.matches(line)
            #expect(walked == NeighbourTalk.matchesWordByWord(line), "\(line)")
            if walked { talk += 1 } else { notTalk += 1 }
            if CharacterPresence(line).allPlain { plain += 1 }
        }
        // Both answers many times over, and most lines through the walk.
        #expect(talk > 2_000)
        #expect(notTalk > 2_000)
        #expect(plain > Self.lines.count * 3 / 4)
    }

    @Test func readingsAssertedOutright() {
        #expect(NeighbourTalk.matches("你找物业报修撒"))                    // an opening
        #expect(!NeighbourTalk.matches("楼下你找物业报修撒"))                // …not at the start
        #expect(NeighbourTalk.matches("拿身份证克社区办就行"))                // inside
        #expect(NeighbourTalk.matches("报警撒 让物业调监控"))                 // advice
        #expect(!NeighbourTalk.matches("我要投诉物业 让他们赔"))              // advice, but asking for itself
        #expect(NeighbourTalk.matches("王阿姨先把暖气片下面那个阀门关了"))    // an opening after a neighbour called
        #expect(NeighbourTalk.matches("@泊林9栋老太 好的婆婆 我约下时间"))
        #expect(!NeighbourTalk.matches("3栋2单元的电梯又坏了 卡在5楼 有老人被困"))
        #expect(NeighbourTalk.matches("我马上下来👍"))                       // not plain: word by word
        #expect(!NeighbourTalk.matches(""))
    }
}
