@testable import DeskKit
import Testing

/// What ``DamageDispute/says(_:)`` must keep now that it looks for 赔 or 押 before reading the line's characters: every
/// word holds one of them, so the look-first changes no answer. Behaviour, not timing.
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
}
