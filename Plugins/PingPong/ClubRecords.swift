import DeskKit
import Foundation

/// `seeds/pingpong/club.yaml`.
struct ClubSeed: Decodable {
    var club: Club
    var plans: [PlanSeed]
    var donations: [Donation]

    struct Club: Codable {
        var name: String
        var group: String
        var managers: [String]
        /// What residents are told (opening hours, how to join, how to pay); nil in databases seeded before.
        var hours: String?
        var join: String?
        var pay: String?

        /// Who a club's case goes to: `乒乓球友会管理员（球友会管理员甲、球友会管理员乙）`.
        var managersName: String { "\(name)管理员（\(managers.joined(separator: "、"))）" }
    }

    struct PlanSeed: Decodable {
        var id: String
        var name: String
        var months: Int
        var amount: String
        var aliases: [String]?
    }
}

/// A member of the players' club. The paid-up period is derived from payments, never stored here. The person
/// is in the kernel's resident register (``residentID``), which alone keeps the name and phone: ``name`` and
/// ``phone`` are read from it when members are loaded (``load(_:in:)``) and are not columns (issue #15).
struct Member: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "pingpongMembers"
    var id: Int64?
    /// The register's name (not a column).
    var name = ""
    /// The person's first phone in the register, whole (not a column); shown masked.
    var phone: String?
    var address: String?
    /// The person in the kernel's resident register.
    var residentID: Int64? = nil
    var joinedOn: CalendarDay
    /// `active`, `lapsed` or `left`.
    var status: String
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The columns of `pingpongMembers`: no name or phone.
    enum CodingKeys: String, CodingKey { case id, address, residentID, joinedOn, status }

    /// `members` with their names and phones from the register (after a correction or a merge, the current ones).
    static func load(_ members: [Member], in register: any ResidentRegister) throws -> [Member] {
        let people = try register.people(members.compactMap(\.residentID))
        return try members.map { member in
            var member = member
            let person = member.residentID.flatMap { people[$0] }
            member.name = person?.name ?? "未留姓名"
            member.phone = try person.flatMap { try register.phones(of: $0.id!).first?.digits }
            return member
        }
    }

    var statusChinese: String { ["active": "在册", "lapsed": "停缴", "left": "退出"][status] ?? status }
}

/// A fee plan.
struct Plan: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "pingpongPlans"
    var id: String
    var name: String
    /// Months covered; 0 for a single visit.
    var months: Int
    var amountFen: Int
    var aliases: [String]

    var amount: Money { Money(fen: amountFen) }
    func named(in text: String) -> Bool { ([name] + aliases).contains { text.contains($0) } }
}

/// A payment of a membership fee. Never edited or deleted: a reversal of its ledger entry undoes it.
struct Payment: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "pingpongPayments"
    var id: Int64?
    var memberID: Int64
    var planID: String
    var amountFen: Int
    var method: String
    var periodStart: CalendarDay
    var periodEnd: CalendarDay
    var reference: String?
    var reason: String?
    var at: Date
    var operatorName: String
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    var label: String { "P\(id ?? 0)" }
}

/// One line of the club's open ledger. Income is positive, expense negative; a reversal is an entry of the
/// opposite sign pointing at the entry it corrects. The balance is always the sum of the entries.
struct LedgerEntry: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "pingpongLedger"
    var id: Int64?
    var day: CalendarDay
    var category: String
    var signedFen: Int
    var note: String
    var paymentID: Int64?
    var reversalOf: Int64?
    var at: Date
    var operatorName: String
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    var label: String { "L\(id ?? 0)" }
}

/// An in-kind donation to the room.
struct Donation: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "pingpongDonations"
    var donor: String
    var item: String
    var quantity: Int
    var unit: String
    var day: CalendarDay
}

enum ClubSchema {
    static let migrations = [
        ModuleMigration("v1") { db in
            try db.create(table: "pingpongClub") { t in
                t.primaryKey("key", .text)
                t.column("value", .jsonText).notNull()
            }
            try db.create(table: "pingpongMembers") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().indexed()
                t.column("phone", .text)
                t.column("address", .text)
                t.column("joinedOn", .text).notNull()
                t.column("status", .text).notNull()
            }
            try db.create(table: "pingpongPlans") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("months", .integer).notNull()
                t.column("amountFen", .integer).notNull()
                t.column("aliases", .jsonText).notNull()
            }
            try db.create(table: "pingpongPayments") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("memberID", .integer).notNull().references("pingpongMembers").indexed()
                t.column("planID", .text).notNull().references("pingpongPlans")
                t.column("amountFen", .integer).notNull()
                t.column("method", .text).notNull()
                t.column("periodStart", .text).notNull()
                t.column("periodEnd", .text).notNull()
                t.column("reference", .text).unique()
                t.column("reason", .text)
                t.column("at", .datetime).notNull()
                t.column("operatorName", .text).notNull()
            }
            try db.create(table: "pingpongLedger") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("day", .text).notNull().indexed()
                t.column("category", .text).notNull()
                t.column("signedFen", .integer).notNull()
                t.column("note", .text).notNull()
                t.column("paymentID", .integer)
                t.column("reversalOf", .integer).unique()
                t.column("at", .datetime).notNull()
                t.column("operatorName", .text).notNull()
            }
            try db.create(table: "pingpongDonations") { t in
                t.column("donor", .text).notNull()
                t.column("item", .text).notNull()
                t.column("quantity", .integer).notNull()
                t.column("unit", .text).notNull()
                t.column("day", .text).notNull()
            }
            try db.create(table: "pingpongFacilityCases") { t in
                t.primaryKey("caseID", .text).references("cases")
            }
        },
        // Members are people in the kernel's resident register; existing members are linked.
        ModuleMigration("v2-resident-register") { db in
            try db.alter(table: "pingpongMembers") { t in t.add(column: "residentID", .integer).indexed() }
            let register = Residents(db: db, now: Date())
            for row in try Row.fetchAll(db, sql: "SELECT id, name, phone FROM pingpongMembers") {
                let phone = (row["phone"] as String?).flatMap { try? PhoneNumber($0) }
                let person = try register.person(name: row["name"], phone: phone, address: nil)
                try db.execute(sql: "UPDATE pingpongMembers SET residentID = ? WHERE id = ?", arguments: [person.id, row["id"] as Int64])
            }
        },
        // Fee payments told in a group wait here for a manager's confirmation (FeeClaims).
        ModuleMigration("claims") { db in
            try db.create(table: "pingpongClaims") { t in
                t.primaryKey("caseID", .text).references("cases")
                t.column("memberID", .integer).notNull().references("pingpongMembers")
                t.column("planID", .text).notNull().references("pingpongPlans")
                t.column("amountFen", .integer).notNull()
                t.column("method", .text).notNull()
                t.column("reference", .text)
                t.column("reason", .text)
                t.column("paidOn", .text).notNull()
            }
        },
        // No private copies (issue #15): names and phones live only in the resident register. Every member is
        // linked (name and phone together, a shared phone never merging two people), the payments' ledger notes
        // lose the name they began with, and the table is rebuilt without `name` and `phone`.
        ModuleMigration("v3-register-only") { db in
            let register = Residents(db: db, now: Date())
            for row in try Row.fetchAll(db, sql: "SELECT id, name, phone, address, residentID FROM pingpongMembers") {
                let name: String = row["name"]
                var resident: Int64? = row["residentID"]
                if resident == nil {
                    let phone = (row["phone"] as String?).flatMap { try? PhoneNumber($0) }
                    resident = try register.person(name: name, phone: phone, address: nil).id
                }
                try db.execute(sql: """
                    UPDATE pingpongLedger SET note = substr(note, length(?) + 2)
                    WHERE paymentID IN (SELECT id FROM pingpongPayments WHERE memberID = ?) AND substr(note, 1, length(?) + 1) = ? || ' '
                    """, arguments: [name, row["id"] as Int64, name, name])
                try db.execute(sql: "UPDATE pingpongMembers SET residentID = ? WHERE id = ?", arguments: [resident, row["id"] as Int64])
            }
            try db.create(table: "pingpongMembers_new") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("address", .text)
                t.column("residentID", .integer).notNull().indexed()
                t.column("joinedOn", .text).notNull()
                t.column("status", .text).notNull()
            }
            try db.execute(sql: """
                INSERT INTO pingpongMembers_new(id, address, residentID, joinedOn, status)
                SELECT id, address, residentID, joinedOn, status FROM pingpongMembers
                """)
            try db.drop(table: "pingpongMembers")
            try db.rename(table: "pingpongMembers_new", to: "pingpongMembers")
        },
    ]
}
