import DeskKit
import Foundation
import GRDB
import Testing

/// `Database.hasRow(_:keys:)` and `keyedRow(probe:select:keys:)`: a probe bound and stepped through SQLite's C API
/// inside a transaction must answer as GRDB's read of the same statement answers — for every key, in every order,
/// outside a transaction, after a rollback, a schema change and a restart (docs/performance.md, forty-sixth pass).
/// Behaviour, not timing.
@Suite("A keyed probe answers as GRDB's read of the same key")
struct KeyedProbeTests {
    static let probe = "SELECT 1 FROM pairs WHERE g = ? AND id = ?"
    static let select = "SELECT v FROM pairs WHERE g = ? AND id = ?"

    /// Keys that are there and keys that are not, among them the empty key (a row keyed `''`, none keyed NULL), keys
    /// with a NUL inside (GRDB binds a `String` up to its first NUL, in the insert as in the read, and so must the
    /// probe: a first version bound every byte and did not find `a\u{0}b`, which GRDB finds), and keys differing only
    /// in case, width or a trailing space.
    static let stored: [(String, String)] = [("水印桃源1群", "m1"), ("", ""), ("a\u{0}b", "x"), ("A", "1"), ("群", "李 ")]
    static let asked: [(String, String)] = stored + [("水印桃源1群", "m2"), ("a", "1"), ("a\u{0}", "x"), ("群", "李"),
                                                     ("ｍ1", "m1"), ("水印桃源1群", "M1"), ("", "m1"), ("a", "x")]

    func makeQueue() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db throws in
            try db.execute(sql: "CREATE TABLE pairs (g TEXT, id TEXT, v TEXT NOT NULL, PRIMARY KEY (g, id)) WITHOUT ROWID")
            try db.execute(sql: "CREATE TABLE nulls (g TEXT, id TEXT)")
            try db.execute(sql: "INSERT INTO nulls VALUES (NULL, NULL)")
            for (index, (g, id)) in Self.stored.enumerated() {
                try db.execute(sql: "INSERT INTO pairs VALUES (?, ?, ?)", arguments: [g, id, "v\(index)"])
            }
        }
        return queue
    }

    /// What GRDB's own read finds for `key`: the reference every probe is held to.
    func grdb(_ db: Database, _ key: (String, String)) throws -> String? {
        try String.fetchOne(db, sql: Self.select, arguments: [key.0, key.1])
    }

    /// The row's `v`, or nil for no row.
    func value(_ row: Row?) -> String? { row.map { $0["v"] } }

    /// Asks every key in `order`, through the probe and through GRDB, on one connection.
    func expectSameAnswers(_ db: Database, _ order: [(String, String)]) throws {
        for key in order {
            let expected = try grdb(db, key)
            #expect(try db.hasRow(Self.probe, keys: [key.0, key.1]) == (expected != nil), "\(key)")
            let row = try db.keyedRow(probe: Self.probe, select: Self.select, keys: [key.0, key.1])
            #expect(value(row) == expected, "\(key)")
        }
    }

    @Test func insideATransactionEveryKeyIsAnsweredAsGRDBAnswersIt() throws {
        let queue = try makeQueue()
        try queue.write { db throws in
            #expect(db.isInsideTransaction)
            try expectSameAnswers(db, Self.asked)
            try expectSameAnswers(db, Self.asked.reversed())
            // One key again and again, and a missing key after each present one: nothing is left bound between probes.
            try expectSameAnswers(db, Array(repeating: Self.stored[0], count: 3) + Self.asked.flatMap { [$0, ("无", "无")] })
        }
    }

    @Test func theEmptyKeyIsNotNull() throws {
        let queue = try makeQueue()
        try queue.write { db throws in
            #expect(try !db.hasRow("SELECT 1 FROM nulls WHERE g IS ? AND id IS ?", keys: ["", ""]))
            #expect(try db.hasRow("SELECT 1 FROM pairs WHERE g = ? AND id = ?", keys: ["", ""]))
            #expect(try db.hasRow("SELECT 1 FROM nulls WHERE g IS NULL AND ? = ''", keys: [""]))
        }
    }

    @Test func outsideATransactionTheProbeAnswersTheSame() throws {
        let queue = try makeQueue()
        try queue.writeWithoutTransaction { db throws in
            #expect(!db.isInsideTransaction)
            try expectSameAnswers(db, Self.asked)
        }
        try queue.read { db throws in try expectSameAnswers(db, Self.asked) }
    }

    @Test func aRowWrittenInTheTransactionIsFoundAndOneRolledBackIsNot() throws {
        let queue = try makeQueue()
        try queue.writeWithoutTransaction { db throws in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(try !db.hasRow(Self.probe, keys: ["新群", "n1"]))
            try db.execute(sql: "SAVEPOINT s")
            try db.execute(sql: "INSERT INTO pairs VALUES ('新群', 'n1', 'new')")
            #expect(try db.hasRow(Self.probe, keys: ["新群", "n1"]))
            #expect(try value(db.keyedRow(probe: Self.probe, select: Self.select, keys: ["新群", "n1"])) == "new")
            try db.execute(sql: "ROLLBACK TO s")
            try db.execute(sql: "RELEASE s")
            #expect(try !db.hasRow(Self.probe, keys: ["新群", "n1"]))
            try db.execute(sql: "DELETE FROM pairs WHERE g = '水印桃源1群'")
            #expect(try !db.hasRow(Self.probe, keys: ["水印桃源1群", "m1"]))
            try db.execute(sql: "ROLLBACK")
            #expect(try db.hasRow(Self.probe, keys: ["水印桃源1群", "m1"]))
        }
    }

    @Test func theWrongNumberOfKeysIsRefusedAsGRDBRefusesIt() throws {
        let queue = try makeQueue()
        try queue.write { db throws in
            #expect(throws: DatabaseError.self) { try db.hasRow(Self.probe, keys: ["水印桃源1群"]) }
            #expect(throws: DatabaseError.self) { try db.hasRow(Self.probe, keys: ["水印桃源1群", "m1", "m1"]) }
            // The statement is still answered right afterwards.
            try expectSameAnswers(db, Self.asked)
        }
    }

    @Test func aTableMadeAnewIsReadAnew() throws {
        let queue = try makeQueue()
        try queue.write { db throws in
            try expectSameAnswers(db, Self.asked)
            try db.execute(sql: "DROP TABLE pairs")
            try db.execute(sql: "CREATE TABLE pairs (g TEXT, id TEXT, v TEXT NOT NULL, PRIMARY KEY (g, id))")
            try db.execute(sql: "INSERT INTO pairs VALUES ('a', '1', 'later')")
            try expectSameAnswers(db, Self.asked)
            #expect(try db.hasRow(Self.probe, keys: ["a", "1"]))
            #expect(try !db.hasRow(Self.probe, keys: ["水印桃源1群", "m1"]))
        }
    }

    /// On a file in WAL mode: a pool's reader sees what another connection committed, and a connection opened again
    /// on the file (a restart) finds what the first wrote and nothing it did not.
    @Test func onAFileAReaderAndARestartSeeWhatWasCommitted() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keyed-probe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("probe.sqlite").path
        do {
            let pool = try DatabasePool(path: path)
            try pool.write { db throws in
                try db.execute(sql: "CREATE TABLE pairs (g TEXT, id TEXT, v TEXT NOT NULL, PRIMARY KEY (g, id)) WITHOUT ROWID")
            }
            try pool.read { db throws in #expect(try !db.hasRow(Self.probe, keys: ["水印桃源1群", "m1"])) }
            try pool.write { db throws in try db.execute(sql: "INSERT INTO pairs VALUES ('水印桃源1群', 'm1', 'v')") }
            try pool.read { db throws in
                #expect(db.isInsideTransaction)
                #expect(try db.hasRow(Self.probe, keys: ["水印桃源1群", "m1"]))
                #expect(try !db.hasRow(Self.probe, keys: ["水印桃源1群", "m2"]))
            }
            try pool.close()
        }
        let again = try DatabasePool(path: path)
        try again.read { db throws in
            #expect(try value(db.keyedRow(probe: Self.probe, select: Self.select, keys: ["水印桃源1群", "m1"])) == "v")
            #expect(try !db.hasRow(Self.probe, keys: ["水印桃源1群", "m2"]))
        }
    }
}
