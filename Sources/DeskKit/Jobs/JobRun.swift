import Foundation

/// One recorded run of a scheduled job (a row of `jobRuns`).
public struct JobRun: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "jobRuns"

    public var id: Int64?
    public var module: String
    public var job: String
    /// The period's key (`2026-11-29`, `2026-11`).
    public var period: String
    public var status: Status
    public var trigger: Trigger
    public var operatorName: String
    public var startedAt: Date
    /// The job's line for staff, or why it failed.
    public var summary: String
    /// Periods passed over by a catch-up run, comma-separated.
    public var missed: String?

    public enum Status: String, Codable, Sendable {
        case done, failed
        public var chinese: String { self == .done ? "完成" : "失败" }
    }

    /// Why the job ran: its time came while the desk ran, at start after the desk was not running, or staff
    /// ran it now (`任务 运行`).
    public enum Trigger: String, Codable, Sendable {
        case schedule, catchUp, staff
        public var chinese: String {
            switch self {
            case .schedule: "按时"
            case .catchUp: "补跑"
            case .staff: "手动"
            }
        }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A job as `desk jobs` and `任务` show it: when it last ran and when it runs next.
public struct JobStatus: Sendable {
    public var module: any ServiceModule
    public var job: ScheduledJob
    public var last: JobRun?
    /// When the next period comes due (a due period not yet run: now).
    public var next: Date
}
