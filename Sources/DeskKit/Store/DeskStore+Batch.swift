/// Every read and write of the desk goes through these, so that a relay can run many lines in one transaction.
extension DeskStore {
    /// The connection of the batch this task is running in, if any.
    @TaskLocal static var batch: BatchConnection?

    /// A connection lent to the lines of a batch (used only on the batch's own thread).
    final class BatchConnection: @unchecked Sendable {
        let db: Database
        init(_ db: Database) { self.db = db }
    }

    /// Runs `body` in a write transaction — or, inside ``batch(_:)``, in a savepoint of the batch's transaction,
    /// so that a refused line rolls back alone.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try refuseIfReadOnly()
        guard let connection = Self.batch else { return try writer.write(body) }
        var result: T?
        try connection.db.inSavepoint {
            result = try body(connection.db)
            return .commit
        }
        return result!
    }

    /// Reads — inside a batch, on the batch's connection, seeing what the batch wrote so far.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let connection = Self.batch { return try body(connection.db) }
        return try writer.read(body)
    }

    /// Runs `body` with every write of the desk in one transaction, committed when `body` returns: many lines,
    /// one commit. If the process dies before the commit, none of the batch's lines happened.
    public func batch<T>(_ body: () throws -> T) throws -> T {
        try refuseIfReadOnly()
        return try writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction {
                result = try Self.$batch.withValue(BatchConnection(db)) { try body() }
                return .commit
            }
            return result!
        }
    }

    private func refuseIfReadOnly() throws {
        guard isReadOnly else { return }
        throw DatabaseError(resultCode: .SQLITE_READONLY, message: "opened read-only: another process held the write lock at start")
    }
}
