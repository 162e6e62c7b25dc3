import DeskKit

/// The repairs module's own row for each repair case: the category and the place, indexed for the queries
/// staff make (a resident's repairs by room, open repairs by compound or category).
struct RepairRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "repairs"

    var caseID: String
    var category: String
    var compound: String?
    var building: Int?
    var unit: Int?
    var room: Int?
    var place: String?
    var urgent: Bool

    static let migrations = [
        ModuleMigration("v1") { db in
            try db.create(table: "repairs") { t in
                t.primaryKey("caseID", .text).references("cases")
                t.column("category", .text).notNull()
                t.column("compound", .text)
                t.column("building", .integer)
                t.column("unit", .integer)
                t.column("room", .integer)
                t.column("place", .text)
                t.column("urgent", .boolean).notNull()
            }
            try db.create(index: "repairs_home", on: "repairs", columns: ["compound", "building", "unit", "room"])
            try db.create(index: "repairs_category", on: "repairs", columns: ["category"])
            try db.create(table: "repairsRouting") { t in
                t.primaryKey("category", .text)
                t.column("timeLimit", .text).notNull()
                t.column("responsible", .text).notNull()
            }
        },
        ModuleMigration("v2") { db in try FAQ.createTable("repairsFAQ", in: db) },
    ]

    /// Inserts the row with one statement prepared once per connection, its arguments an array literal: GRDB's
    /// `insert` built its statement and arguments from the record's `Codable` encoding on every call, some 82,000
    /// instructions a case opened (docs/performance.md, seventieth pass). The same columns and values as that
    /// encoding stored (`urgent` as 0 or 1, what is missing as NULL); a second row for a case is refused as before.
    func insertRow(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO repairs(caseID, category, compound, building, unit, room, place, urgent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [caseID, category, compound, building, unit, room, place, urgent])
    }
}
