extension DeskError {
    /// What a failing line says when the database itself is the problem, instead of `internal`: `busy` (another
    /// process held the write lock past the busy timeout, or held it when this desk started, which then opened
    /// the file for reading only), `database-corrupt` (a damaged page; restore from a backup) or `disk-full`.
    /// Nil for any other error.
    public static func storage(_ error: any Error) -> DeskError? {
        guard let db = error as? DatabaseError else { return nil }
        switch db.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_READONLY:
            return DeskError("busy", "数据库正忙（另一个程序正在写入，等待超时），这一条没有保存，请稍后再发一次。")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return DeskError("database-corrupt", "数据库文件已损坏，这一条没有保存；请停止使用，按 docs/reliability.md「备份与恢复」用备份替换。")
        case .SQLITE_FULL:
            return DeskError("disk-full", "磁盘已满，这一条没有保存；请腾出空间后再发一次。")
        default:
            return nil
        }
    }
}
