import DeskKit
import Foundation

/// A service the station does on a resident's behalf (帮办代办), from `seeds/social-security/proxy.yaml`.
struct ProxyService: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "socialSecurityProxyServices"

    var id: String
    var name: String
    var aliases: [String]
    var documents: [String]
    var place: String
    var usualTime: String

    struct Seed: Decodable {
        var services: [Entry]
        struct Entry: Decodable {
            var id: String
            var name: String
            var aliases: [String]?
            var documents: [String]
            var `where`: String
            var usualTime: String
        }
    }

    /// The catalogue entry `text` names, by name or alias.
    static func named(in text: String, db: Database) throws -> ProxyService? {
        try ProxyService.fetchAll(db).first { s in ([s.name] + s.aliases).contains { text.contains($0) } }
    }
}

/// A document of a proxy case's checklist, ticked when received.
struct ProxyDocument: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "socialSecurityProxyDocuments"
    var caseID: String
    var document: String
    var receivedAt: Date?
    var receivedBy: String?
}

/// Starting proxy cases and moving them along: documents received, submitted, result.
struct ProxyDesk {
    let context: ServiceContext

    static let usage = "材料 SB-0002 | 材料 SB-0002 收到 身份证 照片 | 材料 SB-0002 递交 | 材料 SB-0002 结果 已领到新卡"

    /// `代办 社保卡补办`: opens the case with its checklist.
    func start(_ request: ServiceRequest) throws -> Reply {
        let wanted = request["item"]?.text ?? ""
        guard let service = try ProxyService.named(in: wanted, db: context.db) else {
            let names = try ProxyService.fetchAll(context.db).map(\.name).joined(separator: "、")
            throw NeedsField("item", question: "可以代办：\(names)。请问办哪一项？")
        }
        let caller = Caller.fill(request, from: wanted)
        let record = try context.cases.open(
            CaseDraft(title: "代办：\(service.name)" + (caller.requester.name.map { "（\($0)）" } ?? ""), category: "代办",
                      timeLimit: "complex", assignee: request.channel == .desk ? request.operatorName : "社区服务台",
                      details: wanted),
            for: caller)
        for document in service.documents {
            try ProxyDocument(caseID: record.id, document: document, receivedAt: nil, receivedBy: nil).insert(context.db)
        }
        let list = service.documents.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " ")
        return Reply(module: "social-security", status: .created, caseID: record.id,
                     text: "已登记代办，工单 \(record.id)：\(service.name)。需要材料：\(list)。办理地点：\(service.place)，办理时间：\(service.usualTime)。材料齐了由网格员跑腿办理。")
    }

    /// `材料 SB-0002 …`.
    func progress(_ text: String) throws -> Reply {
        let parts = text.split(separator: " ").map(String.init)
        guard let id = parts.first?.uppercased(), let record = try context.cases.find(id), record.service == "ss-proxy" else {
            throw DeskError("unknown-case", "请写出代办工单号，如：\(Self.usage)")
        }
        let action = parts.count > 1 ? parts[1] : ""
        let rest = parts.dropFirst(2).joined(separator: " ")
        switch action {
        case "":
            return .answer(try status(record.id))
        case "收到":
            guard !rest.isEmpty else { throw DeskError("missing-argument", "请写出收到的材料：材料 \(id) 收到 身份证") }
            let documents = try ProxyDocument.filter(Column("caseID") == record.id).fetchAll(context.db)
            let words = rest.split(separator: " ").map(String.init)
            var ticked: [String] = []
            for d in documents where d.receivedAt == nil && words.contains(where: { d.document.contains($0) || $0.contains(d.document) }) {
                try context.db.execute(sql: """
                    UPDATE socialSecurityProxyDocuments SET receivedAt = ?, receivedBy = ? WHERE caseID = ? AND document = ?
                    """, arguments: [context.now, context.operatorName, record.id, d.document])
                ticked.append(d.document)
            }
            guard !ticked.isEmpty else {
                throw DeskError("unknown-document", "「\(rest)」不在 \(id) 的材料清单里（或已收到）。\(try status(record.id))")
            }
            try context.cases.record(record.id, "收到材料：" + ticked.joined(separator: "、"))
            return Reply(module: "social-security", status: .updated, caseID: record.id, text: "已收到：\(ticked.joined(separator: "、"))。" + (try status(record.id)))
        case "递交":
            let missing = try missingDocuments(record.id)
            guard missing.isEmpty else { throw DeskError("documents-missing", "材料还没齐，不能递交。还缺：\(missing.joined(separator: "、"))") }
            try context.cases.start(record.id, note: "材料已递交办理部门")
            return Reply(module: "social-security", status: .updated, caseID: record.id, text: "\(record.id) 已递交，状态「处理中」。")
        case "结果":
            guard !rest.isEmpty else { throw DeskError("missing-argument", "请写出办理结果：材料 \(id) 结果 已领到新卡") }
            try context.cases.close(record.id, note: rest)
            return Reply(module: "social-security", status: .updated, caseID: record.id, text: "\(record.id) 已办结：\(rest)。")
        default:
            throw DeskError("unknown-action", "不认识「\(action)」。用法：\(Self.usage)")
        }
    }

    func missingDocuments(_ id: String) throws -> [String] {
        try ProxyDocument.filter(Column("caseID") == id && Column("receivedAt") == nil).fetchAll(context.db).map(\.document)
    }

    func status(_ id: String) throws -> String {
        let missing = try missingDocuments(id)
        return missing.isEmpty ? "材料已齐，可以递交。" : "还缺：\(missing.joined(separator: "、"))。"
    }
}
