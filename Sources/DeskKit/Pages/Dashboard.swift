import Foundation

/// The figures of the dashboard (`/dashboard`) for one month: what came in today and this month by module and by
/// channel, the cases still open, overdue and urgent, the 三率 by module and by unit (the same rows as `统计`),
/// and a twelve-month trend. Computed in the kernel so that the page and the prompt never disagree.
public struct Dashboard: Sendable {
    public var month: YearMonth
    public var today: CalendarDay
    /// Cases received today / in the month, by module (Chinese name, module id, count).
    public var todayByModule: [Count]
    public var monthByModule: [Count]
    /// Cases received in the month by channel (窗口, 微信群, 其他系统).
    public var monthByChannel: [Count]
    /// Now, over every case.
    public var open: Int
    public var overdue: Int
    public var urgent: Int
    /// The month's 三率, by module id and by unit, as `统计 2026-11` and `统计 2026-11 单位`.
    public var byModule: [StatsRow]
    public var byUnit: [StatsRow]
    /// The twelve months ending with ``month``, oldest first: the totals of `统计` for each.
    public var trend: [(month: YearMonth, total: StatsRow)]

    public struct Count: Sendable, Equatable {
        public var name: String
        /// What the list behind the figure filters on (a module id or a channel).
        public var key: String
        public var count: Int
    }

    /// A channel's name on the dashboard.
    public static func channelName(_ channel: Channel) -> String {
        switch channel {
        case .desk: "驿站窗口"
        case .group: "微信群"
        case .api: "其他系统"
        }
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
    public var channel: Channel?

    public init(state: State = .all, month: YearMonth? = nil, day: CalendarDay? = nil, module: String? = nil,
                unit: String? = nil, channel: Channel? = nil) {
        self.state = state; self.month = month; self.day = day; self.module = module; self.unit = unit; self.channel = channel
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
        let counts = try store.read { db -> (today: [Row], month: [Row], channels: [Row], state: Row) in
            let byModule = "SELECT module AS key, COUNT(*) AS n FROM cases WHERE createdAt >= ? AND createdAt < ? AND status != 'cancelled' GROUP BY module ORDER BY module"
            return (
                try Row.fetchAll(db, sql: byModule, arguments: [today.date(), today.adding(days: 1).date()]),
                try Row.fetchAll(db, sql: byModule, arguments: [start, end]),
                try Row.fetchAll(db, sql: "SELECT channel AS key, COUNT(*) AS n FROM cases WHERE createdAt >= ? AND createdAt < ? AND status != 'cancelled' GROUP BY channel ORDER BY channel", arguments: [start, end]),
                try Row.fetchOne(db, sql: """
                    SELECT COUNT(*) AS open, COALESCE(SUM(deadline < ?), 0) AS overdue, COALESCE(SUM(urgent), 0) AS urgent
                    FROM cases WHERE status IN \(CaseStatus.openSQL)
                    """, arguments: [now])!)
        }
        func modules(_ rows: [Row]) -> [Dashboard.Count] {
            rows.map { let key: String = $0["key"]; return .init(name: moduleName(key), key: key, count: $0["n"]) }
        }
        let trend = try (0..<12).reversed().map { back -> (YearMonth, StatsRow) in
            let m = month.adding(months: -back)
            let rows = try statistics(from: m.firstDay.date(), to: m.lastDay.adding(days: 1).date(), byUnit: false, now: now)
            return (m, StatsRow.total(rows))
        }
        return Dashboard(
            month: month, today: today, todayByModule: modules(counts.today), monthByModule: modules(counts.month),
            monthByChannel: counts.channels.map { row in
                let key: String = row["key"]
                return .init(name: Channel(rawValue: key).map(Dashboard.channelName) ?? key, key: key, count: row["n"])
            },
            open: counts.state["open"], overdue: counts.state["overdue"], urgent: counts.state["urgent"],
            byModule: try statistics(from: start, to: end, byUnit: false, now: now),
            byUnit: try statistics(from: start, to: end, byUnit: true, now: now),
            trend: trend)
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
        if let channel = query.channel { conditions.append("channel = ?"); arguments.append(channel.rawValue) }
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
