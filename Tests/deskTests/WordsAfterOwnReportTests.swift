@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The fourteenth round's reading: what a resident adds in the group right after their own report — whose flat it
/// is, which dog, which e-bike — goes on that report, however little of a request the line is on its own; good
/// news told with thanks and staff's records of work done open nothing; where an emergency is, told by the one who
/// raised it, goes on the emergency's case; a fall down the stairs that leaves someone crying is an emergency.
@Suite("Understanding: words after one's own report")
struct WordsAfterOwnReportTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    private func complain() throws -> String {
        let report = desk.relay("9栋3单元楼上空调外机滴水 滴在我屋雨棚上响一夜 跟他讲了冇得用 社区出面说下", group: "奥园业主群", sender: "奥园 阿珍")
        #expect(report.status == .created)
        return try #require(report.caseID)
    }

    @Test(arguments: ["就是那个黄色的柯基 每天早上六点多下来遛", "车是蓝色的雅迪 停在电梯口"])
    func theNextDetailGoesOnTheReportSilently(_ detail: String) throws {
        let id = try complain()
        desk.clock.advance(hours: 0.05)
        let r = desk.relay(detail, group: "奥园业主群", sender: "奥园 阿珍")
        #expect(r.caseID == id && r.status == .ignored && r.text.isEmpty)
        #expect(try desk.events(id).contains { $0.note?.contains(detail) == true })
        #expect(try desk.cases().count == 1)
    }

    /// Where it is (`楼上是1602`) is a particular of the report, noted on it and told so, as any place given after
    /// one's own report is (it was silent while the model read the flat's number as a birth year and the retirement
    /// question kept quiet: ``Service/routingNeedsSign``).
    @Test func theFlatNumberGoesOnTheReport() throws {
        let id = try complain()
        desk.clock.advance(hours: 0.05)
        let r = desk.relay("楼上是1602", group: "奥园业主群", sender: "奥园 阿珍")
        #expect(r.caseID == id)
        #expect(!r.text.contains("出生"))
        #expect(try desk.events(id).contains { $0.note?.contains("楼上是1602") == true })
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
        // (Past the hour in which a place given after one's own report still goes on it.)
        desk.clock.advance(hours: 1.5)
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
                      "汉口道4栋骆婆婆家的门禁卡补好了 已交给她",
                      "桃源2栋马婆婆助浴约在10月25日下午 两人上门",
                      "奥园30栋邵秀兰的优待证审核通过 通知她来拿了"])
    func staffRecordsOfWorkDoneOpenNothing(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.status == .ignored && r.caseID == nil && r.text.contains("已经办完"))
        #expect(try desk.cases().isEmpty)
    }

    @Test func whereTheEmergencyIsGoesOnItsCase() throws {
        let alarm = desk.relay("救命 我屋伢一个人锁在屋里了 钥匙在里面 燃气灶上还烧着水", group: "奥园业主群", sender: "奥园 小崔")
        let id = try #require(alarm.caseID)
        #expect(try desk.case(id).urgent)
        let place = desk.relay("20栋1单元702 伢在门里面哭", group: "奥园业主群", sender: "奥园 小崔")
        #expect(place.caseID == id && place.text.contains(id))
        #expect(try desk.cases().count == 1)
        // A fault of its own from the same sender is a report of its own.
        let lamp = desk.relay("顺便说下 20栋1单元楼道灯坏了", group: "奥园业主群", sender: "奥园 小崔")
        #expect(lamp.caseID != nil && lamp.caseID != id)
    }

    @Test func aFallDownTheStairsLeavingSomeoneInPainIsAnEmergency() throws {
        let r = desk.relay("15栋1单元的婆婆在楼梯上摔下来了 从四楼滚到三楼 腿动不了 在喊疼", group: "奥园业主群", sender: "奥园 老向")
        #expect(r.text.hasPrefix("【有人受伤或急病·紧急】") && r.text.contains("120"))
        #expect(desk.desk.emergencies.emergency(in: "我妈在菜场门口摔了一跤 躺在地上不能动") != nil)
        // A slip told with the fault that caused it, nobody hurt or down: the fault's report.
        #expect(desk.desk.emergencies.emergency(in: "11栋楼下的消防栓漏水 地上结了一层青苔 小伢摔了一跤") == nil)
    }

    @Test(arguments: [("社区好 请问重阳节有冇得活动 我妈想参加", "节日"), ("天冷了 小区里有冇得暖气 能不能装那个地暖", "集中供暖")])
    func questionsForTheNoticesOrOtherOfficesAreAnswered(_ line: String, _ answer: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源 小米")
        #expect(r.status == .answered && r.text.contains(answer) && r.caseID == nil)
    }

    @Test func aStickerClosingAQuestionStillLeavesItAQuestion() {
        #expect(QuestionForm.asks("伢的学校要户口本复印件 社区能帮忙打印不[捂脸]"))
        #expect(!QuestionForm.asks("伢的学校要户口本复印件 社区帮忙打印了[捂脸]"))
    }

    @Test(arguments: ["是三巷中间靠胡家门口那个井盖", "塘边那根 电线杆上贴了个红广告的"])
    func aLaneOrThePondAnswersWhereInTheVillage(_ spot: String) throws {
        let report = desk.relay("湾子的下水道堵了 污水冒到路上", group: "李家墩村湾群", sender: "村湾 胡师傅")
        let id = try #require(report.caseID)
        let r = desk.relay(spot, group: "李家墩村湾群", sender: "村湾 胡师傅")
        #expect(r.caseID == id)
        #expect(try desk.events(id).contains { $0.note?.contains(spot) == true })
    }
}
