/// A refusal with a message for the person at the desk: what was wrong, in Chinese. Thrown by modules and by
/// the kernel; the request's writes are rolled back and the reply is an `error` with ``code``.
public struct DeskError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A stable, machine-readable code (`invalid-field`, `unknown-case`, `duplicate-reference`…).
    public var code: String
    /// The sentence shown to the person.
    public var message: String

    public init(_ code: String, _ message: String) { self.code = code; self.message = message }

    public var description: String { message }
}

/// Thrown by a module's `handle` to ask for one more field before it can go on — for example the reason to
/// confirm an amount that does not match the fee plan. The kernel asks ``question``, reads the answer with the
/// field's kind, and calls `handle` again with it.
public struct NeedsField: Error, Sendable {
    public var field: String
    public var question: String

    public init(_ field: String, question: String) { self.field = field; self.question = question }
}

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
