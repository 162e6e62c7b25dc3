import Foundation
import Synchronization

/// Running modules' scheduled jobs: at most once per period, caught up at start (``ScheduledJob``).
extension Desk {
    /// How long a failed period waits before it is tried again.
    public static let jobRetryDelay: TimeInterval = 3600

    /// The operator recorded for runs the desk starts itself.
    public static let jobOperator = "定时任务"

    /// Runs every job whose latest period has come and not run, once each (the latest period only; the others
    /// passed over are written in the run). Called at start and by ``runDueJobsIfNeeded()``. Returns the runs
    /// made here (a period another desk ran is not run again).
    @discardableResult
    public func runDueJobs() -> [JobRun] {
        let now = clock.now
        var runs: [JobRun] = []
        let jobs = registry.modules.flatMap { m in m.jobs.map { (m, $0) } }
        // Every job's plan in one read, not a read each: a start made four read transactions for this
        // (docs/performance.md, thirty-first pass). A plan reads only its own job's rows of `jobs` and `jobRuns`,
        // which another job's run does not write, and a run checks again in its write that its period was not run.
        let plans = (try? store.read { db in jobs.map { try? duePlan(module: $0.0, job: $0.1, now: now, db: db) } })
            ?? jobs.map { _ in nil }
        for ((module, job), plan) in zip(jobs, plans) {
            guard let plan else { continue }
            if let run = run(job, of: module, period: plan.period, missed: plan.missed,
                             trigger: plan.missed.isEmpty && now.timeIntervalSince(plan.period.due) < 3600 ? .schedule : .catchUp,
                             operatorName: Self.jobOperator, access: .rolesOff(Self.jobOperator), now: now) {
                runs.append(run)
            }
        }
        nextJobCheck.withLock { $0 = (try? earliestNextDue(after: now)) ?? now.addingTimeInterval(Self.jobRetryDelay) }
        return runs
    }

    /// The cheap check between lines: nothing is read unless a period may have come due since the last check.
    @discardableResult
    public func runDueJobsIfNeeded() -> [JobRun] {
        guard !store.isReadOnly, clock.now >= nextJobCheck.withLock({ $0 }) else { return [] }
        return runDueJobs()
    }

    /// Every job with its last run and next due time, in registry order.
    public func jobStatus() throws -> [JobStatus] {
        let now = clock.now
        return try store.read { db in
            try registry.modules.flatMap { module in
                try module.jobs.map { job in
                    let last = try JobRun.filter(Column("module") == module.id && Column("job") == job.id)
                        .order(Column("id").desc).fetchOne(db)
                    let plan = try duePlan(module: module, job: job, now: now, db: db)
                    let next = plan == nil ? job.schedule.next(job.schedule.lastDue(at: now)).due : now
                    return JobStatus(module: module, job: job, last: last, next: next)
                }
            }
        }
    }

    /// Registers jobs the database does not know yet, with `since` = now: no period before it will run.
    func registerJobs() throws {
        let known = try store.read { db in
            Set(try Row.fetchAll(db, sql: "SELECT module, job FROM jobs").map { "\($0["module"] as String)/\($0["job"] as String)" })
        }
        let missing = registry.modules.flatMap { m in m.jobs.map { (m.id, $0.id) } }.filter { !known.contains("\($0.0)/\($0.1)") }
        guard !missing.isEmpty, !store.isReadOnly else { return }
        let now = clock.now
        try store.write { db in
            for (module, job) in missing {
                try db.execute(sql: "INSERT OR IGNORE INTO jobs(module, job, since) VALUES (?, ?, ?)", arguments: [module, job, now])
            }
        }
    }

    /// The period to run now and the periods passed over, or nil when nothing is due.
    private func duePlan(module: any ServiceModule, job: ScheduledJob, now: Date, db: Database? = nil) throws
        -> (period: JobPeriod, missed: [JobPeriod])? {
        func plan(_ db: Database) throws -> (period: JobPeriod, missed: [JobPeriod])? {
            guard let since = try Date.fetchOne(db, sql: "SELECT since FROM jobs WHERE module = ? AND job = ?",
                                                arguments: [module.id, job.id]) else { return nil }
            let lastDone = try String.fetchOne(db, sql: """
                SELECT MAX(period) FROM jobRuns WHERE module = ? AND job = ? AND status = 'done'
                """, arguments: [module.id, job.id])
            let latest = job.schedule.lastDue(at: now)
            guard latest.due > since, lastDone.map({ latest.key > $0 }) ?? true else { return nil }
            let failedRecently = try Bool.fetchOne(db, sql: """
                SELECT EXISTS(SELECT 1 FROM jobRuns WHERE module = ? AND job = ? AND period = ? AND status = 'failed' AND startedAt > ?)
                """, arguments: [module.id, job.id, latest.key, now.addingTimeInterval(-Self.jobRetryDelay)])!
            guard !failedRecently else { return nil }
            var missed: [JobPeriod] = []
            var p = job.schedule.previous(latest)
            while p.due > since, lastDone.map({ p.key > $0 }) ?? true, missed.count < 400 {
                missed.insert(p, at: 0)
                p = job.schedule.previous(p)
            }
            return (latest, missed)
        }
        if let db { return try plan(db) }
        return try store.read(plan)
    }

    /// When the next check is worth making: the earliest next period of any job.
    private func earliestNextDue(after now: Date) throws -> Date? {
        registry.modules.flatMap(\.jobs).map { $0.schedule.next($0.schedule.lastDue(at: now)).due }.min()
    }

    /// Runs `job` for `period` in one transaction with its `jobRuns` row; nil when the period was already run
    /// (here or by another desk on the same file). A failure rolls back what the job wrote and is recorded.
    func run(_ job: ScheduledJob, of module: any ServiceModule, period: JobPeriod, missed: [JobPeriod], trigger: JobRun.Trigger,
             operatorName: String, access: Access, now: Date) -> JobRun? {
        do {
            return try store.write { db -> JobRun? in
                let done = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS(SELECT 1 FROM jobRuns WHERE module = ? AND job = ? AND period = ? AND status = 'done')
                    """, arguments: [module.id, job.id, period.key])!
                guard !done else { return nil }
                var record = JobRun(id: nil, module: module.id, job: job.id, period: period.key, status: .done, trigger: trigger,
                                    operatorName: operatorName, startedAt: now, summary: "",
                                    missed: missed.isEmpty ? nil : missed.map(\.key).joined(separator: ","))
                try record.insert(db)   // the claim: unique per done period
                let context = runtime(access: access).context(for: module, db: db, operatorName: operatorName, now: now)
                var summary = try job.run(JobContext(service: context, period: period, missed: missed))
                if !missed.isEmpty {
                    summary += "（补跑：错过 \(missed.count) 个周期 \(missed.first!.key)" + (missed.count > 1 ? "…\(missed.last!.key)" : "") + "，只补跑本期一次）"
                }
                record.summary = Masking.redact(summary)
                try record.update(db)
                return record
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            return nil   // another desk claimed the period first
        } catch {
            let reason = (error as? DeskError)?.message ?? "\(error)"
            logger.error("job failed", metadata: ["module": "\(module.id)", "job": "\(job.id)", "period": "\(period.key)", "error": "\(reason)"])
            var failed = JobRun(id: nil, module: module.id, job: job.id, period: period.key, status: .failed, trigger: trigger,
                                operatorName: operatorName, startedAt: now, summary: Masking.redact(reason), missed: nil)
            try? store.write { db in try failed.insert(db) }
            return failed
        }
    }

    /// What modules need to be called back from a transaction of the desk, for `access`.
    func runtime(access: Access) -> ModuleRuntime {
        ModuleRuntime(registry: registry, directory: directory, addresses: addresses, logger: logger, access: access, store: store)
    }
}
