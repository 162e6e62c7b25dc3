@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The fourteenth round's reading: what a resident adds in the group right after their own report — whose flat it
/// is, which dog, which e-bike — goes on that report, however little of a request the line is on its own.
@Suite("Understanding: words after one's own report")
struct WordsAfterOwnReportTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    private func complain() throws -> String {
        let report = desk.relay("9栋3单元楼上空调外机滴水 滴在我屋雨棚上响一夜 跟他讲了冇得用 社区出面说下", group: "奥园业主群", sender: "奥园 阿珍")
        #expect(report.status == .created)
        return try #require(report.caseID)
    }

    @Test(arguments: ["楼上是1602", "就是那个黄色的柯基 每天早上六点多下来遛", "车是蓝色的雅迪 停在电梯口"])
    func theNextDetailGoesOnTheReportSilently(_ detail: String) throws {
        let id = try complain()
        desk.clock.advance(hours: 0.05)
        let r = desk.relay(detail, group: "奥园业主群", sender: "奥园 阿珍")
        #expect(r.caseID == id && r.status == .ignored && r.text.isEmpty)
        #expect(try desk.events(id).contains { $0.note?.contains(detail) == true })
        #expect(try desk.cases().count == 1)
    }

    @Test(arguments: ["好的 谢谢社区", "[捂脸]", "物业什么时候来"])
    func thanksChatterAndQuestionsAreNotDetails(_ line: String) throws {
        let id = try complain()
        _ = desk.relay(line, group: "奥园业主群", sender: "奥园 阿珍")
        // (A question after the report may be an urging, noted as one; never as a detail of the report.)
        #expect(try desk.events(id).filter { $0.note == "居民补充：\(line)" }.isEmpty)
    }

    @Test func aNeighboursWordsAndLateWordsAreNotDetails() throws {
        let id = try complain()
        _ = desk.relay("车是蓝色的雅迪 停在电梯口", group: "奥园业主群", sender: "奥园 老郑")
        desk.clock.advance(hours: 1)
        _ = desk.relay("楼上是1602", group: "奥园业主群", sender: "奥园 阿珍")
        #expect(try desk.events(id).allSatisfy { $0.note.map { !$0.contains("雅迪") && !$0.contains("1602") } ?? true })
    }
}
