import DeskKit
import Foundation

/// An older resident on the certification register: what certification needs (birth date, pension, living
/// situation, the household address and a family contact) and the link to the person in the kernel's resident
/// register (``residentID``), which alone keeps the name, the ID number and the phones (one truth, issue #15).
/// ``name`` and ``idNumber`` are read from the register when elders are loaded (``ElderPeople/load(_:in:)``) and
/// are never stored in `elders`.
struct Elder: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "elders"

    var id: Int64?
    /// The register's name for the person (not a column).
    var name = ""
    /// The register's ID number, whole (not a column); shown through ``maskedID``.
    var idNumber = ""
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

    /// The columns of `elders`: no name, ID number or phone.
    enum CodingKeys: String, CodingKey {
        case id, birthDate, sex, compound, address, residentID, pensionType, living, familyContact, registeredAt, leftOn, leftReason
    }

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
        // rules.md §3: 大数据比对 (静默认证); 人脸识别 on 国家社会保险公共服务平台, 掌上12333, 湖北12333, 湖北智慧人社.
        Choice("big-data", "大数据静默", aliases: ["静默", "大数据", "比对"]),
        Choice("face", "人脸识别", aliases: ["刷脸", "人脸", "app", "App", "手机", "12333", "智慧人社", "公共服务平台"]),
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
        // The appointment's time of day (`09:00`), so that the visit plan shows it; nil when only a day was agreed.
        ModuleMigration("visit-time") { db in
            try db.alter(table: "elderVisits") { t in t.add(column: "time", .text) }
        },
        // No private copies (issue #15): the name and ID number live only in the resident register. Every elder is
        // linked (found by ID number, else added), the register given what it lacked, then the table is rebuilt
        // without `name`, `idNumber` and `phone`.
        ModuleMigration("v4-register-only") { db in
            try ElderPeople.linkExisting(db)
            try ElderPeople.moveNamesToRegister(db)
            try db.create(table: "elders_new") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("birthDate", .text).notNull()
                t.column("sex", .text).notNull()
                t.column("compound", .text).indexed()
                t.column("address", .text).notNull()
                t.column("residentID", .integer).notNull()
                t.column("pensionType", .text).notNull()
                t.column("living", .text).notNull()
                t.column("familyContact", .text)
                t.column("registeredAt", .datetime).notNull()
                t.column("leftOn", .text)
                t.column("leftReason", .text)
            }
            try db.execute(sql: """
                INSERT INTO elders_new(id, birthDate, sex, compound, address, residentID, pensionType, living, familyContact,
                                       registeredAt, leftOn, leftReason)
                SELECT id, birthDate, sex, compound, address, residentID, pensionType, living, familyContact,
                       registeredAt, leftOn, leftReason FROM elders
                """)
            try db.drop(table: "elders")
            try db.rename(table: "elders_new", to: "elders")
            try db.create(index: "elders_resident", on: "elders", columns: ["residentID"])
        },
    ]
}
