@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// `Router.isUnitAccount` keeps its answer for the last nickname asked (a group's line asks it twice of the same
/// sender; docs/performance.md, forty-second pass). It answers as the search it keeps, whatever came before:
/// the same nickname again, another, a canonically equivalent one spelt with other scalars.
@Suite("A unit's account, the last answer kept")
struct UnitAccountMemoTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// Residents' nicknames (the relay bench's among them), staff's and units', a signer of notices, the compatibility
    /// ideograph U+FA4C (canonically `社`) in place of `社`, a combining mark, pictographs, the empty nickname.
    static let senders = [
        "3-1-201 住户7", "12-2-601 住户299", "王网格", "物业管家小周", "驿站1小张", "球友会老罗", "兵哥哥服务队-老魏", "红十字队小黎",
        "社区小王", "\u{FA4C}区小王", "8栋小网", "25栋 骆", "路过的", "奥园物业-小刘", "水印桃源物业服务中心", "物\u{301}业小周", "👍物业",
        "🌸", "", " ",
    ]

    @Test func answersAsTheSearchInAnyOrder() {
        let router = desk.desk.router
        // Each nickname after each other one, and after itself: the kept answer is asked in every order.
        for first in Self.senders {
            for second in Self.senders {
                #expect(router.isUnitAccount(first) == router.searchedAsUnitAccount(first), "\(first)")
                #expect(router.isUnitAccount(second) == router.searchedAsUnitAccount(second), "\(second) after \(first)")
                #expect(router.isUnitAccount(second) == router.searchedAsUnitAccount(second), "\(second) again")
            }
        }
    }

    @Test func readingsAssertedOutright() {
        let router = desk.desk.router
        #expect(router.isUnitAccount("王网格"))
        #expect(router.isUnitAccount("物业管家小周"))
        #expect(!router.isUnitAccount("3-1-201 住户7"))
        #expect(!router.isUnitAccount("3-1-201 住户7"))   // the kept answer
        #expect(router.isUnitAccount("社区小王"))
        #expect(router.isUnitAccount("\u{FA4C}区小王") == router.searchedAsUnitAccount("\u{FA4C}区小王"))
        #expect(!router.isUnitAccount(""))
    }

    /// A copy of the router shares the kept answer, and answers as the search too.
    @Test func aCopyAnswersTheSame() {
        let router = desk.desk.router
        let copy = router
        #expect(router.isUnitAccount("王网格"))
        #expect(copy.isUnitAccount("王网格"))
        #expect(!copy.isUnitAccount("路过的"))
        #expect(!router.isUnitAccount("路过的"))
    }
}
