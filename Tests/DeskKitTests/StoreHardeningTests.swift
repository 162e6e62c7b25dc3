import DeskKit
import DeskTesting
import Foundation
import Testing

/// Durability, damage and contention of the database file (docs/reliability.md).
@Suite("Database file: durable, checked, shared")
struct StoreHardeningTests {
    let registry: ModuleRegistry
    let path: String
    init() throws {
        registry = try ModuleRegistry([FaultModule()])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("desk.sqlite").path
    }

    @Test func commitsAreSynchronousFull() throws {
        let store = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
        // 2 = FULL: the WAL is synced at every commit, before the reply that acknowledges it.
        #expect(try store.writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
    }

    @Test func aDamagedFileIsRefusedAndNotWrittenTo() throws {
        do {
            let store = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
            let desk = try Desk(registry: registry, store: store)
            for b in 1...30 { _ = desk.respond(to: Message("故障 水印桃源\(b)栋1单元101 漏水", operatorName: "甲")) }
            try store.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 4096
        #expect(bytes.count > pageSize * 8)
        for i in (pageSize * 4)..<(pageSize * 6) { bytes[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        let damaged = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
            Issue.record("a damaged file was opened")
        } catch {
            #expect(error.code == "database-corrupt")
            #expect(error.message.contains("备份") && error.message.contains("docs/reliability.md"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == damaged)
    }

    /// Damages two pages of the file at `path` in place.
    private func damage() throws {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for i in (4096 * 4)..<(4096 * 6) { bytes[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
    }

    private func fileWithCases() throws {
        let store = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
        let desk = try Desk(registry: registry, store: store)
        for b in 1...30 { _ = desk.respond(to: Message("故障 水印桃源\(b)栋1单元101 漏水", operatorName: "甲")) }
        try store.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    @Test func aFilePutInPlaceOfACheckedOneIsCheckedAgain() throws {
        try fileWithCases()
        _ = try DeskStore.open(path: path, registry: registry, seeds: .bundled)   // checked and recorded
        #expect(FileManager.default.fileExists(atPath: path + "-checked"))
        // A damaged copy moved into place (another file, as a restore would be) is checked, though today's check passed.
        try damage()
        let damaged = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path)
        try damaged.write(to: URL(fileURLWithPath: path))
        do {
            _ = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
            Issue.record("a damaged file put in place of a checked one was opened")
        } catch {
            #expect(error.code == "database-corrupt")
        }
    }

    @Test func aCheckADayOldIsRunAgain() throws {
        try fileWithCases()
        _ = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
        let record = try String(contentsOfFile: path + "-checked", encoding: .utf8).split(separator: " ")
        let twoDaysAgo = Int(Date().timeIntervalSince1970) - 2 * 86_400
        try "\(twoDaysAgo) \(record[1])".write(toFile: path + "-checked", atomically: true, encoding: .utf8)
        try damage()
        do {
            _ = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
            Issue.record("a damaged file was opened a day after its last check")
        } catch {
            #expect(error.code == "database-corrupt")
        }
    }

    /// GRDB's pool commits a probe when the `-wal` is missing; the store leaves an empty one instead
    /// (``DeskStore/leaveEmptyLog(beside:)``), so a start that only reads leaves the file as it was.
    @Test func aStartThatOnlyReadsWritesNothing() throws {
        try fileWithCases()
        /// A start that answers `列表` and reads on a reader connection: the number of cases.
        func start() throws -> Int? {
            let store = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
            let desk = try Desk(registry: registry, store: store)
            #expect(desk.respond(to: Message("列表", operatorName: "甲")).status == .answered)
            return try store.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM cases") }
        }
        let cases = try start()   // the first such start keeps what a start keeps (the router's model…)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try start() == cases)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        // A start that writes commits as before, and the case is there at the next start.
        do {
            let desk = try Desk(registry: registry, store: try DeskStore.open(path: path, registry: registry, seeds: .bundled))
            #expect(desk.respond(to: Message("故障 水印桃源3栋2单元502 漏水", operatorName: "甲")).status == .created)
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(try start() == cases.map { $0 + 1 })
    }

    @Test func readingStartsWhileAnotherProcessHoldsTheWriteLock() throws {
        _ = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            // An up-to-date, seeded file opens without the write lock, and reads.
            let store = try DeskStore.open(path: path, registry: registry, seeds: .bundled, busyTimeout: 0.2)
            let desk = try Desk(registry: registry, store: store)
            #expect(desk.respond(to: Message("列表", operatorName: "甲")).status == .answered)
            // A line that must write says the database is busy, not `internal`.
            let refused = desk.respond(to: Message("故障 水印桃源3栋2单元502 漏水", operatorName: "甲"))
            #expect(refused.error?.code == "busy")
        }
    }
}

@Suite("Database errors said plainly")
struct StorageErrorTests {
    @Test func busyDamagedAndFullAreNamed() {
        #expect(DeskError.storage(DatabaseError(resultCode: .SQLITE_BUSY))?.code == "busy")
        #expect(DeskError.storage(DatabaseError(resultCode: .SQLITE_CORRUPT))?.code == "database-corrupt")
        #expect(DeskError.storage(DatabaseError(resultCode: .SQLITE_FULL))?.code == "disk-full")
        #expect(DeskError.storage(DatabaseError(resultCode: .SQLITE_CONSTRAINT)) == nil)
    }
}
