import Foundation

/// `任务`: the scheduled jobs at the prompt (the same table as `desk jobs`), and running one now.
extension Desk {
    /// `任务` lists the jobs; `任务 运行 名称` runs one now for the current period (网格员 or 社区干部 when roles are on).
    func jobs(_ args: String, message: Message) throws -> Reply {
        let words = args.split(separator: " ").map(String.init)
        guard let first = words.first else { return .answer(try jobsTable()) }
        guard ["运行", "run"].contains(first.lowercased()), words.count > 1 else {
            throw DeskError("invalid-argument", "用法：\(KernelCommand.jobs.usage)")
        }
        try requireDesk(message)
        let wanted = words.dropFirst().joined(separator: " ")
        let all: [(any ServiceModule, ScheduledJob)] = registry.modules.flatMap { m in m.jobs.map { (m, $0) } }
        let found = all.filter { (m: any ServiceModule, job: ScheduledJob) -> Bool in
            let names: [String] = [job.name, job.id, m.id + " " + job.id, m.name.chinese + " " + job.name]
            return names.contains(wanted)
        }
        guard let (module, job) = found.first else {
            let names = registry.modules.flatMap(\.jobs).map(\.name)
            throw DeskError("unknown-job", "没有定时任务「\(wanted)」。" + (names.isEmpty ? "" : "有：\(names.joined(separator: "、"))"))
        }
        let operatorAccess = try store.read { db in access(for: message, in: db) }
        try operatorAccess.require(.runJobs)
        let now = message.time ?? clock.now
        let period = job.schedule.period(containing: now)
        let made: JobRun? = run(job, of: module, period: period, missed: [], trigger: .staff, operatorName: message.operatorName,
                                access: operatorAccess, now: now)
        guard let run = made else {
            let done: JobRun? = try store.read { db -> JobRun? in
                let ofJob = Column("module") == module.id && Column("job") == job.id
                return try JobRun.filter(ofJob && Column("period") == period.key && Column("status") == "done").fetchOne(db)
            }
            return .answer("「\(job.name)」本期（\(period.chinese)）已运行过" +
                           (done.map { "：\(DeskFormat.time($0.startedAt)) \(Self.operatorLabel($0.operatorName))，\($0.summary)" } ?? "") + "。")
        }
        guard run.status == JobRun.Status.done else {
            throw DeskError("job-failed", "「\(job.name)」运行失败，没有保存任何内容：\(run.summary)")
        }
        return Reply(module: module.id, status: .updated, text: "已运行「\(job.name)」（\(period.chinese)）：\(run.summary)")
    }

    /// Every job: schedule, last run and its result, next run.
    public func jobsTable() throws -> String {
        let status = try jobStatus()
        guard !status.isEmpty else { return "没有定时任务。" }
        let rows = status.map { s in
            [s.module.name.chinese, s.job.name, s.job.schedule.chinese,
             s.last.map { "\(DeskFormat.time($0.startedAt)) \($0.trigger.chinese)\($0.status == .failed ? "·失败" : "")" } ?? "未运行",
             s.last.map { DisplayWidth.truncate($0.summary, to: 40) } ?? "—",
             s.next <= clock.now ? "待运行" : DeskFormat.time(s.next)]
        }
        return "定时任务（北京时间）：\n" + TextTable(headers: ["模块", "任务", "时间", "上次", "结果", "下次"], rows: rows).render()
    }
}
