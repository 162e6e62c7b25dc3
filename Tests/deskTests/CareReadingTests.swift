@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// Lines about elders that the fifth corpus showed the desk misreading: an urgent welfare check sent for a remark
/// that only mentions an old person, and a care arrangement typed at the counter taken for that urgent check.
@Suite("Understanding: a welfare check needs a worry")
struct CareReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: ["那是12栋的孙爹爹 他喜欢捡纸箱卖 屋里不差钱", "多亏胡婶细心 一个人住的老人太危险了",
                      "好像是18栋的 经常跟他奶奶在广场玩"])
    func aRemarkAboutAnElderSendsNobody(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源2群", sender: "桂花香")
        #expect(r.status == .ignored)
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    @Test(arguments: ["隔壁的周婆婆三天冇开门了 喊她也冇人应 有点担心", "我妈一个人住7栋 电话打了一上午冇人接 我在外地"])
    func aWorryStillSendsTheGridWorker(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源2群", sender: "桂花香")
        let id = try #require(r.caseID)
        #expect(r.module == "care-visits")
        #expect(try desk.case(id).urgent)
    }

    @Test func staffTypingAnArrangementOpenAnOrdinaryCareRequest() throws {
        let r = desk.say("泊林6-2-302 陈爹爹 独居 女儿在外地 要求每周看一次")
        let id = try #require(r.caseID)
        #expect(r.module == "care-visits")
        #expect(r.text.contains("关爱申请"))
        #expect(try !desk.case(id).urgent)
    }

    @Test func anErrandTypedAtTheCounterSendsNobodyUrgently() throws {
        // The model reads the line as a notice; at the counter the desk takes its best service instead — never one
        // that needs its word without it (an urgent welfare check with no worry said).
        let r = desk.say("他说还是帮他代办一下 熊志刚 顺驰6栋2单元401 电话15927306618")
        #expect(r.module == "social-security")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    @Test func aQuestionTypedAtTheCounterIsStillAnswered() {
        let r = desk.say("泊林 4-1-301 刘志强 独居 要求上门理发 有冇得这个服务")
        #expect(r.module == "care-visits")
        #expect(r.caseID == nil)
    }

    @Test(arguments: ["下个月我女儿回来 一月份的送饭停一个月", "还有 王婆婆说她想每个礼拜有人来看看她 陪她说说话"])
    func aChangeOrAWishForAnEldersCareIsACase(_ line: String) throws {
        let r = desk.relay(line, group: "奥园业主群", sender: "邻居小周")
        let id = try #require(r.caseID)
        #expect(r.module == "care-visits")
        #expect(try !desk.case(id).urgent)
    }

    @Test(arguments: ["我跟老伴过年去儿子屋里 住到正月十五 社区送的饭先停一下 5栋1单元302", "下个月我女儿回来 一月份的送饭停一个月"])
    func aPauseIsRecordedAsAPauseNotANewApplication(_ line: String) throws {
        let r = desk.relay(line, group: "奥园业主群", sender: "奥园5栋 周")
        let id = try #require(r.caseID)
        #expect(r.text.contains("已登记暂停"))
        #expect(!r.text.contains("关爱名册"))
        #expect(try desk.case(id).title.hasPrefix("暂停关爱服务"))
    }

    @Test func askingWhetherTheMatterWasPutDownFollowsItUp() throws {
        let opened = desk.relay("关爱申请 村湾18号 熊婆婆 要一床棉被", group: "李家墩村湾群", sender: "熊家媳妇")
        let id = try #require(opened.caseID)
        desk.clock.advance(days: 2)
        let r = desk.relay("熊婆婆的棉被报上了冇 上回说了的", group: "李家墩村湾群", sender: "熊家媳妇")
        #expect(r.caseID == id)
        #expect(r.text.contains("催问"))
    }

    @Test func aResidentPleadingForAnElderIsHeard() throws {
        let r = desk.relay("能不能跟食堂说下给我屋老头子少放点糖 他有糖尿病", group: "顺驰泊林业主群", sender: "泊林 刘姐")
        #expect(r.module == "care-visits")
        #expect(r.caseID != nil)
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }
}

/// `desk route` explains a line in Chinese, the services its rules name included.
@Suite("desk route: the rule in Chinese")
struct RouteExplanationTests {
    @Test func aRuleNamesTheServiceByItsChineseName() throws {
        let desk = try TestDesk(modules: deskModules)
        let shown = desk.desk.explainRoute("那是12栋的孙爹爹 他喜欢捡纸箱卖 屋里不差钱")
        #expect(shown.contains("规则：微关爱·安全探视 需要关键词"))
        #expect(!shown.contains("welfare-check"))
    }
}
