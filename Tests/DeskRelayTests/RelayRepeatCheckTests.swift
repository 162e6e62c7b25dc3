import DeskKit
import DeskRelay
import DeskTesting
import Foundation
import Testing

/// What the relay's repeat check must keep, however it reads `relayMessages`: a message not seen before is handled,
/// one seen before under its group and id is repeated (its stored output, marked `"repeat": true`) or, with another
/// sender or text, refused as `id-conflict` — within one batch, across runs, across a restart, and for a record
/// from before digests were kept (docs/performance.md, forty-fifth pass). Behaviour, not timing.
@Suite("Relay: the repeat check finds what was recorded, and only that")
struct RelayRepeatCheckTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: allModules()) }

    func message(_ id: String, _ sender: String, _ text: String, group: String = "水印桃源1群") -> RelayItem {
        .message(RelayMessage(id: id, group: group, sender: sender, time: desk.clock.now, text: text))
    }

    /// The raw output lines and the summary of one run of `items` on `desk`.
    func run(_ items: [RelayItem], on desk: Desk) throws -> (lines: [String], summary: RelaySummary) {
        var iterator = items.makeIterator()
        var lines: [String] = []
        let summary = try Relay(desk: desk).run(next: { iterator.next() }, write: { lines.append($0.output) })
        return (lines, summary)
    }

    @Test func aNewMessageIsHandledAndItsRepeatGivesTheStoredOutput() throws {
        let items = [message("n1", "7-1-302 李阿姨", "厨房水管漏水"), message("n2", "王", "收到"),
                     message("n3", "3-2-401 赵", "3栋2单元电梯坏了")]
        let (first, firstSummary) = try run(items, on: desk.desk)
        #expect(firstSummary.repeated == 0 && firstSummary.rejected == 0)
        #expect(!first.contains { $0.contains(#""repeat":true"#) })
        let stored = try desk.read { db in try String.fetchAll(db, sql: "SELECT output FROM relayMessages ORDER BY id") }
        #expect(stored == first)
        let before = try desk.snapshot()
        let (again, summary) = try run(items, on: desk.desk)
        #expect(again == first.map { String($0.dropLast()) + #","repeat":true}"# })
        #expect(summary.repeated == 3 && summary.rejected == 0)
        #expect(try desk.snapshot() == before)
    }

    @Test func aRepeatInsideTheSameBatchIsFound() throws {
        let (lines, summary) = try run([message("s1", "7-1-302 李", "7栋1单元电梯坏了"), message("s2", "王", "好的"),
                                        message("s1", "7-1-302 李", "7栋1单元电梯坏了")], on: desk.desk)
        #expect(lines.count == 3)
        #expect(lines[2] == String(lines[0].dropLast()) + #","repeat":true}"#)
        #expect(summary.repeated == 1)
        #expect(try desk.cases().count == 1)
    }

    @Test func aReusedIdWithAnotherSenderOrTextIsRefusedInTheBatchAndAfter() throws {
        let (lines, summary) = try run([message("c1", "7-1-302 李", "7栋1单元电梯坏了"),
                                        message("c1", "7-1-302 李", "家里厨房漏水了")], on: desk.desk)
        #expect(lines[1].contains(#""code":"id-conflict""#))
        #expect(summary.rejected == 1)
        let before = try desk.snapshot()
        let (later, laterSummary) = try run([message("c1", "赵", "7栋1单元电梯坏了")], on: desk.desk)
        #expect(later[0].contains(#""code":"id-conflict""#) && !later[0].contains(#""repeat""#))
        #expect(laterSummary.rejected == 1 && laterSummary.repeated == 0)
        #expect(try desk.snapshot() == before)
        #expect(try desk.cases().count == 1)
    }

    @Test func theSameIdInAnotherGroupIsNotARepeat() throws {
        let (lines, summary) = try run([message("g1", "7-1-302 李", "7栋1单元电梯坏了"),
                                        message("g1", "7-1-302 李", "7栋1单元电梯坏了", group: "奥园业主群")], on: desk.desk)
        #expect(!lines[1].contains(#""repeat""#))
        #expect(summary.repeated == 0)
        #expect(try desk.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM relayMessages WHERE id = 'g1'") } == 2)
    }

    @Test func aRecordFromBeforeDigestsIsRepeatedWhateverItsSenderAndText() throws {
        let output = #"{"id":"old1","status":"created","case":"BX-0001"}"#
        try desk.desk.store.write { db in
            try db.execute(sql: "INSERT INTO relayMessages(groupName, id, digest, output, at) VALUES (?, ?, NULL, ?, ?)",
                           arguments: ["水印桃源1群", "old1", output, "2026-11-01 08:00:00.000"])
        }
        let before = try desk.snapshot()
        let (lines, summary) = try run([message("old1", "任何人", "3栋2单元电梯坏了")], on: desk.desk)
        #expect(lines == [#"{"id":"old1","status":"created","case":"BX-0001","repeat":true}"#])
        #expect(summary.repeated == 1 && summary.rejected == 0)
        #expect(try desk.snapshot() == before)
    }

    @Test func theBridgesBatchFindsRepeatsToo() throws {
        let items = [message("p1", "7-1-302 李", "厨房水管漏水"), message("p1", "7-1-302 李", "厨房水管漏水")]
        let (outcomes, summary) = try Relay(desk: desk.desk).process(items)
        #expect(outcomes.map(\.repeated) == [false, true])
        #expect(outcomes[1].output == String(outcomes[0].output.dropLast()) + #","repeat":true}"#)
        #expect(summary.repeated == 1)
    }

    @Test func aRestartedDeskOnTheSameFileFindsWhatWasRecorded() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("repeat-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let items = [message("f1", "7-1-302 李阿姨", "厨房水管漏水"), message("f2", "王", "收到")]
        let first = try {
            let opened = try TestDesk(modules: allModules(), path: path)
            return try run(items, on: opened.desk).lines
        }()
        let reopened = try TestDesk(modules: allModules(), path: path)
        let (again, summary) = try run(items + [message("f1", "赵", "收到")], on: reopened.desk)
        #expect(Array(again.prefix(2)) == first.map { String($0.dropLast()) + #","repeat":true}"# })
        #expect(again[2].contains(#""code":"id-conflict""#))
        #expect(summary.repeated == 2 && summary.rejected == 1)
    }
}
