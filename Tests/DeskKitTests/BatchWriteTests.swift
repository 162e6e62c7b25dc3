@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// ``DeskStore/writeEndingTheBatchOnError(_:)``: inside a batch it writes on the batch's connection with no savepoint,
/// so its error, let out of the batch, takes the whole batch with it; outside one it is ``DeskStore/write(_:)``.
@Suite("A write whose error ends the batch")
struct BatchWriteTests {
    struct Refused: Error {}

    static let insert = "INSERT INTO relayMessages(groupName, id, digest, output, at) VALUES ('群', ?, NULL, '{}', '2026-12-02 00:00:00.000')"

    func ids(_ desk: TestDesk) throws -> [String] {
        try desk.read { db in try String.fetchAll(db, sql: "SELECT id FROM relayMessages ORDER BY id") }
    }

    @Test func insideABatchItWritesInTheBatchAndItsErrorUndoesTheWholeBatch() throws {
        let desk = try TestDesk(modules: [])
        let store = desk.desk.store
        try store.batch {
            try store.write { db in try db.execute(sql: Self.insert, arguments: ["a"]) }
            try store.writeEndingTheBatchOnError { db in
                #expect(db.isInsideTransaction)
                try db.execute(sql: Self.insert, arguments: ["b"])
            }
            // Seen by the batch's own reads before the commit.
            #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM relayMessages") } == 2)
        }
        #expect(try ids(desk) == ["a", "b"])

        #expect(throws: Refused.self) {
            try store.batch {
                try store.write { db in try db.execute(sql: Self.insert, arguments: ["c"]) }
                try store.writeEndingTheBatchOnError { db in
                    try db.execute(sql: Self.insert, arguments: ["d"])
                    throw Refused()
                }
            }
        }
        // Neither the batch's earlier write nor the one that failed stays.
        #expect(try ids(desk) == ["a", "b"])
    }

    @Test func outsideABatchItIsAWriteOfItsOwn() throws {
        let desk = try TestDesk(modules: [])
        let store = desk.desk.store
        try store.writeEndingTheBatchOnError { db in try db.execute(sql: Self.insert, arguments: ["a"]) }
        #expect(throws: Refused.self) {
            try store.writeEndingTheBatchOnError { db in
                try db.execute(sql: Self.insert, arguments: ["b"])
                throw Refused()
            }
        }
        #expect(try ids(desk) == ["a"])
    }
}
