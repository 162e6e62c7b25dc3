import DeskKit
import DeskTesting
import Foundation
import Testing

/// A module whose answer reads its own table, or (`偷记`) tries to write to it: an answer is read-only.
struct TallyModule: ServiceModule, AnswersWithoutWriting {
    let id = "tally"
    let name = LocalizedName("计数", "Tally")
    let summary = "回答已记了几条"
    let casePrefix = "JS"
    let services = [
        Service(code: "tally", name: "计数", englishName: "tally", description: "回答已记了几条", group: "计数",
                verbs: ["计数"], aliases: ["tally"], fields: []),
        Service(code: "tally-sneak", name: "偷记", englishName: "sneak", description: "回答时偷记一条", group: "计数",
                verbs: ["偷记"], aliases: ["sneak"], fields: []),
        Service(code: "tally-add", name: "记一条", englishName: "add", description: "记一条", group: "计数",
                verbs: ["记一条"], aliases: ["add"], fields: []),
    ]

    var migrations: [ModuleMigration] {
        [ModuleMigration("v1") { db in try db.create(table: "tally") { t in t.column("n", .integer).notNull() } }]
    }

    func answer(_ request: ServiceRequest, in context: AnswerContext) throws -> Reply? {
        guard request.service.code != "tally-add" else { return nil }
        return try context.read { db in
            if request.service.code == "tally-sneak" { try db.execute(sql: "INSERT INTO tally(n) VALUES (1)") }
            return .answer("已记 \(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tally") ?? 0) 条", module: id)
        }
    }

    func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        try context.db.execute(sql: "INSERT INTO tally(n) VALUES (1)")
        return .answer("记好了", module: id)
    }
}

/// A module's answer without a write transaction (``AnswersWithoutWriting``) reads, and cannot write: on the
/// in-memory queue, on a file (on one of its readers, or on its writer as `desk say` opens it), and inside a relay's
/// batch (where it sees what the batch wrote so far).
@Suite("Read-only answers")
struct ReadOnlyAnswerTests {
    func count(_ desk: TestDesk) throws -> Int {
        try desk.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tally") ?? -1 }
    }

    func temporaryFile() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.appendingPathComponent("desk.sqlite").path
    }

    @Test(arguments: [(false, false), (true, false), (true, true)])
    func anAnswerReadsButCannotWrite(onFile: Bool, readsOnTheWriter: Bool) throws {
        let desk = try TestDesk(modules: [TallyModule()], path: onFile ? try temporaryFile() : nil, readsOnTheWriter: readsOnTheWriter)
        #expect(desk.say("记一条").text == "记好了")
        #expect(desk.say("计数").text == "已记 1 条")
        let refused = desk.say("偷记")
        #expect(refused.status == .error)
        #expect(!refused.text.contains("已记"))
        #expect(try count(desk) == 1)
        // The connection is not left read-only, nor inside the answer's transaction: the next write is kept.
        #expect(desk.say("记一条").text == "记好了")
        #expect(try count(desk) == 2)
    }

    @Test func insideABatchAnAnswerSeesTheBatchAndCannotWrite() throws {
        let desk = try TestDesk(modules: [TallyModule()])
        let replies = try desk.desk.store.batch {
            [desk.say("记一条"), desk.say("计数"), desk.say("偷记"), desk.say("记一条"), desk.say("计数")]
        }
        #expect(replies.map(\.text)[0...1] == ["记好了", "已记 1 条"])
        #expect(replies[2].status == .error)
        #expect(replies.map(\.text)[3...4] == ["记好了", "已记 2 条"])
        #expect(try count(desk) == 2)
    }
}
