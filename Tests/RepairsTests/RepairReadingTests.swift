import DeskKit
import DeskTesting
import Foundation
import Repairs
import Testing

/// Defects found at the counter (frontdesk report M18, H7; domain report bugs 19, 20).
@Suite("Repairs: what staff and residents say")
struct RepairReadingTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [Repairs()]) }

    @Test func staffUrgencyIsHonoured() throws {
        // Domain bug 19: an explicit 紧急 got the 7-day limit of a lock.
        let r = desk.say("报修 水印桃源3栋1单元301 紧急 门锁坏了进不了家")
        let c = try desk.case(#require(r.caseID))
        #expect(c.urgent)
        #expect(c.deadline == desk.clock.now.addingTimeInterval(2 * 3600))
        let calm = desk.say("报修 水印桃源3栋1单元302 不紧急 门锁有点松")
        #expect(try !desk.case(#require(calm.caseID)).urgent)
    }

    @Test func differentProblemsAtOneBuildingAreNotMerged() throws {
        // Domain bug 20: the leaking roof was linked to the falling tiles' emergency.
        let tiles = desk.say("公共报修 水印桃源3栋 外墙瓷砖掉下来砸伤人")
        let roof = desk.say("公共报修 水印桃源3栋 屋顶漏雨")
        #expect(roof.status == .created && roof.caseID != tiles.caseID)
        #expect(try desk.case(#require(tiles.caseID)).category == "外墙")
        let c = try desk.case(#require(roof.caseID))
        #expect(c.category == "屋面")
        #expect(c.deadline == desk.clock.now.addingTimeInterval(15 * 24 * 3600))
        let leak = desk.say("公共报修 顺驰泊林2栋 屋面漏水")
        #expect(try desk.case(#require(leak.caseID)).category == "屋面")
    }

    @Test func householdFaultsWithoutTheOldWords() throws {
        let power = desk.say("水印桃源3栋2单元502 电闸老是跳")
        #expect(power.module == "repairs")
        #expect(try desk.case(#require(power.caseID)).category == "供电")
        let wall = desk.say("水印桃源3栋2单元402 楼上装修把我家墙打裂了")
        #expect(wall.module == "repairs")
        #expect(try desk.case(#require(wall.caseID)).category == "墙体开裂")
    }

    @Test func theVeteransApplianceServiceIsForTheElderlyAndDisabled() throws {
        // M18: any resident's air conditioner went to the volunteer team.
        let before = try desk.snapshot()
        let r = desk.say("家电维修 水印桃源2栋1单元101 空调坏了")
        #expect(r.status == .ask && r.text.contains("老年人、残疾人"))
        let no = desk.say("3")
        #expect(no.error?.code == "not-eligible" && no.text.contains("品牌售后"))
        #expect(try desk.snapshot() == before)
        _ = desk.say("家电维修 水印桃源2栋1单元101 空调坏了")
        let yes = desk.say("老年人")
        #expect(try desk.case(#require(yes.caseID)).assignee == "兵哥哥服务队")
        let stated = desk.say("家电维修 水印桃源2栋1单元102 独居老人的电视坏了")
        #expect(stated.status == .created)
    }

    @Test func theCommunityRoomsEquipmentIsNotRefused() throws {
        // Found at the prompt: the activity room's air conditioner was asked who the resident is, and `3` refused it.
        let room = desk.say("家电维修 水印桃源 驿站2活动室的空调坏了 合唱队冻得唱不出来")
        #expect(room.error == nil)
        #expect(room.status == .created)
        #expect(try desk.case(#require(room.caseID)).assignee == "兵哥哥服务队")
        _ = desk.say("家电维修 水印桃源2栋1单元201 空调坏了")
        let chosen = desk.say("4")
        #expect(chosen.status == .created)
    }

    @Test func aReportWithoutANumberAsksForOne() throws {
        // H7: repairs never asked for a number to call back. Now the desk asks, once the case is saved.
        let r = desk.say("报修 水印桃源5栋1单元302 厨房漏水")
        let id = try #require(r.caseID)
        #expect(r.status == .created && r.text.contains("请问回访电话"))
        #expect(desk.desk.pendingLabel(conversation: "desk:测试员") == "回访电话")
        let answered = desk.say("刘德明 13807161234")
        #expect(answered.status == .updated && answered.caseID == id)
        #expect(answered.text.contains("138****1234") && !answered.text.contains("13807161234"))
        #expect(try desk.case(id).callbackPhone == "13807161234")
        #expect(desk.desk.pendingLabel(conversation: "desk:测试员") == nil)

        let named = desk.say("报修 顺驰泊林8栋2单元1101 王阿姨 13971234567 下水道堵了")
        let c = try desk.case(#require(named.caseID))
        #expect(c.requesterName == "王阿姨" && c.requesterPhone == "13971234567")
        #expect(!named.text.contains("回访电话"))
        #expect(desk.desk.pendingLabel(conversation: "desk:测试员") == nil)
    }

    @Test func theCallbackQuestionCanBeSkipped() throws {
        let r = desk.say("报修 水印桃源5栋1单元302 厨房漏水")
        let id = try #require(r.caseID)
        let skipped = desk.say("不用")
        #expect(skipped.text.contains("不记回访电话"))
        let record = try desk.case(id)
        #expect(record.callbackPhone == nil && record.status.isOpen)   // the repair itself stays
        #expect(desk.desk.pendingLabel(conversation: "desk:测试员") == nil)
    }

    @Test func aLandlineAnswersTheCallbackQuestion() throws {
        let id = try #require(desk.say("报修 水印桃源5栋1单元302 厨房漏水").caseID)
        let answered = desk.say("座机 027-85551234")
        #expect(answered.text.contains("027****1234"))
        #expect(try desk.case(id).callbackPhone == "02785551234")
    }

    @Test func aWrongNumberIsAskedAgainAndAnotherRequestIsNotTakenAsTheAnswer() throws {
        let first = try #require(desk.say("报修 水印桃源5栋1单元302 厨房漏水").caseID)
        let wrong = desk.say("1380716")
        #expect(wrong.status == .ask && wrong.text.contains("位数不对"))
        // A new report is never swallowed by the question: the first case stays without a number, and says so.
        let next = desk.say("水印桃源2栋1单元101卫生间漏水了")
        let second = try #require(next.caseID)
        #expect(second != first && next.status == .created)
        #expect(next.text.hasPrefix("（工单 \(first) 未记回访电话）"))
        #expect(try desk.case(first).callbackPhone == nil)
        // A command sets the question aside and just runs; a number in it is not taken as the answer.
        let listed = desk.say("报修查询 13807161234")
        #expect(!listed.text.contains("未记回访电话") && !listed.text.contains("已记下"))
        #expect(try desk.case(second).callbackPhone == nil)
    }

    @Test func aGroupReportIsNotAskedForANumberInTheGroup() throws {
        let r = desk.relay("5栋1单元302厨房漏水了", group: "水印桃源业主群", sender: "李阿姨")
        #expect(!r.text.contains("回访电话"))
    }
}

@Suite("Repairs: residents' common questions")
struct RepairFAQTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [Repairs()]) }

    @Test func howLongComesFromTheTimeLimits() {
        // (`报修…` at the start is the 报修 command itself; a question is asked in other words.)
        let r = desk.say("请问多久来修")
        #expect(r.module == "repairs" && r.status == .answered)
        #expect(r.text.contains("紧急 2小时") && r.text.contains("7天"))
    }

    @Test func otherQuestionsComeFromTheSeed() {
        #expect(desk.say("修水管要钱吗").text.contains("材料费一般由住户承担"))
        let group = desk.relay("怎么报修", group: "水印桃源1群", sender: "3-2-502 李阿姨")
        #expect(group.status == .answered && group.text.contains("工单号"))
        #expect(!desk.say("修水管要钱吗").text.contains("verified"))
    }
}

@Suite("Repairs: a burst pipe said in words")
struct BurstPipeTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [Repairs()]) }

    @Test func aBurstPipeFloodingTheRoadIsUrgent() throws {
        // frontdesk Low: `李家墩村23号 自来水管爆了，水漫到路上` was not urgent, and 23号 became room 23.
        let r = desk.say("李家墩村23号 自来水管爆了，水漫到路上")
        let c = try desk.case(#require(r.caseID))
        #expect(c.urgent && c.address == "李家墩村湾 23号")
    }
}

@Suite("Repairs: the appliance service in a group")
struct ApplianceInAGroupTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [Repairs()]) }

    @Test func anElderlyNicknameAnswersTheQuestion() throws {
        let r = desk.relay("我家空调坏了", group: "水印桃源1群", sender: "5-1-302 张爹爹",
                           address: Address(compound: "shuiyin", compoundName: "水印桃源", building: 5, unit: 1, room: 302))
        #expect(r.status == .created)
        #expect(try desk.case(#require(r.caseID)).assignee == "兵哥哥服务队")
    }
}
