/// The search rows (the FTS5 tables `caseSearch` and `eventSearch`) a batch writes, held until just before it
/// commits.
///
/// Why: once an FTS5 table is written in a transaction, SQLite calls its `xSavepoint` at every `SAVEPOINT` that
/// follows, and FTS5 flushes its pending terms into a new segment each time; each line of a batch, and each write
/// of a line, runs in a savepoint, so a case's search row was flushed again and again. Written as the batch's
/// last statements, they are flushed once, at the commit (docs/performance.md, fifteenth pass, gives the gain).
/// A statement that reads or changes the search tables inside a batch first writes what is held
/// (``writeHeldSearchRows(_:)``), so search finds a case as soon as it is written; another process sees the
/// rows with the commit, as before.
extension DeskStore {
    /// Writes a search row — inside a batch on `db`, held until the batch commits; otherwise at once.
    static func writeSearchRow(_ db: Database, sql: String, arguments: StatementArguments) throws {
        if let connection = batch, connection.db === db {
            connection.heldSearchRows.append((sql, arguments))
        } else {
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
        }
    }

    /// Writes the search rows the batch on `db` still holds; a statement reading or changing the search tables
    /// calls it first.
    static func writeHeldSearchRows(_ db: Database) throws {
        guard let connection = batch, connection.db === db else { return }
        try connection.writeHeldSearchRows()
    }
}

extension DeskStore.BatchConnection {
    /// Writes the held rows not yet written, in the order they were held.
    func writeHeldSearchRows() throws {
        for (sql, arguments) in heldSearchRows[searchRowsWritten...] {
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
        }
        searchRowsWritten = heldSearchRows.count
    }
}

extension DeskStore {
    /// Where the search rows held by the batch on a connection stand when a savepoint opens, to go back to when
    /// it rolls back: the rows held since are dropped, and those written since (the rollback undid them) are
    /// held again. Nothing outside a batch.
    struct SearchRowsMark {
        private let connection: BatchConnection?
        private let held: Int
        private let written: Int

        init(_ db: Database) {
            connection = batch.flatMap { $0.db === db ? $0 : nil }
            held = connection?.heldSearchRows.count ?? 0
            written = connection?.searchRowsWritten ?? 0
        }

        func rollBack() {
            guard let connection else { return }
            connection.heldSearchRows.removeLast(connection.heldSearchRows.count - held)
            connection.searchRowsWritten = written
        }
    }
}
