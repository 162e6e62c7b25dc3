import Foundation

/// The check a database file passes before the desk uses it: SQLite's `PRAGMA quick_check`, on a read-only
/// connection, so that a damaged file is refused before anything is written to it.
///
/// The check reads the whole file (about a second for a million cases), so a file that passed it is not read
/// whole again for a day: the pass is recorded beside the file (`<file>-checked`: when, and which file — its
/// device and inode). A file put in its place (a restored copy, a moved file) is checked at its first start;
/// a page damaged in between is still refused when a line reads it (`database-corrupt`). docs/reliability.md.
enum StoreCheck {
    /// How long a passed check stands for the same file.
    static let validFor: TimeInterval = 86_400

    /// Throws `database-corrupt` when `path` is damaged. Other opening problems are left to the caller.
    static func verify(path: String, busyTimeout: TimeInterval, now: Date = Date()) throws {
        let identity = fileIdentity(path)
        if let identity, let last = lastPass(path), last.identity == identity,
           last.at <= now, now.timeIntervalSince(last.at) < validFor {
            return
        }
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
        if let identity { recordPass(path, identity: identity, at: now) }
    }

    /// The one sentence said about a damaged file, with the way back (docs/reliability.md, "Backups").
    static func corrupt(path: String) -> DeskError {
        DeskError("database-corrupt",
                  "数据库 \(path) 已损坏（SQLite 完整性检查未通过），服务台没有写入任何内容；"
                  + "请保留此文件，用最近一次的备份替换它后再启动（做法见 docs/reliability.md「备份与恢复」）")
    }

    /// Where the last pass is recorded.
    static func recordPath(_ path: String) -> String { path + "-checked" }

    /// Which file `path` is: device and inode (`2049:1234567`); nil when it cannot be read.
    static func fileIdentity(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino)"
    }

    /// The last pass recorded for `path`: a line `<seconds since 1970> <identity>`.
    private static func lastPass(_ path: String) -> (at: Date, identity: String)? {
        guard let text = try? String(contentsOfFile: recordPath(path), encoding: .utf8) else { return nil }
        let parts = text.split(separator: " ")
        guard parts.count == 2, let seconds = Double(parts[0]) else { return nil }
        return (Date(timeIntervalSince1970: seconds), parts[1].trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Records a pass; a folder the desk cannot write to only means the check runs again next time.
    private static func recordPass(_ path: String, identity: String, at now: Date) {
        let line = "\(Int(now.timeIntervalSince1970)) \(identity)\n"
        _ = FileManager.default.createFile(atPath: recordPath(path), contents: Data(line.utf8), attributes: [.posixPermissions: 0o600])
    }
}
