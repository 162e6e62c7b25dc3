import DeskKit
import Foundation

/// Volunteer teams (志愿队): which of the community's teams (community.yaml `teams`: 银发志愿队, 兵哥哥服务队,
/// 巾帼红爱心队, 红十字志愿服务队…) a volunteer serves with, and the confirmed hours by team for a month.
///
/// A volunteer is a person in the resident register: membership is kept by register id in the module's own table
/// (`parkVolunteerTeams`), so it follows the person whatever name a sign-up was written under.
struct VolunteerTeams {
    let context: ServiceContext

    static let usage = "志愿队 张三 银发志愿队 | 志愿队 R12 巾帼红爱心队 | 志愿队 工时 [2026-11] | 志愿队 列表"
    /// Hours confirmed for volunteers who are in no team yet.
    static let noTeam = "未分队"

    /// `志愿队 …`.
    func run(_ text: String) throws -> Reply {
        let words = text.split(separator: " ").map(String.init)
        switch words.first ?? "列表" {
        case "列表", "list": return try list()
        case "工时", "hours": return try hoursReply(words.dropFirst().joined(separator: " "))
        default:
            guard words.count == 2 else { throw DeskError("missing-argument", "用法：\(Self.usage)") }
            return try assign(words[0], to: words[1])
        }
    }

    /// The team named `text`: its name, its id, or a part of its name that only one team has (`巾帼`).
    func team(named text: String) throws -> CommunityDirectory.Team {
        let teams = context.directory.teams
        if let exact = teams.first(where: { $0.name == text || $0.id == text }) { return exact }
        let partial = teams.filter { $0.name.contains(text) }
        guard partial.count == 1 else {
            throw DeskError("unknown-team", "没有志愿队「\(text)」。社区的志愿队：\(teams.map(\.name).joined(separator: "、"))")
        }
        return partial[0]
    }

    /// `志愿队 张三 银发志愿队`: puts the volunteer in the team (or moves them), and says which team they left.
    private func assign(_ who: String, to teamName: String) throws -> Reply {
        let team = try team(named: teamName)
        let (id, name) = try volunteer(who)
        let before = try String.fetchOne(context.db, sql: "SELECT team FROM parkVolunteerTeams WHERE residentID = ?", arguments: [id])
        if before == team.id { return .answer("\(name) 已在 \(team.name)。", module: "park-upkeep") }
        try context.db.execute(sql: """
            INSERT INTO parkVolunteerTeams(residentID, team, setAt, setBy) VALUES (?, ?, ?, ?)
            ON CONFLICT(residentID) DO UPDATE SET team = excluded.team, setAt = excluded.setAt, setBy = excluded.setBy
            """, arguments: [id, team.id, context.now, context.operatorName])
        let moved = before.map { old in "（原在 \(context.directory.team(id: old)?.name ?? old)）" } ?? ""
        return Reply(module: "park-upkeep", status: .updated, text: "\(name)（居民 R\(id)）已编入 \(team.name)\(moved)。")
    }

    /// The register person a volunteer's name (or `R12`) stands for: the one person of exactly that name with a
    /// sign-up or hours here. A name several volunteers share is refused with what to type instead.
    private func volunteer(_ who: String) throws -> (Int64, String) {
        if who.uppercased().hasPrefix("R"), let id = Int64(who.dropFirst()) {
            guard let person = try context.residents.resident(id) else {
                throw DeskError("unknown-resident", "居民登记里没有 \(who.uppercased())")
            }
            return (id, person.name ?? who)
        }
        let named = try Residents(db: context.db, now: context.now).lookup(who).filter { $0.name == who }.compactMap(\.id)
        let known = named.isEmpty ? [] : try Int64.fetchAll(context.db, sql: """
            SELECT DISTINCT residentID FROM parkVolunteerRecords WHERE residentID IN (\(named.map { _ in "?" }.joined(separator: ",")))
            ORDER BY residentID
            """, arguments: StatementArguments(named))
        guard let first = known.first else {
            throw DeskError("unknown-volunteer", "没有志愿者「\(who)」的报名或工时记录（报名 T1 \(who)，或 工时 T1 \(who) 2小时）")
        }
        guard known.count == 1 else {
            throw DeskError("ambiguous-volunteer", "有 \(known.count) 位叫 \(who) 的志愿者（\(known.map { "R\($0)" }.joined(separator: "、"))），请写居民编号，如：志愿队 R\(first) 银发志愿队")
        }
        return (first, who)
    }

    /// `志愿队 列表`: each team and its volunteers (names from the resident register).
    private func list() throws -> Reply {
        let rows = try Row.fetchAll(context.db, sql: "SELECT team, residentID FROM parkVolunteerTeams ORDER BY setAt")
        var members: [String: [String]] = [:]
        for row in rows {
            let id: Int64 = row["residentID"]
            members[row["team"], default: []].append(try context.residents.resident(id)?.name ?? "R\(id)")
        }
        return .answer("志愿队：\n" + context.table(["志愿队", "人数", "队员"], context.directory.teams.map { team in
            let names = members[team.id] ?? []
            return [team.name, String(names.count), names.isEmpty ? "—" : names.joined(separator: "、")]
        }), module: "park-upkeep")
    }

    /// `志愿队 工时 2026-11`: the month's confirmed hours by team.
    private func hoursReply(_ text: String) throws -> Reply {
        let month: YearMonth
        if text.trimmingCharacters(in: .whitespaces).isEmpty || ["本月", "这个月"].contains(text) {
            month = YearMonth(context.today)
        } else if ["上月", "上个月"].contains(text) {
            month = YearMonth(context.today).adding(months: -1)
        } else if let m = YearMonth.find(in: text) {
            month = m
        } else {
            throw DeskError("unknown-period", "月份可以是 本月、上月 或 2026-11 这样，这里是「\(text)」")
        }
        let rows = try Self.hours(in: month, db: context.db, directory: context.directory)
        guard !rows.isEmpty else { return .answer("\(month.chinese)没有已确认的志愿工时。", module: "park-upkeep") }
        let total = rows.reduce((0, 0)) { ($0.0 + $1.served, $0.1 + $1.minutes) }
        return .answer("\(month.chinese)志愿工时（按志愿队，已确认）：\n" + context.table(["志愿队", "人次", "人数", "工时"],
            rows.map { [$0.team, String($0.served), String($0.people), VolunteerTasks.hours($0.minutes)] }
            + [["合计", String(total.0), "—", VolunteerTasks.hours(total.1)]]), module: "park-upkeep")
    }

    /// One team's confirmed service in a month.
    struct TeamHours: Equatable {
        var team: String
        /// Confirmed records (one volunteer at one task).
        var served: Int
        /// Different volunteers (a record linked to no person in the register counts as one).
        var people: Int
        var minutes: Int
    }

    /// The confirmed hours of the tasks held in `month`, by the team each volunteer is in now (the community's
    /// teams in their order, then 未分队), teams without hours left out: what `志愿队 工时` and the dashboard show.
    static func hours(in month: YearMonth, db: Database, directory: CommunityDirectory) throws -> [TeamHours] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.team, COUNT(*) AS served, COUNT(DISTINCT r.residentID) + SUM(r.residentID IS NULL) AS people,
                   SUM(r.minutes) AS minutes
            FROM parkVolunteerRecords r JOIN parkTasks t ON t.id = r.taskID
            LEFT JOIN parkVolunteerTeams m ON m.residentID = r.residentID
            WHERE r.minutes IS NOT NULL AND r.confirmedBy IS NOT NULL AND t.day >= ? AND t.day <= ?
            GROUP BY m.team
            """, arguments: [month.firstDay.description, month.lastDay.description])
        let byTeam = Dictionary(uniqueKeysWithValues: rows.map { (($0["team"] as String?) ?? "", $0) })
        // A team taken out of community.yaml keeps its hours, under its id.
        let gone = byTeam.keys.filter { id in !id.isEmpty && directory.team(id: id) == nil }.sorted().map { ($0, $0) }
        return (directory.teams.map { ($0.id, $0.name) } + gone + [("", noTeam)]).compactMap { id, name in
            byTeam[id].map { TeamHours(team: name, served: $0["served"], people: $0["people"], minutes: $0["minutes"]) }
        }
    }
}
