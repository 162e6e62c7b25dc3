@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// ``FamilySupport/says(_:)`` looks for its words only in a line with one of their key characters (`卡`, `折`, `养`,
/// `费`, `接`), compared one by one rather than hashed (docs/performance.md, fifty-ninth pass): every word is still
/// found, said alone or inside a line, and an elder's card taken in a group is still a matter for the community.
@Suite("An elder's card taken or support refused, found by its words")
struct FamilySupportWordsTests {
    @Test(arguments: FamilySupport.words) func everyWordIsFound(word: String) {
        #expect(FamilySupport.says(word))
        #expect(FamilySupport.says("我屋里的事 \(word) 不晓得找哪个"))
    }

    @Test func linesWithoutTheWordsAreNot() {
        for line in ["养老金卡丢了 怎么补办", "电话打了没人接", "物业费交了", "存折在哪里补", "", "收到", "👍"] {
            #expect(!FamilySupport.says(line), "\(line)")
        }
    }

    @Test func aCardTakenIsTheCommunitysMatter() throws {
        let taken = try TestDesk(modules: deskModules)
            .relay("我儿子把我的养老金卡拿走了 要买药冇得钱", group: "奥园业主群", sender: "奥园 邝爹爹")
        #expect(taken.module == "appeals")
        let refused = try TestDesk(modules: deskModules)
            .relay("兄妹三个都不肯养 老娘一个人在屋里", group: "奥园业主群", sender: "奥园 邝爹爹")
        #expect(refused.module == "appeals")
    }
}
