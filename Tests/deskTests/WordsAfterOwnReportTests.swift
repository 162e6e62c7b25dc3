@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The fourteenth round's reading: what a resident adds in the group right after their own report — whose flat it
/// is, which dog, which e-bike — goes on that report, however little of a request the line is on its own; good
/// news told with thanks and staff's records of work done open nothing.
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

    @Test(arguments: ["我的失业金到了 谢谢社区", "我爷爷高龄津贴批下来了 说下个月开始发[强]", "口袋公园的垃圾桶盖子换了 蛮好[强]"])
    func goodNewsWithThanksOpensNothing(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源 小米")
        #expect(r.status == .ignored && r.caseID == nil && r.text.isEmpty)
        #expect(try desk.cases().isEmpty)
    }

    @Test(arguments: ["高龄津贴批下来了 但是钱还冇到 麻烦帮我问下 谢谢", "垃圾桶盖子换了 又坏了[强]"])
    func goodNewsWithSomethingStillWantedIsNotLeftAlone(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源 小米")
        #expect(r.status != .ignored)
    }

    @Test(arguments: ["奥园2栋邓玉珍 城乡居民医保2028年度已代缴 收据给其儿媳",
                      "泊林7栋郑爹爹 重阳节上门看过了 人精神不错 送了米和油",
                      "汉口道4栋骆婆婆出院 已纳入每日探访名单",
                      "桃源2栋马婆婆助浴约在10月25日下午 两人上门",
                      "奥园30栋邵秀兰的优待证审核通过 通知她来拿了"])
    func staffRecordsOfWorkDoneOpenNothing(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.status == .ignored && r.caseID == nil && r.text.contains("已经办完"))
        #expect(try desk.cases().isEmpty)
    }
}
