@testable import DeskKit
import DeskTesting
import Foundation
import GRDB
import Testing

/// A second report of the same problem at the same place goes on the case already open for it, and a problem
/// reported again after its case was closed, followed up or cancelled opens a new case. The duplicate look-ups
/// (`CaseBook.openDuplicate`, and `openDuplicateBrief`, which repairs ask) compare the open statuses one by one
/// rather than as an `IN` list (perf, relay: docs/performance.md, fifty-eighth pass), so every status is tried here.
@Suite("A duplicate report goes only on an open case")
struct OpenDuplicateStatusTests {
    /// A case of `status` with the dedupe key `k`, beside another module's open case with the same key and an open
    /// case of the module with another key: what each look-up finds for the key.
    @Test(arguments: CaseStatus.allCases)
    func eachStatus(_ status: CaseStatus) throws {
        let registry = try ModuleRegistry([FaultModule()])
        let store = try DeskStore.inMemory(registry: registry, seeds: .bundled)
        let directory = try store.directory()
        let (full, brief) = try store.writer.write { db in
            let rows = [("GZ-0001", "faults", status.rawValue, "k"), ("QT-0001", "other", "dispatched", "k"),
                        ("GZ-0002", "faults", "inProgress", "k2")]
            for (id, module, status, key) in rows {
                try db.execute(sql: """
                    INSERT INTO cases(id, module, service, title, fields, channel, status, urgent, createdAt, updatedAt,
                                      missing, dedupeKey)
                    VALUES (?, ?, 'fault', '灯不亮', '{}', 'group', ?, 0,
                            '2026-11-01 09:00:00.000', '2026-11-01 09:00:00.000', '[]', ?)
                    """, arguments: [id, module, status, key])
            }
            let book = CaseBook(db: db, operatorName: "测试", now: Date(), directory: directory, module: ("faults", "GZ"))
            return (try book.openDuplicate(module: "faults", key: "k")?.id,
                    try book.openDuplicateBrief(module: "faults", key: "k"))
        }
        let expected = status.isOpen ? "GZ-0001" : nil
        #expect(full == expected, "\(status)")
        #expect(brief?.id == expected, "\(status)")
        #expect(brief.map { $0.status == status && $0.title == "灯不亮" && !$0.urgent } ?? true, "\(status)")
    }

    /// In a group: the same fault told again is linked to the open case; once that case is closed, told again it
    /// opens a new one.
    @Test func toldAgainInTheGroup() throws {
        let desk = try TestDesk(modules: [FaultModule()])
        let report = "故障 水印桃源5栋1单元的灯不亮"
        let first = try #require(desk.relay(report, group: "水印桃源1群", sender: "王").caseID)
        let again = desk.relay(report, group: "水印桃源1群", sender: "李")
        #expect(again.status == .duplicate && again.caseID == first)
        try desk.desk.store.writer.write { db in
            try db.execute(sql: "UPDATE cases SET status = 'closed' WHERE id = ?", arguments: [first])
        }
        let afterClosing = desk.relay(report, group: "水印桃源1群", sender: "张")
        #expect(afterClosing.status == .created && afterClosing.caseID != nil && afterClosing.caseID != first)
    }
}
