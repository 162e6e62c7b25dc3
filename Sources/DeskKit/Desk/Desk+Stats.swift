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
    /// `统计`, `统计 今天`, `统计 上月`, `统计 2026-10`, `统计 10月`, `统计 上月 单位`.
    func stats(_ args: String, now: Date) throws -> Reply {
        var words = args.split(separator: " ").map(String.init)
        let byUnit = words.contains { ["单位", "按单位", "unit", "units"].contains($0.lowercased()) }
        words.removeAll { ["单位", "按单位", "unit", "units", "模块", "按模块"].contains($0.lowercased()) }
        let period = try StatsPeriod(words.joined(separator: " "), today: CalendarDay(now))
        let group = byUnit ? "COALESCE(c.assignee, '未派单')" : "c.module"
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
                """, arguments: [now, period.start, period.end])
        }
        var total = [0, 0, 0, 0, 0, 0]
        var table: [[String]] = rows.map { row in
            let n: [Int] = ["received", "responded", "resolved", "overdue", "rated", "satisfied"].map { row[$0] ?? 0 }
            for i in n.indices { total[i] += n[i] }
            let name: String = row["name"]
            return Self.statsRow(byUnit ? name : registry.module(id: name)?.name.chinese ?? name, n)
        }
        table.append(Self.statsRow("合计", total))
        let headers = [byUnit ? "单位" : "模块", "受理", "办结", "超期", "响应率", "解决率", "满意率"]
        return .answer("\(period.label)统计\(byUnit ? "（按负责单位）" : "")：\n" + TextTable(headers: headers, rows: table).render())
    }

    private static func statsRow(_ name: String, _ n: [Int]) -> [String] {
        [name, String(n[0]), String(n[2]), String(n[3]), DeskFormat.percent(n[1], of: n[0]),
         DeskFormat.percent(n[2], of: n[0]), DeskFormat.percent(n[5], of: n[4])]
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
