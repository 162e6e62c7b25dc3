import DeskKit

extension ParkUpkeep: PageProvidingModule {
    /// The dashboard's section: the month's volunteer service — each task, its organiser, how many served and the
    /// hours confirmed, then the same hours by volunteer team (`志愿队 工时`; hours a volunteer reported but no
    /// organiser confirmed are not counted).
    public var pages: [ModulePage] { [ModulePage(name: "志愿工时", title: "志愿服务工时", audience: .staff)] }

    public func page(_ name: String, month: YearMonth, in context: PageContext) throws -> PageContent? {
        guard name == "志愿工时" else { return nil }
        let rows = try Row.fetchAll(context.db, sql: """
            SELECT t.id, t.title, t.day, t.organiser,
                   COUNT(r.minutes) AS served, COALESCE(SUM(r.minutes), 0) AS minutes
            FROM parkTasks t LEFT JOIN parkVolunteerRecords r ON r.taskID = t.id AND r.confirmedBy IS NOT NULL
            WHERE t.day >= ? AND t.day <= ? GROUP BY t.id ORDER BY t.day, t.id
            """, arguments: [month.firstDay.description, month.lastDay.description])
        let teams = try VolunteerTeams.hours(in: month, db: context.db, directory: context.directory)
        let minutes = rows.reduce(0) { $0 + ($1["minutes"] as Int) }
        let served = rows.reduce(0) { $0 + ($1["served"] as Int) }
        return PageContent(
            title: "\(month.chinese)志愿服务工时",
            figures: [.init("任务", String(rows.count)), .init("服务人次", String(served)), .init("确认工时", VolunteerTasks.hours(minutes))],
            tables: [.init(title: "按任务", headers: ["任务", "日期", "组织者", "人次", "确认工时"], rows: rows.map { row in
                ["T\(row["id"] as Int64) \(row["title"] as String)", row["day"], row["organiser"], String(row["served"] as Int),
                 VolunteerTasks.hours(row["minutes"])]
            }),
            .init(title: "按志愿队", headers: ["志愿队", "人次", "人数", "确认工时"], rows: teams.map {
                [$0.team, String($0.served), String($0.people), VolunteerTasks.hours($0.minutes)]
            })])
    }
}
