import Foundation

/// The figures of the dashboard (`/dashboard`) for one month: what came in today and this month by station and
/// by module, the cases still open, overdue and urgent, the 三率 by module and by unit (the same rows as `统计`),
/// and a twelve-month trend. Computed in the kernel so that the page and the prompt never disagree.
public struct Dashboard: Sendable {
    public var month: YearMonth
    public var today: CalendarDay
    /// Cases received today / in the month, by station and module (the rows of `统计 今天 驿站` and `统计 驿站`,
    /// split by module).
    public var todayByStation: Received
    public var monthByStation: Received
    /// Now, over every case.
    public var open: Int
    public var overdue: Int
    public var urgent: Int
    /// The month's 三率, by module id and by unit, as `统计 2026-11` and `统计 2026-11 单位`.
    public var byModule: [StatsRow]
    public var byUnit: [StatsRow]
    /// The twelve months ending with ``month``, oldest first: the totals of `统计` for each.
    public var trend: [(month: YearMonth, total: StatsRow)]

    /// Cases received in a period, one row per station (``CaseOrigin/label``: the community's stations first, in
    /// the directory's order, then 微信群, 其他系统 and 未记录 when they have cases), one column per module that
    /// received any.
    public struct Received: Sendable, Equatable {
        /// The modules with cases, by id, sorted as `统计` sorts them.
        public var modules: [String]
        public var rows: [Row]

        public struct Row: Sendable, Equatable {
            public var origin: CaseOrigin
            /// One count per entry of ``Received/modules``.
            public var counts: [Int]
            public var total: Int { counts.reduce(0, +) }
        }

        /// The count of one module over every station.
        public func total(module: String) -> Int {
            guard let i = modules.firstIndex(of: module) else { return 0 }
            return rows.reduce(0) { $0 + $1.counts[i] }
        }

        public var total: Int { rows.reduce(0) { $0 + $1.total } }
    }
}

/// Which cases a dashboard list shows: every figure links to one of these.
public struct CaseQuery: Sendable, Equatable {
    /// `overdue`: open past the deadline now; `late`: what `统计` counts as 超期 — open past the deadline, or
    /// closed after it.
    public enum State: String, Sendable, CaseIterable { case all, open, overdue, late, urgent, resolved }
    public var state: State = .all
    /// Received in this month (or on ``day``).
    public var month: YearMonth?
    public var day: CalendarDay?
    public var module: String?
    /// The unit responsible (`未派单` for none).
    public var unit: String?
    /// Where the cases were received (a station, or 微信群, 其他系统, 未记录).
    public var origin: CaseOrigin?

    public init(state: State = .all, month: YearMonth? = nil, day: CalendarDay? = nil, module: String? = nil,
                unit: String? = nil, origin: CaseOrigin? = nil) {
        self.state = state; self.month = month; self.day = day; self.module = module; self.unit = unit; self.origin = origin
    }
}

/// One row of a dashboard list: numbers in the title are masked as everywhere.
public struct CaseListRow: Sendable, Equatable {
    public var id: String
    public var module: String
    public var title: String
    public var status: String
    public var assignee: String
    public var createdAt: Date
    public var deadline: Date?
    public var overdue: Bool
    public var urgent: Bool
}

extension Desk {
    /// The dashboard for `month` (default: this month), as of now.
    public func dashboard(month: YearMonth? = nil) throws -> Dashboard {
        let now = clock.now
        let today = CalendarDay(now)
        let month = month ?? YearMonth(today)
        let (start, end) = (month.firstDay.date(), month.lastDay.adding(days: 1).date())
        let state = try store.read { db in
            try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS open, COALESCE(SUM(deadline < ?), 0) AS overdue, COALESCE(SUM(urgent), 0) AS urgent
                FROM cases WHERE status IN \(CaseStatus.openSQL)
                """, arguments: [now])!
        }
        let trend = try (0..<12).reversed().map { back -> (YearMonth, StatsRow) in
            let m = month.adding(months: -back)
            let rows = try statistics(from: m.firstDay.date(), to: m.lastDay.adding(days: 1).date(), by: .module, now: now)
            return (m, StatsRow.total(rows))
        }
        return Dashboard(
            month: month, today: today,
            todayByStation: try received(from: today.date(), to: today.adding(days: 1).date()),
            monthByStation: try received(from: start, to: end),
            open: state["open"], overdue: state["overdue"], urgent: state["urgent"],
            byModule: try statistics(from: start, to: end, by: .module, now: now),
            byUnit: try statistics(from: start, to: end, by: .unit, now: now),
            trend: trend)
    }

    /// The cases received in `start..<end` (cancelled ones left out, as `统计` counts), by station and module.
    func received(from start: Date, to end: Date) throws -> Dashboard.Received {
        let rows = try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(CaseOrigin.sql()) AS origin, module, COUNT(*) AS n FROM cases
                WHERE createdAt >= ? AND createdAt < ? AND status != 'cancelled' GROUP BY origin, module
                """, arguments: [start, end])
        }
        let modules = Set(rows.map { $0["module"] as String }).sorted()
        var counts: [CaseOrigin: [Int]] = [:]
        for row in rows {
            let origin = CaseOrigin(label: row["origin"])
            counts[origin, default: Array(repeating: 0, count: modules.count)][modules.firstIndex(of: row["module"])!] = row["n"]
        }
        let stations = directory.stations.map { CaseOrigin.station($0.name) }
        let others = counts.keys.filter { !stations.contains($0) }.sorted { $0.label < $1.label }
        return Dashboard.Received(modules: modules, rows: (stations + others).map { origin in
            .init(origin: origin, counts: counts[origin] ?? Array(repeating: 0, count: modules.count))
        })
    }

    /// The cases behind a dashboard figure, newest first, at most `limit`.
    public func cases(_ query: CaseQuery, limit: Int = 200) throws -> [CaseListRow] {
        let now = clock.now
        var conditions: [String] = [], arguments: [any DatabaseValueConvertible] = []
        switch query.state {
        case .all: conditions.append("status != 'cancelled'")
        case .open: conditions.append("status IN \(CaseStatus.openSQL)")
        case .overdue: conditions.append("status IN \(CaseStatus.openSQL) AND deadline < ?"); arguments.append(now)
        case .late:
            conditions.append("status != 'cancelled' AND ((status IN \(CaseStatus.openSQL) AND deadline < ?) OR closedAt > deadline)")
            arguments.append(now)
        case .urgent: conditions.append("status IN \(CaseStatus.openSQL) AND urgent")
        case .resolved: conditions.append("status IN ('closed', 'followedUp')")
        }
        if let day = query.day {
            conditions.append("createdAt >= ? AND createdAt < ?"); arguments += [day.date(), day.adding(days: 1).date()]
        } else if let month = query.month {
            conditions.append("createdAt >= ? AND createdAt < ?"); arguments += [month.firstDay.date(), month.lastDay.adding(days: 1).date()]
        }
        if let module = query.module { conditions.append("module = ?"); arguments.append(module) }
        if let unit = query.unit { conditions.append("COALESCE(assignee, '未派单') = ?"); arguments.append(unit) }
        if let origin = query.origin { conditions.append("\(CaseOrigin.sql()) = ?"); arguments.append(origin.label) }
        let sql = "SELECT * FROM cases WHERE " + conditions.joined(separator: " AND ") + " ORDER BY urgent DESC, createdAt DESC LIMIT ?"
        arguments.append(limit)
        return try store.read { db in
            try CaseRecord.fetchAll(db, sql: sql, arguments: StatementArguments(arguments.map { $0.databaseValue })).map { r in
                CaseListRow(id: r.id, module: moduleName(r.module), title: Masking.redact(r.title), status: r.status.chinese,
                            assignee: r.assignee.map(Masking.redact) ?? "未派单", createdAt: r.createdAt, deadline: r.deadline,
                            overdue: r.isOverdue(at: now), urgent: r.urgent)
            }
        }
    }

    /// A module's Chinese name, from its id.
    public func moduleName(_ id: String) -> String { registry.module(id: id)?.name.chinese ?? id }
}
