import DeskKit
import DeskTesting
import Repairs
import Testing

/// 回访 as staff say it (/work/trial/report.md #26): 满意, 一般, 不满意 as well as 1–5.
@Suite("Follow-up in words")
struct FollowUpWordsTests {
    let desk: TestDesk
    init() throws {
        desk = try TestDesk(modules: [Repairs()])
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        _ = desk.say("办结 BX-0001 已修")
    }

    @Test func dissatisfiedReopensWithTheComment() throws {
        let r = desk.say("回访 BX-0001 不满意 还在漏")
        #expect(r.status == .updated, "\(r.text)")
        let record = try desk.case("BX-0001")
        #expect(record.status == .reopened && record.rating == 2)
        #expect(try desk.events("BX-0001").contains { $0.note?.contains("不满意：还在漏") == true })
    }

    /// rules.md §5: 满意 and 基本满意 count as satisfied (3–5), 不满意 reopens (1–2).
    @Test(arguments: [("满意", 4), ("非常满意", 5), ("基本满意", 3), ("一般", 3), ("不满意", 2), ("很不满意", 1)])
    func wordsAreScores(_ word: String, _ rating: Int) throws {
        _ = desk.say("回访 BX-0001 \(word)")
        #expect(try desk.case("BX-0001").rating == rating)
    }

    @Test func aScoreStillWorks() throws {
        _ = desk.say("回访 BX-0001 5 师傅很快")
        #expect(try desk.case("BX-0001").rating == 5)
        #expect(desk.say("回访 BX-0001").text.contains("满意、基本满意、不满意"))
    }
}
