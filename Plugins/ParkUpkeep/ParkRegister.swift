import DeskKit
import Foundation

/// `seeds/park-upkeep/parks.yaml`.
struct ParkSeed: Decodable {
    var parks: [Park]
    var types: [AssetType]
    var assets: [Asset]
}

/// A park of the community.
struct Park: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "parks"
    var id: String
    var name: String
    var aliases: [String]
    var compound: String

    func named(in text: String) -> Bool { ([name] + aliases).contains { text.contains($0) } }
}

/// A kind of asset, the words people use for it, its time limit and what an inspection checks.
struct AssetType: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "parkAssetTypes"
    var name: String
    var words: [String]
    var timeLimit: String
    var check: String
}

/// One asset of a park: a bench, a lamp, a twisting machine…
struct Asset: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "parkAssets"
    var code: String
    var park: String
    var type: String
    var kind: String
    var place: String
    var installed: String
    var maintainer: String
    var retired: Bool?

    /// `NZ-01 扭腰器（健身区东侧）`.
    var label: String { "\(code) \(kind)（\(place)）" }
}

/// A change to the asset register: who, when, what.
struct AssetEvent: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "parkAssetEvents"
    var asset: String
    var at: Date
    var operatorName: String
    var action: String
    var note: String
}

enum ParkSchema {
    static let migrations = [
        ModuleMigration("v1") { db in
            try db.create(table: "parks") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("aliases", .jsonText).notNull()
                t.column("compound", .text).notNull()
            }
            try db.create(table: "parkAssetTypes") { t in
                t.primaryKey("name", .text)
                t.column("words", .jsonText).notNull()
                t.column("timeLimit", .text).notNull()
                t.column("check", .text).notNull()
            }
            try db.create(table: "parkAssets") { t in
                t.primaryKey("code", .text)
                t.column("park", .text).notNull().references("parks")
                t.column("type", .text).notNull().references("parkAssetTypes")
                t.column("kind", .text).notNull()
                t.column("place", .text).notNull()
                t.column("installed", .text).notNull()
                t.column("maintainer", .text).notNull()
                t.column("retired", .boolean)
            }
            try db.create(table: "parkAssetEvents") { t in
                t.column("asset", .text).notNull().indexed()
                t.column("at", .datetime).notNull()
                t.column("operatorName", .text).notNull()
                t.column("action", .text).notNull()
                t.column("note", .text).notNull()
            }
            try db.create(table: "parkAssetCases") { t in
                t.primaryKey("caseID", .text).references("cases")
                t.column("asset", .text).notNull().indexed()
            }
            try db.create(table: "parkRounds") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("park", .text).notNull().indexed()
                t.column("at", .datetime).notNull()
                t.column("inspector", .text).notNull()
                t.column("operatorName", .text).notNull()
            }
            try db.create(table: "parkRoundItems") { t in
                t.column("roundID", .integer).notNull().references("parkRounds").indexed()
                t.column("asset", .text).notNull()
                t.column("ok", .boolean).notNull()
                t.column("note", .text)
                t.column("caseID", .text)
            }
            try db.create(table: "parkTasks") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("title", .text).notNull()
                t.column("day", .text).notNull()
                t.column("time", .text)
                t.column("place", .text).notNull()
                t.column("wanted", .integer).notNull()
                t.column("organiser", .text).notNull()
                t.column("done", .boolean).notNull()
            }
            try db.create(table: "parkVolunteerRecords") { t in
                t.column("taskID", .integer).notNull().references("parkTasks").indexed()
                t.column("volunteer", .text).notNull().indexed()
                t.column("phone", .text)
                t.column("signedAt", .datetime).notNull()
                t.column("channel", .text).notNull()
                t.column("minutes", .integer)
                t.column("confirmedBy", .text)
                t.column("recordedAt", .datetime)
                t.uniqueKey(["taskID", "volunteer"])
            }
        },
        // Hours a volunteer reported in a group, until the organiser confirms them; corrections kept as such.
        ModuleMigration("v2") { db in
            try db.alter(table: "parkVolunteerRecords") { t in t.add(column: "claimedMinutes", .integer) }
            try db.create(table: "parkHourCorrections") { t in
                t.column("taskID", .integer).notNull().references("parkTasks")
                t.column("volunteer", .text).notNull()
                t.column("oldMinutes", .integer).notNull()
                t.column("oldConfirmedBy", .text).notNull()
                t.column("newMinutes", .integer).notNull()
                t.column("newConfirmedBy", .text).notNull()
                t.column("at", .datetime).notNull()
                t.column("operatorName", .text).notNull()
            }
        },
        ModuleMigration("v3") { db in try FAQ.createTable("parkFAQ", in: db) },
        // Volunteers are people in the kernel's resident register: sign-ups with a phone are linked to the person
        // with that number; without one, to the one person of exactly that name, if there is one.
        ModuleMigration("v4-resident-register") { db in
            try db.alter(table: "parkVolunteerRecords") { t in t.add(column: "residentID", .integer).indexed() }
            let register = Residents(db: db, now: Date())
            for row in try Row.fetchAll(db, sql: "SELECT rowid, volunteer, phone FROM parkVolunteerRecords") {
                let name: String = row["volunteer"]
                let person: Resident?
                if let phone = (row["phone"] as String?).flatMap({ try? PhoneNumber($0) }) {
                    person = try register.person(name: name, phone: phone, address: nil)
                } else {
                    let same = try register.lookup(name).filter { $0.name == name && $0.status == .active }
                    person = same.count == 1 ? same[0] : nil
                }
                try db.execute(sql: "UPDATE parkVolunteerRecords SET residentID = ? WHERE rowid = ?",
                               arguments: [person?.id, row["rowid"] as Int64])
            }
        },
        // The volunteer team (community.yaml `teams`) each volunteer serves with, by resident register id.
        ModuleMigration("v5-volunteer-teams") { db in
            try db.create(table: "parkVolunteerTeams") { t in
                t.primaryKey("residentID", .integer)
                t.column("team", .text).notNull().indexed()
                t.column("setAt", .datetime).notNull()
                t.column("setBy", .text).notNull()
            }
        },
        // No private copies (issue #15): sign-ups and hour corrections keep only the register's id.
        ModuleMigration("v6-register-only") { db in try VolunteerMigration.run(db) },
    ]
}

/// Moves volunteers' names and phones out of the park's tables into the resident register (`v6-register-only`):
/// every record is linked to its person (name and phone together: a shared phone never merges two people), the
/// corrections to the person of their record, then both tables are rebuilt without `volunteer` and `phone`.
enum VolunteerMigration {
    static func run(_ db: Database) throws {
        let register = Residents(db: db, now: Date())
        var byName: [String: Int64] = [:]          // "task|name" → person, for the corrections
        var taken = Set<String>()                  // "task|person": one record per person and task
        for row in try Row.fetchAll(db, sql: "SELECT rowid, taskID, volunteer, phone, residentID FROM parkVolunteerRecords ORDER BY rowid") {
            let task: Int64 = row["taskID"]
            let name: String = row["volunteer"]
            let phone = (row["phone"] as String?).flatMap { try? PhoneNumber($0) }
            var person = try (row["residentID"] as Int64?).flatMap(register.resident)?.id
                ?? register.person(name: name, phone: phone, address: nil).id!
            if !taken.insert("\(task)|\(person)").inserted {
                // Two names of one task found one person: keep them apart, as two entries staff may merge.
                person = try register.record(ResidentEntry(name: name)).id!
                taken.insert("\(task)|\(person)")
            }
            byName["\(task)|\(name)"] = person
            try db.execute(sql: "UPDATE parkVolunteerRecords SET residentID = ? WHERE rowid = ?", arguments: [person, row["rowid"] as Int64])
        }
        try db.alter(table: "parkHourCorrections") { t in t.add(column: "residentID", .integer) }
        for row in try Row.fetchAll(db, sql: "SELECT rowid, taskID, volunteer FROM parkHourCorrections") {
            let key = "\(row["taskID"] as Int64)|\(row["volunteer"] as String)"
            let person = try byName[key] ?? register.person(name: row["volunteer"], phone: nil, address: nil).id!
            try db.execute(sql: "UPDATE parkHourCorrections SET residentID = ? WHERE rowid = ?", arguments: [person, row["rowid"] as Int64])
        }
        try db.create(table: "parkVolunteerRecords_new") { t in
            t.column("taskID", .integer).notNull().references("parkTasks")
            t.column("residentID", .integer).notNull().indexed()
            t.column("signedAt", .datetime).notNull()
            t.column("channel", .text).notNull()
            t.column("minutes", .integer)
            t.column("confirmedBy", .text)
            t.column("recordedAt", .datetime)
            t.column("claimedMinutes", .integer)
            t.uniqueKey(["taskID", "residentID"])
        }
        try db.execute(sql: """
            INSERT INTO parkVolunteerRecords_new(rowid, taskID, residentID, signedAt, channel, minutes, confirmedBy, recordedAt, claimedMinutes)
            SELECT rowid, taskID, residentID, signedAt, channel, minutes, confirmedBy, recordedAt, claimedMinutes FROM parkVolunteerRecords
            """)
        try db.drop(table: "parkVolunteerRecords")
        try db.rename(table: "parkVolunteerRecords_new", to: "parkVolunteerRecords")
        try db.create(index: "parkVolunteerRecords_task", on: "parkVolunteerRecords", columns: ["taskID"])
        try db.create(table: "parkHourCorrections_new") { t in
            t.column("taskID", .integer).notNull().references("parkTasks")
            t.column("residentID", .integer).notNull().indexed()
            t.column("oldMinutes", .integer).notNull()
            t.column("oldConfirmedBy", .text).notNull()
            t.column("newMinutes", .integer).notNull()
            t.column("newConfirmedBy", .text).notNull()
            t.column("at", .datetime).notNull()
            t.column("operatorName", .text).notNull()
        }
        try db.execute(sql: """
            INSERT INTO parkHourCorrections_new(rowid, taskID, residentID, oldMinutes, oldConfirmedBy, newMinutes, newConfirmedBy, at, operatorName)
            SELECT rowid, taskID, residentID, oldMinutes, oldConfirmedBy, newMinutes, newConfirmedBy, at, operatorName FROM parkHourCorrections
            """)
        try db.drop(table: "parkHourCorrections")
        try db.rename(table: "parkHourCorrections_new", to: "parkHourCorrections")
    }
}

/// Finding assets from what people say.
struct AssetFinder {
    let db: Database

    func assets(park: String? = nil, includeRetired: Bool = false) throws -> [Asset] {
        var request = Asset.all()
        if let park { request = request.filter(Column("park") == park) }
        if !includeRetired { request = request.filter(Column("retired") == nil || Column("retired") == false) }
        return try request.order(Column("code")).fetchAll(db)
    }

    /// The assets `text` could mean: by code, by kind (扭腰器), else by type words (灯, 椅子), narrowed by place.
    func candidates(in text: String) throws -> [Asset] {
        let all = try assets()
        if let byCode = all.first(where: { text.uppercased().contains($0.code) }) { return [byCode] }
        var found = all.filter { text.contains($0.kind) }
        if found.isEmpty {
            let types = try AssetType.fetchAll(db).filter { $0.words.contains(where: text.contains) || text.contains($0.name) }
            found = all.filter { a in types.contains { $0.name == a.type } }
        }
        let exact = found.filter { text.contains($0.place) }
        if !exact.isEmpty { return exact }
        let near = found.filter { text.contains(String($0.place.prefix(3))) }
        return near.isEmpty ? found : near
    }

    func require(_ code: String, includeRetired: Bool = false) throws -> Asset {
        guard let asset = try Asset.fetchOne(db, key: code.uppercased()) else {
            throw DeskError("unknown-asset", "没有编号为「\(code)」的设施，用 设施 列表 查看")
        }
        if asset.retired == true && !includeRetired { throw DeskError("retired-asset", "设施 \(asset.label) 已停用") }
        return asset
    }
}
