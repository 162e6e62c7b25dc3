import DeskKit
import DeskTesting
import Foundation
import Synchronization
import Testing

/// Scheduled jobs: once per period, caught up once after a gap, never twice with two desks on one file.
@Suite("Scheduled jobs")
struct JobTests {
    func runs(_ desk: TestDesk) throws -> [JobRun] {
        try desk.read { try JobRun.order(Column("id")).fetchAll($0) }
    }

    func jobRows(_ desk: TestDesk) throws -> [String] {
        try desk.read { try String.fetchAll($0, sql: "SELECT entry FROM visitsLog WHERE entry LIKE 'job %' ORDER BY id") }
    }

    @Test func aJobRunsOncePerDayAfterItsTime() throws {
        let desk = try TestDesk(modules: [VisitsModule()])          // Saturday 28 November, 10:00
        #expect(desk.desk.runDueJobs().isEmpty)                      // today's 08:00 came before the desk knew the job
        desk.clock.advance(hours: 21)                                // 29 November 07:00
        #expect(desk.desk.runDueJobs().isEmpty)
        desk.clock.advance(hours: 1)                                 // 08:00
        let first = desk.desk.runDueJobs()
        #expect(first.map(\.period) == ["2026-11-29"])
        #expect(first.first?.trigger == .schedule)
        #expect(first.first?.summary == "已处理 11月29日 的走访")
        desk.clock.advance(hours: 3)
        #expect(desk.desk.runDueJobs().isEmpty)
        #expect(try jobRows(desk) == ["job 2026-11-29"])
    }

    @Test func afterAGapOnlyTheLatestPeriodRunsAndTheMissedOnesAreRecorded() throws {
        let desk = try TestDesk(modules: [VisitsModule()])
        desk.clock.advance(hours: 23)                                // 29 November 09:00
        desk.desk.runDueJobs()
        desk.clock.advance(days: 3)                                  // 2 December 09:00: 30 Nov and 1 Dec were missed
        let caughtUp = desk.desk.runDueJobs()
        #expect(caughtUp.count == 1)
        #expect(caughtUp[0].period == "2026-12-02")
        #expect(caughtUp[0].trigger == .catchUp)
        #expect(caughtUp[0].missed == "2026-11-30,2026-12-01")
        #expect(caughtUp[0].summary.hasSuffix("（补跑：错过 2 个周期 2026-11-30…2026-12-01，只补跑本期一次）"))
        #expect(try jobRows(desk) == ["job 2026-11-29", "job 2026-12-02"])
    }

    @Test func aFailedRunWritesNothingAndIsTriedAgainLater() throws {
        let desk = try TestDesk(modules: [VisitsModule(jobFails: true)])
        desk.clock.advance(hours: 23)
        let failed = desk.desk.runDueJobs()
        #expect(failed.first?.status == .failed)
        #expect(failed.first?.summary == "走访名单读取失败")
        #expect(try jobRows(desk).isEmpty)                           // the job's own write was rolled back
        desk.clock.advance(hours: 0.5)
        #expect(desk.desk.runDueJobs().isEmpty)                      // not before the retry delay
        desk.clock.advance(hours: 1)
        #expect(desk.desk.runDueJobs().first?.status == .failed)
        #expect(try runs(desk).map(\.status) == [.failed, .failed])
    }

    @Test func twoDesksOnOneFileRunAPeriodOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("desk.sqlite").path
        let clock = FixedClock(2026, 11, 28)
        let registry = try ModuleRegistry([VisitsModule()])
        let desks = try (0..<2).map { _ in
            try Desk(registry: registry, store: try DeskStore.open(path: path, registry: registry, seeds: .bundled),
                     clock: clock, seeds: .bundled)
        }
        for day in 0..<5 {
            clock.set(CalendarDay(year: 2026, month: 11, day: 29)!.adding(days: day).date(hour: 8, minute: 1))
            let made = Mutex<[JobRun]>([])
            DispatchQueue.concurrentPerform(iterations: 8) { i in
                let runs = desks[i % 2].runDueJobs()
                made.withLock { $0 += runs }
            }
            #expect(made.withLock { $0.count } == 1)
        }
        let rows = try desks[0].store.read { try String.fetchAll($0, sql: "SELECT entry FROM visitsLog ORDER BY id") }
        #expect(rows == ["job 2026-11-29", "job 2026-11-30", "job 2026-12-01", "job 2026-12-02", "job 2026-12-03"])
    }

    @Test func staffListJobsAndRunOneNow() throws {
        let desk = try TestDesk(modules: [VisitsModule()])
        let listing = desk.say("任务").text
        #expect(listing.contains("到期走访"))
        #expect(listing.contains("每天 08:00"))
        #expect(listing.contains("未运行"))
        let run = desk.say("任务 运行 到期走访")
        #expect(run.status == .updated)
        #expect(run.text == "已运行「到期走访」（11月28日）：已处理 11月28日 的走访")
        #expect(desk.say("jobs run 到期走访").text.hasPrefix("「到期走访」本期（11月28日）已运行过"))
        #expect(desk.say("任务").text.contains("手动"))
        #expect(desk.say("任务 运行 月报").text == "没有定时任务「月报」。有：到期走访")
    }

    @Test func runningAJobNowNeedsAGridWorkerOrACadre() throws {
        let desk = try TestDesk(modules: [VisitsModule()])
        try desk.addOperator("周主任", role: .admin, pin: "2468")
        try desk.addOperator("小王", role: .frontDesk, pin: "1357")
        let refused = desk.say("任务 运行 到期走访", as: "小王", role: .frontDesk)
        #expect(refused.text == "小王（前台）没有「立即运行定时任务」的权限，请找有权限的同事办理")
        #expect(try runs(desk).isEmpty)
    }

    @Test func monthlyPeriodsComeDueOnTheirDay() {
        let schedule = ScheduledJob.Schedule.monthly(day: 1, at: TimeOfDay(9))
        let beforeNine = CalendarDay(year: 2026, month: 12, day: 1)!.date(hour: 8, minute: 59)
        #expect(schedule.lastDue(at: beforeNine).key == "2026-11")
        #expect(schedule.lastDue(at: beforeNine.addingTimeInterval(60)).key == "2026-12")
        #expect(schedule.next(schedule.lastDue(at: beforeNine)).key == "2026-12")
        #expect(ScheduledJob.Schedule.daily(at: TimeOfDay(8)).period(containing: beforeNine).key == "2026-12-01")
    }
}
