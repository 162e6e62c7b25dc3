import Foundation

/// Work a module does on a schedule (`每天 08:00 为今天到期的走访开工单`, `每月1日 欠费提醒`), declared in
/// ``ServiceModule/jobs``.
///
/// A job runs **at most once per period** (a day for ``Schedule/daily(at:)``, a month for
/// ``Schedule/monthly(day:at:)``), in its own transaction, together with its row in the kernel's `jobRuns`
/// table (unique per module, job and period): two desks on one file never both run it, and a job that throws
/// rolls back everything it wrote and is tried again later (no sooner than ``Desk/jobRetryDelay``).
///
/// When it runs: the desk checks for due jobs at start (catch-up), between lines at the prompt and on a timer
/// in `desk serve`; staff can run one at once with `任务 运行 <模块> <任务>` (this runs the current period if it
/// has not run yet). A period is due once its time has come (08:00 in Asia/Shanghai for `.daily(at: 8:00)`).
///
/// Catch-up: if the desk was not running when periods came, only the **latest** due period is run, once; the
/// periods passed over are written in that run's record (`补跑，错过 3 个周期：…`) and shown by `desk jobs`. A job
/// never runs for periods from before the desk first knew it (a new job, or a new database, starts with the
/// next period to come).
///
/// The closure returns a line for staff (`已为 3 位老人开走访工单 GA-0004…GA-0006`), shown by `desk jobs` and
/// `任务`; what it does for people — the cases it opens, the outbox messages for groups — goes where staff look.
public struct ScheduledJob: Sendable {
    /// Stable within the module (`due-visits`); with the module id it names the job in `jobRuns`.
    public var id: String
    /// The Chinese name shown in `desk jobs` and used with `任务 运行` (`到期走访`).
    public var name: String
    public var schedule: Schedule
    public var run: @Sendable (JobContext) throws -> String

    public init(id: String, name: String, schedule: Schedule, run: @escaping @Sendable (JobContext) throws -> String) {
        self.id = id; self.name = name; self.schedule = schedule; self.run = run
    }

    /// When a job comes due, in Asia/Shanghai.
    public enum Schedule: Sendable, Equatable {
        /// Every day at `time`.
        case daily(at: TimeOfDay)
        /// Every month on `day` (1–28, so that every month has it) at `time`.
        case monthly(day: Int, at: TimeOfDay)

        /// `每天 08:00`, `每月1日 09:00`.
        public var chinese: String {
            switch self {
            case .daily(let t): "每天 \(t)"
            case .monthly(let d, let t): "每月\(d)日 \(t)"
            }
        }
    }
}

/// A time of day in Asia/Shanghai (`08:00`).
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// `TimeOfDay(8, 0)`; out-of-range parts are clamped (24:00 is 23:59).
    public init(_ hour: Int, _ minute: Int = 0) {
        self.hour = min(max(hour, 0), 23); self.minute = min(max(minute, 0), 59)
    }

    public var description: String { String(format: "%02d:%02d", hour, minute) }
    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}

/// One period of a job: a day or a month, with the moment it came due.
public struct JobPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How the period is stored in `jobRuns` (`2026-11-29`, `2026-11`).
    public let key: String
    /// The first day of the period (the day itself for a daily job).
    public let firstDay: CalendarDay
    /// The last day of the period.
    public let lastDay: CalendarDay
    /// When the period's run came due.
    public let due: Date

    public init(key: String, firstDay: CalendarDay, lastDay: CalendarDay, due: Date) {
        self.key = key; self.firstDay = firstDay; self.lastDay = lastDay; self.due = due
    }

    public var description: String { key }
    /// `11月29日`, `2026年11月`.
    public var chinese: String { firstDay == lastDay ? firstDay.chinese : YearMonth(firstDay).chinese }
    public static func < (a: JobPeriod, b: JobPeriod) -> Bool { a.due < b.due }
}

/// What a job gets to run: everything a ``ServiceContext`` has (in the job's own transaction, as the operator
/// `定时任务` or the staff member who ran it now), and the period it runs for.
@dynamicMemberLookup
public struct JobContext {
    /// The database, case book, outbox, settings… of the run, as for a request.
    public let service: ServiceContext
    /// The period being run.
    public let period: JobPeriod
    /// Periods passed over because the desk was not running (oldest first); empty normally.
    public let missed: [JobPeriod]

    public init(service: ServiceContext, period: JobPeriod, missed: [JobPeriod]) {
        self.service = service; self.period = period; self.missed = missed
    }

    public subscript<T>(dynamicMember path: KeyPath<ServiceContext, T>) -> T { service[keyPath: path] }
}
