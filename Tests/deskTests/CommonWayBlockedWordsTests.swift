@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// ``CommonWayBlocked/says(_:)`` looks for its words only in a line with one of their key characters (`堆`, `放`, `摆`,
/// `停`, `拴`, `占`), compared one by one rather than hashed (docs/performance.md, sixtieth pass): every word is still
/// found beside every common way, and a group's report of things left in the stairwell is still a complaint.
@Suite("Things left in the common way, found by their words")
struct CommonWayBlockedWordsTests {
    @Test(arguments: CommonWayBlocked.leftThere) func everyWordIsFoundBesideEveryPlace(word: String) {
        for place in CommonWayBlocked.places {
            #expect(CommonWayBlocked.says("\(place)\(word)"), "\(place)\(word)")
            #expect(CommonWayBlocked.says("我们\(place)里 \(word)东西 进出不方便"), "\(place) \(word)")
        }
    }

    @Test func linesWithoutTheWordsAreNot() {
        for line in ["3栋1单元电梯坏了", "家里厨房漏水了", "楼道灯不亮", "楼道里全是红纸和鞭炮壳 堆了一地", "电梯停了", "放学了", "", "收到", "👍"] {
            #expect(!CommonWayBlocked.says(line), "\(line)")
        }
    }

    @Test func thingsLeftInTheStairwellAreAComplaint() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay("楼道里天天推车放在电梯口 进出都要侧着身子", group: "奥园业主群", sender: "奥园 小芳")
        #expect(reply.module == "appeals")
    }
}
