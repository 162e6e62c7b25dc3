import DeskKit
import DeskTesting
import ElderCertification
import Foundation
import Testing

/// What 老年认证 does through the module API: the monthly reminder job, its setting, the kernel's 办结 of a home
/// visit recording the certification, and the community events it publishes.
@Suite("Elder certification: jobs, settings and events")
struct ElderScheduleTests {
    let desk: TestDesk
    let wang = idNumber("19560101", "002")
    let li = idNumber("19400305", "011")

    init() throws { desk = try TestDesk(modules: [ElderCertification()]) }

    func registerTwo() {
        _ = desk.say("老人登记 王秀英 \(wang) 水印桃源3栋2单元502 13812345678 企业职工 独居 儿子 王强")
        _ = desk.say("老人登记 李建国 \(li) 奥园5栋1单元101 城乡居民 卧床 女儿 李芳 13900000002")
    }

    func events() throws -> [String] {
        try desk.read { try String.fetchAll($0, sql: "SELECT name || ' ' || summary FROM domainEvents ORDER BY id") }
    }

    @Test func theRemindersRunOnTheFirstOfTheMonthOnce() throws {
        registerTwo()
        desk.clock.set(CalendarDay(year: 2026, month: 12, day: 1)!.date(hour: 9, minute: 5))
        let runs = desk.desk.runDueJobs()
        #expect(runs.map(\.job) == ["cert-remind"])
        #expect(runs.first?.summary.hasPrefix("已生成 2 条认证提醒") == true)
        #expect(try desk.outbox().count == 2)
        desk.clock.advance(hours: 5)
        #expect(desk.desk.runDueJobs().isEmpty)
        #expect(try desk.outbox().count == 2)
    }

    @Test func theReminderWindowIsASetting() throws {
        registerTwo()
        #expect(desk.say("设置 elder-certification 提醒天数 10天").status == .updated)
        // 2026 is a natural-year cycle: both are due by 31 December, 33 days away — outside 10 days.
        #expect(desk.say("认证提醒").text.contains("没有需要提醒的老人"))
        #expect(desk.say("认证提醒 40").text.contains("已生成 2 条认证提醒"))
    }

    @Test func aKernelCloseOfAHomeVisitRecordsTheCertification() throws {
        registerTwo()
        let id = try #require(desk.say("上门认证 李建国 12月3日上午").caseID)
        #expect(desk.say("办结 \(id) 已认证，老人精神不错").status == .updated)
        #expect(!desk.say("认证名单").text.contains("李建国"))
        let count = try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM elderCertifications WHERE method = 'home'") }
        #expect(count == 1)
        #expect(try events().last?.hasPrefix("elder-certified-at-home 上门认证：") == true)
    }

    @Test func theVisitOutcomeCommandRecordsItOnce() throws {
        registerTwo()
        let id = try #require(desk.say("上门认证 李建国 12月3日上午").caseID)
        #expect(desk.say("上门结果 \(id) 已认证").status == .updated)
        let count = try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM elderCertifications WHERE method = 'home'") }
        #expect(count == 1)
    }

    @Test func livingAloneAndDeathAreToldToTheCommunity() throws {
        registerTwo()
        #expect(try events().count == 1)
        #expect(try events()[0].hasPrefix("elder-lives-alone 独居老人："))
        _ = desk.say("老人注销 王秀英 去世 11月20日")
        #expect(try events().last?.hasPrefix("resident-died 居民去世：") == true)
        #expect(try events().allSatisfy { !$0.contains(wang) })
    }
}
