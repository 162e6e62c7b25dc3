import Foundation
import Testing

/// `desk relay` as a bridge script runs it (trial report 2026-11-29, items 21 and 30): refused lines carry
/// their message's id, the rest is handled, the exit status says that something was refused, and the summary
/// counts the refused lines as what they are.
@Suite("desk relay: refused lines (the built binary)")
struct RelayCommandTests {
    let db = DeskProcess.temporaryFolder().appendingPathComponent("desk.sqlite").path

    /// Two good messages around four refused lines: broken JSON, no group, a time days ahead, not an object.
    var input: [String] {
        [
            #"{"id": "g1", "group": "水印桃源1群", "sender": "7-1-302 李阿姨", "time": "\#(DeskProcess.recentTime)", "text": "3栋2单元电梯坏了"}"#,
            #"{"id": "b1", "group": "水印桃源1群", "text": "#,
            #"{"id": "b2", "sender": "王", "text": "厨房漏水"}"#,
            #"{"id": "fut1", "group": "水印桃源1群", "sender": "王", "time": "2099-12-05T13:00:00+08:00", "text": "厨房漏水"}"#,
            "garbage",
            #"{"id": "g2", "group": "水印桃源1群", "sender": "王", "time": "\#(DeskProcess.recentTime)", "text": "谢谢"}"#,
        ]
    }

    @Test func refusedLinesCarryTheirIdAndTheRestIsHandled() throws {
        let r = try DeskProcess.run(["relay", "--db", db], lines: input)
        #expect(r.status == 2)
        let out = r.lines.map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(out.count == 6)
        #expect(out.map { $0["status"] as? String } == ["created", "error", "error", "error", "error", "ignored"])
        // A line cut off after its id still names it (trial finding, #13); `garbage` has none.
        #expect(out.map { $0["id"] as? String } == ["g1", "b1", "b2", "fut1", nil, "g2"])
        let codes = out.map { ($0["error"] as? [String: Any])?["code"] as? String }
        #expect(codes == [nil, "bad-json", "missing-group", "bad-time", "bad-json", nil])
        #expect(((out[3]["error"] as? [String: Any])?["message"] as? String)?.hasPrefix("第4行") == true)
        #expect(try DeskProcess.sqlite(db, "SELECT COUNT(*) FROM relayMessages") == "2")
        // Fixed and fed again: the refused lines are handled now, the good ones are not handled twice.
        let fixed = [input[0], input[5], #"{"id": "b2", "group": "水印桃源1群", "sender": "王", "text": "厨房漏水"}"#]
        let again = try DeskProcess.run(["relay", "--db", db], lines: fixed)
        #expect(again.status == 0)
        #expect(try DeskProcess.sqlite(db, "SELECT COUNT(*) FROM relayMessages") == "3")
    }

    @Test func theSummaryCountsRefusedLinesApartAndWritesThemToStandardError() throws {
        let r = try DeskProcess.run(["relay", "--db", db, "--summary"], lines: input)
        #expect(r.status == 2)
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        let refused = try #require(rows.first { $0.first == "输入有误（未处理）" })
        #expect(refused[1] == "4" && refused.last == "4")        // read 4, errors 4
        let unrequested = try #require(rows.first { $0.first == "非请求" })
        #expect(unrequested[1] == "1" && unrequested.last == "0")  // the thanks: read 1, no error
        let total = try #require(rows.first { $0.first == "合计" })
        #expect(total[1] == "6" && total.last == "4")
        #expect(r.stdout.contains("有 4 行输入有误，没有处理"))
        let errors = r.stderr.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(errors.count == 4)
        #expect(errors.compactMap { $0["id"] as? String } == ["b1", "b2", "fut1"])
    }

    @Test func aCleanRunExitsZero() throws {
        let r = try DeskProcess.run(["relay", "--db", db, "--summary"], lines: [input[0], input[5]])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("输入有误"))
        #expect(r.stderr.isEmpty)
    }
}
