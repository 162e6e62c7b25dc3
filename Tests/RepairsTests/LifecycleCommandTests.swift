import DeskKit
import DeskTesting
import Foundation
import Repairs
import Testing

/// The kernel's lifecycle commands as the front desk uses them on repairs (frontdesk report H9, M2, M13, M20,
/// M23, M31, Low; domain report bugs 16, 21).
@Suite("Lifecycle commands and statistics")
struct LifecycleCommandTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [Repairs()]) }

    func at(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) {
        desk.clock.set(CalendarDay(year: 2026, month: month, day: day)!.date(hour: hour, minute: minute))
    }

    @Test(arguments: ["BX-2", "bx2", "BX0002", "BX-00002", "bx-0002"])
    func caseNumbersAsPeopleTypeThem(_ typed: String) {
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        _ = desk.say("报修 水印桃源3栋2单元501 厨房漏水")
        #expect(desk.say(typed).caseID == "BX-0002")
        #expect(desk.say("查看 \(typed)").caseID == "BX-0002")
        #expect(desk.say("备注 \(typed) 住户下午在家").caseID == "BX-0002")
    }

    @Test func aNoteSaysItWasAdded() {
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        let r = desk.say("备注 BX-0001 需要换角阀")
        #expect(r.status == .updated && r.text.hasPrefix("已添加备注"))
    }

    @Test func categoriesAreShownInChinese() {
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        let shown = desk.say("查看 BX-0001").text
        #expect(shown.contains("类别 给排水/漏水") && !shown.contains("water"))
    }

    @Test func quitOnlyWhenBare() {
        #expect(desk.say("退出").quit)
        #expect(desk.say("quit").quit)
        #expect(!desk.say("退出 周强").quit)
        #expect(!desk.say("quit please").quit)
    }

    @Test func urgingIsRecordedOnTheCase() throws {
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        let r = desk.say("催办 BX-0001 住户第三次来问了")
        #expect(r.status == .updated && r.text.contains("已催办工单 BX-0001"))
        let urged = try desk.events("BX-0001").filter { $0.kind == .urged }
        #expect(urged.count == 1 && urged[0].note == "住户第三次来问了")
        #expect(desk.say("查看 BX-0001").text.contains("催办"))
        _ = desk.say("办结 BX-0001 已换角阀")
        #expect(desk.say("催办 BX-0001").error?.code == "invalid-transition")
        #expect(desk.say("催办 24").status == .answered)          // the list of what falls due still works
    }

    @Test func lateClosuresCountAsOverdueAndDispatchIsNoResponse() throws {
        // Domain bug 21: an emergency at 09:05 (2-hour limit) closed at 14:00 counted as on time, and
        // dispatch at intake made the response rate 100%.
        at(11, 10, 9, 5)
        _ = desk.say("公共报修 水印桃源3栋2单元 电梯坏了 有老人被困")
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        at(11, 10, 10)
        _ = desk.say("开始处理 BX-0002 师傅已出发")
        at(11, 10, 14)
        _ = desk.say("办结 BX-0001 已修复")
        at(11, 10, 15)
        let r = desk.say("统计").text
        let total = try #require(r.split(separator: "\n").first { $0.hasPrefix("合计") })
        let cells = total.split(separator: " ").map(String.init)
        #expect(cells == ["合计", "2", "1", "1", "50.0%", "50.0%", "—"])   // received, closed, overdue, 响应率, 解决率, 满意率
    }

    @Test func lastMonthAndAnyMonth() throws {
        at(10, 15, 9)
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        at(11, 2, 9)
        _ = desk.say("报修 奥园3栋1单元101 门锁坏了")
        at(12, 1, 9)
        let last = desk.say("统计 上月").text
        #expect(last.hasPrefix("上月（2026年11月）统计") && last.contains("合计  1"))
        #expect(desk.say("统计 2026-10").text.hasPrefix("2026年10月统计"))
        #expect(desk.say("统计 10月").text.contains("合计  1"))
        #expect(desk.say("统计 本月").text.contains("合计  0"))
        #expect(desk.say("统计 2027-03").error?.code == "unknown-period")
        #expect(desk.say("统计 明年").error?.code == "unknown-period")
    }

    @Test func perUnit() {
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        _ = desk.say("报修 奥园3栋1单元101 门锁坏了")
        _ = desk.say("报修 水印桃源3栋1单元201 燃气灶打不着火，燃气阀门坏了")
        let r = desk.say("统计 单位").text
        #expect(r.contains("按负责单位") && r.contains("水印桃源物业服务中心") && r.contains("奥园物业服务中心") && r.contains("燃气公司抢修"))
    }

    @Test func helpForOneCommand() {
        // Domain bug 16 / M23: 帮助 退休 printed the whole help.
        let r = desk.say("帮助 报修").text
        #expect(r.hasPrefix("【住户报修】") && r.contains("例如：") && r.contains("报修 水印桃源3栋2单元502 厨房漏水"))
        #expect(desk.say("帮助 催办").text.contains("催办 工单号"))
        #expect(desk.say("帮助 飞机").error?.code == "unknown-topic")
        #expect(desk.say("帮助 全部").text.count > desk.say("帮助").text.count)
    }
}

/// Smaller counter findings on the kernel's case commands (frontdesk M24, M25 and Low).
@Suite("Case commands: units, search, order")
struct CaseCommandDetailTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [Repairs()]) }

    @Test func aShortUnitNameIsTheDirectorysUnit() throws {
        _ = desk.say("报修 奥园3栋1单元101 门锁坏了")
        _ = desk.say("派单 BX-0001 奥园物业")
        #expect(try desk.case("BX-0001").assignee == "奥园物业服务中心")
        _ = desk.say("派单 BX-0001 王师傅")
        #expect(try desk.case("BX-0001").assignee == "王师傅")
        #expect(desk.say("派单 BX-0001 物业服务中心").error?.code == "ambiguous-unit")
    }

    @Test func searchFindsNotesAndUnits() {
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        _ = desk.say("备注 BX-0001 需要换角阀，住户自购配件")
        #expect(desk.say("搜索 角阀").text.contains("BX-0001"))
        #expect(desk.say("搜索 水印桃源物业").text.contains("BX-0001"))
    }

    @Test func emergenciesComeFirstAndTheMarkIsExplained() throws {
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        _ = desk.say("公共报修 水印桃源3栋2单元 电梯坏了 有人被困")
        _ = desk.say("报修 水印桃源3栋2单元501 厨房漏水")
        let list = desk.say("列表").text.split(separator: "\n").map(String.init)
        #expect(list[3].hasPrefix("BX-0002"))
        #expect(list.last == "（状态后的 ! 表示紧急）")
        #expect(desk.say("列表 全部").text.hasPrefix("全部工单"))
    }

    @Test func aReopenedCaseShowsTheRatingAsPast() {
        _ = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
        _ = desk.say("办结 BX-0001 已修")
        _ = desk.say("回访 BX-0001 5")
        _ = desk.say("重办 BX-0001 又漏了")
        #expect(desk.say("查看 BX-0001").text.contains("上次回访评分：5（已重办）"))
    }
}
