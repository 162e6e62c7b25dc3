import DeskKit
import Foundation

/// The questions staff ask about repairs: a resident's repairs, open repairs by place, category or overdue,
/// and the month's figures.
struct RepairQueries {
    let context: ServiceContext

    /// `报修查询 13812345678`, `报修查询 水印桃源3栋2单元502`, `报修查询 电梯 超期`, `报修查询 奥园`.
    func query(_ request: ServiceRequest) throws -> Reply {
        var conditions = ["c.module = 'repairs'"]
        var arguments: [any DatabaseValueConvertible] = []
        var described: [String] = []
        if let phone = request["phone"]?.phone {
            conditions.append("(c.requesterPhone = ? OR c.id IN (SELECT caseID FROM caseReporters WHERE phone = ?))")
            arguments += [phone.digits, phone.digits]
            described.append(phone.masked)
        }
        if let place = request["location"]?.address {
            let parts: [(String, (any DatabaseValueConvertible)?)] = [("compound", place.compound), ("building", place.building),
                                                                       ("unit", place.unit), ("room", place.room), ("place", place.place)]
            for (column, value) in parts {
                if let value { conditions.append("r.\(column) = ?"); arguments.append(value) }
            }
            described.append(place.description)
        }
        if let category = request["category"]?.choice.flatMap(RepairCategory.named) {
            conditions.append("r.category = ?"); arguments.append(category.key); described.append(category.name)
        }
        let scope = request["scope"]?.choice ?? (request["phone"] != nil || request["location"]?.address?.room != nil ? "all" : "open")
        switch scope {
        case "all": described.append("全部")
        case "overdue":
            conditions.append("c.status IN \(CaseStatus.openSQL) AND c.deadline < ?")
            arguments.append(context.now); described.append("超期")
        default:
            conditions.append("c.status IN \(CaseStatus.openSQL)"); described.append("未办结")
        }
        let records = try CaseRecord.fetchAll(context.db, sql: """
            SELECT c.* FROM cases c JOIN repairs r ON r.caseID = c.id
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY c.createdAt DESC LIMIT 100
            """, arguments: StatementArguments(arguments))
        let title = "报修（\(described.joined(separator: " "))）"
        guard !records.isEmpty else { return .answer("\(title)：没有。") }
        let rows = records.map { r in
            [r.id, r.status.chinese + (r.urgent ? "!" : ""), r.title, r.requesterDisplay.isEmpty ? "—" : r.requesterDisplay,
             r.assignee ?? "—", r.deadline.map { DeskFormat.time($0) + (r.isOverdue(at: context.now) ? " 超期" : "") } ?? "—"]
        }
        return .answer("\(title) 共 \(records.count) 件：\n" + context.table(["工单号", "状态", "标题", "报修人", "负责", "期限"], rows))
    }

    /// The month's figures: received, closed, median time to close, overdue share, satisfaction.
    func monthly(_ request: ServiceRequest) throws -> Reply {
        let month = request["month"]?.yearMonth ?? YearMonth(context.today)
        let figures = try MonthlyRepairFigures(month: month, now: context.now, db: context.db)
        let rows = [
            ["受理", "\(figures.received)"],
            ["办结", "\(figures.closed)"],
            ["办结用时中位数", figures.medianHoursToClose.map(Self.duration) ?? "—"],
            ["超期比例", DeskFormat.percent(figures.overdue, of: figures.received)],
            ["满意率（4–5分）", DeskFormat.percent(figures.satisfied, of: figures.rated)],
        ]
        return .answer("\(month.chinese) 报修月报：\n" + context.table(["指标", "数值"], rows))
    }

    static func duration(_ hours: Double) -> String {
        hours < 48 ? String(format: "%.1f小时", hours) : String(format: "%.1f天", hours / 24)
    }
}

/// A month of repairs in numbers.
///
/// Received: cases opened in the month (cancelled ones left out). Closed: cases whose 办结 fell in the month.
/// Median time to close: over those closed cases. Overdue: of the cases received, those closed after their
/// deadline or still open past it. Satisfaction: of the cases received that were rated at follow-up, those rated 4–5.
struct MonthlyRepairFigures: Equatable {
    var received = 0
    var closed = 0
    var medianHoursToClose: Double?
    var overdue = 0
    var rated = 0
    var satisfied = 0

    init(month: YearMonth, now: Date, db: Database) throws {
        let start = month.firstDay.date(), end = month.lastDay.adding(days: 1).date()
        let opened = try CaseRecord.fetchAll(db, sql: """
            SELECT * FROM cases WHERE module = 'repairs' AND createdAt >= ? AND createdAt < ? AND status != 'cancelled'
            """, arguments: [start, end])
        received = opened.count
        overdue = opened.filter { c in
            guard let deadline = c.deadline else { return false }
            if let closedAt = c.closedAt { return closedAt > deadline }
            return c.status.isOpen && deadline < now
        }.count
        let closedCases = try CaseRecord.fetchAll(db, sql: """
            SELECT * FROM cases WHERE module = 'repairs' AND closedAt >= ? AND closedAt < ?
            """, arguments: [start, end])
        closed = closedCases.count
        let hours = closedCases.compactMap { c in c.closedAt.map { $0.timeIntervalSince(c.createdAt) / 3600 } }.sorted()
        if !hours.isEmpty {
            medianHoursToClose = hours.count % 2 == 1 ? hours[hours.count / 2] : (hours[hours.count / 2 - 1] + hours[hours.count / 2]) / 2
        }
        rated = opened.filter { $0.rating != nil }.count
        satisfied = opened.filter { ($0.rating ?? 0) >= 4 }.count
    }
}
