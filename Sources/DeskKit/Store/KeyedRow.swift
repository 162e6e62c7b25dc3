/// Reads by key where most keys find nothing (docs/performance.md, forty-fifth pass).
extension Database {
    /// The first row `select` finds with `arguments`, or nil — what `Row.fetchOne(cachedStatement(sql: select),
    /// arguments: arguments)` gives — having first asked `probe`, a `SELECT 1` with the same `FROM … WHERE` and the
    /// same arguments, whether there is one.
    ///
    /// GRDB's row cursor builds its row before its first step, whether a row comes or not: every column's name read
    /// from SQLite, lowercased and put in a dictionary, the row and the cursor allocated. `probe` is read through
    /// GRDB's value cursor (`Int64.fetchOne`), which builds none of that, and nothing is built when it finds nothing.
    /// A key that finds a row pays for both statements; the keyed reads this is for find nothing for nearly every
    /// line (a relayed message's id not recorded before, a sender with no question waiting).
    ///
    /// Both statements run on this connection one after the other, in the caller's one read — inside a batch on the
    /// batch's connection, in its transaction; outside one in a reader's transaction or a savepoint on the writer —
    /// so `select` sees the rows `probe` saw: the row is the one it would have been without the probe, and a key
    /// `probe` does not find is one `select` would not have found.
    public func keyedRow(probe: String, select: String, arguments: StatementArguments) throws -> Row? {
        guard try Int64.fetchOne(cachedStatement(sql: probe), arguments: arguments) != nil else { return nil }
        return try Row.fetchOne(cachedStatement(sql: select), arguments: arguments)
    }
}
