import DeskKit
import Foundation

/// The monthly fee reminder: what `欠费提醒` does, on its own on the 1st of each month.
extension PingPong {
    /// How many days ahead the reminders (and `欠费`/`欠费提醒` without a number) look.
    static let remindDays = Setting("提醒天数", default: Days(30), summary: "会费提醒包括多少天内到期的会员（及已到期的）",
                                    range: Days(1)...Days(366))

    public var settings: [any SettingDeclaration] { [Self.remindDays] }

    /// 每月1日 09:00: one message to the club's group listing members whose fees ran out or run out soon.
    public var jobs: [ScheduledJob] {
        [ScheduledJob(id: "fee-remind", name: "会费提醒", schedule: .monthly(day: 1, at: TimeOfDay(9))) { job in
            try ClubMembers(context: job.service).remind(days: job.settings[Self.remindDays].count,
                                                         group: try Self.club(job.db).group).text
        }]
    }
}

/// The typed keys of the ping-pong room's fields that are read directly (checked against the services at start).
enum PingPongFields {
    static let member = FieldKey<String>.text("member")
    static let description = FieldKey<String>.text("description")
}

extension PingPong {
    public var fieldKeys: [any AnyFieldKey] { [PingPongFields.member, PingPongFields.description] }
}
