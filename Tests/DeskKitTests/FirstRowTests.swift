@testable import DeskKit
import Foundation
import GRDB
import Testing

/// `Database.firstRow(_:keys:read:decode:)` with `CaseBook.OpenCase.init(columnsOf:)`, as `openDuplicateBrief` reads
/// the open case it finds: the row read from SQLite's statement inside a transaction must be what GRDB's row cursor
/// and `decode` give — for every kind of value each column may hold, a row GRDB refuses refused alike, no row nil —
/// inside a transaction and outside one (docs/performance.md, seventy-first pass). Behaviour, not timing.
@Suite("A first row read from SQLite's statement is the row GRDB decodes")
struct FirstRowTests {
    static let select = "SELECT id, title, status, urgent FROM briefs WHERE k = ? AND m = ? ORDER BY rowid LIMIT 1"

    /// Rows of every shape, keyed `k`: the columns have no type, so each value is stored as given — the usual ones,
    /// and those `init(columnsOf:)` leaves to GRDB (a number where a text is read, a text or a real where the integer
    /// is, NULL, a status that is none, a blob).
    static var rows: [(String, (any DatabaseValueConvertible)?, (any DatabaseValueConvertible)?, (any DatabaseValueConvertible)?,
                        (any DatabaseValueConvertible)?)] { [
        ("plain", "BX-0001", "3栋2单元 电梯", "dispatched", 0),
        ("urgent", "BX-0002", "5-1-302 漏水（紧急）", "accepted", 1),
        ("urgent7", "BX-0003", "t", "inProgress", 7),
        ("negative", "BX-0004", "t", "reopened", -1),
        ("empty", "", "", "closed", 0),
        ("nul", "BX-0005", "灯\u{0}不亮", "dispatched", 0),
        ("numberID", 42, "t", "dispatched", 0),
        ("realTitle", "BX-0006", 1.5, "dispatched", 0),
        ("nullTitle", "BX-0007", nil, "dispatched", 0),
        ("notAStatus", "BX-0008", "t", "Dispatched", 0),
        ("statusNumber", "BX-0009", "t", 3, 0),
        ("urgentText", "BX-0010", "t", "dispatched", "1"),
        ("urgentReal", "BX-0011", "t", "dispatched", 0.5),
        ("urgentNull", "BX-0012", "t", "dispatched", nil),
        ("blobID", Data([0x42, 0x58]), "t", "dispatched", 0),
    ] }
    /// The keys asked: every row's, a key no row has, and the empty key (no row is keyed NULL).
    static let keys = rows.map(\.0) + ["none", ""]

    func makeQueue() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db throws in
            try db.execute(sql: "CREATE TABLE briefs (k, m, id, title, status, urgent)")
            for row in Self.rows {
                try db.execute(sql: "INSERT INTO briefs VALUES (?, 'repairs', ?, ?, ?, ?)",
                               arguments: [row.0, row.1, row.2, row.3, row.4])
            }
            // A second row under one key: the first is read.
            try db.execute(sql: "INSERT INTO briefs VALUES ('plain', 'repairs', 'BX-9999', 'later', 'closed', 1)")
        }
        return queue
    }

    /// What GRDB's row cursor and decoding give for `key`, or the error they throw: the reference.
    func grdb(_ db: Database, _ key: String) -> Result<CaseBook.OpenCase?, Error> {
        Result { try Row.fetchOne(db, sql: Self.select, arguments: [key, "repairs"]).map(Self.decode) }
    }

    static func decode(_ row: Row) throws -> CaseBook.OpenCase {
        CaseBook.OpenCase(id: try row.decode(atIndex: 0), title: try row.decode(atIndex: 1), status: try row.decode(atIndex: 2),
                          urgent: try row.decode(atIndex: 3))
    }

    func firstRow(_ db: Database, _ key: String) -> Result<CaseBook.OpenCase?, Error> {
        Result { try db.firstRow(Self.select, keys: [key, "repairs"], read: CaseBook.OpenCase.init(columnsOf:), decode: Self.decode) }
    }

    /// Asks every key in `order` both ways: the same case, or an error both times.
    func expectSameReadings(_ db: Database, _ order: [String]) {
        for key in order {
            switch (firstRow(db, key), grdb(db, key)) {
            case let (.success(read), .success(expected)): #expect(read == expected, "\(key)")
            case (.failure, .failure): break
            case let (read, expected): Issue.record("\(key): \(read) where GRDB gave \(expected)")
            }
        }
    }

    @Test func insideATransactionEveryRowIsReadAsGRDBDecodesIt() throws {
        let queue = try makeQueue()
        try queue.write { db throws in
            #expect(db.isInsideTransaction)
            expectSameReadings(db, Self.keys)
            expectSameReadings(db, Self.keys.reversed())
            // A row after a refused one and after none: nothing is left bound or half-read between reads.
            expectSameReadings(db, Self.keys.flatMap { [$0, "plain", "notAStatus", "none"] })
        }
    }

    @Test func theUsualRowsAreReadFromTheStatementAndTheOthersLeftToGRDB() throws {
        let queue = try makeQueue()
        let fromTheStatement = try queue.write { db in
            Self.keys.filter { key in
                var read = false
                _ = try? db.firstRow(Self.select, keys: [key, "repairs"], read: { statement in
                    let value = CaseBook.OpenCase(columnsOf: statement)
                    read = value != nil
                    return value
                }, decode: Self.decode)
                return read
            }
        }
        #expect(fromTheStatement == ["plain", "urgent", "urgent7", "negative", "empty", "nul"])
    }

    @Test func theValuesAreTheColumns() throws {
        let queue = try makeQueue()
        try queue.write { db throws in
            let plain = try db.firstRow(Self.select, keys: ["plain", "repairs"], read: CaseBook.OpenCase.init(columnsOf:), decode: Self.decode)
            #expect(plain == CaseBook.OpenCase(id: "BX-0001", title: "3栋2单元 电梯", status: .dispatched, urgent: false))
            let urgent = try db.firstRow(Self.select, keys: ["urgent7", "repairs"], read: CaseBook.OpenCase.init(columnsOf:), decode: Self.decode)
            #expect(urgent == CaseBook.OpenCase(id: "BX-0003", title: "t", status: .inProgress, urgent: true))
            // A text is read up to its first NUL, as GRDB reads it.
            let cut = try db.firstRow(Self.select, keys: ["nul", "repairs"], read: CaseBook.OpenCase.init(columnsOf:), decode: Self.decode)
            #expect(cut?.title == "灯")
            #expect(try db.firstRow(Self.select, keys: ["none", "repairs"], read: CaseBook.OpenCase.init(columnsOf:), decode: Self.decode) == nil)
        }
    }

    @Test func outsideATransactionTheRowIsReadTheSame() throws {
        let queue = try makeQueue()
        queue.writeWithoutTransaction { db in
            #expect(!db.isInsideTransaction)
            expectSameReadings(db, Self.keys)
        }
        try queue.read { db in expectSameReadings(db, Self.keys) }
    }

    @Test func aRowWrittenInTheTransactionIsReadAndOneRolledBackIsNot() throws {
        let queue = try makeQueue()
        try queue.writeWithoutTransaction { db throws in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "SAVEPOINT s")
            try db.execute(sql: "INSERT INTO briefs VALUES ('new', 'repairs', 'BX-0100', '新', 'accepted', 0)")
            #expect(try db.firstRow(Self.select, keys: ["new", "repairs"], read: CaseBook.OpenCase.init(columnsOf:), decode: Self.decode)?.id == "BX-0100")
            try db.execute(sql: "ROLLBACK TO s")
            try db.execute(sql: "RELEASE s")
            #expect(try db.firstRow(Self.select, keys: ["new", "repairs"], read: CaseBook.OpenCase.init(columnsOf:), decode: Self.decode) == nil)
            expectSameReadings(db, Self.keys)
            try db.execute(sql: "ROLLBACK")
        }
    }

    @Test func theWrongNumberOfKeysIsRefusedAsGRDBRefusesIt() throws {
        let queue = try makeQueue()
        try queue.write { db throws in
            #expect(throws: DatabaseError.self) {
                try db.firstRow(Self.select, keys: ["plain"], read: CaseBook.OpenCase.init(columnsOf:), decode: Self.decode)
            }
            expectSameReadings(db, Self.keys)
        }
    }
}
