import DeskKit
import DeskTesting
import Repairs
import Testing

/// Overdue repairs are urged each morning by a job: a 催办 on each, once a day.
@Suite("Repairs overdue job")
struct OverdueJobTests {
    @Test func overdueRepairsAreUrgedOnceAMorning() throws {
        let desk = try TestDesk(modules: [Repairs()])                   // 28 November, 10:00
        _ = desk.say("报修 水印桃源3栋2单元502 漏水")                       // 24-hour limit
        _ = desk.say("报修 奥园3栋1单元101 洗衣机坏了")                    // a longer limit
        desk.clock.set(CalendarDay(year: 2026, month: 11, day: 30)!.date(hour: 8, minute: 30))
        let run = try #require(desk.desk.runDueJobs().first)
        // The desk did not run on the 29th: one catch-up run, the missed morning noted.
        #expect(run.summary == "已催办超期报修 1 件：BX-0001（补跑：错过 1 个周期 2026-11-29，只补跑本期一次）")
        let urged = try desk.events("BX-0001").filter { $0.kind == .urged }
        #expect(urged.count == 1)
        #expect(urged.first?.operatorName == "定时任务")
        #expect(urged.first?.note?.hasPrefix("超期未办结") == true)
        #expect(try desk.events("BX-0002").allSatisfy { $0.kind != .urged })
        desk.clock.advance(hours: 6)
        #expect(desk.desk.runDueJobs().isEmpty)
        #expect(desk.say("任务").text.contains("超期催办"))
    }
}
