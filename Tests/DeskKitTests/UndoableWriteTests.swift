@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// ``DeskStore/write(undoable:)``: `undo` rolls back what the write wrote so far — its rows and the search rows it
/// held or wrote — and the write goes on; what follows is kept, and an error still takes the whole write with it.
/// Inside a batch and outside one alike, as a savepoint of its own around the first writes did.
@Suite("A write that can undo its first part")
struct UndoableWriteTests {
    struct Refused: Error {}

    static let insert = "INSERT INTO relayMessages(groupName, id, digest, output, at) VALUES ('群', ?, NULL, '{}', '2026-12-02 00:00:00.000')"
    static let search = "INSERT INTO caseSearch(rowid, caseID, body) VALUES (?, ?, ?)"

    func ids(_ desk: TestDesk) throws -> [String] {
        try desk.read { db in try String.fetchAll(db, sql: "SELECT id FROM relayMessages ORDER BY id") }
    }

    func bodies(_ desk: TestDesk) throws -> [String] {
        try desk.read { db in try String.fetchAll(db, sql: "SELECT body FROM caseSearch ORDER BY rowid") }
    }

    /// Writes `a` before the undoable write; in it `b` and a search row, undone, then `c` and another; then `e` after
    /// an undoable write that undid `d` and threw.
    func writeAll(_ store: DeskStore) throws {
        try store.write { db in try db.execute(sql: Self.insert, arguments: ["a"]) }
        try store.write(undoable: { db, undo in
            try db.execute(sql: Self.insert, arguments: ["b"])
            try DeskStore.writeSearchRow(db, sql: Self.search, arguments: [1, "B", "undone"])
            // Written here (inside a batch), then undone; and one held after it, dropped by the undo.
            try DeskStore.writeHeldSearchRows(db)
            try DeskStore.writeSearchRow(db, sql: Self.search, arguments: [3, "B", "undone, held"])
            try undo()
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM relayMessages WHERE id = 'b'") == 0)
            try db.execute(sql: Self.insert, arguments: ["c"])
            try DeskStore.writeSearchRow(db, sql: Self.search, arguments: [2, "C", "kept"])
        })
        #expect(throws: Refused.self) {
            try store.write(undoable: { db, undo in
                try db.execute(sql: Self.insert, arguments: ["d"])
                try undo()
                try db.execute(sql: Self.insert, arguments: ["d2"])
                throw Refused()
            })
        }
        try store.write { db in try db.execute(sql: Self.insert, arguments: ["e"]) }
    }

    @Test func outsideABatch() throws {
        let desk = try TestDesk(modules: [])
        try writeAll(desk.desk.store)
        #expect(try ids(desk) == ["a", "c", "e"])
        #expect(try bodies(desk) == ["kept"])
    }

    @Test func insideABatch() throws {
        let desk = try TestDesk(modules: [])
        let store = desk.desk.store
        try store.batch { try writeAll(store) }
        #expect(try ids(desk) == ["a", "c", "e"])
        #expect(try bodies(desk) == ["kept"])
    }
}
