import GRDB
import GRDBSQLite

/// Reads by key where most keys find nothing (docs/performance.md, forty-fifth and forty-sixth passes), and a first row
/// read where SQLite's statement stands (seventy-first pass).
extension Database {
    /// The first row `select` finds with `keys` as its arguments, or nil — what `Row.fetchOne(cachedStatement(sql:
    /// select), arguments: StatementArguments(keys))` gives — having first asked `probe`, a `SELECT 1` with the same
    /// `FROM … WHERE` and the same arguments, whether there is one (``hasRow(_:keys:)``).
    ///
    /// GRDB's row cursor builds its row before its first step, whether a row comes or not: every column's name read
    /// from SQLite, lowercased and put in a dictionary, the row and the cursor allocated. Nothing is built when the
    /// probe finds nothing. A key that finds a row pays for both statements; the keyed reads this is for find nothing
    /// for nearly every line (a relayed message's id not recorded before, a sender with no question waiting).
    ///
    /// Both statements run on this connection one after the other, in the caller's one read — inside a batch on the
    /// batch's connection, in its transaction; outside one in a reader's transaction or a savepoint on the writer —
    /// so `select` sees the rows `probe` saw: the row is the one it would have been without the probe, and a key
    /// `probe` does not find is one `select` would not have found.
    public func keyedRow(probe: String, select: String, keys: [String]) throws -> Row? {
        guard try hasRow(probe, keys: keys) else { return nil }
        return try Row.fetchOne(cachedStatement(sql: select), arguments: StatementArguments(keys))
    }

    /// Whether `probe` (a `SELECT 1 … WHERE` whose parameters are `keys`, in order, each bound as text) finds a row —
    /// what `Int64.fetchOne(cachedStatement(sql: probe), arguments: StatementArguments(keys)) != nil` answers.
    ///
    /// Inside a transaction the statement GRDB keeps prepared for `probe` is bound, stepped once and reset through
    /// SQLite's C API, on this connection, without GRDB's arguments and cursor: a probe that found nothing cost some
    /// 13 K instructions through them, most of it the arguments (`StatementArguments` built, validated, the statement
    /// reset and its bindings cleared) and GRDB's checks around the step, beside SQLite's own seek
    /// (docs/performance.md, forty-sixth pass). What is read is the same: the same prepared statement of the same
    /// connection, in the same transaction, each key bound as the text GRDB binds for a `String`: its UTF-8 as a C
    /// string, copied — an empty key is `''`, not NULL, and a key with a NUL in it is cut there, as GRDB cuts it
    /// (`KeyedProbeTests` holds both to GRDB's answers).
    /// Nothing is cached: every probe asks the database, so what another connection, another process or a restart
    /// changed is seen as GRDB's read would have seen it.
    ///
    /// GRDB's checks a statement passes before it runs matter to nothing this desk does with a probe, and the one that
    /// could is kept: GRDB refuses a statement in a transaction SQLite has rolled back (an aborted transaction) — the
    /// connection is then in autocommit, and outside a transaction the probe goes through GRDB as before, which
    /// throws as it did. The others are for what the desk does not use: recording the region a `ValueObservation`
    /// reads, transaction observers (a `SELECT` changes nothing they see), a suspended database (iOS; a read in WAL
    /// mode is let through anyway) and a cancelled `async` access (the desk's reads are synchronous). A step that
    /// ends in anything but a row or its end (`SQLITE_BUSY`, an I/O error), and a number of keys that is not the
    /// statement's number of parameters, are left to GRDB as before: the statement is reset and the probe made
    /// through GRDB, which answers or throws its own error.
    ///
    /// `probe`'s prepared statement is used only by probes: GRDB's own next use of it binds its arguments anew, so
    /// the bindings left behind here (copies, cleared after each step) are never read for it.
    public func hasRow(_ probe: String, keys: [String]) throws -> Bool {
        let statement = try cachedStatement(sql: probe)
        let handle = statement.sqliteStatement
        guard bindForOneStep(handle, keys: keys) else {
            return try Int64.fetchOne(statement, arguments: StatementArguments(keys)) != nil
        }
        let step = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        switch step {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: return try Int64.fetchOne(statement, arguments: StatementArguments(keys)) != nil
        }
    }

    /// The first row `select` finds with `keys` (its parameters, in order, each bound as text), as `read` gives it from
    /// SQLite's statement standing on the row — what `decode` gives of `Row.fetchOne(cachedStatement(sql: select),
    /// arguments: StatementArguments(keys))` — or nil when there is none.
    ///
    /// Inside a transaction the row is read as ``hasRow(_:keys:)`` reads its answer: the statement GRDB keeps prepared
    /// for `select`, bound, stepped once and reset through SQLite's C API, with neither GRDB's arguments nor its row
    /// cursor (which reads every column's name and builds a dictionary of them before its first step, then copies the
    /// row): `CaseBook.openDuplicateBrief` 32,700 → 15,100 instructions a report (docs/performance.md, seventy-first
    /// pass). `read` must give for the row what `decode` gives for GRDB's copy of it, or nil for a row it does not
    /// read as GRDB would (a column of another type than it expects, a value `decode` would refuse): that row, a step
    /// that ends in anything but a row or the end, and a read outside a transaction are left to GRDB as before —
    /// the statement is reset and the row fetched and decoded through GRDB, which reads the same row or throws its
    /// own error. GRDB binds its arguments anew on its next use of the statement.
    public func firstRow<Value>(_ select: String, keys: [String], read: (SQLiteStatement) -> Value?,
                                decode: (Row) throws -> Value) throws -> Value? {
        let statement = try cachedStatement(sql: select)
        let handle = statement.sqliteStatement
        if bindForOneStep(handle, keys: keys) {
            let step = sqlite3_step(handle)
            let value = step == SQLITE_ROW ? read(handle) : nil
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            if step == SQLITE_DONE { return nil }
            if let value { return value }
        }
        return try Row.fetchOne(statement, arguments: StatementArguments(keys)).map(decode)
    }

    /// Binds `keys` to `handle` for one step through SQLite's C API, as ``hasRow(_:keys:)`` and
    /// ``firstRow(_:keys:read:decode:)`` step it: only inside a transaction, only for as many keys as the statement
    /// has parameters, and after a reset that succeeded; false (nothing left bound) when any of these fails or a key
    /// cannot be bound — the caller then goes through GRDB.
    private func bindForOneStep(_ handle: SQLiteStatement, keys: [String]) -> Bool {
        guard let sqliteConnection, sqlite3_get_autocommit(sqliteConnection) == 0,
              sqlite3_bind_parameter_count(handle) == keys.count, sqlite3_reset(handle) == SQLITE_OK else {
            return false
        }
        // Each key bound as GRDB binds a `String`: its UTF-8 as a C string (up to a NUL, if it has one), copied by
        // SQLite (`SQLITE_TRANSIENT`); an empty key is `''`, not NULL. The C string is the key's own storage, lent by
        // `withCString`: the key passed as a pointer argument was first copied into a new array (`utf8CString`),
        // some 500 instructions a key, 2.4 K of a relayed message (docs/performance.md, seventy-second pass).
        let copied = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        for (index, key) in zip(CInt(1)..., keys) {
            guard key.withCString({ sqlite3_bind_text(handle, index, $0, -1, copied) }) == SQLITE_OK else {
                sqlite3_clear_bindings(handle)
                return false
            }
        }
        return true
    }
}
