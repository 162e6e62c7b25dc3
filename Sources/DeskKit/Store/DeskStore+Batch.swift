/// Every read and write of the desk goes through these, so that a relay can run many lines in one transaction.
extension DeskStore {
    /// The connection of the batch this task is running in, if any.
    @TaskLocal static var batch: BatchConnection?

    /// A connection lent to the lines of a batch (used only on the batch's own thread).
    final class BatchConnection: @unchecked Sendable {
        let db: Database
        /// The search rows held until the batch commits (``DeskStore/writeSearchRow(_:sql:arguments:)``), and how
        /// many of them are already written.
        var heldSearchRows: [(sql: String, arguments: StatementArguments)] = []
        var searchRowsWritten = 0
        init(_ db: Database) { self.db = db }
    }

    /// Runs `body` in a write transaction — or, inside ``batch(_:)``, in a savepoint of the batch's transaction,
    /// so that a refused line rolls back alone.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try refuseIfReadOnly()
        guard let connection = Self.batch else { return try writer.write(body) }
        return try Self.savepoint(connection.db) { _ in try body(connection.db) }
    }

    /// Runs `body` as ``write(_:)`` does, handing it `undo`, which rolls back everything `body` has written so far
    /// (its search rows too) and lets it go on writing in the same write: what a savepoint of its own around
    /// `body`'s first writes did when they failed (a module's refused request, whose refusal is then recorded) —
    /// without one. Inside a batch `undo` rolls back to the write's own savepoint; outside one, to a savepoint opened
    /// at the start of the transaction (as many statements as the savepoint it replaces). A savepoint opened and
    /// released around every module's request cost some 4,000 instructions a relayed message (docs/performance.md,
    /// seventieth pass).
    func write<T>(undoable body: (Database, _ undo: Undo) throws -> T) throws -> T {
        try refuseIfReadOnly()
        guard let connection = Self.batch else {
            return try writer.write { db in try Self.savepoint(db) { undo in try body(db, undo) } }
        }
        return try Self.savepoint(connection.db) { undo in try body(connection.db, undo) }
    }

    /// Runs `body` — inside ``batch(_:)``, on the batch's connection with no savepoint of its own; outside one, as
    /// ``write(_:)``. Only for a write whose error the caller lets end the whole batch (the relay's record of a
    /// message and its queued reply): the batch's transaction is rolled back, so nothing `body` did stays, and the
    /// savepoint ``write(_:)`` makes so that one refused line rolls back alone is never used. It cost some 15,000
    /// instructions a relayed message: the relay's write 68.1 M → 52.6 M of 1,000 (docs/performance.md, thirtieth pass).
    public func writeEndingTheBatchOnError<T>(_ body: (Database) throws -> T) throws -> T {
        guard let connection = Self.batch else { return try write(body) }
        return try body(connection.db)
    }

    /// Runs `body` in a savepoint of the current transaction, released when it returns and rolled back when it
    /// throws (the error is rethrown), with the search rows the batch held or wrote in it. `body` is handed `undo`,
    /// which rolls back to the savepoint in the same way and keeps it open (``Undo``).
    ///
    /// GRDB's `inSavepoint` does the same but compiles `SAVEPOINT`, `RELEASE` (and `ROLLBACK TO`) anew each time;
    /// these are prepared once per connection (`cachedStatement`): relay ingest's preparations fell from 5,247 to
    /// 1,624 per 1,000 messages, 32.8 M to 16.5 M instructions (docs/performance.md, fourteenth pass). GRDB still
    /// sees each statement's effect on the transaction. Only inside a transaction: outside one, SQLite would open
    /// a deferred transaction, which the desk never wants for a write.
    static func savepoint<T>(_ db: Database, _ body: (_ undo: Undo) throws -> T) throws -> T {
        precondition(db.isInsideTransaction, "a savepoint outside a transaction")
        let undo = Undo(db: db, searchRows: SearchRowsMark(db))
        try db.cachedStatement(sql: "SAVEPOINT deskWrite").execute()
        let result: T
        do {
            result = try body(undo)
        } catch {
            try undo()
            try db.cachedStatement(sql: "RELEASE deskWrite").execute()
            throw error
        }
        try db.cachedStatement(sql: "RELEASE deskWrite").execute()
        return result
    }

    /// Rolls back to the open savepoint of ``savepoint(_:_:)`` it was made for, which stays open: what was written in
    /// it is undone, and the search rows held or written since it opened with it.
    struct Undo {
        fileprivate let db: Database
        fileprivate let searchRows: SearchRowsMark

        func callAsFunction() throws {
            try db.cachedStatement(sql: "ROLLBACK TO deskWrite").execute()
            searchRows.rollBack()
        }
    }

    /// Reads — inside a batch, on the batch's connection, seeing what the batch wrote so far.
    ///
    /// On the in-memory queue (`desk eval`, the tests) outside a batch, in a savepoint rolled back as ``readOnly(_:)``
    /// does, not by GRDB's `read`: its `PRAGMA query_only` expires every prepared statement of the connection, so the
    /// next read compiled its cached statements again — `Desk.recentCase`'s query some 0.85 M instructions an ask on
    /// the evaluation corpora, three quarters of what the ask cost (docs/performance.md, seventeenth pass). A file's
    /// reads go to the pool's readers, opened read-only, where GRDB sets no pragma — unless the store was opened
    /// to read on its writer (``readsOnTheWriter``), where they go as the in-memory queue's do.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let connection = Self.batch { return try body(connection.db) }
        return try Self.read(writer, onTheWriter: readsOnTheWriter, body)
    }

    /// A read outside a batch: on the writer connection in a savepoint rolled back (the in-memory queue, or a
    /// file opened to read on its writer), else on one of the pool's readers.
    static func read<T>(_ writer: any DatabaseWriter, onTheWriter: Bool, _ body: (Database) throws -> T) throws -> T {
        if writer is DatabaseQueue || onTheWriter { return try writer.writeWithoutTransaction { db in try rolledBack(db, body) } }
        return try writer.read(body)
    }

    /// Reads where nothing can be written — a module's answer or prefill (``AnswerContext/read(_:)``,
    /// ``PrefillContext/read(_:)``) — seeing, inside a batch, what the batch wrote so far. A write attempted in
    /// `body` fails with `SQLITE_READONLY`, and nothing it did stays: on a file outside a batch `body` runs on
    /// one of the pool's readers, opened read-only by SQLite; on the writer (inside a batch, the in-memory
    /// queue, or a file opened to read on its writer) it runs in a savepoint that is always rolled back, and a row it changed fails the read.
    ///
    /// Not GRDB's `db.readOnly`: its `PRAGMA query_only` is a flag pragma, and SQLite expires every prepared
    /// statement of the connection when one is set (`pragma.c` adds `OP_Expire`), so each answer inside a relay
    /// batch made the batch re-prepare its cached statements — 1,874 re-preparations per 1,000 relayed messages,
    /// a fifth of the relay's instructions (docs/performance.md, "Eighth pass"). Not an authorizer either: GRDB
    /// holds the connection's one authorizer, and SQLite asks an authorizer only when a statement is compiled,
    /// not when a statement cached before runs again.
    func readOnly<T>(_ body: (Database) throws -> T) throws -> T {
        if let connection = Self.batch { return try Self.rolledBack(connection.db, body) }
        if writer is DatabasePool && !readsOnTheWriter { return try writer.read(body) }
        return try writer.writeWithoutTransaction { db in try Self.rolledBack(db, body) }
    }

    /// Runs `body` in a savepoint (a transaction outside one) that is rolled back whatever `body` did; throws
    /// `SQLITE_READONLY` if `body` inserted, updated or deleted a row.
    ///
    /// The savepoint's statements are prepared once (`cachedStatement`), not by GRDB's `inSavepoint`, which
    /// compiles `BEGIN` and `ROLLBACK` (or `SAVEPOINT`, `ROLLBACK TO` and `RELEASE`) anew each time: 35,000
    /// instructions an answer, 7 M of the dispatch bench's 1,000 lines (docs/performance.md, eleventh pass).
    /// GRDB still sees each statement's effect on the transaction.
    private static func rolledBack<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        let changesBefore = db.totalChangesCount
        let searchRows = SearchRowsMark(db)
        try db.cachedStatement(sql: "SAVEPOINT deskReadOnly").execute()
        let result = Result { try body(db) }
        try db.cachedStatement(sql: "ROLLBACK TO deskReadOnly").execute()
        try db.cachedStatement(sql: "RELEASE deskReadOnly").execute()
        searchRows.rollBack()
        let value = try result.get()
        guard db.totalChangesCount == changesBefore else {
            throw DatabaseError(resultCode: .SQLITE_READONLY, message: "attempt to write in a read-only answer")
        }
        return value
    }

    /// Runs `body` with every write of the desk in one transaction, committed when `body` returns: many lines,
    /// one commit. If the process dies before the commit, none of the batch's lines happened. The search rows
    /// the lines wrote are written last, just before the commit (``writeSearchRow(_:sql:arguments:)``).
    public func batch<T>(_ body: () throws -> T) throws -> T {
        try refuseIfReadOnly()
        // The forms modules asked to keep in the batch's lines (``KeptForms``), once it is over (inside an outer
        // batch, once that one is).
        defer { keepPendingForms() }
        return try writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction {
                let connection = BatchConnection(db)
                result = try Self.$batch.withValue(connection) { try body() }
                try connection.writeHeldSearchRows()
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
