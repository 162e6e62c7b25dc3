import DeskKit
import Foundation
import Synchronization

/// A module using the second edition's API: a typed service code and field keys, a setting, a daily job, case
/// events and a community event it publishes.
struct VisitsModule: ServiceModule {
    let id = "visits"
    let name = LocalizedName("走访", "Visits")
    let summary = "走访老人"
    let casePrefix = "FW"

    enum Level: String, Sendable { case high, low }
    static let visit: ServiceCode = "visit"
    static let who = FieldKey<String>.text("who")
    static let level = FieldKey<Level>.choice("level")
    static let interval = Setting("走访周期", default: Days(14), summary: "多少天走访一次", range: Days(1)...Days(90))

    /// Keys beyond the module's own, to test the registry's check.
    var extraKeys: [any AnyFieldKey] = []
    /// Whether the job fails (to test that a failure writes nothing and is retried).
    var jobFails = false

    var services: [Service] {
        [Service(code: Self.visit, name: "走访登记", englishName: "Visit", description: "登记一次走访", group: "走访",
                 verbs: ["走访"], aliases: ["visit"],
                 fields: [Field(Self.who, name: "老人", kind: .text, question: "哪位老人？"),
                          Field(Self.level, name: "风险", kind: .choice([Choice("high", "高", aliases: ["高风险"]), Choice("low", "低")]),
                                required: false, question: "风险？")],
                 audience: .staff)]
    }
    var fieldKeys: [any AnyFieldKey] { [Self.who, Self.level] + extraKeys }
    var settings: [any SettingDeclaration] { [Self.interval] }

    var migrations: [ModuleMigration] {
        [ModuleMigration("v1") { db in
            try db.create(table: "visitsLog") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("entry", .text).notNull()
            }
        }]
    }

    var jobs: [ScheduledJob] {
        let fails = jobFails
        return [ScheduledJob(id: "due-visits", name: "到期走访", schedule: .daily(at: TimeOfDay(8))) { job in
            try job.db.execute(sql: "INSERT INTO visitsLog(entry) VALUES (?)", arguments: ["job \(job.period.key)"])
            if fails { throw DeskError("job-broke", "走访名单读取失败") }
            return "已处理 \(job.period.chinese) 的走访"
        }]
    }

    /// `走访 同上` is the person of the last visit, read from the module's cases (prefill may read, never write).
    func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        guard text == "同上" else { return text.isEmpty ? [:] : [Self.who.code: .text(text)] }
        let last = try? context.read { db in
            try String.fetchOne(db, sql: "SELECT title FROM cases WHERE module = 'visits' ORDER BY createdAt DESC, id DESC LIMIT 1")
        }
        return (last ?? nil).map { [Self.who.code: .text(String($0.dropFirst("走访 ".count)))] } ?? [:]
    }

    func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let who = try request.value(Self.who)
        if who.hasPrefix("已故") {
            try context.events.publish(ResidentDied(resident: nil, name: String(who.dropFirst(2)), address: nil, day: context.today))
        }
        let record = try context.cases.open(CaseDraft(title: "走访 \(who)", timeLimit: "general"), for: request)
        let level = request[Self.level].map { $0 == .high ? "高风险" : "低风险" } ?? "未评估"
        return Reply(module: id, status: .created, caseID: record.id,
                     text: "已登记走访 \(record.id)：\(who)，\(level)，每 \(context.settings[Self.interval].count) 天一次")
    }

    func caseChanged(_ change: CaseChange, in context: ServiceContext) throws {
        if change.kind == .closed, change.note?.contains("没见到") == true {
            throw DeskError("visit-not-done", "没见到老人，不能办结走访：请改约后再办结")
        }
        try context.db.execute(sql: "INSERT INTO visitsLog(entry) VALUES (?)",
                               arguments: ["\(change.kind.rawValue) \(change.record.id) \(change.operatorName)"])
    }
}

/// A module that observes ``ResidentDied`` and refuses one name, to test delivery and rollback.
struct MourningModule: ServiceModule {
    let id = "mourning"
    let name = LocalizedName("悼念", "Mourning")
    let summary = "记录去世的居民"
    let casePrefix = "DJ"
    let services: [Service] = []

    var migrations: [ModuleMigration] {
        [ModuleMigration("v1") { db in
            try db.create(table: "mourningLog") { t in t.column("name", .text).notNull() }
        }]
    }

    var subscriptions: [EventSubscription] {
        [.on(ResidentDied.self) { event, context in
            guard event.name != "无名" else { throw DeskError("no-name", "去世居民没有姓名，不能登记") }
            try context.db.execute(sql: "INSERT INTO mourningLog(name) VALUES (?)", arguments: [event.name])
        }]
    }

    func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply { .answer("") }
}
