import DeskKit

/// 失物招领: the worked example of `docs/writing-a-module.md`. It is compiled and tested with the desk but not
/// registered in the shipped `desk`, so a community that wants it adds one line to `Sources/desk/Modules.swift`.
///
/// Someone hands in a found item (`捡到 一串钥匙 水印桃源东门`): the desk opens a case for it and keeps the item in
/// the module's own table. Someone asks for a lost item (`丢了 钥匙`): the desk looks among the items handed in
/// and still unclaimed, and answers with the case to claim it from.
public struct LostAndFound: ServiceModule {
    public let id = "lost-and-found"
    public let name = LocalizedName("失物招领", "Lost and found")
    public let summary = "登记捡到的物品，帮失主查找"
    public let casePrefix = "SW"

    public init() {}

    public let services = [
        Service(code: "found-item", name: "登记拾物", englishName: "Found item", description: "有人交来捡到的物品",
                group: "失物招领", verbs: ["捡到", "拾到"], aliases: ["found"],
                routing: [RoutingWord("捡到", weight: 2), RoutingWord("拾到", weight: 2), "失物招领"],
                fields: [
                    Field("item", name: "物品", kind: .text, question: "捡到的是什么？"),
                    Field("place", name: "地点", kind: .address(), question: "在哪里捡到的？例如 水印桃源东门"),
                ]),
        Service(code: "lost-item", name: "寻物", englishName: "Lost item", description: "查找有没有人交来丢失的物品",
                group: "失物招领", verbs: ["丢了", "寻物"], aliases: ["lost"],
                routing: [RoutingWord("丢了", weight: 1.5), RoutingWord("掉了", weight: 1.2), "找不到了"],
                fields: [Field("item", name: "物品", kind: .text, question: "丢的是什么？")]),
    ]

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
        return words.isEmpty ? [:] : ["item": .text(words)]
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let item = request["item"]!.text!
        if request.service.code == "found-item" {
            let place = request["place"]!.address!
            let record = try context.cases.open(
                CaseDraft(title: "拾到 \(item)（\(place)）", category: "失物招领", timeLimit: "general",
                          assignee: context.directory.organisation(id: "community-office")?.name, address: place),
                for: request)
            try context.db.execute(sql: "INSERT INTO lostAndFound(caseID, item, place) VALUES (?, ?, ?)",
                                   arguments: [record.id, item, place.description])
            return Reply(module: id, status: .created, caseID: record.id,
                         text: "已登记拾物，编号 \(record.id)：\(item)，\(place)。失主可凭编号到社区认领。")
        }
        // Any item handed in whose name shares a word of two or more characters with what was lost.
        let rows = try Row.fetchAll(context.db, sql: """
            SELECT l.caseID, l.item, l.place FROM lostAndFound l JOIN cases c ON c.id = l.caseID
            WHERE c.status IN \(CaseStatus.openSQL) ORDER BY c.createdAt DESC
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
