import Foundation

/// One use of a person's data: who, when, with which role, what was done to whose data, and why.
/// Append-only; PIPL art. 51 asks for such records, and `访问记录` shows them to those allowed.
public struct AccessRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "accessLog"

    public var id: Int64?
    public var at: Date
    public var operatorName: String
    /// The role at the time (`网格员`, `未登录`, `角色未启用`).
    public var role: String
    public var action: Action
    public var residentID: Int64?
    public var caseID: String?
    /// The reason the operator gave (required for a reveal, an export and an erasure).
    public var reason: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// What was done with the data.
    public enum Action: String, Codable, Sendable, CaseIterable {
        case lookup, register, correct, link, merge, close, reveal, export, anonymise

        public var chinese: String {
            switch self {
            case .lookup: "查询"
            case .register: "登记"
            case .correct: "修改"
            case .link: "关联工单"
            case .merge: "合并"
            case .close: "注销"
            case .reveal: "显示号码"
            case .export: "导出"
            case .anonymise: "删除（匿名化）"
            }
        }
    }
}

/// Writes and reads the access log inside the caller's transaction.
public struct AccessLog {
    let db: Database
    let access: Access
    let now: Date

    public init(db: Database, access: Access, now: Date) { self.db = db; self.access = access; self.now = now }

    /// Records `action` on `resident` (and `caseID`) by the operator, with `reason` (masked: a reason is free text).
    public func record(_ action: AccessRecord.Action, resident: Int64?, caseID: String? = nil, reason: String? = nil) throws {
        var entry = AccessRecord(id: nil, at: now, operatorName: access.operatorName, role: access.roleDescription,
                                 action: action, residentID: resident, caseID: caseID, reason: reason.map(Masking.redact))
        try entry.insert(db)
    }

    /// The latest `limit` entries, newest first, optionally about one person.
    public func latest(resident: Int64? = nil, limit: Int = 50) throws -> [AccessRecord] {
        var request = AccessRecord.order(Column("id").desc).limit(limit)
        if let resident { request = request.filter(Column("residentID") == resident) }
        return try request.fetchAll(db)
    }
}
