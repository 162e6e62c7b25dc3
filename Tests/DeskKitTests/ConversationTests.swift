import DeskKit
import DeskTesting
import Testing

@Suite("Slot filling")
struct ConversationTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [FaultModule(), GardenModule()]) }

    @Test func asksForMissingFieldsOneAtATime() throws {
        let first = desk.say("故障")
        #expect(first.status == .ask)
        #expect(first.text == "请问在哪里？")
        let second = desk.say("顺驰泊林5栋1单元")
        #expect(second.status == .ask)
        #expect(second.text.hasPrefix("请问是什么类别？"))
        #expect(second.choices == ["照明", "漏水"])
        let third = desk.say("2")
        #expect(third.status == .created)
        #expect(try desk.case(third.caseID!).fields["kind"] == .choice("water"))
    }

    @Test func wrongAnswerIsAskedAgainWithTheReason() throws {
        _ = desk.say("故障 水印桃源3栋")
        let r = desk.say("煤气")
        #expect(r.status == .ask)
        #expect(r.text.contains("「煤气」不在可选项中"))
        #expect(r.error?.code == "invalid-field")
        #expect(try desk.cases().isEmpty)
        #expect(desk.say("灯").status == .created)
    }

    @Test func ambiguousBuildingAsksForTheCompoundAndKeepsTheRest() throws {
        let r = desk.say("故障 3栋2单元502 漏水")
        #expect(r.status == .ask)
        #expect(r.text.contains("3栋是哪个小区"))
        let done = desk.say("水印桃源")
        #expect(done.status == .created)
        #expect(try desk.case(done.caseID!).address == "水印桃源 3栋2单元502室")
    }

    @Test func cancelDropsThePendingRequest() throws {
        _ = desk.say("故障")
        let r = desk.say("取消")
        #expect(r.text.contains("已取消「故障登记」"))
        #expect(desk.say("水印桃源").status != .created)
        #expect(try desk.cases().isEmpty)
    }

    @Test func newCommandSetsTheWaitingRequestAsideAndSaysSo() {
        _ = desk.say("故障")
        let r = desk.say("列表")
        #expect(r.text.hasPrefix("（未完成的「故障登记」已先放下）"))
        #expect(desk.say("水印桃源").status != .created)
    }

    @Test func helpWhileAQuestionWaitsKeepsTheQuestion() {
        _ = desk.say("故障")
        let help = desk.say("?")
        #expect(help.status == .ask)
        #expect(help.text.contains("故障登记") && help.text.contains("取消"))
        #expect(desk.say("水印桃源3栋").status == .ask)   // still the same request: the fault itself is asked next
    }

    @Test func moduleCanAskForOneMoreField() throws {
        let r = desk.say("收费 150元")
        #expect(r.status == .ask)
        #expect(r.text == "金额超过100元，请说明原因")
        let done = desk.say("换了两个灯泡")
        #expect(done.status == .answered)
        #expect(done.text == "已收 150.00元")
    }

    @Test func badPrefilledValueIsRefusedWithNoChange() throws {
        let before = try desk.snapshot()
        let r = desk.say("收费 -5元")
        #expect(r.status == .error)
        #expect(r.text.contains("负数"))
        let r2 = desk.say("收费 12.345元")
        #expect(r2.text.contains("小数超过两位"))
        let r3 = desk.say("故障 奥体花园3栋 灯不亮")
        #expect(r3.text.contains("您是不是说：武汉奥林匹克花园"))
        let r4 = desk.say("故障 水印桃源40栋 灯不亮")
        #expect(r4.text.contains("水印桃源没有40栋"))
        #expect(try desk.snapshot() == before)
    }

    @Test func refusalAndFailureRollBack() throws {
        let before = try desk.snapshot()
        let refused = desk.say("收费 6.66元")
        #expect(refused.error == DeskError("unlucky", "这个金额不收"))
        let failed = desk.say("收费 7.77元")
        #expect(failed.error?.code == "internal")
        #expect(try desk.snapshot() == before)
        #expect(desk.say("收费 1元").status == .answered)   // the desk carries on
    }

    @Test func pendingQuestionSurvivesARestartOfTheDesk() throws {
        _ = desk.say("故障 水印桃源3栋")
        let again = try Desk(registry: desk.desk.registry, store: desk.desk.store, clock: desk.clock)
        let r = again.respond(to: Message("灯", operatorName: desk.operatorName, conversation: "desk:\(desk.operatorName)"))
        #expect(r.status == .created)
    }

    @Test func groupRequestOpensTheCaseAndAsksForTheRest() throws {
        let r = desk.relay("灯不亮了", group: "水印桃源1群", sender: "王")
        #expect(r.status == .ask)
        let id = try #require(r.caseID)
        #expect(try desk.case(id).missing == ["place"])
        #expect(try desk.case(id).status == .accepted)
        #expect(desk.relay("收到👍", group: "水印桃源1群", sender: "王").status == .ignored)   // chatter is not the answer
        let done = desk.relay("5栋2单元", group: "水印桃源1群", sender: "王")
        #expect(done.caseID == id)
        #expect(done.status == .created)
        let record = try desk.case(id)
        #expect(record.missing.isEmpty)
        #expect(record.address == "水印桃源 5栋2单元")     // the group's name told the compound
        #expect(try desk.cases().count == 1)
    }

    /// (A fault said plainly: the test modules learn from five examples, and a bare `家里漏水了` leans to the
    /// kernel's news that a fault is over since its examples speak of pipes.)
    @Test func groupNicknameGivesTheAddress() throws {
        let r = desk.relay("厨房水管漏水了 快来修一下", group: "水印桃源1群", sender: "7-1-302 李阿姨",
                           address: Address(building: 7, unit: 1, room: 302))
        #expect(r.status == .created)
        #expect(try desk.case(r.caseID!).address == "水印桃源 7栋1单元302室")
    }
}
