@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The eighteenth round's reading: staff recording how a matter went on (a date agreed, a promise, a result told to
/// the resident) is no new request, even while a question waits; an elder's small job asked of the volunteers is care.
@Suite("Understanding: the counter's records of progress")
struct EighteenthReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    // (A mediation arranged, `…约了楼上周四到议事厅谈`, was here: since the forty-second round it is a 诉求 case kept until
    // settled, as the later corpora label it — ``MediationArranged``, FortySecondReadingTests.)
    @Test(arguments: [
        "汉口道3栋广场舞 找了领队 答应晚上八点半以前结束",
        "泊林2栋韦爹爹的认证查了 3月份已经比对过了 打电话告诉他了",
        "奥园东门中暑的保安 医院说观察一天 冇得大碍",
        "村湾那盏路灯的事 供电所说下周来修",
        "汉口道2栋 王秀英的档案查了 是干部身份 已电话告知她女儿",
    ])
    func progressOfAMatterIsNoNewRequest(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.status == .ignored)
        #expect(r.text.contains("已经办完"))
        #expect(try desk.cases().isEmpty)
    }

    @Test(arguments: ["认证要上门 跟她女儿约了3月5号上午 请刘网格去", "代办生育保险报销 材料已收 林小燕 汉口道1-2-1203"])
    func aRequestBesideADateOrWorkDoneIsStillARequest(_ line: String) {
        #expect(desk.say(line).status != .ignored)
    }

    @Test func aRecordWhileAQuestionWaitsKeepsTheQuestion() throws {
        let asked = desk.say("报修 漏水")
        #expect(asked.status == .ask)
        let record = desk.say("王婆婆的事 找了她儿子 答应周末回来陪她")
        #expect(record.status == .ignored)
        #expect(record.text.contains("还差一项"))
        #expect(try desk.cases().isEmpty)
        // The waiting question is still the one answered next.
        let answered = desk.say("水印桃源3栋2单元502")
        #expect(answered.module == "repairs")
        #expect(answered.status != .ignored)
    }

    @Test(arguments: ["奥园9栋独居的龚婆婆 家里电扇坏了 热得很 请兵哥哥去看一下 9栋1单元301",
                      "走访时汉口道2栋的严爹爹说厨房灯坏了 他够不着 想请志愿者来换 2栋1单元1102"])
    func anEldersSmallJobForTheVolunteersIsCare(_ line: String) {
        let r = desk.say(line)
        #expect(r.module == "care-visits")
        #expect(r.status == .created)
    }

    @Test func aNameGivenLaterGoesOnTheEarlierCaseOfThatPerson() throws {
        let care = desk.say("奥园8栋1单元303 邓婆婆 独居 想请志愿者每周去看一下")
        let careID = try #require(care.caseID)
        #expect(care.module == "care-visits")
        _ = desk.say("不用")
        let repair = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        #expect(repair.caseID != careID)
        // The callback question of the repair waits; the name is the elder's, for the care case.
        let later = desk.say("邓婆婆名字叫邓桂兰 刚才漏了")
        #expect(later.caseID == careID)
        #expect(later.status == .updated)
        #expect(later.text.contains("回访电话"))
        #expect(try desk.events(careID).contains { $0.note?.contains("邓桂兰") == true })
    }

    @Test func aPhoneForAnotherPersonIsNotTheWaitingCallback() throws {
        let first = desk.say("报修 水印桃源4栋2单元301 鲁爹爹 水箱漏水")
        let firstID = try #require(first.caseID)
        _ = desk.say("不用")
        let second = desk.say("报修 顺驰泊林6栋1单元201 卫生间堵了")
        let secondID = try #require(second.caseID)
        let phone = desk.say("鲁爹爹水箱 我来补电话 他儿子的13912345548")
        #expect(phone.caseID == firstID)
        #expect(try desk.events(secondID).allSatisfy { $0.note?.contains("5548") != true })
    }

    @Test func whoALineAddresses() {
        #expect(Desk.personsAddressed(in: "苏桂英婆婆的电话13545136270") == ["苏桂英"])
        #expect(Desk.personsAddressed(in: "奥园邓婆婆这几天都去了") == ["邓婆婆"])
        #expect(Desk.personsAddressed(in: "老婆婆说她家的灯坏了").isEmpty)
    }

    @Test(arguments: ["送中心医院了 拍了片 要手术 家属在", "伢在儿童医院观察 冇得事了"])
    func inHospitalIsOver(_ line: String) {
        #expect(desk.desk.emergencies.isOver(line))
    }

    @Test(arguments: ["另外 柏婆婆今年的认证也冇做 请上门做一下 她不会用手机", "汤爹爹的认证手机上老是刷不过 能不能在驿站做 他叫汤国华"])
    func askingForACertificationToBeDoneIsACase(_ line: String) {
        let r = desk.say(line)
        #expect(r.module == "elder-certification")
        // A case, or the home visit's first question: not the ways to certify read out.
        #expect(r.status == .created || r.status == .ask)
    }

    @Test func theRaisersNewsThatItIsOverEndsTheQuestionWhereItIs() throws {
        let alarm = desk.relay("快来人 菜地边上有个爹爹倒了 叫不应", group: "李家墩村湾群", sender: "村湾小桂")
        let urgent = try #require(alarm.caseID)
        #expect(alarm.text.hasPrefix("【"))
        let over = desk.relay("送医了 医生说是中暑 打了针 冇得大事", group: "李家墩村湾群", sender: "村湾小桂")
        #expect(over.status == .answered)
        #expect(over.text.contains(urgent))
        #expect(try desk.events(urgent).contains { $0.note?.contains("打了针") == true })
    }
}
