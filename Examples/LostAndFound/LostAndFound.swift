import DeskKit

/// 失物招领: the worked example of `docs/writing-a-module.md` (second edition). It is compiled and tested with the
/// desk but not in the shipped list, so a community that wants it adds one line to
/// `Sources/DeskModules/ShippedModules.swift`.
///
/// Someone hands in a found item (`捡到 一串钥匙 水印桃源东门`): the desk opens a case for it and keeps the item in
/// the module's own table. Someone asks for a lost item (`丢了 钥匙`): the desk looks among the items handed in
/// and still unclaimed, and answers with the case to claim it from. Closing the case (`办结 SW-0001 失主已认领`,
/// a kernel command) marks the item claimed, through the case event; every morning a job hands items kept
/// longer than the setting `保管天数` over to the police station.
public struct LostAndFound: ServiceModule {
    public let id = "lost-and-found"
    public let name = LocalizedName("失物招领", "Lost and found")
    public let summary = "登记捡到的物品，帮失主查找"
    public let casePrefix = "SW"

    public init() {}

    // Service codes and field keys: declared once, used to declare the services and to read the requests.
    static let foundItem: ServiceCode = "found-item"
    static let lostItem: ServiceCode = "lost-item"
    static let item = FieldKey<String>.text("item")
    static let place = FieldKey<Address>.address("place")

    /// How long an unclaimed item is kept before it goes to the police station.
    static let keepDays = Setting("保管天数", default: Days(30), summary: "拾到的物品无人认领，保管多少天后移交派出所",
                                  range: Days(1)...Days(365))

    public var fieldKeys: [any AnyFieldKey] { [Self.item, Self.place] }
    public var settings: [any SettingDeclaration] { [Self.keepDays] }

    public var services: [Service] { [
        Service(code: Self.foundItem, name: "登记拾物", englishName: "Found item", description: "有人交来捡到的物品",
                group: "失物招领", verbs: ["捡到", "拾到"], aliases: ["found"],
                routing: [RoutingWord("捡到", weight: 2), RoutingWord("拾到", weight: 2), "失物招领"],
                fields: [
                    Field(Self.item, name: "物品", kind: .text, question: "捡到的是什么？"),
                    Field(Self.place, name: "地点", kind: .address(), question: "在哪里捡到的？例如 水印桃源东门"),
                ]),
        Service(code: Self.lostItem, name: "寻物", englishName: "Lost item", description: "查找有没有人交来丢失的物品",
                group: "失物招领", verbs: ["丢了", "寻物"], aliases: ["lost"],
                routing: [RoutingWord("丢了", weight: 1.5), RoutingWord("掉了", weight: 1.2), "找不到了"],
                fields: [Field(Self.item, name: "物品", kind: .text, question: "丢的是什么？")]),
    ] }

    /// What the router learns from (a real module ships 150 or more, usually in `seeds/<id>/examples.tsv`).
    public var examples: [Example] {
        ["在东门捡到一串钥匙", "有人交来一把伞 在北门捡的", "捡了个钱包 交到驿站", "楼下捡到一张公交卡", "拾到一部手机 在垃圾站旁边"]
            .map { Example("found-item", $0) }
        + ["我的钥匙丢了", "钥匙掉了 有冇人捡到", "手机找不到了", "昨天在小区丢了个钱包", "我家伢的书包掉了 谁看到了", "公交卡丢了"]
            .map { Example("lost-item", $0) }
    }

    public var migrations: [ModuleMigration] {
        [ModuleMigration("v1") { db in
            try db.create(table: "lostAndFound") { t in
                t.primaryKey("caseID", .text).references("cases")
                t.column("item", .text).notNull()
                t.column("place", .text).notNull()
            }
        },
         ModuleMigration("v2-outcome") { db in
            // What became of the item: `认领：失主已认领`, `移交派出所`. Empty while it waits.
            try db.alter(table: "lostAndFound") { t in t.add(column: "outcome", .text) }
        }]
    }

    /// 每天 09:00: items kept longer than `保管天数` are handed over to the police station (their cases closed).
    public var jobs: [ScheduledJob] {
        [ScheduledJob(id: "hand-over", name: "移交过期拾物", schedule: .daily(at: TimeOfDay(9))) { job in
            let days = job.settings[Self.keepDays].count
            let due = try String.fetchAll(job.db, sql: """
                SELECT l.caseID FROM lostAndFound l JOIN cases c ON c.id = l.caseID
                WHERE l.outcome IS NULL AND c.status IN \(CaseStatus.openSQL) AND c.createdAt < ? ORDER BY c.createdAt
                """, arguments: [job.now.addingTimeInterval(-Double(days) * 86_400)])
            for id in due { try job.cases.close(id, note: "保管 \(days) 天无人认领，移交派出所") }
            return due.isEmpty ? "没有到期的拾物。" : "已移交派出所 \(due.count) 件：\(due.joined(separator: "、"))"
        }]
    }

    /// The item is what is left of the text once the verb and the place are gone: `一串钥匙 水印桃源东门` → `一串钥匙`.
    public func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        var item = text
        let place = context.addresses.read(text)
        for part in [place.compoundName, place.place].compactMap({ $0 }) + context.directory.compounds.flatMap(\.allNames) {
            item = item.replacingOccurrences(of: part, with: " ")
        }
        for verb in ["捡到", "拾到", "丢了", "掉了", "找不到了", "的", "我"] { item = item.replacingOccurrences(of: verb, with: " ") }
        let words = item.split(separator: " ").joined(separator: " ")
        return words.isEmpty ? [:] : [Self.item.code: .text(words)]
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let item = try request.value(Self.item)
        switch request.code {
        case Self.foundItem:
            let place = try request.value(Self.place)
            let record = try context.cases.open(
                CaseDraft(title: "拾到 \(item)（\(place)）", category: "失物招领", timeLimit: "general",
                          assignee: context.directory.organisation(id: "community-office")?.name, address: place),
                for: request)
            try context.db.execute(sql: "INSERT INTO lostAndFound(caseID, item, place) VALUES (?, ?, ?)",
                                   arguments: [record.id, item, place.description])
            return Reply(module: id, status: .created, caseID: record.id,
                         text: "已登记拾物，编号 \(record.id)：\(item)，\(place)。失主可凭编号到社区认领。")
        default:
            return try search(item, in: context)
        }
    }

    /// A found item's case closed or cancelled, by anyone (`办结 SW-0001 失主已认领` is a kernel command): the item
    /// leaves the list of what can be claimed.
    public func caseChanged(_ change: CaseChange, in context: ServiceContext) throws {
        switch change.kind {
        case .closed, .cancelled:
            try context.db.execute(sql: "UPDATE lostAndFound SET outcome = ? WHERE caseID = ?",
                                   arguments: [change.note ?? change.kind.chinese, change.record.id])
        case .reopened:
            try context.db.execute(sql: "UPDATE lostAndFound SET outcome = NULL WHERE caseID = ?", arguments: [change.record.id])
        default:
            break
        }
    }

    /// Any item handed in and not claimed whose name shares a word of two or more characters with what was lost.
    private func search(_ item: String, in context: ServiceContext) throws -> Reply {
        let rows = try Row.fetchAll(context.db, sql: """
            SELECT l.caseID, l.item, l.place FROM lostAndFound l JOIN cases c ON c.id = l.caseID
            WHERE l.outcome IS NULL ORDER BY c.createdAt DESC
            """)
        let matches = rows.filter { row in
            let found: String = row["item"]
            return Self.pairs(item).contains { found.contains($0) }
        }
        guard !matches.isEmpty else {
            return .answer("暂时没有人交来「\(item)」。有消息会在群里通知，也可以留下电话。", module: id)
        }
        let table = context.table(["编号", "物品", "地点"], matches.map { [$0["caseID"], $0["item"], $0["place"]] })
        return .answer("找到可能是您的物品，请带上编号到社区认领：\n" + table, module: id)
    }

    /// The two-character runs of `text` (Chinese words are mostly two characters long).
    static func pairs(_ text: String) -> [String] {
        let chars = Array(text.filter { !$0.isWhitespace })
        guard chars.count >= 2 else { return chars.map(String.init) }
        return (0..<chars.count - 1).map { String(chars[$0...$0 + 1]) }
    }
}
