import DeskKit
import DeskTesting
import PingPong
import Testing

/// The fee reminder is a monthly job: on the 1st at 09:00, once, one message for the club's group.
@Suite("Ping-pong fee reminder job")
struct FeeReminderJobTests {
    @Test func theReminderRunsOnTheFirstOfTheMonthOnce() throws {
        let desk = try TestDesk(modules: [PingPong()])
        _ = desk.say("会员 登记 张三 13811112222 水印桃源3栋2单元502")
        _ = desk.say("会员 登记 李四 13833334444")
        desk.clock.set(CalendarDay(year: 2026, month: 12, day: 1)!.date(hour: 8, minute: 59))
        #expect(desk.desk.runDueJobs().isEmpty)
        desk.clock.advance(hours: 0.1)
        let run = try #require(desk.desk.runDueJobs().first)
        #expect(run.job == "fee-remind")
        #expect(run.summary == "已生成会费提醒（2 人），放入待发消息（乒乓球友群）。")
        desk.clock.advance(days: 3)
        #expect(desk.desk.runDueJobs().isEmpty)
        let outbox = try desk.outbox()
        #expect(outbox.count == 1)
        #expect(outbox[0].text.contains("张三") && !outbox[0].text.contains("13811112222"))
    }
}
