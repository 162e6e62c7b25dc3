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
    }

    struct PlanSeed: Decodable {
        var id: String
        var name: String
        var months: Int
        var amount: String
        var aliases: [String]?
    }
}

/// A member of the players' club. The paid-up period is derived from payments, never stored here.
struct Member: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "pingpongMembers"
    var id: Int64?
    var name: String
    /// Kept with the member for finding members by phone and telling shared phones apart; the person (with the
    /// same number) is in the kernel's resident register, linked by ``residentID``.
    var phone: String?
    var address: String?
    /// The person in the kernel's resident register.
    var residentID: Int64? = nil
    var joinedOn: CalendarDay
    /// `active`, `lapsed` or `left`.
    var status: String
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

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
                try db.execute(sql: "UPDATE pingpongMembers SET residentID = ? WHERE id = ?", arguments: [person?.id, row["id"] as Int64])
            }
        },
    ]
}
