@testable import DeskKit
import Testing

/// What ``DamageDispute/says(_:)`` must keep now that it looks for 赔 or 押 before reading the line's characters: every
/// word holds one of them, so the look-first changes no answer — looked for among the line's scalars (docs/performance.md,
/// fifty-fourth pass), it answers for every line of the development corpora, and for lines made of every word, as
/// ``CharacterPresence`` does with no look first. Behaviour, not timing.
@Suite("Damage disputes: the look for 赔 or 押 first")
struct DamageDisputeTests {
    @Test func everyWordHoldsTheCharacterLookedForFirst() {
        #expect(!DamageDispute.words.isEmpty)
        for word in DamageDispute.words {
            #expect(word.contains("赔") || word.contains("押"), "\(word) holds neither 赔 nor 押")
        }
    }

    @Test(arguments: [("楼上把我家墙面弄脏了 谁赔", true), ("搬走一个月了 押金还冇退", true), ("隔壁不肯赔我的门", true),
                      ("楼上漏水 把我家天花板泡坏了", false), ("押金交了 收据在这", false), ("赔了两百 两家都签字了", false)])
    func disputesAreToldFromOtherLines(_ line: String, _ dispute: Bool) {
        #expect(DamageDispute.says(line) == dispute)
    }

    /// Every line of the forty-seven development corpora (as written and as the desk reads it), and every word alone,
    /// after an emoji, inside a line, after a sticker and with a mark over 赔 or 押: told as the words are found with
    /// no look first. Both answers occur.
    @Test func theLookFirstChangesNoAnswer() {
        var lines = DevelopmentCorpusLines.lines(through: 47)
        #expect(lines.count > 1_000)
        for word in DamageDispute.words {
            lines += [word, "👍" + word, "楼上漏水 把我家天花板泡坏了 \(word) 怎么办", "[图片]" + word,
                      word.replacingOccurrences(of: "赔", with: "赔\u{301}").replacingOccurrences(of: "押", with: "押\u{301}")]
        }
        var told: [Bool: Int] = [:]
        for line in lines {
            let found = CharacterPresence(line).containsAny(of: DamageDispute.words)
            #expect(DamageDispute.says(line) == found, "\(line)")
            told[found, default: 0] += 1
        }
        #expect(told[true, default: 0] > 0 && told[false, default: 0] > 0)
    }
}
