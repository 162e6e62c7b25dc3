@testable import DeskKit
import DeskTesting
import Foundation
import GRDB
import Testing

/// `Desk.recentCase`: a sender's open cases in a group, found through the indexes of `kernel.sender-cases`
/// (docs/performance.md, seventeenth pass).
@Suite("A sender's cases in a group")
struct SenderCasesTests {
    let registry: ModuleRegistry
    init() throws { registry = try ModuleRegistry([FaultModule()]) }

    func temporaryPath() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.appendingPathComponent("desk.sqlite").path
    }

    /// A case row as the desk writes it, created at `createdAt` (GRDB's text for a date).
    func insertCase(_ db: Database, _ id: String, sender: String?, group: String = "水印桃源1群", status: String = "accepted",
                    createdAt: String = "2026-11-30 09:00:00.000") throws {
        try db.execute(sql: """
            INSERT INTO cases(id, module, service, title, fields, requesterSender, channel, groupName, status, urgent,
                              createdAt, updatedAt, missing)
            VALUES (?, 'faults', 'light', '灯不亮', '{}', ?, 'group', ?, ?, 0, ?, ?, '[]')
            """, arguments: [id, sender, group, status, createdAt, createdAt])
    }

    func message(from sender: String, group: String = "水印桃源1群") -> Message {
        Message("还冇修好", channel: .group, operatorName: "群", requester: Requester(sender: sender), group: group,
                time: Date.fromDatabaseValue("2026-12-01 09:00:00.000".databaseValue))
    }

    /// A database written before the migration opens with both indexes, and the sender's cases there — their own
    /// and the one they reported on — are found, the newest first.
    @Test func anOlderDatabaseGetsTheIndexes() throws {
        let path = try temporaryPath()
        try DeskStore.create(path: path, before: "kernel.sender-cases", registry: registry)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try insertCase(db, "GZ-0001", sender: "wxid_a", createdAt: "2026-11-20 09:00:00.000")
                try insertCase(db, "GZ-0002", sender: "wxid_b", createdAt: "2026-11-25 09:00:00.000")
                try insertCase(db, "GZ-0003", sender: "wxid_a", group: "顺驰泊林群", createdAt: "2026-11-29 09:00:00.000")
                try db.execute(sql: """
                    INSERT INTO caseReporters(caseID, sender, channel, at) VALUES ('GZ-0002', 'wxid_a', 'group', '2026-11-26 09:00:00.000')
                    """)
            }
        }
        let store = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
        let indexes = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('cases_sender', 'caseReporters_sender') ORDER BY name")
        }
        #expect(indexes == ["caseReporters_sender", "cases_sender"])
        // And the duplicate check's index gets the creation time after the key (`kernel.dedupe-oldest-first`).
        let dedupe = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info('cases_dedupe') ORDER BY seqno") }
        #expect(dedupe == ["dedupeKey", "createdAt"])
        let desk = try Desk(registry: registry, store: store)
        #expect(desk.recentCase(for: message(from: "wxid_a"))?.id == "GZ-0002")
        #expect(desk.recentCase(for: message(from: "wxid_b"))?.id == "GZ-0002")
        #expect(desk.recentCase(for: message(from: "wxid_a", group: "顺驰泊林群"))?.id == "GZ-0003")
        #expect(desk.recentCase(for: message(from: "wxid_c")) == nil)
    }

    /// Cases created at the same moment come as before the indexes: the later status first (`reopened` before
    /// `accepted`), then the one inserted last; closed cases and those older than the window are not read.
    @Test func casesCreatedAtTheSameMomentKeepTheirOrder() throws {
        let store = try DeskStore.inMemory(registry: registry, seeds: .bundled)
        try store.writer.write { db in
            try insertCase(db, "GZ-0001", sender: "wxid_a", status: "reopened")
            try insertCase(db, "GZ-0002", sender: "wxid_a", status: "accepted")
            try insertCase(db, "GZ-0003", sender: "wxid_a", status: "reopened")
            try insertCase(db, "GZ-0004", sender: "wxid_a", status: "accepted")
            try insertCase(db, "GZ-0005", sender: "wxid_a", status: "closed", createdAt: "2026-11-30 10:00:00.000")
            try insertCase(db, "GZ-0006", sender: "wxid_a", createdAt: "2026-10-01 10:00:00.000")
        }
        let desk = try Desk(registry: registry, store: store)
        #expect(desk.recentCase(for: message(from: "wxid_a"))?.id == "GZ-0003")
        try store.writer.write { db in try db.execute(sql: "UPDATE cases SET status = 'accepted' WHERE id = 'GZ-0003'") }
        #expect(desk.recentCase(for: message(from: "wxid_a"))?.id == "GZ-0001")
        try store.writer.write { db in try db.execute(sql: "UPDATE cases SET status = 'accepted' WHERE id = 'GZ-0001'") }
        #expect(desk.recentCase(for: message(from: "wxid_a"))?.id == "GZ-0004")
    }
}
