import DeskKit
import DeskTesting
import ParkUpkeep
import Testing

/// Issue #19: volunteer hours by team (community.yaml `teams`).
@Suite("Volunteer teams and hours by team")
struct VolunteerTeamTests {
    let desk: TestDesk
    init() throws {
        desk = try TestDesk(modules: [ParkUpkeep()])
        _ = desk.say("活动 新建 下周六上午 除草 口袋公园 10人")
        _ = desk.say("报名 T1 张三 13811112222")
        _ = desk.say("报名 T1 李四 13833334444")
        desk.clock.set(CalendarDay(year: 2026, month: 12, day: 5)!.date(hour: 12))
    }

    func teamOf(_ name: String) throws -> String? {
        try desk.read { try String.fetchOne($0, sql: """
            SELECT m.team FROM parkVolunteerTeams m JOIN residents p ON p.id = m.residentID WHERE p.name = ?
            """, arguments: [name]) }   // the name is the register's (the park keeps none)
    }

    @Test func staffPutAVolunteerInATeamAndMoveThemWithTheEnglishAliasToo() throws {
        let joined = desk.say("志愿队 张三 银发志愿队")
        #expect(joined.status == .updated)
        #expect(joined.text == "张三（居民 R1）已编入 银发志愿队。")
        #expect(try teamOf("张三") == "silver-hair")
        let moved = desk.say("team 张三 巾帼")   // a part of a name only one team has
        #expect(moved.text == "张三（居民 R1）已编入 巾帼红爱心队（原在 银发志愿队）。")
        #expect(try teamOf("张三") == "women")
        #expect(desk.say("志愿队 列表").text.contains("巾帼红爱心队      1     张三"))
    }

    @Test func anUnknownTeamOrVolunteerIsRefusedAndNothingChanges() throws {
        _ = desk.say("志愿队 张三 银发志愿队")
        let team = desk.say("志愿队 张三 党员志愿队")
        #expect(team.error?.code == "unknown-team")
        #expect(team.text.contains("没有志愿队「党员志愿队」。社区的志愿队：银发志愿队、兵哥哥服务队、巾帼红爱心队、红十字志愿服务队"))
        #expect(desk.say("志愿队 张三 队").error?.code == "unknown-team", "a word every team has names none")
        #expect(desk.say("志愿队 王五 银发志愿队").error?.code == "unknown-volunteer")
        #expect(desk.say("志愿队 张三").error?.code == "missing-argument")
        #expect(try teamOf("张三") == "silver-hair")
    }

    @Test func twoVolunteersOfOneNameAreToldApartByTheirRegisterNumber() throws {
        _ = desk.say("活动 新建 下周日上午 除草 口袋公园 10人")
        _ = desk.say("报名 T2 张三 13899990000")           // another 张三: another phone, another person
        let ambiguous = desk.say("志愿队 张三 银发志愿队")
        #expect(ambiguous.error?.code == "ambiguous-volunteer")
        #expect(ambiguous.text.contains("有 2 位叫 张三 的志愿者（R1、R3）"))
        #expect(desk.say("志愿队 R3 银发志愿队").text == "张三（居民 R3）已编入 银发志愿队。")
        #expect(try desk.read { try Int64.fetchAll($0, sql: "SELECT residentID FROM parkVolunteerTeams") } == [3])
    }

    @Test func hoursByTeamCountConfirmedHoursOfTheMonthOnly() throws {
        _ = desk.say("志愿队 张三 银发志愿队")
        _ = desk.say("工时 T1 张三 2小时")
        _ = desk.say("工时 T1 李四 1.5小时")
        #expect(desk.relay("今天除草我干了3小时", group: "水印桃源1群", sender: "王阿姨").status == .updated)  // not confirmed
        let december = desk.say("志愿队 工时 2026-12").text
        #expect(december.contains("2026年12月志愿工时（按志愿队，已确认）"))
        #expect(december.contains("银发志愿队  1     1     2小时"))
        #expect(december.contains("未分队      1     1     1.5小时"))
        #expect(december.contains("合计        2     —     3.5小时"))
        #expect(desk.say("志愿队 工时 2026-11").text == "2026年11月没有已确认的志愿工时。")
        #expect(desk.say("志愿队 工时 明年").error?.code == "unknown-period")
    }

    @Test func theDashboardSectionShowsTheSameHoursByTeam() throws {
        _ = desk.say("志愿队 李四 兵哥哥服务队")
        _ = desk.say("工时 T1 李四 1.5小时")
        let page = try #require(try desk.desk.modulePage(module: "park-upkeep", name: "志愿工时",
                                                          month: YearMonth(year: 2026, month: 12)!, for: .staff))
        let byTeam = try #require(page.tables.first { $0.title == "按志愿队" })
        #expect(byTeam.rows == [["兵哥哥服务队", "1", "1", "1.5小时"]])
        #expect(desk.say("志愿队 工时 2026-12").text.contains("兵哥哥服务队  1     1     1.5小时"))
    }
}
