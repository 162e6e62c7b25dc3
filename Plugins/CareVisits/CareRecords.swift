import DeskKit
import Foundation

/// How closely a person on the care register is watched, and so how often they are visited (issue #17 item 7:
/// weekly, fortnightly or monthly by default).
enum RiskLevel: String, CaseIterable, Codable, Sendable {
    case high, medium, low

    /// `高风险`.
    var chinese: String {
        switch self {
        case .high: "高风险"
        case .medium: "中风险"
        case .low: "低风险"
        }
    }

    /// The choices staff type: `高`, `高风险`, `high`.
    static let choices = [
        Choice(RiskLevel.high.rawValue, RiskLevel.high.chinese, aliases: ["高", "高危", "高风险", "high"]),
        Choice(RiskLevel.medium.rawValue, RiskLevel.medium.chinese, aliases: ["中", "中等", "中风险", "medium"]),
        Choice(RiskLevel.low.rawValue, RiskLevel.low.chinese, aliases: ["低", "低风险", "low"]),
    ]

    /// The level a word names (`高`, `中风险`), if any.
    init?(word: String) {
        guard let choice = Self.choices.first(where: { ([$0.name] + $0.aliases).contains(word) }) else { return nil }
        self.init(rawValue: choice.key)
    }
}

/// A person on the care register: only the link to the kernel's resident register (names, phones and the
/// address live there), the risk level and the dates. Nothing is deleted: a person who leaves keeps the record.
struct CareEntry: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "careRegister"

    var residentID: Int64
    var risk: RiskLevel
    var since: CalendarDay
    var addedBy: String
    /// The day the person left the register and why (去世, 迁出, 入住养老院…); nil while on it.
    var leftOn: CalendarDay?
    var leftReason: String?
}

/// One visit: who went, when, what they found (internal: never posted to a group) and whether someone must
/// follow up, with the case opened for it.
struct CareVisit: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "careVisits"

    var id: Int64?
    var residentID: Int64
    var day: CalendarDay
    var visitor: String
    var findings: String?
    var followUp: Bool
    /// The case opened for the grid worker when a follow-up is needed.
    var followUpCase: String?
    /// The welfare check or scheduled visit case this visit closed, if any.
    var caseID: String?
    var recordedAt: Date
    var operatorName: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A change to a register entry: added, risk changed, left — who, when, what.
struct CareChange: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "careChanges"

    var residentID: Int64
    var at: Date
    var operatorName: String
    var action: String
}

/// A case about one person of the care register: an urgent welfare check (`7栋的王奶奶好几天没见人了`), linked to
/// the person when the register knows her, or a visit that fell due.
struct CareCase: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "careCases"

    enum Kind: String, Codable, Sendable {
        case welfareCheck = "welfare-check"
        case dueVisit = "due-visit"
    }

    var caseID: String
    var kind: Kind
    var residentID: Int64?
    /// How the reporters named the person (`王奶奶`).
    var who: String?
}

enum CareSchema {
    static let migrations = [
        ModuleMigration("v1") { db in
            try db.create(table: CareEntry.databaseTableName) { t in
                t.primaryKey("residentID", .integer).references("residents")
                t.column("risk", .text).notNull()
                t.column("since", .text).notNull()
                t.column("addedBy", .text).notNull()
                t.column("leftOn", .text)
                t.column("leftReason", .text)
            }
            try db.create(table: CareVisit.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("residentID", .integer).notNull().references("residents").indexed()
                t.column("day", .text).notNull()
                t.column("visitor", .text).notNull()
                t.column("findings", .text)
                t.column("followUp", .boolean).notNull()
                t.column("followUpCase", .text).references("cases")
                t.column("caseID", .text).references("cases")
                t.column("recordedAt", .datetime).notNull()
                t.column("operatorName", .text).notNull()
            }
            try db.create(table: CareChange.databaseTableName) { t in
                t.column("residentID", .integer).notNull().references("residents").indexed()
                t.column("at", .datetime).notNull()
                t.column("operatorName", .text).notNull()
                t.column("action", .text).notNull()
            }
            try db.create(table: CareCase.databaseTableName) { t in
                t.primaryKey("caseID", .text).references("cases")
                t.column("kind", .text).notNull()
                t.column("residentID", .integer).references("residents").indexed()
                t.column("who", .text)
            }
            try FAQ.createTable("careFAQ", in: db)
        },
    ]
}
