@testable import DeskKit
import DeskTesting
import Foundation
import GRDB
import Testing

/// A resident's word in the group (`还冇修好`) goes to their own open case of the last 30 days: a case created at the
/// window's very start is theirs, one a millisecond older is not. The window's start is compared with the stored
/// text of `createdAt` (GRDB's `yyyy-MM-dd HH:mm:ss.SSS`, UTC, the milliseconds rounded to the nearest, halves up),
/// so it must be bound as the same text: `Desk.recentCase` binds it written by hand (`StoredTime.value`), not
/// through GRDB's `DateFormatter` (perf, relay: docs/performance.md, fifty-seventh pass).
@Suite("A sender's case at the edge of the 30 days")
struct SenderCaseWindowTests {
    let registry: ModuleRegistry
    init() throws { registry = try ModuleRegistry([FaultModule()]) }

    /// 2026-12-01 09:00:00 UTC, 30 days after the case below was created.
    static let thirtyDaysOn = 1_796_115_600.0

    func desk(caseCreatedAt createdAt: String) throws -> Desk {
        let store = try DeskStore.inMemory(registry: registry, seeds: .bundled)
        try store.writer.write { db in
            try db.execute(sql: """
                INSERT INTO cases(id, module, service, title, fields, requesterSender, channel, groupName, status, urgent,
                                  createdAt, updatedAt, missing)
                VALUES ('GZ-0001', 'faults', 'light', '灯不亮', '{}', 'wxid_a', 'group', '水印桃源1群', 'accepted', 0, ?, ?, '[]')
                """, arguments: [createdAt, createdAt])
        }
        return try Desk(registry: registry, store: store)
    }

    func found(_ desk: Desk, at seconds: Double) -> Bool {
        let message = Message("还冇修好", channel: .group, operatorName: "群", requester: Requester(sender: "wxid_a"),
                              group: "水印桃源1群", time: Date(timeIntervalSince1970: seconds))
        return desk.recentCase(for: message)?.id == "GZ-0001"
    }

    /// Asked exactly 30 days on, or less than half a millisecond after, the case is found (the window's start is
    /// written as the case's own time); from half a millisecond after, the start is a millisecond later and it is not.
    @Test func theWindowsStartToTheMillisecond() throws {
        let desk = try desk(caseCreatedAt: "2026-11-01 09:00:00.000")
        for delta in [-86_400, -1, -0.001, -0.000_6, 0, 0.000_1, 0.000_4] {
            #expect(found(desk, at: Self.thirtyDaysOn + delta), "30 days + \(delta) s")
        }
        for delta in [0.000_6, 0.000_9, 0.001, 0.5, 1, 86_400] {
            #expect(!found(desk, at: Self.thirtyDaysOn + delta), "30 days + \(delta) s")
        }
    }

    /// A case created at a fraction of a millisecond: stored rounded, and found as long as the window's start,
    /// rounded the same way, is not later.
    @Test func aCaseStoredWithRoundedMilliseconds() throws {
        let desk = try desk(caseCreatedAt: "2026-11-01 09:00:00.124")
        for delta in [0.123, 0.123_6, 0.124, 0.124_4] {
            #expect(found(desk, at: Self.thirtyDaysOn + delta), "30 days + \(delta) s")
        }
        for delta in [0.124_6, 0.125, 0.2] {
            #expect(!found(desk, at: Self.thirtyDaysOn + delta), "30 days + \(delta) s")
        }
    }

    /// A case opened from a group gets its link stamped with the case's own time, stored as the same text (the
    /// link's `createdAt` is bound by hand too, `CaseBook.addLink`), and read back as that time to the millisecond.
    @Test func aGroupCasesLinkIsStampedAsTheCase() throws {
        for seconds in [1_796_115_600.0, 1_796_115_600.123_4, 1_796_115_600.999_6, 1_796_159_999.000_5] {
            let clock = FixedClock(Date(timeIntervalSince1970: seconds))
            let desk = try TestDesk(modules: [FaultModule()], clock: clock)
            desk.desk.publicURL = "https://desk.example.cn"
            let id = try #require(desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "王").caseID)
            let (linked, opened) = try desk.read { db in
                (try String.fetchOne(db, sql: "SELECT createdAt FROM caseLinks WHERE caseID = ?", arguments: [id]),
                 try String.fetchOne(db, sql: "SELECT createdAt FROM cases WHERE id = ?", arguments: [id]))
            }
            let expected = String.fromDatabaseValue(Date(timeIntervalSince1970: seconds).databaseValue)
            #expect(linked != nil && linked == expected && opened == expected, "\(seconds): \(linked ?? "nil")")
            let link = try desk.read { db in try CaseLink.fetchOne(db, sql: "SELECT * FROM caseLinks WHERE caseID = ?", arguments: [id]) }
            #expect(link.map { abs($0.createdAt.timeIntervalSince1970 - seconds) < 0.000_5 + 1e-6 } == true)
        }
    }
}
