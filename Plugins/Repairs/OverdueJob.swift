import DeskKit
import Foundation

/// Overdue repairs are urged every morning, on their own: the urging is recorded on each case (as `催办` would
/// be), so the responsible unit's deadline miss is on the record and `列表 报修 超期` shows them.
extension Repairs {
    /// 每天 08:30: every open repair past its deadline gets a 催办 entry naming how long it is overdue.
    public var jobs: [ScheduledJob] {
        [ScheduledJob(id: "overdue-urge", name: "超期催办", schedule: .daily(at: TimeOfDay(8, 30))) { job in
            let overdue = try CaseRecord
                .filter(Column("module") == "repairs" && CaseStatus.open.contains(Column("status")) && Column("deadline") < job.now)
                .order(Column("deadline")).fetchAll(job.db)
            for record in overdue {
                let hours = Int(job.now.timeIntervalSince(record.deadline ?? job.now) / 3600)
                try job.cases.urge(record.id, note: "超期未办结（已超 \(DeskFormat.hours(max(hours, 1)))），自动催办：\(record.assignee ?? "未派单")")
            }
            return overdue.isEmpty ? "没有超期的报修。"
                : "已催办超期报修 \(overdue.count) 件：" + overdue.prefix(10).map(\.id).joined(separator: "、") + (overdue.count > 10 ? "等" : "")
        }]
    }
}
