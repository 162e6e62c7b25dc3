import DeskKit
import Foundation
@testable import Repairs
import Testing

/// ``RepairRecord/insertRow(_:)``, one prepared statement, stores the row GRDB's `insert` stored from the record's
/// `Codable` encoding: the same values of the same types, every column full and every optional one empty.
@Suite("A repair's row stored by a prepared statement, as the Codable form stored it")
struct RepairRecordRowTests {
    static let records = [
        RepairRecord(caseID: "BX-0001", category: "water", compound: "sytx", building: 3, unit: 2, room: 502, place: nil, urgent: true),
        RepairRecord(caseID: "BX-0002", category: "lift", compound: nil, building: nil, unit: nil, room: nil, place: "东门", urgent: false),
    ]

    /// The module's tables, beside a `cases` table holding only the ids the rows name.
    func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE cases(id TEXT PRIMARY KEY); INSERT INTO cases VALUES ('BX-0001'), ('BX-0002')")
            for migration in RepairRecord.migrations { try migration.migrate(db) }
        }
        return queue
    }

    func rows(_ queue: DatabaseQueue) throws -> [[String]] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT caseID, category, compound, building, unit, room, place, urgent,
                       typeof(compound), typeof(building), typeof(place), typeof(urgent) FROM repairs ORDER BY rowid
                """).map { row in row.databaseValues.map(\.description) }
        }
    }

    @Test func theRowsAreTheCodableForms() throws {
        let (prepared, codable) = (try database(), try database())
        try prepared.write { db in for record in Self.records { try record.insertRow(db) } }
        try codable.write { db in for record in Self.records { try record.insert(db) } }
        #expect(try rows(prepared) == rows(codable))
        #expect(try rows(prepared).count == 2)
    }

    @Test func aSecondRowForACaseIsRefused() throws {
        let queue = try database()
        try queue.write { db in
            try Self.records[0].insertRow(db)
            #expect(throws: DatabaseError.self) { try Self.records[0].insertRow(db) }
        }
    }
}
