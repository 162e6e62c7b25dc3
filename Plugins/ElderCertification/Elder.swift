import DeskKit
import Foundation

/// An older resident on the register. The ID number is stored whole and shown masked; the person (phones, ID)
/// is also in the kernel's resident register, linked by ``residentID`` (``ElderPeople``).
struct Elder: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "elders"

    var id: Int64?
    var name: String
    var idNumber: String
    var birthDate: CalendarDay
    var sex: Sex
    var compound: String?
    var address: String
    /// The person in the kernel's resident register, which keeps the elder's phone numbers.
    var residentID: Int64?
    var pensionType: String
    var living: String
    /// Stored whole (name, relation and phone); shown only through ``maskedFamily``.
    var familyContact: String?
    var registeredAt: Date
    /// The day the elder left the register (died or moved away), and why; nil while on it. Nothing is deleted.
    var leftOn: CalendarDay?
    var leftReason: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var maskedID: String { Masking.idNumber(idNumber) }
    var registeredDay: CalendarDay { CalendarDay(registeredAt) }
    var maskedFamily: String? { familyContact.map(Masking.redact) }
    /// Whether the elder receives a pension and so must be certified.
    var isPensioner: Bool { pensionType != "none" }
    var bedridden: Bool { living == "bedridden" }

    /// Whole years of age on `day`.
    func age(on day: CalendarDay) -> Int {
        let years = day.year - birthDate.year
        return (day.month, day.day) < (birthDate.month, birthDate.day) ? years - 1 : years
    }

    static let pensionTypes = [
        Choice("enterprise", "企业职工", aliases: ["企业", "企退"]), Choice("resident", "城乡居民", aliases: ["居民"]),
        Choice("public", "机关事业", aliases: ["机关", "事业单位"]),
        Choice("none", "未领养老金", aliases: ["无养老金", "没有养老金", "不领养老金"]),
    ]
    static let livingSituations = [
        Choice("alone", "独居", aliases: ["一个人住", "一人住"]), Choice("empty-nest", "空巢"),
        Choice("bedridden", "失能/卧床", aliases: ["失能", "卧床", "瘫痪"]), Choice("family", "与家人同住", aliases: ["同住"]),
    ]

    static func name(of key: String, in choices: [Choice]) -> String { choices.first { $0.key == key }?.name ?? key }
}

/// A change to an elder's record: who, when, what (`修改 电话`, `去世`, `迁出`), with the old and new value.
struct ElderEvent: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "elderEvents"
    var elderID: Int64
    var at: Date
    var operatorName: String
    var action: String
    var note: String
}

/// One certification: when, how, who did it.
struct Certification: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "elderCertifications"

    var elderID: Int64
    var day: CalendarDay
    var method: String
    var certifiedBy: String
    var note: String?
    var recordedAt: Date
    var operatorName: String

    static let methods = [
        Choice("big-data", "大数据静默", aliases: ["静默", "大数据"]),
        Choice("face", "人脸识别", aliases: ["刷脸", "人脸", "app", "App", "手机"]),
        Choice("station", "社区现场", aliases: ["现场", "驿站", "社区"]),
        Choice("home", "上门", aliases: ["上门认证", "入户"]),
    ]
}

enum ElderSchema {
    static let migrations = [
        ModuleMigration("v1") { db in
            try db.create(table: "elders") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("idNumber", .text).notNull().unique()
                t.column("birthDate", .text).notNull()
                t.column("sex", .text).notNull()
                t.column("compound", .text).indexed()
                t.column("address", .text).notNull()
                t.column("phone", .text)
                t.column("pensionType", .text).notNull()
                t.column("living", .text).notNull()
                t.column("familyContact", .text)
                t.column("registeredAt", .datetime).notNull()
            }
            try db.create(index: "elders_name", on: "elders", columns: ["name"])
            try db.create(table: "elderCertifications") { t in
                t.column("elderID", .integer).notNull().references("elders")
                t.column("day", .text).notNull()
                t.column("method", .text).notNull()
                t.column("certifiedBy", .text).notNull()
                t.column("note", .text)
                t.column("recordedAt", .datetime).notNull()
                t.column("operatorName", .text).notNull()
            }
            try db.create(index: "elderCertifications_elder", on: "elderCertifications", columns: ["elderID", "day"])
            try db.create(table: "elderVisits") { t in
                t.primaryKey("caseID", .text).references("cases")
                t.column("elderID", .integer).notNull().references("elders")
                t.column("day", .text).notNull()
                t.column("worker", .text).notNull()
            }
            try db.create(table: "elderConfig") { t in
                t.primaryKey("key", .text)
                t.column("value", .jsonText).notNull()
            }
        },
        // Deaths and moves (the row stays), and an audit trail of every change to an elder's record.
        ModuleMigration("v2") { db in
            try db.alter(table: "elders") { t in
                t.add(column: "leftOn", .text)
                t.add(column: "leftReason", .text)
            }
            try db.create(table: "elderEvents") { t in
                t.column("elderID", .integer).notNull().references("elders").indexed()
                t.column("at", .datetime).notNull()
                t.column("operatorName", .text).notNull()
                t.column("action", .text).notNull()
                t.column("note", .text).notNull()
            }
        },
        // Elders are people in the kernel's resident register: their phones move there, the row keeps the link.
        ModuleMigration("v3-resident-register") { db in
            try db.alter(table: "elders") { t in t.add(column: "residentID", .integer).indexed() }
            try ElderPeople.linkExisting(db)
        },
    ]
}
