@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The next line after the desk answered someone or opened their case, when it only gives particulars: the
/// elder the care answer asked for, the name for a home certification, the details of the case just opened —
/// not a new request the model guesses from a bare address and a name.
@Suite("Understanding: particulars go on with the last matter")
struct LastTurnTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func theEldersParticularsAfterTheCareAnswerAreACareRequest() throws {
        let answer = desk.relay("社区的微关爱是么样申请的 我爸一个人住", group: "奥园业主群", sender: "刘姐")
        #expect(answer.module == "care-visits" && answer.caseID == nil)
        let r = desk.relay("12栋3单元802 刘爹爹 刘光明", group: "奥园业主群", sender: "刘姐")
        let id = try #require(r.caseID)
        #expect(r.module == "care-visits")
        let record = try desk.case(id)
        #expect(record.title.contains("关爱申请"))
        #expect(!record.urgent)
    }

    @Test func aYesWithTheEldersNameAsksForTheHomeCertification() throws {
        _ = desk.relay("今年的养老金认证要么样搞 我妈走不动", group: "奥园业主群", sender: "小陈")
        let r = desk.relay("那帮我登记 熊长根 5栋1单元301", group: "奥园业主群", sender: "小陈")
        #expect(r.module == "elder-certification")
        #expect(r.caseID != nil)
        #expect(!r.text.contains("叫什么名字"))   // the name was given
    }

    @Test func theDetailsOfACaseJustOpenedGoOnIt() throws {
        let opened = desk.say("奥园14-2-903 住户 严 报修：厨房水管漏水")
        let id = try #require(opened.caseID)
        _ = desk.say("不用")   // no callback number
        let r = desk.say("严师傅 电话13912340465 下午在家")
        #expect(r.caseID == id)
        #expect(r.status == .updated)
        #expect(!r.text.contains("13912340465"))   // masked in the echo
        #expect(try desk.cases().count == 1)
    }

    @Test func staffGoingOnAtTheCounterAreNotedOnTheCase() throws {
        let opened = desk.say("水印桃源6栋2单元101 住户 刘 厨房下水道堵了")
        let id = try #require(opened.caseID)
        _ = desk.say("不用")
        let r = desk.say("她说是昨天炖汤的油倒下去了 冻住了")
        #expect(r.caseID == id && r.status == .updated)
        #expect(try desk.events(id).contains { $0.note?.contains("炖汤的油") == true })
        #expect(desk.say("好的谢谢").caseID == nil)   // a greeting is not noted
    }

    @Test func thanksAfterAnAnswerAreNotParticulars() throws {
        _ = desk.relay("今年的养老金认证要么样搞 我妈走不动", group: "奥园业主群", sender: "小陈")
        #expect(desk.relay("好的好的 谢谢你", group: "奥园业主群", sender: "小陈").status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    @Test func anotherSendersParticularsDoNotContinueIt() throws {
        _ = desk.relay("社区的微关爱是么样申请的 我爸一个人住", group: "奥园业主群", sender: "刘姐")
        let r = desk.relay("12栋3单元802 刘爹爹 刘光明", group: "奥园业主群", sender: "别人")
        #expect(r.module != "care-visits")
    }

    @Test func theDeskForgetsAfterHalfAnHour() throws {
        _ = desk.relay("社区的微关爱是么样申请的 我爸一个人住", group: "奥园业主群", sender: "刘姐")
        desk.clock.advance(hours: 1)
        let r = desk.relay("12栋3单元802 刘爹爹 刘光明", group: "奥园业主群", sender: "刘姐")
        #expect(r.module != "care-visits")
    }
}
