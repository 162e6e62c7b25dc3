import DeskKit
import DeskTesting
import ParkUpkeep
import Repairs
import Testing

@Suite("Park upkeep")
struct ParkUpkeepTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [ParkUpkeep(), Repairs()]) }

    @Test func reportMatchesTheAsset() throws {
        let r = desk.say("扭腰器转不动了，健身区东侧那个")
        #expect(r.module == "park-upkeep")
        #expect(r.status == .created)
        let c = try desk.case(r.caseID!)
        #expect(c.title.contains("NZ-01 扭腰器（健身区东侧）"))
        #expect(c.assignee == "共建单位")
        #expect(c.deadline == desk.clock.now.addingTimeInterval(7 * 24 * 3600))
    }

    @Test func ambiguousAssetAsks() throws {
        let r = desk.say("口袋公园的路灯晚上不亮")
        #expect(r.module == "park-upkeep")   // not a repairs case: the park's words win
        #expect(r.status == .ask)
        #expect(r.text.contains("1. LD-01") && r.text.contains("2. LD-02"))
        let done = desk.say("2")
        #expect(done.status == .created)
        let c = try desk.case(done.caseID!)
        #expect(c.title.contains("LD-02"))
        #expect(c.assignee == "水印桃源物业服务中心")
        #expect(c.deadline == desk.clock.now.addingTimeInterval(24 * 3600))
    }

    @Test func safetyWordsMakeItUrgent() throws {
        let r = desk.say("口袋公园入口旁的长椅断了，有人摔了")
        let c = try desk.case(try #require(r.caseID))
        #expect(c.urgent)
        #expect(r.text.contains("紧急"))
        #expect(c.deadline == desk.clock.now.addingTimeInterval(2 * 3600))
    }

    @Test func duplicatesOnTheSameAssetAreLinked() throws {
        let first = desk.say("漫步机坏了")
        let second = desk.say("口袋公园的漫步机不能用了")
        #expect(second.status == .duplicate)
        #expect(second.caseID == first.caseID)
        #expect(try desk.cases().count == 1)
    }

    @Test func roundOpensExactlyTheMissingCases() throws {
        let existing = try #require(desk.say("漫步机坏了").caseID)
        let r = desk.say("巡检 口袋公园 王网格 | MB-01 故障 还是坏的 | LD-01 故障 不亮 | HT-01 故障 杂草多")
        #expect(r.text.contains("11 项，正常 8 项，故障 3 项"))
        #expect(r.text.contains("MB-01→\(existing)"))
        let cases = try desk.cases()
        #expect(cases.count == 3)   // MB-01 kept its case; LD-01 and HT-01 opened
        #expect(try desk.events(existing).last?.note == "巡检（王网格）再次发现：还是坏的")
        let history = desk.say("公园记录 口袋公园").text
        #expect(history.contains("王网格") && history.contains("3/11"))
        #expect(history.contains("MB-01 漫步机（健身区中间）"))
    }

    @Test func badRoundsChangeNothing() throws {
        _ = desk.say("设施 停用 ZY-02 已拆除")
        let before = try desk.snapshot()
        #expect(desk.say("巡检 口袋公园 | XX-99 故障").error?.code == "unknown-asset")
        #expect(desk.say("巡检 口袋公园 | ZY-02 故障 断了").error?.code == "retired-asset")
        #expect(desk.say("巡检 火星公园 | NZ-01 故障").error?.code == "unknown-park")
        #expect(try desk.snapshot() == before)
    }

    @Test func assetRegisterChangesAreAudited() throws {
        #expect(desk.say("设施 新增 ZY-03 座椅 石凳 北门").status == .updated)
        #expect(desk.say("设施 改名 ZY-03 石凳（双人）").status == .updated)
        #expect(desk.say("设施 停用 ZY-03 损坏拆除").status == .updated)
        #expect(desk.say("设施 新增 ZY-03 座椅 石凳 北门").error?.code == "duplicate-asset")
        #expect(desk.say("设施 新增 XX-01 飞船 火箭 北门").error?.code == "unknown-type")
        let events = try desk.read { try Row.fetchAll($0, sql: "SELECT action, operatorName FROM parkAssetEvents WHERE asset = 'ZY-03'") }
        #expect(events.map { $0["action"] as String } == ["新增", "改名", "停用"])
        #expect(desk.say("设施 列表").text.contains("石凳(双人)"))   // full-width brackets are normalised (NFKC)
        #expect(desk.say("巡检表 口袋公园").text.contains("固定螺栓"))
    }

    @Test func volunteerTaskFromCreationToHours() throws {
        let created = desk.say("活动 新建 下周六上午 除草 口袋公园 10人")
        #expect(created.text.contains("已建活动 T1：12月5日 09:00 口袋公园 除草，需要 10 人"))
        let signup = desk.relay("周六除草我想报名", group: "水印桃源1群", sender: "3栋 王阿姨")
        #expect(signup.status == .updated)
        #expect(signup.text.contains("3栋 王阿姨 报名成功：T1"))
        #expect(desk.say("报名 T1 张三").text.contains("已报 2/10 人"))
        #expect(desk.say("报名 T1 张三").text.contains("已经报名"))
        // Hours and completion only once the activity has taken place (frontdesk M8, domain bug 22).
        #expect(desk.say("工时 T1 张三 2小时 王网格").error?.code == "future-task")
        #expect(desk.say("活动 完成 T1").error?.code == "future-task")
        desk.clock.set(CalendarDay(year: 2026, month: 12, day: 5)!.date(hour: 12))
        #expect(desk.say("工时 T1 张三 2小时 王网格").text.contains("服务 2小时，组织者 测试员，确认人 王网格"))
        _ = desk.say("工时 T1 李四 1.5小时")                       // a walk-in
        let roster = desk.say("名单 T1").text
        #expect(roster.contains("张三") && roster.contains("1.5小时") && roster.contains("未记录"))
        #expect(desk.say("志愿者 张三").text.contains("共 2小时"))
        let before = try desk.snapshot()
        #expect(desk.say("工时 T1 张三 -2小时").error?.code == "negative-hours")
        #expect(desk.say("工时 T1 张三 30小时").error?.code == "invalid-hours")
        #expect(desk.say("工时 T9 张三 2小时").error?.code == "unknown-task")
        #expect(try desk.snapshot() == before)
        #expect(desk.say("活动 完成 T1").text.contains("已完成"))
    }
}
