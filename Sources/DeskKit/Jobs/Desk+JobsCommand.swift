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
        guard let (module, job) = job(named: wanted) else {
            let names = registry.modules.flatMap(\.jobs).map(\.name)
            throw DeskError("unknown-job", "没有定时任务「\(wanted)」。" + (names.isEmpty ? "" : "有：\(names.joined(separator: "、"))"))
        }
        let operatorAccess = try store.read { db in access(for: message, in: db) }
        try operatorAccess.require(.runJobs)
        let now = message.time ?? clock.now
        let period = job.schedule.period(containing: now)
        guard let run = run(job, of: module, period: period, missed: [], trigger: .staff, operatorName: message.operatorName,
                            access: operatorAccess, now: now) else {
            let done = try store.read { db -> JobRun? in
                let request = JobRun.filter(Column("module") == module.id).filter(Column("job") == job.id)
                    .filter(Column("period") == period.key).filter(Column("status") == JobRun.Status.done.rawValue)
                return try request.fetchOne(db)
            }
            return .answer("「\(job.name)」本期（\(period.chinese)）已运行过" +
                           (done.map { "：\(DeskFormat.time($0.startedAt)) \(Self.operatorLabel($0.operatorName))，\($0.summary)" } ?? "") + "。")
        }
        guard run.status == .done else {
            throw DeskError("job-failed", "「\(job.name)」运行失败，没有保存任何内容：\(run.summary)")
        }
        return Reply(module: module.id, status: .updated, text: "已运行「\(job.name)」（\(period.chinese)）：\(run.summary)")
    }

    /// The job staff name by its Chinese name, its id, or `模块 任务`.
    private func job(named wanted: String) -> (any ServiceModule, ScheduledJob)? {
        for module in registry.modules {
            for job in module.jobs {
                let names: [String] = [job.name, job.id, module.id + " " + job.id, module.name.chinese + " " + job.name]
                if names.contains(wanted) { return (module, job) }
            }
        }
        return nil
    }

    /// Every job: schedule, last run and its result, next run.
    public func jobsTable() throws -> String {
        let status = try jobStatus()
        guard !status.isEmpty else { return "没有定时任务。" }
        let now = clock.now
        let rows = status.map { s -> [String] in
            var last = "未运行", result = "—"
            if let run = s.last {
                last = DeskFormat.time(run.startedAt) + " " + run.trigger.chinese + (run.status == .failed ? "·失败" : "")
                result = DisplayWidth.truncate(run.summary, to: 40)
            }
            let next = s.next <= now ? "待运行" : DeskFormat.time(s.next)
            return [s.module.name.chinese, s.job.name, s.job.schedule.chinese, last, result, next]
        }
        return "定时任务（北京时间）：\n" + TextTable(headers: ["模块", "任务", "时间", "上次", "结果", "下次"], rows: rows).render()
    }
}
