@testable import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// The conversation gaps a user-level trial found (#13): what a resident asks in one line, or while the desk
/// waits for an answer, is never dropped.
@Suite("Understanding: nothing asked is dropped (trial findings)")
struct ConversationGapsTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: deskModules) }

    func home(_ text: String) -> Address { desk.desk.addresses.read(text) }

    /// Two lifts at two places in one line are two cases; the JSON reply names both.
    @Test func twoLiftsAtTwoPlacesAreTwoCases() throws {
        let r = desk.relay("5栋2单元电梯坏了，3栋1单元电梯也坏了", group: "水印桃源1群", sender: "小陈")
        #expect(r.status == .created)
        #expect(r.cases.count == 2, "\(r.text)")
        let titles = try r.cases.map { try desk.case($0).title }
        #expect(titles[0].contains("5栋2单元") && titles[1].contains("3栋1单元"), "\(titles)")
        let line = JSONWire.encode(r)
        #expect(line.contains(#""case":"\#(r.cases[0])""#) && line.contains(#""cases":["\#(r.cases[0])","\#(r.cases[1])"]"#))
    }

    /// At the counter the second matter waits behind the first's question and is handled after it.
    @Test func aSecondRepairWaitsBehindTheFirstsQuestionAtTheCounter() throws {
        let first = desk.say("我家厨房漏水 还有卫生间灯不亮")
        #expect(first.status == .ask)
        #expect(first.text.contains("您还说了「卫生间灯不亮」"))
        let placed = desk.say("水印桃源3栋2单元502")
        #expect(placed.status == .created)
        let next = desk.say("不用")   // no callback number: the held lamp comes next
        #expect(next.text.contains("请问是哪里"), "\(next.text)")
        _ = desk.say("水印桃源3栋2单元502")
        #expect(try desk.cases().count == 2)
    }

    /// One matter said over two clauses stays one case.
    @Test func oneLiftSaidTwiceIsOneCase() throws {
        _ = desk.relay("水印桃源3栋2单元的电梯又坏了，卡在5楼不动", group: "水印桃源1群", sender: "小陈")
        _ = desk.relay("厨房水管漏水了，水流到楼下了", group: "水印桃源1群", sender: "5-2-502 王姐", address: home("水印桃源5栋2单元502"))
        #expect(try desk.cases().count == 2)
    }

    /// The emergency first (safety words, an urgent case), and the lamp is not lost.
    @Test func anEmergencyComesFirstAndTheOtherRequestIsKept() throws {
        let group = desk.relay("3栋502冒烟了！另外楼道灯坏了好几天", group: "水印桃源1群", sender: "小李")
        #expect(group.text.hasPrefix("【火情·紧急】"))
        #expect(group.cases.count == 2, "\(group.text)")
        let cases = try group.cases.map { try desk.case($0) }
        #expect(cases[0].urgent && !cases[1].urgent)
        #expect(cases[1].module == "repairs")

        let counter = try TestDesk(modules: deskModules)
        let r = counter.say("水印桃源3栋502冒烟了！另外楼道灯坏了好几天")
        #expect(r.text.hasPrefix("【火情·紧急】"))
        #expect(r.text.contains("您还说了「楼道灯坏了好几天」"))
        let urgent = try #require(r.caseID)
        #expect(try counter.case(urgent).urgent)
        let lamp = counter.say("不用")   // no callback number for the emergency: the lamp comes next
        #expect(lamp.text.contains("请问是哪里"), "\(lamp.text)")
        #expect(counter.say("水印桃源3栋2单元").status == .created)
        #expect(try counter.cases().filter { $0.module == "repairs" }.count == 1)
    }

    /// A request half filled when an emergency comes is asked again once the emergency is dealt with.
    @Test func aRequestSetAsideByAnEmergencyIsResumed() throws {
        #expect(desk.say("我家厨房漏水").status == .ask)
        let fire = desk.say("水印桃源3栋502冒烟了")
        #expect(fire.text.hasPrefix("【火情·紧急】"))
        #expect(fire.text.contains("您的「住户报修」还没办完"))
        let urgent = try #require(fire.caseID)
        let resumed = desk.say("不用")   // the emergency case's callback number
        #expect(resumed.text.contains("接着办您的「住户报修」：请问是哪里"), "\(resumed.text)")
        let leak = desk.say("水印桃源3栋2单元502")
        #expect(leak.status == .created && leak.caseID != urgent)
        #expect(try desk.case(try #require(leak.caseID)).title.contains("漏水"))
    }

    /// When the emergency asks its own question first, the waiting request follows it.
    @Test func aSetAsideRequestWaitsBehindTheEmergencysQuestion() throws {
        _ = desk.say("我家厨房漏水")
        let fire = desk.say("3栋502冒烟了")
        #expect(fire.text.contains("哪个小区") && fire.text.contains("您的「住户报修」还没办完"))
        _ = desk.say("水印桃源")
        let resumed = desk.say("不用")
        #expect(resumed.text.contains("接着办您的「住户报修」"))
        #expect(try desk.cases().count == 1, "only the emergency so far; the leak still waits for its place")
    }

    /// In a group, a report held behind an emergency's question is not forgotten when nobody answers: both cases
    /// are left for staff with a note when the question expires.
    @Test func aHeldReportExpiresWithTheEmergencysQuestionAndIsLeftForStaff() throws {
        let leak = desk.relay("家里厨房漏水了", group: "水印桃源1群", sender: "小李")
        let leakCase = try #require(leak.caseID)
        let trapped = desk.relay("快来人 有人被困在电梯里了", group: "水印桃源1群", sender: "小李")
        #expect(trapped.status == .ask && trapped.text.contains("您的「住户报修」（工单 \(leakCase)）还没办完"), "\(trapped.text)")
        let urgent = try #require(trapped.caseID)
        desk.clock.advance(hours: 25)
        _ = desk.relay("谢谢大家", group: "水印桃源1群", sender: "小李")
        for id in [urgent, leakCase] {
            #expect(try desk.events(id).contains { $0.note?.contains("未补充信息") == true }, "\(id)")
        }
    }

    /// `继续` with nothing waiting opens nothing; with a question waiting it asks it again.
    @Test func continueWithNothingWaitingSaysSo() throws {
        let r = desk.say("继续")
        #expect(r.status == .answered && r.text.contains("没有等您回答的问题"))
        #expect(try desk.cases().isEmpty)
        #expect(desk.relay("继续", group: "水印桃源1群", sender: "小李").status == .ignored)
        _ = desk.say("我家厨房漏水")
        let again = desk.say("继续")
        #expect(again.status == .ask && again.text.contains("请问是哪里"))
        #expect(desk.say("水印桃源3栋2单元502").status == .created, "继续 was not taken as the answer")
    }

    /// A park report that needs a choice is a 受理 case at once; the answer completes that case.
    @Test func aGroupParkReportIsACaseBeforeTheChoice() throws {
        let asked = desk.relay("口袋公园的路灯晚上不亮", group: "水印桃源1群", sender: "老周")
        #expect(asked.status == .ask)
        let id = try #require(asked.caseID)
        #expect(try desk.case(id).status == .accepted)
        let chosen = desk.relay("第一个", group: "水印桃源1群", sender: "老周")
        #expect(chosen.caseID == id)
        #expect(try desk.cases().count == 1)
        #expect(try desk.case(id).title.contains("LD-01"))
    }

    /// In a group, a request of another module after one that asks (a fee claim's member) is handled at once;
    /// the first question stays the one waiting.
    @Test func aFeeClaimWithAnotherRequestInAGroupDropsNothing() throws {
        let r = desk.relay("我刚微信转了200块年费 另外3栋楼道灯坏了", group: "水印桃源1群", sender: "老张")
        #expect(r.status == .ask)
        let lamp = try desk.cases().first { $0.module == "repairs" }
        #expect(lamp != nil, "the lamp is a case: \(r.text)")
        #expect(r.text.hasSuffix("请先回答「会费登记」：没有找到这位会员。请问是哪位会员？（姓名或电话；输入 取消 放弃）")
                || r.text.contains("请先回答「会费登记」"), "\(r.text)")
    }

    /// `我屋里也是的` in a thread is one more reporter on the thread's case; `我屋里没漏啊` is a note, not a case.
    @Test func aMeTooAndADenialInAThreadOpenNoCase() throws {
        let leak = desk.relay("5栋2单元502厨房漏水了 水往下滴", group: "水印桃源1群", sender: "5-2-502 王姐")
        let id = try #require(leak.caseID)
        let same = desk.relay("我屋里也是的", group: "水印桃源1群", sender: "5-2-402 刘哥")
        #expect(same.status == .duplicate && same.caseID == id, "\(same.text)")
        let denial = desk.relay("我是楼上401，我屋里没漏啊", group: "水印桃源1群", sender: "老李")
        #expect(denial.status == .ignored && denial.text.isEmpty)
        #expect(try desk.cases().count == 1)
        #expect(try desk.events(id).contains { $0.note?.contains("没漏") == true })
        // A me-too that names its own fault is a report of its own.
        let own = desk.relay("我家厨房也漏水了", group: "水印桃源1群", sender: "5-2-302 赵姐", address: home("水印桃源5栋2单元302"))
        #expect(own.caseID != nil && own.caseID != id)
    }
}
