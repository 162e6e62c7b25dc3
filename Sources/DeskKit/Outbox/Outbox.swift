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
        // One statement prepared once per connection (the relay posts a reply for most messages), the columns as
        // GRDB's `Codable` form writes them (`mentions` as JSON text).
        try db.cachedStatement(sql: """
            INSERT INTO outbox(groupName, text, mentions, caseID, createdAt, sentAt, attempts, lastError) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [m.groupName, m.text, StoredJSON.compact(m.mentions), m.caseID,
                                     StoredTime.value(m.createdAt), m.sentAt.map(StoredTime.value), m.attempts, m.lastError])
        m.id = db.lastInsertedRowID
        return m
    }

    /// Messages not yet sent, optionally for one group: at most `limit`, after id `after`. Messages about an
    /// emergency's case come first — the safety instruction and the numbers to call must not wait behind six
    /// answers about opening hours — then the rest, oldest first. Paging with `after` keeps plain id order, so
    /// that a page never skips a message.
    public func pending(group: String? = nil, limit: Int? = nil, after: Int64 = 0) throws -> [OutboxMessage] {
        var sql = "SELECT outbox.* FROM outbox WHERE sentAt IS NULL AND id > ?"
        var arguments: StatementArguments = [after]
        if let group { sql += " AND groupName = ?"; arguments += [group] }
        sql += after > 0 ? " ORDER BY id" : " ORDER BY EXISTS (SELECT 1 FROM cases WHERE cases.id = outbox.caseID AND cases.urgent) DESC, id"
        if let limit { sql += " LIMIT ?"; arguments += [limit] }
        return try OutboxMessage.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// How many messages wait, optionally for one group.
    public func pendingCount(group: String? = nil) throws -> Int {
        var request = OutboxMessage.filter(Column("sentAt") == nil)
        if let group { request = request.filter(Column("groupName") == group) }
        return try request.fetchCount(db)
    }

    /// Marks messages sent (after `attempts` HTTP attempts of this run); returns the ids that were pending.
    @discardableResult
    public func markSent(_ ids: [Int64], attempts: Int = 0) throws -> [Int64] {
        let pending = try Int64.fetchAll(db, OutboxMessage.select(Column("id")).filter(ids.contains(Column("id")) && Column("sentAt") == nil))
        try db.execute(sql: "UPDATE outbox SET sentAt = ?, attempts = attempts + ?, lastError = NULL WHERE id IN (\(pending.map { _ in "?" }.joined(separator: ",")))",
                       arguments: StatementArguments([now, attempts] as [any DatabaseValueConvertible] + pending.map { $0 as any DatabaseValueConvertible }))
        return pending
    }

    /// Records a failed delivery after `attempts` HTTP attempts, with what went wrong (which must not hold secrets).
    public func recordFailure(_ id: Int64, error: String, attempts: Int = 1) throws {
        try db.execute(sql: "UPDATE outbox SET attempts = attempts + ?, lastError = ? WHERE id = ?", arguments: [attempts, error, id])
    }

    /// Deletes messages sent before `cutoff` (retention); returns how many.
    @discardableResult
    public func pruneSent(before cutoff: Date) throws -> Int {
        try db.execute(sql: "DELETE FROM outbox WHERE sentAt IS NOT NULL AND sentAt < ?", arguments: [cutoff])
        return db.changesCount
    }
}
