import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// The kernel's reading of people, with the shipped modules: emergencies first, requests never swallowed by a
/// waiting question, the 诉求 safety net, speech acts, notices.
@Suite("Understanding: what residents and staff write")
struct UnderstandingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    // MARK: Emergencies first

    @Test func fireGetsTheSafetyInstructionAndAnUrgentCaseAtOnce() throws {
        let r = desk.say("水印桃源3栋2单元502着火了")
        #expect(r.text.hasPrefix("【火情·紧急】"))
        #expect(r.text.contains("119"))
        let record = try desk.case(try #require(r.caseID))
        #expect(record.urgent && record.module == "appeals")
        #expect(record.assignee?.contains("王网格") == true)   // the grid worker of 水印桃源
    }

    @Test func aFallWithoutAnAddressOpensTheCaseBeforeAskingWhere() throws {
        let r = desk.say("我妈在卫生间摔倒了起不来")
        #expect(r.text.hasPrefix("【有人受伤或急病·紧急】") && r.text.contains("120"))
        #expect(r.status == .ask)
        let id = try #require(r.caseID)
        #expect(try desk.case(id).urgent)
        let answered = desk.say("水印桃源5栋1单元301")
        #expect(answered.caseID == id)
        #expect(try desk.case(id).address == "水印桃源 5栋1单元301室")
    }

    @Test(arguments: ["水印桃源3栋电梯卡住了，里面有人", "水印桃源3栋电梯里关了个老人"])
    func someoneInsideALiftIsALiftEmergency(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.module == "repairs")
        #expect(r.text.hasPrefix("【有人被困·紧急】") && r.text.contains("96333"))
        #expect(try desk.case(try #require(r.caseID)).urgent)
    }

    @Test func aGasSmellNamesTheGasCompanysLine() {
        let r = desk.relay("村湾那边有户人家闻到很大的煤气味", group: "李家墩村湾群", sender: "老幺")
        #expect(r.text.hasPrefix("【燃气泄漏·紧急】"))
        #expect(r.text.contains("燃气公司抢修"))
    }

    @Test func aSecondReportThatSomeoneIsTrappedRaisesTheOpenCase() throws {
        let first = desk.say("水印桃源3栋电梯坏了")
        let id = try #require(first.caseID)
        #expect(try !desk.case(id).urgent)
        let second = desk.say("水印桃源3栋电梯困人了")
        #expect(second.caseID == id)
        #expect(try desk.case(id).urgent)
        #expect(try desk.cases().count == 1)
    }

    @Test(arguments: ["【温馨提示】冬季用火用电注意安全，发现着火请拨打119", "火已扑灭，是302家里电热毯短路，无人受伤，感谢大家"])
    func noticesAndNewsThatTheDangerIsOverAreNotEmergencies(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "物业小刘")
        #expect(!r.text.contains("紧急"))
        #expect(try desk.cases().isEmpty)
    }

    // MARK: A waiting question never swallows a new request

    @Test func anEmergencyIsNeverFoldedIntoAWaitingRequest() throws {
        #expect(desk.say("我家厨房漏水").status == .ask)
        let r = desk.say("奥园3栋2单元的电梯坏了，有老人被困在里面")
        #expect(r.text.hasPrefix("【有人被困·紧急】"))
        let record = try desk.case(try #require(r.caseID))
        #expect(record.category == "电梯" && record.urgent)
        // The leak is not lost: it waits behind the emergency's callback question and is asked again after it.
        #expect(r.text.contains("您的「住户报修」还没办完"), "\(r.text)")
    }

    @Test func aNewRequestInAGroupIsNotTheAnswerToTheLastQuestion() throws {
        _ = desk.relay("家里厨房漏水了", group: "水印桃源1群", sender: "小李")
        let r = desk.relay("快来人！3栋电梯里关了个老人", group: "水印桃源1群", sender: "小李")
        let lift = try desk.case(try #require(r.caseID))
        #expect(lift.category == "电梯" && lift.urgent)
    }

    @Test func aSecondRetirementQuestionIsAnsweredForItsOwnBirthMonth() {
        _ = desk.say("1995年12月出生的女职工，什么时候退休")
        let r = desk.say("2000年12月出生的男职工什么时候退休")
        #expect(r.text.contains("2000年12月"))
        #expect(!r.text.contains("1995"))
    }

    @Test func aRepairWhileARetirementQuestionWaitsIsARepair() {
        _ = desk.say("我想问问退休的事")
        let r = desk.say("顺驰泊林5栋2单元302 厕所漏水到楼下了")
        #expect(r.module == "repairs" && r.status == .created)
    }

    @Test func anAnswerThatSaysMoreTakesWhatItCan() {
        #expect(desk.say("我想问问退休的事").status == .ask)
        let r = desk.say("1962年5月，女，工人")
        #expect(r.status == .answered)
        #expect(r.text.contains("1962年5月"))
    }

    @Test func eachSenderAtTheDeskHasItsOwnQuestion() throws {
        func line(_ text: String, _ sender: String) -> Reply {
            desk.desk.respond(to: Message(text, operatorName: "小张", conversation: "desk:小张:\(sender)"))
        }
        #expect(line("3栋电梯坏了有人被困", "B").status == .ask)
        #expect(line("我家厨房漏水", "A").status == .ask)
        let b = line("奥园", "B")
        let a = line("水印桃源4栋1单元101", "A")
        #expect(try desk.case(try #require(b.caseID)).category == "电梯")
        #expect(try desk.case(try #require(a.caseID)).address == "水印桃源 4栋1单元101室")
    }

    @Test func aQuestionExpiresAndTheNextLineStartsAfresh() throws {
        #expect(desk.say("我家厨房漏水").status == .ask)
        desk.clock.advance(hours: 3)
        let r = desk.say("2栋")
        #expect(r.status != .created)
        let abandoned = try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM abandonedQuestions") }
        #expect(abandoned == 1)
    }

    @Test func aGroupCaseLeftUnansweredIsLeftForStaffWithANote() throws {
        let r = desk.relay("家里厨房漏水了", group: "水印桃源1群", sender: "小李")
        let id = try #require(r.caseID)
        desk.clock.advance(days: 58)
        let later = desk.relay("3栋2单元楼道灯不亮", group: "水印桃源1群", sender: "小李")
        #expect(later.caseID != id)
        #expect(try desk.case(id).category == nil)   // the leak was not completed with the light's address
        #expect(try desk.events(id).contains { $0.note?.contains("未补充信息") == true })
    }

    // MARK: Nothing a resident asks is dropped

    @Test(arguments: [("楼下有人乱停车，堵住了消防通道", "投诉"), ("我要投诉物业，垃圾三天没人收", "投诉"),
                      ("举报一下，12栋顶楼有人搭违建", "举报"), ("建议口袋公园多装几个垃圾桶", "建议"),
                      ("表扬一下王网格，帮我跑了好几趟", "表扬")])
    func complaintsReportsSuggestionsAndPraiseAreCases(_ line: String, _ kind: String) throws {
        let r = desk.say(line)
        #expect(r.module == "appeals")
        #expect(try desk.case(try #require(r.caseID)).category == kind)
    }

    @Test func thanksAloneIsNotPraiseToRecord() throws {
        #expect(desk.relay("太好了🙏", group: "奥园业主群", sender: "晴天").status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    @Test func aQuestionForAnotherOfficeSaysWhereToGo() {
        let r = desk.relay("请问办居住证要带么东西", group: "水印桃源1群", sender: "新来的")
        #expect(r.status == .answered)
        #expect(r.text.contains("派出所"))
    }

    @Test(arguments: ["我马上过来帮你看看", "可以拿身份证去驿站 她们会帮你弄", "有人捡到一个蓝色的钱包吗 在东门掉的",
                      "先把电闸拉了再说", "莫急 物业的人在路上了", "有没有人拼车去汉口火车站 礼拜五下午", "有冇得人要旧书柜 免费送"])
    func neighboursTalkingToEachOtherIsLeftAlone(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源2群", sender: "热心邻居")
        #expect(r.status == .ignored && r.text.isEmpty)
        #expect(try desk.cases().isEmpty)
    }

    @Test func detailsSaidAfterOnesOwnReportGoOnItsCase() throws {
        let report = desk.relay("水印桃源9栋2单元门口的下水道堵了 污水都漫出来了 臭死了", group: "水印桃源2群", sender: "小邓")
        let id = try #require(report.caseID)
        #expect(report.status == .created, "nothing asked back: the next line answers no question")
        _ = desk.relay("周末有冇人一起去钓鱼", group: "水印桃源2群", sender: "老刘")
        let details = desk.relay("我叫邓晓梅 住9栋2单元302", group: "水印桃源2群", sender: "小邓")
        #expect(details.caseID == id)
        #expect(try desk.events(id).contains { $0.note?.hasPrefix("居民补充") == true })
        #expect(try desk.cases().count == 1)
    }

    @Test func inAGroupOnlyAQuestionGetsAModulesAnswer() throws {
        let question = desk.relay("乒乓球室几点开门", group: "水印桃源1群", sender: "小明")
        #expect(question.status == .answered && !question.text.isEmpty)
        let remark = desk.relay("礼拜天还要去公司 唉", group: "水印桃源1群", sender: "小明")
        #expect(remark.text.isEmpty && remark.caseID == nil)
    }

    @Test func aNeighbourConfirmingAReportIsLinkedToIt() throws {
        let report = desk.relay("奥园东门的道闸坏了 杆子一直不抬 车都堵在门口", group: "奥园业主群", sender: "老包")
        let id = try #require(report.caseID)
        let yes = desk.relay("是的 我早上出门也等了半天", group: "奥园业主群", sender: "小宁")
        #expect(yes.caseID == id && yes.status == .duplicate)
        #expect(try desk.cases().count == 1)
        #expect(desk.relay("是的", group: "奥园业主群", sender: "小宁").status == .ignored, "a bare yes is chatter")
    }

    @Test func aPleaToTheGroupAfterOnesOwnReportIsStillAReport() throws {
        let r = desk.relay("水印桃源6栋1单元302 厨房水管冻裂了 一直在滴 有冇人晓得么样搞", group: "水印桃源1群", sender: "6-1-302 胡")
        #expect(r.caseID != nil)
        #expect(desk.relay("到底有没有人管 电梯又坏了 水印桃源2栋1单元", group: "水印桃源1群", sender: "2-1-101 钱").caseID != nil)
    }

    @Test func aRemarkTheExamplesNeverSaidAnythingLikeIsNotARequest() throws {
        // Single characters may lean towards a service; nothing longer was ever said for it.
        #expect(desk.relay("周末又要加班 累死了", group: "水印桃源1群", sender: "小刘").status == .ignored)
        #expect(desk.relay("水印桃源5栋1单元电梯坏了 停在3楼", group: "水印桃源1群", sender: "小刘").caseID != nil)
    }

    @Test func aNeighboursAdviceAboutAnotherOfficeIsLeftAlone() throws {
        let advice = desk.relay("社区医院 带医保卡就行", group: "水印桃源1群", sender: "老周")
        #expect(advice.status == .ignored && advice.text.isEmpty)
        let question = desk.relay("宽带到期了 找哪个续费", group: "水印桃源1群", sender: "小陈")
        #expect(question.status == .answered && question.text.contains("10000"))
        #expect(desk.say("居民说身份证到期了").status == .answered, "at the counter a statement is a question for the desk")
        #expect(try desk.cases().isEmpty)
    }

    @Test func anAddressOutsideTheLayoutIsAcceptedAndFlagged() throws {
        let r = desk.relay("我家窗户玻璃裂了 11栋3单元503", group: "水印桃源2群", sender: "陈")
        let record = try desk.case(try #require(r.caseID))
        #expect(record.address?.contains("地址待核实") == true)
        #expect(try desk.events(record.id).contains { $0.note?.hasPrefix("地址待核实") == true })
    }

    @Test func aVerbRunIntoASentenceThatBelongsElsewhereIsNotTheCommand() {
        let r = desk.say("退休老人王奶奶好几天没见人了")
        #expect(r.module != "social-security")
    }

    // MARK: Speech acts

    @Test func aPastedNoticeIsNotARequest() throws {
        let r = desk.relay("【通知】明天上午9点至12点3栋电梯年检，请住户走楼梯。水印桃源物业服务中心", group: "水印桃源1群", sender: "物业小刘")
        #expect(r.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    @Test func fixedAndThanksFromTheReporterGoesOnTheCaseNotANewOne() throws {
        let report = desk.relay("3栋2单元502厨房漏水", group: "水印桃源1群", sender: "李阿姨")
        let id = try #require(report.caseID)
        let r = desk.relay("师傅来过了 水不漏了 谢谢", group: "水印桃源1群", sender: "李阿姨")
        #expect(r.caseID == id)
        #expect(try desk.cases().count == 1)
        #expect(try desk.events(id).contains { $0.note?.contains("已解决") == true })
    }

    @Test func plusOneInTheThreadIsLinkedToTheCase() throws {
        let report = desk.relay("7栋1单元电梯又坏了", group: "水印桃源1群", sender: "7-1-302 李阿姨")
        let id = try #require(report.caseID)
        let echo = desk.relay("+1", group: "水印桃源1群", sender: "7-2-601 王")
        #expect(echo.status == .duplicate && echo.caseID == id)
        #expect(try desk.cases().count == 1)
    }

    @Test(arguments: ["我不是要报修 就是问问物业电话多少", "警惕！最近有人冒充社保局打电话说养老金要升级，让大家转账，千万不要信"])
    func negationsAndScamWarningsOpenNothing(_ line: String) throws {
        _ = desk.relay(line, group: "奥园业主群", sender: "晴天")
        #expect(try desk.cases().isEmpty)
    }

    @Test func aNeighbourSayingTheirsStoppedTooIsLinked() throws {
        let report = desk.relay("汉口道6号3栋停电了", group: "汉口道6号邻里群", sender: "3-1-1203 刘")
        let id = try #require(report.caseID)
        let echo = desk.relay("我们这边也停了", group: "汉口道6号邻里群", sender: "3-2-801 张")
        #expect(echo.caseID == id)
        #expect(try desk.events(id).contains { $0.kind == .linked })
    }

    @Test func staffRelayingWhatAResidentSaidIsNotTheRegisterCommand() throws {
        let r = desk.say("居民投诉：水印东门有车长期占用消防通道")
        #expect(r.module == "appeals")
        #expect(try desk.case(try #require(r.caseID)).category == "投诉")
    }

    // MARK: Determinism and measurement

    @Test func theSameInputGivesTheSameOutput() throws {
        let lines = ["坏了", "1", "口袋公园的灯和水印3栋的灯都不亮", "乒乓球室空调坏了", "想问下优待证", "社保", "+1"]
        let other = try TestDesk(modules: deskModules)
        for line in lines {
            let a = desk.relay(line, group: "水印桃源1群", sender: "甲")
            let b = other.relay(line, group: "水印桃源1群", sender: "甲")
            #expect(a == b)
        }
    }

    /// The floors documented in docs/understanding.md: the evaluation corpora must not fall below them.
    @Test(arguments: [("understanding-eval.tsv", 600, UnderstandingFloor.first), ("understanding-eval-2.tsv", 500, UnderstandingFloor.second),
                      ("understanding-eval-3.tsv", 500, UnderstandingFloor.third), ("understanding-eval-4.tsv", 550, UnderstandingFloor.fourth),
                      ("understanding-eval-5.tsv", 550, UnderstandingFloor.fifth), ("understanding-eval-6.tsv", 550, UnderstandingFloor.sixth),
                      ("understanding-eval-7.tsv", 550, UnderstandingFloor.seventh), ("understanding-eval-8.tsv", 550, UnderstandingFloor.eighth),
                      ("understanding-eval-9.tsv", 540, UnderstandingFloor.ninth), ("understanding-eval-10.tsv", 560, UnderstandingFloor.tenth),
                      ("understanding-eval-11.tsv", 580, UnderstandingFloor.eleventh),
                      ("understanding-eval-12.tsv", 560, UnderstandingFloor.twelfth),
                      ("understanding-eval-13.tsv", 570, UnderstandingFloor.thirteenth),
                      ("understanding-eval-14.tsv", 590, UnderstandingFloor.fourteenth),
                      ("understanding-eval-15.tsv", 590, UnderstandingFloor.fifteenth),
                      ("understanding-eval-16.tsv", 590, UnderstandingFloor.sixteenth),
                      ("understanding-eval-17.tsv", 600, UnderstandingFloor.seventeenth),
                      ("understanding-eval-18.tsv", 590, UnderstandingFloor.eighteenth),
                      ("understanding-eval-19.tsv", 600, UnderstandingFloor.nineteenth),
                      ("understanding-eval-20.tsv", 610, UnderstandingFloor.twentieth),
                      ("understanding-eval-21.tsv", 600, UnderstandingFloor.twentyFirst),
                      ("understanding-eval-22.tsv", 600, UnderstandingFloor.twentySecond),
                      ("understanding-eval-23.tsv", 600, UnderstandingFloor.twentyThird),
                      ("understanding-eval-24.tsv", 600, UnderstandingFloor.twentyFourth),
                      ("understanding-eval-25.tsv", 600, UnderstandingFloor.twentyFifth),
                      ("understanding-eval-26.tsv", 600, UnderstandingFloor.twentySixth),
                      ("understanding-eval-27.tsv", 610, UnderstandingFloor.twentySeventh),
                      ("understanding-eval-28.tsv", 620, UnderstandingFloor.twentyEighth),
                      ("understanding-eval-29.tsv", 610, UnderstandingFloor.twentyNinth),
                      ("understanding-eval-30.tsv", 600, UnderstandingFloor.thirtieth),
                      ("understanding-eval-31.tsv", 610, UnderstandingFloor.thirtyFirst),
                      ("understanding-eval-32.tsv", 610, UnderstandingFloor.thirtySecond),
                      ("understanding-eval-33.tsv", 620, UnderstandingFloor.thirtyThird),
                      ("understanding-eval-34.tsv", 620, UnderstandingFloor.thirtyFourth),
                      ("understanding-eval-35.tsv", 600, UnderstandingFloor.thirtyFifth),
                      ("understanding-eval-36.tsv", 590, UnderstandingFloor.thirtySixth),
                      ("understanding-eval-37.tsv", 600, UnderstandingFloor.thirtySeventh),
                      ("understanding-eval-38.tsv", 620, UnderstandingFloor.thirtyEighth),
                      ("understanding-eval-39.tsv", 615, UnderstandingFloor.thirtyNinth),
                      ("understanding-eval-40.tsv", 608, UnderstandingFloor.fortieth),
                      ("understanding-eval-41.tsv", 597, UnderstandingFloor.fortyFirst),
                      ("understanding-eval-42.tsv", 607, UnderstandingFloor.fortySecond),
                      ("understanding-eval-43.tsv", 619, UnderstandingFloor.fortyThird),
                      ("understanding-eval-44.tsv", 610, UnderstandingFloor.fortyFourth),
                      ("understanding-eval-45.tsv", 606, UnderstandingFloor.fortyFifth),
                      ("understanding-eval-46.tsv", 599, UnderstandingFloor.fortySixth),
                      ("understanding-eval-47.tsv", 624, UnderstandingFloor.fortySeventh),
                      ("understanding-eval-48.tsv", 626, UnderstandingFloor.fortyEighth),
                      ("understanding-eval-49.tsv", 628, UnderstandingFloor.fortyNinth),
                      ("understanding-eval-50.tsv", 626, UnderstandingFloor.fiftieth),
                      ("understanding-eval-51.tsv", 628, UnderstandingFloor.fiftyFirst),
                      ("understanding-eval-52.tsv", 642, UnderstandingFloor.fiftySecond),
                      ("understanding-eval-53.tsv", 670, UnderstandingFloor.fiftyThird),
                      ("understanding-eval-54.tsv", 645, UnderstandingFloor.fiftyFourth),
                      ("understanding-eval-55.tsv", 642, UnderstandingFloor.fiftyFifth),
                      ("understanding-eval-56.tsv", 642, UnderstandingFloor.fiftySixth),
                      ("understanding-eval-57.tsv", 641, UnderstandingFloor.fiftySeventh),
                      ("understanding-eval-58.tsv", 636, UnderstandingFloor.fiftyEighth),
                      ("understanding-eval-59.tsv", 635, UnderstandingFloor.fiftyNinth),
                      ("understanding-eval-60.tsv", 630, UnderstandingFloor.sixtieth),
                      ("understanding-eval-61.tsv", 634, UnderstandingFloor.sixtyFirst),
                      ("understanding-eval-62.tsv", 627, UnderstandingFloor.sixtySecond),
                      ("understanding-eval-63.tsv", 632, UnderstandingFloor.sixtyThird),
                      ("understanding-eval-64.tsv", 632, UnderstandingFloor.sixtyFourth),
                      ("understanding-eval-65.tsv", 632, UnderstandingFloor.sixtyFifth),
                      ("understanding-eval-66.tsv", 632, UnderstandingFloor.sixtySixth),
                      ("understanding-eval-67.tsv", 632, UnderstandingFloor.sixtySeventh)])
    func theEvaluationCorporaStayAboveTheirFloors(_ name: String, _ size: Int, _ floor: UnderstandingFloor) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/\(name)")
        let evaluation = try Evaluation(tsv: try String(contentsOf: url, encoding: .utf8), name: name)
        #expect(evaluation.rows.count >= size)
        let report = evaluation.run(on: desk.desk, start: desk.clock.now)
        #expect(report.accuracy >= floor.accuracy)
        #expect(report.ignoredThatOpenedCases.count <= floor.ignoredThatOpenedCases)
    }
}

@Suite("desk eval: reading a corpus")
struct EvaluationCorpusTests {
    @Test func aCorpusThatDescribesItsColumnsInCommentsLosesNoLine() throws {
        let described = "# 列：group sender text module kind\n\t小王\t报修 水印桃源3栋 漏水\trepairs\tcase\n\t小王\t早\tnone\tignored\n"
        #expect(try Evaluation(tsv: described, name: "a.tsv").rows.map(\.text) == ["报修 水印桃源3栋 漏水", "早"])
        let headed = "group\tsender\ttext\tmodule\tkind\n\t小王\t早\tnone\tignored\n"
        #expect(try Evaluation(tsv: headed, name: "b.tsv").rows.map(\.text) == ["早"])
    }
}

/// The figures docs/understanding.md promises for each evaluation corpus, a little below the measured ones.
struct UnderstandingFloor: Sendable {
    let accuracy: Double
    let ignoredThatOpenedCases: Int

    static let first = UnderstandingFloor(accuracy: 0.88, ignoredThatOpenedCases: 3)
    static let second = UnderstandingFloor(accuracy: 0.87, ignoredThatOpenedCases: 17)
    static let third = UnderstandingFloor(accuracy: 0.86, ignoredThatOpenedCases: 9)
    static let fourth = UnderstandingFloor(accuracy: 0.83, ignoredThatOpenedCases: 20)
    static let fifth = UnderstandingFloor(accuracy: 0.83, ignoredThatOpenedCases: 22)
    static let sixth = UnderstandingFloor(accuracy: 0.74, ignoredThatOpenedCases: 16)
    static let seventh = UnderstandingFloor(accuracy: 0.70, ignoredThatOpenedCases: 16)
    static let eighth = UnderstandingFloor(accuracy: 0.75, ignoredThatOpenedCases: 18)
    static let ninth = UnderstandingFloor(accuracy: 0.78, ignoredThatOpenedCases: 19)
    static let tenth = UnderstandingFloor(accuracy: 0.66, ignoredThatOpenedCases: 17)
    static let eleventh = UnderstandingFloor(accuracy: 0.72, ignoredThatOpenedCases: 12)
    static let twelfth = UnderstandingFloor(accuracy: 0.67, ignoredThatOpenedCases: 8)
    static let thirteenth = UnderstandingFloor(accuracy: 0.72, ignoredThatOpenedCases: 15)
    static let fourteenth = UnderstandingFloor(accuracy: 0.78, ignoredThatOpenedCases: 12)
    static let fifteenth = UnderstandingFloor(accuracy: 0.76, ignoredThatOpenedCases: 19)
    static let sixteenth = UnderstandingFloor(accuracy: 0.74, ignoredThatOpenedCases: 20)
    static let seventeenth = UnderstandingFloor(accuracy: 0.70, ignoredThatOpenedCases: 12)
    /// (11 since the forty-second round: a mediation arranged at the counter, which this corpus calls work done, is a case.)
    static let eighteenth = UnderstandingFloor(accuracy: 0.68, ignoredThatOpenedCases: 11)
    static let nineteenth = UnderstandingFloor(accuracy: 0.75, ignoredThatOpenedCases: 11)
    static let twentieth = UnderstandingFloor(accuracy: 0.76, ignoredThatOpenedCases: 16)
    static let twentyFirst = UnderstandingFloor(accuracy: 0.72, ignoredThatOpenedCases: 15)
    // (9, not 8, since the thirty-fourth round: a counter note of volunteers' work (105) that the model gives the park's
    // sign-up, now talk without a sign-up's word, is taken as the address a waiting repair asked for.)
    static let twentySecond = UnderstandingFloor(accuracy: 0.72, ignoredThatOpenedCases: 9)
    static let twentyThird = UnderstandingFloor(accuracy: 0.72, ignoredThatOpenedCases: 14)
    static let twentyFourth = UnderstandingFloor(accuracy: 0.72, ignoredThatOpenedCases: 15)
    static let twentyFifth = UnderstandingFloor(accuracy: 0.72, ignoredThatOpenedCases: 17)
    static let twentySixth = UnderstandingFloor(accuracy: 0.70, ignoredThatOpenedCases: 22)
    static let twentySeventh = UnderstandingFloor(accuracy: 0.66, ignoredThatOpenedCases: 20)
    static let twentyEighth = UnderstandingFloor(accuracy: 0.70, ignoredThatOpenedCases: 34)
    static let twentyNinth = UnderstandingFloor(accuracy: 0.73, ignoredThatOpenedCases: 30)
    /// One more left-alone line got a case in the sixty-first round: a counter record of grass `已报园林局`, which it
    /// labels a line to leave, is a matter taken up with an office (``MatterTakenUp``) and kept on a case; the later sets
    /// label such lines cases.
    static let thirtieth = UnderstandingFloor(accuracy: 0.67, ignoredThatOpenedCases: 33)
    static let thirtyFirst = UnderstandingFloor(accuracy: 0.70, ignoredThatOpenedCases: 31)
    static let thirtySecond = UnderstandingFloor(accuracy: 0.69, ignoredThatOpenedCases: 36)
    static let thirtyThird = UnderstandingFloor(accuracy: 0.64, ignoredThatOpenedCases: 26)
    /// One more left-alone line got a case in the fifty-first round: `王网格 上周五上门做了认证 谢谢您…`, read as a home
    /// visit asked, took 王网格 for the elder and asked the address; with the grid worker no longer an elder's name, it
    /// opens the visit's case and asks the name. A guard for thanks tried then (+17 −18) was not kept.
    /// A visit told at the counter for an elder off the care register (`4/4 今天上门看向家婆婆 精神好 药吃了 明天再来`), which
    /// it labels a line to leave, is kept on a care case since the sixtieth round (it was refused before): 26 such lines.
    static let thirtyFourth = UnderstandingFloor(accuracy: 0.72, ignoredThatOpenedCases: 26)
    static let thirtyFifth = UnderstandingFloor(accuracy: 0.72, ignoredThatOpenedCases: 10)
    static let thirtySixth = UnderstandingFloor(accuracy: 0.67, ignoredThatOpenedCases: 18)
    static let thirtySeventh = UnderstandingFloor(accuracy: 0.71, ignoredThatOpenedCases: 12)
    /// Its ticked records of work done at a place with an open case about it (`泊林 2 栋蔡姐的楼道灯 物业换了感应开关 …
    /// ✓`), which it labels lines to leave, are noted on that case since the fifty-third round — nine lines that count
    /// here as cases though none opens one: 13 such lines before, 22 after.
    static let thirtyEighth = UnderstandingFloor(accuracy: 0.70, ignoredThatOpenedCases: 23)
    static let thirtyNinth = UnderstandingFloor(accuracy: 0.70, ignoredThatOpenedCases: 15)
    /// Two of its counter lines that close a matter at its place (`…北门道闸录车牌上线 办结`, `…热水器 房东已换 结了`),
    /// which it labels lines to leave, close that open case since the sixty-fifth round: 14 such lines before, 16 after.
    static let fortieth = UnderstandingFloor(accuracy: 0.66, ignoredThatOpenedCases: 16)
    static let fortyFirst = UnderstandingFloor(accuracy: 0.67, ignoredThatOpenedCases: 23)
    /// One of its counter lines records the ping-pong club's children's class opening (`乒乓少儿班开班 来了21个伢 …`), which
    /// it labels a line to leave and the newer sets label the room's case (`球室少儿冬季班第十二次 今天结课 …`); staff's
    /// records of the room's business are kept on a case for its managers since the sixty-sixth round: 20 such lines
    /// before, 21 after.
    static let fortySecond = UnderstandingFloor(accuracy: 0.65, ignoredThatOpenedCases: 21)
    static let fortyThird = UnderstandingFloor(accuracy: 0.62, ignoredThatOpenedCases: 20)
    static let fortyFourth = UnderstandingFloor(accuracy: 0.58, ignoredThatOpenedCases: 19)
    static let fortyFifth = UnderstandingFloor(accuracy: 0.62, ignoredThatOpenedCases: 17)
    static let fortySixth = UnderstandingFloor(accuracy: 0.62, ignoredThatOpenedCases: 27)
    static let fortySeventh = UnderstandingFloor(accuracy: 0.60, ignoredThatOpenedCases: 26)
    static let fortyEighth = UnderstandingFloor(accuracy: 0.62, ignoredThatOpenedCases: 35)
    static let fortyNinth = UnderstandingFloor(accuracy: 0.60, ignoredThatOpenedCases: 22)
    static let fiftieth = UnderstandingFloor(accuracy: 0.62, ignoredThatOpenedCases: 34)
    static let fiftyFirst = UnderstandingFloor(accuracy: 0.63, ignoredThatOpenedCases: 30)
    static let fiftySecond = UnderstandingFloor(accuracy: 0.58, ignoredThatOpenedCases: 30)
    static let fiftyThird = UnderstandingFloor(accuracy: 0.62, ignoredThatOpenedCases: 27)
    static let fiftyFourth = UnderstandingFloor(accuracy: 0.62, ignoredThatOpenedCases: 24)
    static let fiftyFifth = UnderstandingFloor(accuracy: 0.62, ignoredThatOpenedCases: 28)
    static let fiftySixth = UnderstandingFloor(accuracy: 0.65, ignoredThatOpenedCases: 24)
    static let fiftySeventh = UnderstandingFloor(accuracy: 0.61, ignoredThatOpenedCases: 22)
    static let fiftyEighth = UnderstandingFloor(accuracy: 0.64, ignoredThatOpenedCases: 33)
    static let fiftyNinth = UnderstandingFloor(accuracy: 0.72, ignoredThatOpenedCases: 21)
    static let sixtieth = UnderstandingFloor(accuracy: 0.70, ignoredThatOpenedCases: 18)
    static let sixtyFirst = UnderstandingFloor(accuracy: 0.71, ignoredThatOpenedCases: 19)
    static let sixtySecond = UnderstandingFloor(accuracy: 0.77, ignoredThatOpenedCases: 12)
    static let sixtyThird = UnderstandingFloor(accuracy: 0.73, ignoredThatOpenedCases: 20)
    static let sixtyFourth = UnderstandingFloor(accuracy: 0.70, ignoredThatOpenedCases: 17)
    static let sixtyFifth = UnderstandingFloor(accuracy: 0.69, ignoredThatOpenedCases: 20)
    static let sixtySixth = UnderstandingFloor(accuracy: 0.67, ignoredThatOpenedCases: 13)
    /// Held out while the round's changes were made (only its totals and counts were looked at).
    static let sixtySeventh = UnderstandingFloor(accuracy: 0.66, ignoredThatOpenedCases: 23)
}

@Suite("Understanding: the thread of an emergency")
struct EmergencyThreadTests {
    @Test func aNeighboursRemarkDuringAnEmergencyGoesOnItsCase() throws {
        let desk = try TestDesk(modules: deskModules)
        let fire = desk.relay("汉口道6号5栋1单元着火了 好大的烟", group: "汉口道6号邻里群", sender: "5-1-302 周")
        let id = try #require(fire.caseID)
        let remark = desk.relay("我们在楼下了 已经打了119", group: "汉口道6号邻里群", sender: "5-2-101 吴")
        #expect(remark.caseID == id)
        #expect(try desk.events(id).contains { $0.note?.hasPrefix("现场补充") == true })
        #expect(remark.status == .ignored && remark.text.isEmpty, "kept for staff without a post to the whole group")
        #expect(try desk.cases().count == 1)
    }

    @Test func aSightingDuringASearchGoesOnTheEmergencysCase() throws {
        let desk = try TestDesk(modules: deskModules)
        let missing = desk.relay("我孙子不见了 8岁 放学冇回来 顺驰泊林这边 大家帮忙找一下", group: "顺驰泊林业主群", sender: "何奶奶")
        let id = try #require(missing.caseID)
        let sighting = desk.relay("刚才好像看到一个背红书包的伢往地铁站那边走了", group: "顺驰泊林业主群", sender: "小冯")
        #expect(sighting.caseID == id && sighting.text.isEmpty, "kept for the searchers without a post to everyone")
        #expect(try desk.events(id).contains { $0.note?.hasPrefix("现场补充") == true })
        #expect(try desk.cases().count == 1)
    }

    @Test func anUrgingAboutAnotherServiceDuringASearchIsNotPutOnTheSearch() throws {
        let desk = try TestDesk(modules: deskModules)
        let missing = desk.relay("我孙女不见了 6岁 放学冇回来 奥园这边 大家帮忙看一下", group: "奥园业主群", sender: "邱奶奶")
        let id = try #require(missing.caseID)
        let urging = desk.relay("我上个礼拜报的厨房漏水 么样还冇人来", group: "奥园业主群", sender: "8栋小童")
        #expect(urging.caseID != id)
        #expect(try desk.events(id).allSatisfy { $0.note?.contains("漏水") != true })
    }

    @Test func thanksForAFixIsNotedWithoutAPostButCallingOffIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let lift = desk.relay("奥园3栋2单元电梯坏了 停在5楼不动", group: "奥园业主群", sender: "3-2-501 罗")
        let id = try #require(lift.caseID)
        let thanks = desk.relay("电梯好了 师傅辛苦了 谢谢", group: "奥园业主群", sender: "3-2-501 罗")
        #expect(thanks.caseID == id)
        #expect(thanks.text.isEmpty)
        #expect(try desk.events(id).contains { $0.note?.contains("已解决") == true })
        let other = desk.relay("奥园5栋楼道灯不亮 黑漆漆的", group: "奥园业主群", sender: "5-1-302 陈")
        let otherID = try #require(other.caseID)
        let callOff = desk.relay("楼道灯我们自己换好了 不用派人来了", group: "奥园业主群", sender: "5-1-302 陈")
        #expect(callOff.caseID == otherID)
        #expect(callOff.text.contains(otherID), "the resident who called someone off hears that it is noted")
        #expect(callOff.status == .answered && callOff.module == nil, "answered by the desk, no new request")
    }

    @Test func callingOffWithNoCaseIsStillAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.relay("马桶自己通开了 不用派师傅来了", group: "奥园业主群", sender: "8-1-302 何")
        #expect(r.status == .answered && !r.text.isEmpty)
        #expect(try desk.cases().isEmpty)
    }

    @Test func callingOffWhileAQuestionWaitsSavesNothing() throws {
        let desk = try TestDesk(modules: deskModules)
        let ask = desk.say("我家马桶堵了")
        #expect(ask.status == .ask)
        let r = desk.say("马桶通开了 不用派人来了")
        #expect(r.status == .answered && r.text.contains("不办了"))
        #expect(try desk.cases().isEmpty)
        #expect(desk.say("2栋").status != .created, "the question no longer waits")
    }
}
