import Foundation

/// A message waiting to be posted to a residents' WeChat group.
public struct OutboxMessage: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "outbox"

    public var id: Int64?
    public var groupName: String
    public var text: String
    /// Group nicknames to @-mention.
    public var mentions: [String]
    public var caseID: String?
    public var createdAt: Date
    public var sentAt: Date?
    public var attempts: Int
    public var lastError: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Messages for the groups, queued in the same transaction as the change they announce.
public struct Outbox {
    let db: Database
    let now: Date

    /// The outbox on `db` (inside the caller's transaction), stamping messages with `now`.
    public init(db: Database, now: Date) { self.db = db; self.now = now }

    /// Queues `text` for `group` and returns the queued message (with its id). Personal data in the text is masked.
    @discardableResult
    public func post(group: String, text: String, mentions: [String] = [], caseID: String? = nil) throws -> OutboxMessage {
        var m = OutboxMessage(id: nil, groupName: group, text: Masking.redact(text), mentions: mentions,
                              caseID: caseID, createdAt: now, sentAt: nil, attempts: 0, lastError: nil)
        try m.insert(db)
        m.id = db.lastInsertedRowID
        return m
    }

    /// Messages not yet sent, oldest first, optionally for one group.
    public func pending(group: String? = nil) throws -> [OutboxMessage] {
        var request = OutboxMessage.filter(Column("sentAt") == nil)
        if let group { request = request.filter(Column("groupName") == group) }
        return try request.order(Column("id")).fetchAll(db)
    }

    /// Marks messages sent; returns the ids that were pending.
    @discardableResult
    public func markSent(_ ids: [Int64]) throws -> [Int64] {
        let pending = try Int64.fetchAll(db, OutboxMessage.select(Column("id")).filter(ids.contains(Column("id")) && Column("sentAt") == nil))
        try db.execute(sql: "UPDATE outbox SET sentAt = ? WHERE id IN (\(pending.map { _ in "?" }.joined(separator: ",")))",
                       arguments: StatementArguments([now] + pending))
        return pending
    }

    /// Records a failed delivery attempt.
    public func recordFailure(_ id: Int64, error: String) throws {
        try db.execute(sql: "UPDATE outbox SET attempts = attempts + 1, lastError = ? WHERE id = ?", arguments: [error, id])
    }
}
