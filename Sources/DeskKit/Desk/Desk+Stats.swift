import Foundation

/// 统计: the figures units are rated on (rules.md §5, 三率), for any day or month, by module or by unit.
///
/// Over the cases received in the period (cancelled ones left out):
/// - 响应率 — the share the responsible unit responded to in time: its first 开始处理 or 办结 came before the
///   deadline (dispatching at intake is the desk's act, not a response);
/// - 解决率 — the share 已办结 or 已回访 (the follow-up's 问题是否解决 is not recorded apart from the rating);
/// - 满意率 — (满意 + 基本满意) / 回访数: follow-ups rated 3–5 out of all rated;
/// - 超期 — open past the deadline, or closed after it (超期办结).
/// docs/statistics.md says the same for the people who read the figures.
extension Desk {
    /// `统计`, `统计 今天`, `统计 上月`, `统计 2026-10`, `统计 10月`, `统计 上月 单位`, `统计 今天 驿站`.
    func stats(_ args: String, now: Date) throws -> Reply {
        var grouping = StatsGrouping.module
        let words = args.split(separator: " ").map(String.init).filter { word in
            guard let g = StatsGrouping(word: word) else { return true }
            grouping = g
            return false
        }
        let period = try StatsPeriod(words.joined(separator: " "), today: CalendarDay(now))
        let rows = try statistics(from: period.start, to: period.end, by: grouping, now: now)
        var table: [[String]] = rows.map { row in
            Self.statsRow(grouping == .module ? registry.module(id: row.name)?.name.chinese ?? row.name : row.name, row)
        }
        table.append(Self.statsRow("合计", StatsRow.total(rows)))
        let headers = [grouping.heading, "受理", "办结", "超期", "响应率", "解决率", "满意率"]
        return .answer("\(period.label)统计\(grouping.caption)：\n" + TextTable(headers: headers, rows: table).render())
    }

    /// The counts behind the 三率 of the cases received in `start..<end`, one row per module id or per unit
    /// sorted by name, or per station (``CaseOrigin/label``) in the directory's order: what `统计` and the
    /// dashboard both show.
    public func statistics(from start: Date, to end: Date, by grouping: StatsGrouping, now: Date) throws -> [StatsRow] {
        let group = switch grouping {
        case .module: "c.module"
        case .unit: "COALESCE(c.assignee, '未派单')"
        case .station: CaseOrigin.sql("c")
        }
        let rows = try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(group) AS name,
                       COUNT(*) AS received,
                       SUM((SELECT MIN(e.at) FROM caseEvents e WHERE e.caseID = c.id AND e.kind IN ('started', 'closed'))
                           <= COALESCE(c.deadline, '9999')) AS responded,
                       SUM(c.status IN ('closed', 'followedUp')) AS resolved,
                       SUM((c.status IN \(CaseStatus.openSQL) AND c.deadline < ?) OR c.closedAt > c.deadline) AS overdue,
                       SUM(c.rating IS NOT NULL) AS rated,
                       SUM(c.rating >= 3) AS satisfied
                FROM cases c WHERE c.createdAt >= ? AND c.createdAt < ? AND c.status != 'cancelled'
                GROUP BY name ORDER BY name
                """, arguments: [now, start, end]).map { row in
                StatsRow(name: row["name"], received: row["received"] ?? 0, responded: row["responded"] ?? 0,
                         resolved: row["resolved"] ?? 0, overdue: row["overdue"] ?? 0, rated: row["rated"] ?? 0,
                         satisfied: row["satisfied"] ?? 0)
            }
        }
        guard grouping == .station else { return rows }
        // The community's stations in their order, then 微信群, 其他系统 and 未记录 (as the dashboard lists them).
        let order = directory.stations.map(\.name)
        return rows.sorted { a, b in
            (order.firstIndex(of: a.name) ?? order.count, a.name) < (order.firstIndex(of: b.name) ?? order.count, b.name)
        }
    }

    private static func statsRow(_ name: String, _ n: StatsRow) -> [String] {
        [name, String(n.received), String(n.resolved), String(n.overdue), n.responseRate, n.resolutionRate, n.satisfactionRate]
    }
}

/// One row of `统计`: the counts of cases received in a period and the 三率 computed from them (docs/statistics.md).
public struct StatsRow: Sendable, Equatable {
    /// A module id, a unit, or `合计`.
    public var name: String
    public var received = 0, responded = 0, resolved = 0, overdue = 0, rated = 0, satisfied = 0

    /// 响应率, 解决率 and 满意率 as `87.5%`, or `—` when nothing was counted.
    public var responseRate: String { DeskFormat.percent(responded, of: received) }
    public var resolutionRate: String { DeskFormat.percent(resolved, of: received) }
    public var satisfactionRate: String { DeskFormat.percent(satisfied, of: rated) }

    /// The sum of `rows`, named 合计.
    public static func total(_ rows: [StatsRow]) -> StatsRow {
        rows.reduce(StatsRow(name: "合计")) { t, r in
            StatsRow(name: t.name, received: t.received + r.received, responded: t.responded + r.responded,
                     resolved: t.resolved + r.resolved, overdue: t.overdue + r.overdue, rated: t.rated + r.rated,
                     satisfied: t.satisfied + r.satisfied)
        }
    }
}
/// What the rows of `统计` are: modules (the default), the units responsible, or the stations cases were
/// received at.
public enum StatsGrouping: Sendable, Equatable {
    case module, unit, station

    /// The word after `统计` that asks for it (`单位`, `按驿站`, `station`…); nil for any other word.
    init?(word: String) {
        switch word.lowercased() {
        case "模块", "按模块", "module", "modules": self = .module
        case "单位", "按单位", "unit", "units": self = .unit
        case "驿站", "按驿站", "站点", "按站点", "station", "stations": self = .station
        default: return nil
        }
    }

    /// The first column's heading.
    var heading: String {
        switch self {
        case .module: "模块"
        case .unit: "单位"
        case .station: "驿站"
        }
    }

    /// What follows the period in the reply's first line.
    var caption: String {
        switch self {
        case .module: ""
        case .unit: "（按负责单位）"
        case .station: "（按受理驿站）"
        }
    }
}

/// The period `统计` covers: a day or a whole month, in Asia/Shanghai.
struct StatsPeriod {
    let start: Date
    let end: Date
    let label: String

    init(_ text: String, today: CalendarDay) throws {
        let t = TextNormalizer.normalize(text).lowercased()
        func month(_ m: YearMonth, _ name: String? = nil) -> (Date, Date, String) {
            (m.firstDay.date(), m.lastDay.adding(days: 1).date(), name.map { "\($0)（\(m.chinese)）" } ?? m.chinese)
        }
        let this = YearMonth(today)
        let found: (Date, Date, String)
        switch t {
        case "", "本月", "这个月", "month", "this month": found = month(this, "本月")
        case "今天", "今日", "today": found = (today.date(), today.adding(days: 1).date(), "今天（\(today.chinese)）")
        case "昨天", "yesterday":
            let d = today.adding(days: -1)
            found = (d.date(), today.date(), "昨天（\(d.chinese)）")
        case "上月", "上个月", "last month": found = month(this.adding(months: -1), "上月")
        default:
            if let m = YearMonth.find(in: t) {
                found = month(m)
            } else if let r = t.range(of: #"^([0-9]{1,2}|[一二三四五六七八九十]{1,2})月份?$"#, options: .regularExpression),
                      let n = ChineseNumber.parse(t[r].trimmingCharacters(in: CharacterSet(charactersIn: "月份"))),
                      let m = YearMonth(year: today.year, month: n) {
                // `10月`: this year's October, or last year's when it has not come yet.
                found = month(m > this ? m.adding(months: -12) : m)
            } else {
                throw DeskError("unknown-period", "统计的时段可以是 今天、昨天、本月、上月 或某个月（如 2026-10、10月），这里是「\(text)」")
            }
        }
        guard found.0 <= today.adding(days: 1).date() else {
            throw DeskError("unknown-period", "\(found.2) 还没有到")
        }
        (start, end, label) = found
    }
}
