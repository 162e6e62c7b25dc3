import DeskKit
import DeskTesting
import Foundation
import ParkUpkeep
import Testing

/// What the counter found (frontdesk M7, M8; domain bug 22) and reports that belong to no asset.
@Suite("Park upkeep: rounds, hours and reports in words")
struct ParkReadingTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [ParkUpkeep()]) }

    @Test func aFaultSaidInWordsDuringARound() throws {
        // M7: recorded as 11 normal, 0 faults.
        let r = desk.say("巡检 口袋公园 小张 NZ-01转不动了，其他都正常")
        #expect(r.text.contains("（小张）") && r.text.contains("故障 1 项") && r.text.contains("NZ-01→GY-0001"))
        #expect(try desk.case("GY-0001").title.contains("NZ-01"))
        let byName = desk.say("巡检 口袋公园 王网格 漫步机皮带松了")
        #expect(byName.text.contains("故障 1 项") && byName.text.contains("MB-01"))
    }

    @Test func aFaultWithoutAnAssetIsRefusedNotRecordedAsNormal() throws {
        let before = try desk.snapshot()
        let r = desk.say("巡检 口袋公园 小张 有个东西坏了")
        #expect(r.error?.code == "unclear-fault")
        #expect(try desk.snapshot() == before)
        #expect(desk.say("巡检 口袋公园 小张 都正常").text.contains("故障 0 项"))
    }

    @Test func aSecondEntryIsACorrection() throws {
        // Domain bug 22: the second entry overwrote the first, confirmer included.
        _ = desk.say("活动 新建 今天下午 除草 口袋公园 10人")
        _ = desk.say("工时 T1 张三 2小时 王组长")
        let r = desk.say("工时 T1 张三 5小时")
        #expect(r.text.contains("更正：原记录 2小时，确认人 王组长"))
        let record = desk.say("志愿者 张三").text
        #expect(record.contains("共 5小时") && record.contains("更正记录") && record.contains("2小时（王组长）→ 5小时（测试员）"))
    }

    @Test func hoursReportedInTheGroupWaitForTheOrganiser() throws {
        _ = desk.say("活动 新建 今天上午 除草 口袋公园 10人")
        let r = desk.relay("今天除草我干了2小时", group: "水印桃源1群", sender: "3栋 王阿姨")
        #expect(r.status == .updated && r.text.contains("确认后计入"))
        #expect(desk.say("名单 T1").text.contains("报 2小时（待确认）"))
        #expect(desk.say("志愿者 3栋 王阿姨").text.contains("还没有已确认"))
        _ = desk.say("活动 新建 下周六上午 环境整治 口袋公园 5人")
        #expect(desk.relay("T2 我干了3小时", group: "水印桃源1群", sender: "3栋 王阿姨").error?.code == "future-task")
    }

    @Test func aBranchOrDogMessIsNotLinkedToAnAssetsCase() throws {
        let bed = try #require(desk.say("口袋公园花坛里杂草太多了").caseID)
        let branch = desk.say("口袋公园的树枝断了挂在半空")
        #expect(branch.status == .created && branch.caseID != bed)
        #expect(try desk.case(#require(branch.caseID)).urgent)
        let mess = desk.say("口袋公园步道上好多狗屎")
        #expect(mess.status == .created && mess.caseID != bed && mess.caseID != branch.caseID)
        #expect(desk.say("口袋公园又有狗屎了").status == .duplicate)
    }
}

@Suite("Park upkeep: residents' common questions")
struct ParkFAQTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [ParkUpkeep()]) }

    @Test func answeredFromTheSeed() {
        let r = desk.relay("口袋公园几点关门", group: "水印桃源1群", sender: "3-2-502 李阿姨")
        #expect(r.module == "park-upkeep" && r.status == .answered && r.text.contains("22:00"))
        #expect(desk.say("志愿服务时长能开证明吗").text.contains("谁组织谁记录"))
    }
}

@Suite("Park upkeep: answering which asset")
struct ParkAssetAnswerTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [ParkUpkeep()]) }

    @Test func thePlaceShownInTheChoiceIsAnAnswer() throws {
        // M10: `入口` and `花坛边那个` were refused; only the number or the exact label worked.
        #expect(desk.say("口袋公园的路灯晚上不亮").status == .ask)
        let lamp = desk.say("入口")
        #expect(try desk.case(#require(lamp.caseID)).title.contains("LD-01"))
        #expect(desk.say("口袋公园的长椅坏了").status == .ask)
        let bench = desk.say("花坛边那个")
        #expect(try desk.case(#require(bench.caseID)).title.contains("ZY-02"))
    }

    @Test func theGateIsTheEntrance() throws {
        #expect(desk.say("口袋公园的庭院灯坏了").status == .ask)
        let gate = desk.say("门口那个")
        #expect(try desk.case(#require(gate.caseID)).title.contains("LD-01"))
    }
}

@Suite("Park upkeep: hours in words")
struct SpokenHoursTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [ParkUpkeep()]) }

    @Test func hoursInWords() {
        _ = desk.say("活动 新建 今天上午 除草 口袋公园 10人")
        #expect(desk.relay("今天除草我干了两个钟头", group: "水印桃源1群", sender: "李茂林").text.contains("服务 2小时"))
    }
}
