@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// Inside a batch the search rows are written just before the commit (``DeskStore/writeSearchRow(_:sql:arguments:)``):
/// search still finds a case as soon as it is opened, a rolled-back savepoint takes its rows with it, and the
/// committed rows are those written at once outside a batch.
@Suite("Search rows held until a batch commits")
struct HeldSearchRowsTests {
    struct Refused: Error {}

    func bodies(_ desk: TestDesk) throws -> [String] {
        try desk.read { db in try String.fetchAll(db, sql: "SELECT body FROM caseSearch ORDER BY rowid") }
    }

    @Test func aCaseOpenedInABatchIsFoundInTheSameBatchAndAfter() throws {
        let desk = try TestDesk(modules: [FaultModule(), GardenModule()])
        let (opened, threeCharacters, twoCharacters) = try desk.desk.store.batch {
            (desk.say("故障 水印桃源3栋2单元502 漏水").caseID, desk.say("搜索 3栋2单元").text, desk.say("搜索 漏水").text)
        }
        #expect(opened == "GZ-0001")
        #expect(threeCharacters.contains("GZ-0001") && twoCharacters.contains("GZ-0001"))
        #expect(desk.say("搜索 3栋2单元").text.contains("GZ-0001"))

        let unbatched = try TestDesk(modules: [FaultModule(), GardenModule()])
        #expect(unbatched.say("故障 水印桃源3栋2单元502 漏水").caseID == "GZ-0001")
        #expect(try bodies(desk) == bodies(unbatched))
    }

    @Test func aRolledBackSavepointDropsItsRowsAndUndoesTheirWriting() throws {
        let desk = try TestDesk(modules: [FaultModule(), GardenModule()])
        let store = desk.desk.store
        let insert = "INSERT INTO caseSearch(rowid, caseID, body) VALUES (?, ?, ?)"
        try store.batch {
            try store.write { db in try DeskStore.writeSearchRow(db, sql: insert, arguments: [1, "A", "kept before"]) }
            #expect(throws: Refused.self) {
                try store.write { db in
                    try DeskStore.writeSearchRow(db, sql: insert, arguments: [2, "B", "dropped"])
                    // Written here, then undone by the rollback: held again, written once at the commit.
                    try DeskStore.writeHeldSearchRows(db)
                    throw Refused()
                }
            }
            try store.write { db in try DeskStore.writeSearchRow(db, sql: insert, arguments: [3, "C", "kept after"]) }
        }
        #expect(try bodies(desk) == ["kept before", "kept after"])
    }
}
