@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// Group lines the fourth corpus showed the desk misreading: staff answering residents in the group, and a
/// resident saying where their own report is on the next line.
@Suite("Understanding: staff in the groups and the details of a report")
struct StaffAndThreadDetailsTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: [("王网格", "婆婆您住几栋？我帮您查一下"), ("陈网格", "我现在过来拉警戒线，大家从侧门走"),
                      ("张网格", "可以用手机人脸识别认证，不会弄的话带身份证来驿站1，我们帮她弄"),
                      ("驿站1小张", "5栋的住户走楼梯下楼，不要坐电梯，微型消防站已出发")])
    func staffAnsweringInTheGroupOpenNothing(_ sender: String, _ line: String) {
        let r = desk.relay(line, group: "水印桃源1群", sender: sender)
        #expect(r.status == .ignored)
        #expect(r.caseID == nil)
    }

    @Test func aResidentsNicknameIsNotAStaffAccount() {
        let r = desk.relay("8栋二单元楼道灯坏了好久了 晚上下楼全靠手机照", group: "水印桃源2群", sender: "8栋小网")
        #expect(r.module == "repairs")
        #expect(r.caseID != nil)
    }

    @Test(arguments: ["25栋2单元1203", "B区127号车位", "就是菜场后面那个", "5组23号"])
    func whereItIsGoesOnTheSendersOwnReport(_ detail: String) throws {
        let report = desk.relay("我们楼上天天往下泼水 我晒在外面的衣服全湿了 物业能不能管", group: "奥园业主群", sender: "25栋 骆")
        let id = try #require(report.caseID)
        let r = desk.relay(detail, group: "奥园业主群", sender: "25栋 骆")
        #expect(r.caseID == id)
        #expect(try desk.events(id).contains { $0.note?.hasPrefix("居民补充") == true })
    }

    @Test func whereItIsFromSomeoneWithoutAReportIsLeftAlone() {
        #expect(desk.relay("9栋1单元1203", group: "奥园业主群", sender: "路过的").status == .ignored)
    }

    @Test(arguments: ["26栋电梯又好了", "电梯还冇修好 3栋"])
    func newsOfAFixOrAnUrgingIsNoDetail(_ line: String) {
        let desk = desk.desk
        let message = Message(line, channel: .group, operatorName: "relay", requester: Requester(sender: "老何"), group: "奥园业主群")
        #expect(!desk.saysWhere(line, decision: desk.decide(line, message)))
    }

    @Test(arguments: ["[玫瑰][玫瑰]", "在吗", "在吗 问个事", "[捂脸]"])
    func stickersAndCallingOutAreChatter(_ line: String) {
        #expect(desk.desk.router.isChatter(line))
        #expect(desk.relay(line, group: "水印桃源2群", sender: "🍀四叶草").status == .ignored)
    }

    @Test func aStickerBesideAReportLeavesTheReport() {
        #expect(!desk.desk.router.isChatter("[捂脸]8栋电梯又坏了"))
        #expect(Router.withoutStickers("[强][强] 修好了[图片") == " 修好了[图片")
    }

    @Test func aLiftThatTrapsPeopleDailyIsNoEmergencyNow() {
        let r = desk.relay("建议物业把1栋的电梯换掉 太老了 天天关人", group: "顺驰泊林业主群", sender: "泊林1栋 熊")
        #expect(!r.text.contains("紧急"))
    }

    // MARK: A group's question that waited long

    @Test func aQuestionLeftAnHourIsNotAnsweredByTheNextRemark() throws {
        let report = desk.relay("我们楼道里那个东西又坏了 快点撒", group: "汉口道6号邻里群", sender: "3栋周哥")
        let id = try #require(report.caseID)
        #expect(report.status == .ask || report.status == .created)
        desk.clock.set(desk.clock.now.addingTimeInterval(5 * 3600))
        let remark = desk.relay("我是在建行激活的 带身份证", group: "汉口道6号邻里群", sender: "3栋周哥")
        #expect(remark.status == .ignored, "read as new: a neighbour's remark, not the category the desk asked for")
        #expect(try desk.events(id).contains { $0.note?.contains("没有回答追问") == true })
        #expect(desk.desk.pending(key: "group:汉口道6号邻里群:3栋周哥") == nil)
    }

    @Test func aQuestionLeftAnHourIsStillAnsweredByWhatItAsks() throws {
        let report = desk.relay("楼道灯坏了 晚上黑的", group: "水印桃源2群", sender: "8栋老冯")
        let id = try #require(report.caseID)
        try #require(report.status == .ask)
        desk.clock.set(desk.clock.now.addingTimeInterval(3 * 3600))
        let answer = desk.relay("8栋2单元", group: "水印桃源2群", sender: "8栋老冯")
        #expect(answer.caseID == id)
        #expect(answer.status != .ignored)
    }

    @Test func withinTheHourTheQuestionStillWaits() throws {
        let report = desk.relay("我们楼道里那个东西又坏了 快点撒", group: "汉口道6号邻里群", sender: "3栋周哥")
        try #require(report.status == .ask)
        desk.clock.set(desk.clock.now.addingTimeInterval(20 * 60))
        desk.relay("我是在建行激活的 带身份证", group: "汉口道6号邻里群", sender: "3栋周哥")
        #expect(desk.desk.pending(key: "group:汉口道6号邻里群:3栋周哥") != nil)
        #expect(try desk.events(try #require(report.caseID)).allSatisfy { $0.note?.contains("没有回答追问") != true })
    }

    // MARK: What the model takes for chatter in a thread

    @Test func anEchoWithTheSendersOwnStoryJoinsTheThreadsReport() throws {
        let report = desk.relay("5栋1单元电梯又停了 按了冇得反应", group: "奥园业主群", sender: "5栋 小邱")
        let id = try #require(report.caseID)
        let echo = desk.relay("+1 早上送伢上学就冇坐成 走下来的", group: "奥园业主群", sender: "5栋 老许")
        #expect(echo.caseID == id)
    }

    @Test func askingWhetherANeighboursReportIsFixedFollowsItUp() throws {
        let report = desk.relay("口袋公园的扭腰器 NZ-01 转不动了", group: "水印桃源2群", sender: "晨练的吴爹爹")
        let id = try #require(report.caseID)
        let asked = desk.relay("扭腰器修好了冇 我妈今天又要去转", group: "水印桃源2群", sender: "梅子")
        #expect(asked.caseID == id)
        #expect(asked.text.contains(id))
    }

    @Test func askingWhetherSomethingNobodyReportedIsFixedIsLeftAlone() {
        #expect(desk.relay("秋千修好了冇 伢今天又要去玩", group: "水印桃源2群", sender: "梅子").status == .ignored)
    }

    @Test func aYesUnderANeighboursReportJoinsItWhateverTheModelReadsInTheRest() throws {
        let report = desk.relay("我要投诉 3栋那个垃圾房满了好几天冇清运了 垃圾都堆到外面来了", group: "汉口道6号邻里群", sender: "3栋小叶")
        let id = try #require(report.caseID)
        let yes = desk.relay("是的 臭得很 走那过都要捂鼻子", group: "汉口道6号邻里群", sender: "3栋周哥")
        #expect(yes.caseID == id)
        #expect(try desk.cases().count == 1)
    }

    // MARK: At the counter, while the callback number is asked

    @Test func aUnitTypedAfterTheCaseOpenedGoesOnItAndTheCallbackQuestionWaits() throws {
        let report = desk.say("水印桃源3栋 楼道灯不亮 住户反映")
        let id = try #require(report.caseID)
        try #require(report.text.contains("回访电话"))
        let unit = desk.say("2单元")
        #expect(unit.caseID == id)
        #expect(unit.text.contains("回访电话"))
        #expect(try desk.events(id).contains { $0.note == "补充：2单元" })
        #expect(desk.say("13800000011").text.contains("已记下工单 \(id) 的回访电话"))
    }

    @Test func aNewRequestWithAPhoneIsNotTheLastCasesCallback() throws {
        let report = desk.say("水印桃源3栋2单元 楼道灯不亮 住户反映")
        let id = try #require(report.caseID)
        let next = desk.say("医保异地备案 代办 泊林11-1-203 邵阿姨 要去广州带孙伢 13800000055")
        #expect(next.module == "social-security")
        #expect(next.caseID != id)
        #expect(try desk.case(id).callbackPhone == nil)
    }

    @Test func aFaultInAPlaceThatIsAServicesOwnWordIsANewRequestWhileAPhoneIsAsked() throws {
        let visit = desk.say("聂长生 85 卧床 上门认证 水印6-2-102")
        try #require(visit.status == .ask && visit.text.contains("联系电话"))
        let fault = desk.say("乒乓球室饮水机坏了 漏水")
        #expect(fault.module == "pingpong")
        #expect(fault.error == nil)
    }

    @Test func anAddressWhileAPhoneIsAskedStaysWithTheWaitingRequest() throws {
        try #require(desk.say("聂长生 85 卧床 上门认证").status == .ask)
        #expect(desk.say("水印6栋2单元102").module == "elder-certification", "an address is no request of its own")
    }

    @Test func aQuestionToTheGroupAboutAServiceOfTheDeskIsAnswered() {
        let r = desk.relay("有冇人晓得村湾的老人办高龄津贴要么样弄 我妈89了", group: "李家墩村湾群", sender: "村湾-老王")
        #expect(r.module == "elder-certification")
        #expect(r.status == .answered)
        #expect(desk.relay("有冇人晓得哪里能打羽毛球", group: "汉口道6号邻里群", sender: "Leo").status == .ignored)
    }
}
