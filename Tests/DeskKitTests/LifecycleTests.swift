import DeskKit
import DeskTesting
import Foundation
import Testing

@Suite("Case lifecycle and events")
struct LifecycleTests {
    let desk: TestDesk
    let id: String

    init() throws {
        desk = try TestDesk(modules: [FaultModule(), GardenModule()])
        id = try #require(desk.say("故障 水印桃源3栋2单元502 漏水").caseID)
    }

    @Test func opensWithIDDeadlineAndEvent() throws {
        #expect(id == "GZ-0001")
        let record = try desk.case(id)
        #expect(record.status == .accepted)
        #expect(record.deadline == desk.clock.now.addingTimeInterval(24 * 3600))
        let events = try desk.events(id)
        #expect(events.map(\.kind) == [.created])
        #expect(events[0].operatorName == "测试员")
        #expect(events[0].at == desk.clock.now)
    }

    @Test func fullLifecycle() throws {
        #expect(desk.say("派单 \(id) 水印桃源物业 请尽快").status == .updated)
        #expect(try desk.case(id).assignee == "水印桃源物业服务中心")   // a short name is the directory's unit
        desk.clock.advance(hours: 1)
        #expect(desk.say("改派 \(id) 兵哥哥服务队").text.contains("兵哥哥服务队"))
        #expect(desk.say("开始处理 \(id)").status == .updated)
        #expect(desk.say("备注 \(id) 已联系住户").status == .updated)
        #expect(desk.say("办结 \(id) 更换了水管").status == .updated)
        #expect(try desk.case(id).closedAt == desk.clock.now)
        #expect(desk.say("回访 \(id) 5 很满意").status == .updated)
        let record = try desk.case(id)
        #expect(record.status == .followedUp)
        #expect(record.rating == 5)
        let events = try desk.events(id)
        #expect(events.map(\.kind) == [.created, .dispatched, .dispatched, .started, .noted, .closed, .followedUp])
        #expect(events.map(\.toStatus) == [.accepted, .dispatched, .dispatched, .inProgress, .inProgress, .closed, .followedUp])
        #expect(events[5].note == "更换了水管")
        #expect(events.allSatisfy { $0.operatorName == "测试员" })
    }

    @Test func unsatisfiedFollowUpReopensWithANewDeadline() throws {
        _ = desk.say("办结 \(id) 修好了")
        desk.clock.advance(days: 3)
        let r = desk.say("回访 \(id) 2 还在漏")
        #expect(r.text.contains("重办"))
        let record = try desk.case(id)
        #expect(record.status == .reopened)
        #expect(record.deadline == desk.clock.now.addingTimeInterval(24 * 3600))
        #expect(record.closedAt == nil)
    }

    @Test func reopenAndCancel() throws {
        _ = desk.say("办结 \(id) 修好了")
        #expect(desk.say("重办 \(id) 住户说又漏了").status == .updated)
        #expect(try desk.case(id).status == .reopened)
        #expect(desk.say("取消 \(id) 住户自己修好了").status == .updated)
        #expect(try desk.case(id).status == .cancelled)
    }

    @Test func refusedTransitionsChangeNothing() throws {
        let before = try desk.snapshot()
        #expect(desk.say("回访 \(id) 5").error?.code == "invalid-transition")
        #expect(desk.say("重办 \(id) 原因").error?.code == "invalid-transition")
        #expect(desk.say("办结 \(id)").error?.code == "missing-argument")
        #expect(desk.say("派单 GZ-9999 某人").error?.code == "unknown-case")
        #expect(desk.say("派单 某人").error?.code == "missing-case-id")
        _ = desk.say("办结 \(id) 好了")
        let closed = try desk.snapshot()
        #expect(desk.say("回访 \(id) 6").error?.code == "invalid-rating")
        #expect(desk.say("派单 \(id) 某人").text.contains("已办结的工单可以 回访 或 重办"))
        #expect(try desk.snapshot() == closed)
        #expect(before != closed)
    }

    @Test func showListsEverything() {
        _ = desk.say("派单 \(id) 水印桃源物业")
        let r = desk.say("查看 \(id)")
        #expect(r.caseID == id)
        #expect(r.text.contains("工单 GZ-0001"))
        #expect(r.text.contains("水印桃源 3栋2单元502室"))
        #expect(r.text.contains("派单（受理→已派单）"))
        #expect(desk.say(id.lowercased()).caseID == id)   // a bare case id shows it
    }

    @Test func duplicatesAreLinkedNotDoubled() throws {
        let r = desk.say("故障 水印桃源3栋2单元502 漏水")
        #expect(r.status == .duplicate)
        #expect(r.caseID == id)
        #expect(try desk.cases().count == 1)
        #expect(try desk.events(id).last?.kind == .linked)
    }

    @Test func groupCasesNotifyTheGroup() throws {
        let g = try #require(desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "李阿姨").caseID)
        _ = desk.say("派单 \(g) 水印桃源物业 师傅说李阿姨家里有卧床老人")
        _ = desk.say("办结 \(g) 换了灯泡")
        let outbox = try desk.outbox()
        #expect(outbox.count == 2)
        #expect(outbox.allSatisfy { $0.groupName == "水印桃源1群" && $0.mentions == ["李阿姨"] })
        #expect(outbox[0].text.contains("已派单给 水印桃源物业"))
        // Internal notes never reach the group: a neutral sentence per status instead.
        #expect(outbox.allSatisfy { !$0.text.contains("卧床") && !$0.text.contains("灯泡") })
        #expect(outbox[1].text == "工单 \(g)：已办结。如仍有问题，请在群里告诉我们")
    }

    @Test func anOperatorMayWriteThePublicTextExplicitly() throws {
        let g = try #require(desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "李阿姨").caseID)
        let r = desk.say("办结 \(g) 换了灯泡 楼道线路老化需大修 公开：灯已修好 请大家试用")
        #expect(r.status == .updated)
        #expect(try desk.outbox().last?.text == "工单 \(g)：灯已修好 请大家试用")
        let note = try #require(try desk.events(g).last?.note)
        #expect(note == "换了灯泡 楼道线路老化需大修（公开：灯已修好 请大家试用）")
        // Only a public text is not enough for 办结: the internal result is required.
        _ = desk.say("重办 \(g) 又不亮了")
        let refused = desk.say("办结 \(g) 公开：修好了")
        #expect(refused.error?.code == "missing-argument")
    }
}

@Suite("Lists, search and figures")
struct QueryTests {
    let desk: TestDesk
    init() throws {
        desk = try TestDesk(modules: [FaultModule(), GardenModule()])
        _ = desk.say("故障 水印桃源3栋2单元502 漏水")
        _ = desk.say("故障 顺驰泊林5栋1单元 灯不亮")
        _ = desk.say("花园报修 口袋公园的长椅断了一条腿")
    }

    @Test func listFilters() {
        #expect(desk.say("列表").text.contains("GZ-0002"))
        let faults = desk.say("列表 故障").text
        #expect(faults.contains("GZ-0001") && !faults.contains("HY-0001"))
        let shunchi = desk.say("list 顺驰泊林").text
        #expect(shunchi.contains("GZ-0002") && !shunchi.contains("GZ-0001"))
        #expect(desk.say("列表 超期").text.contains("没有"))
        desk.clock.advance(days: 2)
        let overdue = desk.say("列表 超期").text
        #expect(overdue.contains("GZ-0001") && overdue.contains("超期") && !overdue.contains("HY-0001"))
        #expect(desk.say("列表 火星").error?.code == "unknown-filter")
    }

    @Test func searchFindsCJKSubstrings() {
        let r = desk.say("搜索 长椅断")
        #expect(r.text.contains("HY-0001") && !r.text.contains("GZ-"))
        #expect(desk.say("搜索 漏水").text.contains("GZ-0001"))     // two characters: LIKE fallback
        #expect(desk.say("search 不存在的内容").text.contains("没有"))
    }

    @Test func remindersListCasesDueSoon() {
        let r = desk.say("催办 24")
        #expect(r.text.contains("GZ-0001") && !r.text.contains("HY-0001"))
        #expect(desk.say("催办 abc").error?.code == "invalid-argument")
    }

    @Test func statsComputesTheThreeRates() {
        _ = desk.say("派单 GZ-0001 物业")
        _ = desk.say("办结 GZ-0001 好了")
        _ = desk.say("回访 GZ-0001 5")
        _ = desk.say("派单 GZ-0002 物业")
        let r = desk.say("统计 本月")
        let total = r.text.split(separator: "\n").first { $0.hasPrefix("合计") }!
        let cells = total.split(separator: " ").map(String.init)
        // 3 received, 1 closed, 0 overdue; responded 1/3 (a dispatch is the desk's act, not the unit's response),
        // resolved 1/3, satisfied 1/1.
        #expect(cells == ["合计", "3", "1", "0", "33.3%", "33.3%", "100.0%"])
        #expect(desk.say("统计 去年").error?.code == "unknown-period")
    }

    @Test func helpAndModules() {
        let overview = desk.say("help").text
        #expect(overview.contains("办结") && overview.contains("帮助 全部") && overview.split(separator: "\n").count < 15)
        let help = desk.say("帮助 全部").text
        #expect(help.contains("故障") && help.contains("办结 工单号"))
        #expect(desk.say("模块").text.contains("faults"))
        #expect(desk.say("退出").quit)
    }
}
