import DeskKit
import DeskTesting
import Foundation
import Repairs
import Testing

@Suite("Repairs: reports")
struct RepairReportTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [Repairs()]) }

    @Test func explicitCommand() throws {
        let r = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        #expect(r.status == .created)
        #expect(r.module == "repairs")
        let c = try desk.case(r.caseID!)
        #expect(c.id == "BX-0001")
        #expect(c.category == "给排水/漏水")
        #expect(c.assignee == "水印桃源物业服务中心")
        #expect(c.status == .dispatched)
        #expect(c.deadline == desk.clock.now.addingTimeInterval(24 * 3600))
        #expect(r.text.contains("已派单给 水印桃源物业服务中心"))
        #expect(r.text.contains("11月29日 10:00 前处理"))
    }

    @Test func freeTextWithEmergencyAsksOnlyForTheCompound() throws {
        let r = desk.say("3栋2单元的电梯又坏了，卡在5楼，有老人被困")
        #expect(r.status == .ask)
        #expect(r.text.contains("3栋是哪个小区"))
        let done = desk.say("奥园")
        #expect(done.status == .created)
        #expect(done.text.contains("紧急") && done.text.contains("2小时"))
        let c = try desk.case(done.caseID!)
        #expect(c.urgent)
        #expect(c.category == "电梯")
        #expect(c.service == "public-repair")
        #expect(c.address == "武汉奥林匹克花园 3栋2单元")
        #expect(c.deadline == desk.clock.now.addingTimeInterval(2 * 3600))
    }

    @Test(arguments: [
        ("水印桃源3栋2单元502 厨房水管漏水", "给排水/漏水", "水印桃源物业服务中心", 24),
        ("顺驰泊林5栋1单元301 家里跳闸停电了", "供电", "顺驰泊林物业服务中心", 24),
        ("水印桃源3栋1单元201 家里燃气灶打不着火，燃气阀门坏了", "燃气", "燃气公司抢修", 24),
        ("汉口道6号2栋1单元 单元门门禁坏了", "门窗门禁", "汉口道6号物业服务中心", 168),
        ("奥园5栋 楼顶外墙墙皮脱落", "外墙", "奥园物业服务中心", 360),
        ("水印桃源7栋1单元102 下水道堵了", "下水道/化粪", "水印桃源物业服务中心", 24),
        ("水印桃源东门 路灯坏了", "公共照明", "水印桃源物业服务中心", 168),
        ("顺驰泊林地下车库 道闸坏了", "道闸车库", "顺驰泊林物业服务中心", 168),
        ("家电维修 奥园3栋1单元101 独居老人 洗衣机坏了", "家电", "兵哥哥服务队", 168),
        ("奥园3栋1单元102 电梯坏了", "电梯", "奥园物业服务中心", 24),
    ])
    func eachCategoryRoutesToItsUnit(_ text: String, _ category: String, _ unit: String, _ hours: Int) throws {
        let r = desk.say(text.hasPrefix("家电维修") ? text : "报修 " + text)
        #expect(r.status == .created, "\(r.text)")
        let c = try desk.case(try #require(r.caseID))
        #expect(c.category == category)
        #expect(c.assignee == unit)
        #expect(c.deadline == desk.clock.now.addingTimeInterval(Double(hours) * 3600))
    }

    @Test func villageRepairsGoToTheCommunityOffice() throws {
        let r = desk.say("报修 李家墩村湾 路灯不亮")
        #expect(try desk.case(r.caseID!).assignee == "李家墩社区居委会")
    }

    @Test func missingCategoryAndDescriptionAreAsked() throws {
        let r = desk.say("报修 水印桃源3栋2单元502")
        #expect(r.status == .ask)
        #expect(r.text.hasPrefix("请问是哪一类问题？"))
        #expect(desk.say("2").status == .ask)   // 给排水/漏水; now the description
        let done = desk.say("卫生间天花板滴水")
        #expect(done.status == .created)
        #expect(try desk.case(done.caseID!).fields["description"] == .text("卫生间天花板滴水"))
    }

    @Test(arguments: ["被困", "漏电", "煤气味", "砸到人", "起火", "冒烟"])
    func emergencyWords(_ word: String) throws {
        let r = desk.say("报修 水印桃源3栋2单元 电梯间\(word)了")
        #expect(try desk.case(try #require(r.caseID)).urgent)
        #expect(r.text.contains("紧急"))
    }

    @Test func badInputChangesNothing() throws {
        let before = try desk.snapshot()
        let building = desk.say("报修 水印桃源40栋1单元101 漏水")
        #expect(building.status == .error)
        #expect(building.text.contains("水印桃源没有40栋（楼栋为 1–12栋）"))
        let room = desk.say("报修 水印桃源3栋2单元909 漏水")
        #expect(room.text.contains("没有909室"))
        let compound = desk.say("报修 奥体花园3栋 漏水")
        #expect(compound.text.contains("您是不是说：武汉奥林匹克花园"))
        #expect(try desk.snapshot() == before)
        _ = desk.say("报修 水印桃源3栋2单元502 漏水")
        let asked = desk.say("报修 水印桃源3栋2单元501")
        #expect(asked.status == .ask)
        _ = desk.say("其他")
        let empty = desk.say("   ")
        #expect(empty.status == .ignored)
        let punctuation = desk.say("。。。")
        #expect(punctuation.status == .error)
        #expect(punctuation.text.contains("描述"))
    }
}

@Suite("Repairs: handling, duplicates, overdue, figures")
struct RepairHandlingTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [Repairs()]) }

    @Test func dispatchReassignCloseFollowUpReopen() throws {
        let id = try #require(desk.say("报修 水印桃源3栋2单元502 厨房漏水").caseID)
        _ = desk.say("改派 \(id) 兵哥哥服务队 物业人手不够")
        _ = desk.say("开始处理 \(id)")
        _ = desk.say("备注 \(id) 已上门查看")
        desk.clock.advance(hours: 5)
        _ = desk.say("办结 \(id) 更换了角阀")
        _ = desk.say("回访 \(id) 1 第二天又漏了")
        let c = try desk.case(id)
        #expect(c.status == .reopened)
        #expect(c.assignee == "兵哥哥服务队")
        #expect(c.deadline == desk.clock.now.addingTimeInterval(24 * 3600))
        let kinds = try desk.events(id).map(\.kind)
        #expect(kinds == [.created, .dispatched, .dispatched, .started, .noted, .closed, .followedUp])
        #expect(try desk.events(id).last?.toStatus == .reopened)
    }

    @Test func duplicateReportsAreLinked() throws {
        let first = desk.say("报修 水印桃源3栋2单元 电梯坏了")
        let second = desk.say("水印桃源3栋2单元电梯又坏了")
        #expect(second.status == .duplicate)
        #expect(second.caseID == first.caseID)
        #expect(second.text.contains("已有工单 BX-0001"))
        #expect(try desk.cases().count == 1)
        // A different category at the same place is a new case.
        #expect(desk.say("报修 水印桃源3栋2单元 楼道灯不亮").status == .created)
        // Once closed, the same problem opens a new case.
        _ = desk.say("办结 BX-0001 修好了")
        #expect(desk.say("报修 水印桃源3栋2单元 电梯坏了").caseID == "BX-0003")
    }

    @Test func overdueWithAMovedClock() {
        _ = desk.say("报修 水印桃源3栋2单元502 漏水")
        _ = desk.say("报修 奥园3栋1单元101 洗衣机坏了")
        #expect(desk.say("报修查询 超期").text.contains("没有"))
        desk.clock.advance(hours: 25)
        let overdue = desk.say("报修查询 超期").text
        #expect(overdue.contains("BX-0001") && overdue.contains("超期") && !overdue.contains("BX-0002"))
        desk.clock.advance(days: 7)
        #expect(desk.say("报修查询 超期").text.contains("BX-0002"))
    }

    @Test func queriesByPhoneRoomCompoundAndCategory() {
        _ = desk.say("报修 水印桃源3栋2单元502 漏水 电话13812345678")
        _ = desk.say("报修 奥园3栋1单元101 电梯坏了")
        let byPhone = desk.say("报修查询 13812345678").text
        #expect(byPhone.contains("BX-0001") && !byPhone.contains("BX-0002"))
        #expect(byPhone.contains("138****5678") && !byPhone.contains("13812345678"))
        #expect(desk.say("报修查询 水印桃源3栋2单元502").text.contains("BX-0001"))
        let aoyuan = desk.say("报修查询 奥园").text
        #expect(aoyuan.contains("BX-0002") && !aoyuan.contains("BX-0001"))
        #expect(desk.say("报修查询 电梯").text.contains("BX-0002"))
    }

    @Test func monthlyFigures() throws {
        // Three repairs on 11-28: one closed after 4 h (rated 5), one after 30 h (rated 3, late), one left open.
        _ = desk.say("报修 水印桃源3栋2单元502 漏水")
        _ = desk.say("报修 奥园3栋1单元101 电梯坏了")
        _ = desk.say("报修 顺驰泊林2栋1单元101 门锁坏了")
        desk.clock.advance(hours: 4)
        _ = desk.say("办结 BX-0001 好了")
        _ = desk.say("回访 BX-0001 5")
        desk.clock.advance(hours: 26)
        _ = desk.say("办结 BX-0002 好了")
        _ = desk.say("回访 BX-0002 3 太慢")
        let r = desk.say("报修月报 2026-11").text
        func value(_ label: String) -> String? {
            r.split(separator: "\n").first { $0.hasPrefix(label) }?.split(separator: " ").last.map(String.init)
        }
        #expect(value("受理") == "3")
        #expect(value("办结") == "2")
        #expect(value("办结用时中位数") == "17.0小时")
        #expect(value("超期比例") == "33.3%")
        #expect(value("满意率（4–5分）") == "50.0%")
        let october = desk.say("报修月报 2026-10").text
        #expect(october.contains("2026年10月") && october.split(separator: "\n").contains { $0.hasPrefix("受理") && $0.hasSuffix(" 0") })
    }
}
