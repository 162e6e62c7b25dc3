import Foundation
import Testing

/// The report's repro lines (reliability-2026-11-29), run against the built binary.
@Suite("Hardening (the built binary)")
struct HardeningBinaryTests {
    let folder = DeskProcess.temporaryFolder()
    var db: String { folder.appendingPathComponent("desk.sqlite").path }

    func objects(_ r: DeskProcess.Result) -> [[String: Any]] {
        r.lines.map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func quitDoesNotEndAJSONSession() throws {
        let r = try DeskProcess.run(["--db", db, "--json"], lines: [DeskProcess.wire("退出"), #"{"text":"quit","group":"水印桃源1群","sender":"王"}"#, DeskProcess.wire("帮助")])
        let out = objects(r)
        #expect(out.count == 3)
        #expect((out[2]["reply"] as? String)?.contains("服务台") == true)
        // At the line-mode prompt, staff may still quit.
        let plain = try DeskProcess.run(["--db", db], lines: ["退出", "帮助"])
        #expect(plain.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "再见！")
    }

    @Test func deliveringWithoutAGroupIsRefused() throws {
        let r = try DeskProcess.run(["outbox", "--db", db, "--deliver", "http://127.0.0.1:9/cgi-bin/webhook/send?key=SECRET123"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--group"))
        #expect(!(r.stdout + r.stderr).contains("SECRET123"))
    }

    @Test func theWebhookKeyIsNotPrintedOnTransportErrors() throws {
        let relay = try DeskProcess.run(["relay", "--db", db], lines: [#"{"id":"k1","group":"水印桃源1群","sender":"李","text":"7栋1单元电梯坏了"}"#])
        #expect(relay.status == 0)
        let r = try DeskProcess.run(["outbox", "--db", db, "--group", "水印桃源1群", "--deliver",
                                     "http://user:pw@127.0.0.1:9/cgi-bin/webhook/send?key=SECRET123", "--deadline", "5"])
        #expect(r.status == 2)
        #expect(!(r.stdout + r.stderr).contains("SECRET123") && !(r.stdout + r.stderr).contains("pw@"))
        #expect(try !DeskProcess.sqlite(db, "SELECT group_concat(lastError) FROM outbox").contains("SECRET123"))
    }

    @Test func escapeSequencesFromAGroupNeverReachTheTerminal() throws {
        let sender = "\\u001b]0;PWNED\\u0007\\u001b[2J7-1-302 李"
        let relay = try DeskProcess.run(["relay", "--db", db], lines: [#"{"id":"e1","group":"水印桃源1群","sender":"\#(sender)","text":"7栋1单元电梯坏了\u001b[31m"}"#])
        let id = try #require(objects(relay).first?["case"] as? String)
        for arguments in [["outbox", "--db", db], ["say", "--db", db, "查看", id], ["say", "--db", db, "列表"]] {
            let r = try DeskProcess.run(arguments)
            #expect(!r.stdout.unicodeScalars.contains("\u{1B}") && !r.stdout.unicodeScalars.contains("\u{07}"), "\(arguments)")
        }
        let echo = try DeskProcess.run(["--db", db], lines: ["\u{1B}]0;PWNED\u{07}"])
        #expect(!echo.stdout.unicodeScalars.contains("\u{1B}"))
    }

    @Test func theOutboxIsListedInPages() throws {
        let lines = (1...5).map { #"{"id":"p\#($0)","group":"水印桃源1群","sender":"李\#($0)","text":"\#($0)栋1单元电梯坏了"}"# }
        _ = try DeskProcess.run(["relay", "--db", db], lines: lines)
        let first = try DeskProcess.run(["outbox", "--db", db, "--limit", "2"])
        #expect(first.lines.count == 2 + 2 + 1)   // header, rule, two rows, the next-page line
        let next = try #require(first.lines.last?.components(separatedBy: "--after ").last?.split(separator: " ").first)
        let second = try DeskProcess.run(["outbox", "--db", db, "--limit", "2", "--after", String(next)])
        #expect(second.lines.count == 5 && second.lines[2] != first.lines[2])
    }

    @Test func retentionMustOutliveTheMessageTimeWindow() throws {
        let r = try DeskProcess.run(["prune", "--db", db, "--relay-days", "10"])
        #expect(r.status == 1 && r.stderr.contains("至少保留"))
        let ok = try DeskProcess.run(["prune", "--db", db])
        #expect(ok.status == 0 && ok.stdout.contains("已清理"))
    }

    @Test func aMistypedSeedFolderIsNamed() throws {
        let r = try DeskProcess.run(["say", "--db", db, "帮助"], environment: ["DESK_SEEDS": "/nonexistent/seeds"])
        #expect(r.status == 1 && r.stderr.contains("DESK_SEEDS"))
    }

    @Test func theDefaultDataFolderFollowsHOMEAndAnEmptyXDGIsUnset() throws {
        let r = try DeskProcess.run(["say", "帮助"], environment: ["HOME": folder.path, "XDG_DATA_HOME": ""])
        #expect(r.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".local/share/microdesk/desk.sqlite").path))
    }
}
