import Foundation

/// The check a database file passes before the desk uses it: SQLite's `PRAGMA quick_check`, on a read-only
/// connection, so that a damaged file is refused before anything is written to it.
enum StoreCheck {
    /// Throws `database-corrupt` when `path` is damaged. Other opening problems are left to the caller.
    static func verify(path: String, busyTimeout: TimeInterval) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        let result: [String]
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            result = try queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
            try queue.close()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw corrupt(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
            return   // a read-only open of a WAL file without its -shm: the pool will open it
        }
        guard result == ["ok"] else { throw corrupt(path: path) }
    }

    /// The one sentence said about a damaged file, with the way back (docs/reliability.md, "Backups").
    static func corrupt(path: String) -> DeskError {
        DeskError("database-corrupt",
                  "数据库 \(path) 已损坏（SQLite 完整性检查未通过），服务台没有写入任何内容；"
                  + "请保留此文件，用最近一次的备份替换它后再启动（做法见 docs/reliability.md「备份与恢复」）")
    }
}
