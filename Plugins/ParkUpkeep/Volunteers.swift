import DeskKit
import Foundation

/// Volunteers are people in the kernel's resident register: a sign-up or hours record keeps the register's id
/// (`residentID`) and nothing else about the person; names and phones are read from the register, so a correction
/// or a merge there shows here at once (issue #15).
struct Volunteers {
    let context: ServiceContext
    var db: Database { context.db }

    /// One record of a task, with the person as the register has them now.
    struct Signup {
        /// The id stored in the record (perhaps an entry merged since into ``person``).
        var residentID: Int64
        var person: Resident?
        var row: Row

        var name: String { person?.name ?? "未留姓名" }
    }

    /// The records of task `taskID`, in sign-up order.
    func signups(_ taskID: Int64) throws -> [Signup] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM parkVolunteerRecords WHERE taskID = ? ORDER BY signedAt, rowid", arguments: [taskID])
        let people = try context.residents.people(rows.map { $0["residentID"] })
        return rows.map { Signup(residentID: $0["residentID"], person: people[$0["residentID"]], row: $0) }
    }

    /// The task's record of the person called `name` (the register's name), if any.
    func signup(_ taskID: Int64, named name: String) throws -> Signup? {
        try signups(taskID).first { $0.name == name }
    }

    /// The task's record of `person` (stored under their id or an entry merged into them), if any.
    func signup(_ taskID: Int64, of person: Resident) throws -> Signup? {
        try signups(taskID).first { $0.person?.id == person.id }
    }

    /// The people who served or signed up and are called `query` (or `R12`), each with the ids their records use.
    func people(_ query: String) throws -> [(person: Resident, ids: [Int64])] {
        let ids = try Int64.fetchAll(db, sql: "SELECT DISTINCT residentID FROM parkVolunteerRecords")
        let people = try context.residents.people(ids)
        let code = Residents.code(query)
        var found: [Int64: (person: Resident, ids: [Int64])] = [:]
        for id in ids {
            guard let person = people[id], code.map({ $0 == person.id }) ?? (person.name == query) else { continue }
            found[person.id!, default: (person, [])].ids.append(id)
        }
        return found.values.sorted { $0.person.id! < $1.person.id! }
    }
}

/// What the park keeps about a volunteer, for their access and deletion requests (`居民 导出`, `居民 删除`, PIPL arts.
/// 45 and 47): the sign-ups and hours. The records hold no name or phone (those are the register's, erased by the
/// kernel); the hours stay, as the community's service figures.
extension ParkUpkeep: PersonalDataKeeper {
    public func personalData(of person: PersonReference, in db: Database) throws -> [String] {
        let ids = person.residentIDs.map(String.init).joined(separator: ",")
        return try Row.fetchAll(db, sql: """
            SELECT t.id, t.day, t.title, r.minutes, r.claimedMinutes, r.confirmedBy FROM parkVolunteerRecords r
            JOIN parkTasks t ON t.id = r.taskID WHERE r.residentID IN (\(ids)) ORDER BY t.day
            """).map { row in
            "志愿活动 T\(row["id"] as Int64) \(row["day"] as String) \(row["title"] as String)："
                + ((row["minutes"] as Int?).map { "\(VolunteerTasks.hours($0))，确认人 \((row["confirmedBy"] as String?) ?? "—")" }
                   ?? (row["claimedMinutes"] as Int?).map { "报 \(VolunteerTasks.hours($0))（待确认）" } ?? "已报名")
        }
    }

    /// Nothing to remove: a record holds the register's id, the hours and who confirmed them (staff), no free text.
    public func erasePersonalData(of person: PersonReference, in db: Database) throws -> Int { 0 }
}
