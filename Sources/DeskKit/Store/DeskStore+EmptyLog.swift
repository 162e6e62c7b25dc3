import Foundation

extension DeskStore {
    /// Leaves an empty log — a `-wal` of one byte — beside a file in WAL mode that has none, just before the pool
    /// opens it, so that a start that writes nothing syncs nothing.
    ///
    /// GRDB's pool commits a probe (a table created and dropped) whenever the `-wal` is missing or empty, so that
    /// read-only connections can open; SQLite deletes the `-wal` at the last close, so every start made that
    /// commit — and with it four `fdatasync`s for a command like `帮助`: the new log's header and its folder, then
    /// the checkpoint at exit, the log and the file. On a busy disk they were most of a start's wall time
    /// (docs/performance.md, eighteenth pass). SQLite reads a `-wal` shorter than its 32-byte header as an empty
    /// log: readers open as they did after the probe, the first commit writes the header and syncs it and the
    /// folder as after the probe, and the last close deletes the file as before.
    ///
    /// Only a file whose header says WAL (bytes 18 and 19 are 2) gets one — a `-wal` beside a rollback-journal
    /// file would put its connections in WAL mode before the pool chose it — and a `-wal` that exists is never
    /// touched (another process may be writing it). Any failure leaves things as they were: the pool probes.
    static func leaveEmptyLog(beside path: String) {
        createEmptyLog(beside: path)
    }
}

// Outside ``DeskStore``, whose `open` and `write` would hide the system calls.

private func createEmptyLog(beside path: String) {
    guard let mode = walModePermissions(path) else { return }
    let flags: Int32 = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC   // only if none is there
    let log = open(path + "-wal", flags, mode)
    guard log >= 0 else { return }
    _ = fchmod(log, mode)   // whatever the umask
    var byte: UInt8 = 0
    _ = write(log, &byte, 1)
    close(log)
}

/// The permissions of the file at `path` when its header says WAL mode (an SQLite file, bytes 18 and 19 are 2).
private func walModePermissions(_ path: String) -> mode_t? {
    let file = open(path, O_RDONLY | O_CLOEXEC)
    guard file >= 0 else { return nil }
    defer { close(file) }
    var header = [UInt8](repeating: 0, count: 20)
    var info = stat()
    guard pread(file, &header, header.count, 0) == header.count, fstat(file, &info) == 0,
          header[0..<16].elementsEqual("SQLite format 3\0".utf8), header[18] == 2, header[19] == 2 else { return nil }
    return info.st_mode & 0o777
}
