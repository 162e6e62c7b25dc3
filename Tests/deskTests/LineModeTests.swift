import DeskChat
import Foundation
import Testing

@Suite("desk in line mode and JSON mode (the built binary)")
struct LineModeTests {
    let db = DeskProcess.temporaryFolder().appendingPathComponent("desk.sqlite").path

    @Test func pipedSessionAnswersEachLine() throws {
        let r = try DeskProcess.run(["--db", db], lines: ["模块", "报修 水印桃源3栋2单元502 漏水", "列表"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("已注册"))
        #expect(r.stdout.contains("已受理报修，工单 BX-0001"))
        #expect(r.stdout.contains("BX-0001  已派单"))
        #expect(!r.stdout.contains("\u{1B}["))   // no colour on a pipe
    }

    /// Lines piped together are answered in one transaction (``LineMode``): each sees what those before it wrote —
    /// the list, a search and a duplicate report find a case opened a line earlier —, everything is on disk at the
    /// end, and nothing after `退出` is answered.
    @Test func linesPipedTogetherSeeEachOthersCases() throws {
        let r = try DeskProcess.run(["--db", db], lines: [
            "报修 水印桃源3栋2单元502 漏水", "不用", "报修 奥园3栋1单元101 电梯坏了", "列表", "搜索 电梯",
            "报修 水印桃源3栋2单元502 漏水", "退出", "报修 奥园5栋1单元101 门锁坏了"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("已受理报修，工单 BX-0001") && r.stdout.contains("已受理报修，工单 BX-0002"))
        #expect(r.stdout.contains("BX-0002  已派单"))
        #expect(r.stdout.components(separatedBy: "BX-0002").count > 3)     // opened, listed, found
        #expect(r.stdout.contains("这个问题已有工单 BX-0001"))
        #expect(!r.stdout.contains("BX-0003"))
        #expect(try DeskProcess.sqlite(db, "SELECT COUNT(*) FROM cases") == "2")
        #expect(try DeskProcess.sqlite(db, "SELECT COUNT(*) FROM caseReporters") == "1")   // the second report of BX-0001
    }

    @Test func lineModeAndJSONModeGiveTheSameReplies() throws {
        let lines = ["报修 奥园3栋1单元101 电梯坏了", "3栋2单元漏水", "水印桃源", "查看 BX-0001"]
        let plain = try DeskProcess.run(["--db", db], lines: lines)
        let otherDB = DeskProcess.temporaryFolder().appendingPathComponent("desk.sqlite").path
        let json = try DeskProcess.run(["--db", otherDB, "--json"], lines: lines.map(DeskProcess.wire))
        let replies = json.lines.map { line -> String in
            let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return object["reply"] as! String
        }
        #expect(json.lines.count == lines.count)
        // Event timestamps differ by the second the case was opened, and deadlines by the minute when the two runs
        // straddle one: compare the replies without the table of records and without the deadlines' clock time.
        func firstLines(_ s: String) -> String {
            s.components(separatedBy: "记录：")[0].replacingOccurrences(of: #"日 \d{2}:\d{2}"#, with: "日 hh:mm", options: .regularExpression)
        }
        #expect(replies.map(firstLines).joined(separator: "\n") == firstLines(plain.stdout.trimmingCharacters(in: .newlines)))
    }

    @Test func jsonObjectsInAndOut() throws {
        let input = [
            #"{"text": "报修 水印桃源3栋2单元502 漏水", "id": "m1"}"#,
            #"{"text": "3栋电梯坏了", "channel": "group", "group": "水印桃源1群", "sender": "7-1-302 李阿姨", "time": "\#(DeskProcess.recentTime)", "id": "m2"}"#,
            #"{"text": "收到👍", "group": "水印桃源1群", "sender": "王", "id": "m3"}"#,
            #"{"text": "帮助"}"#,
        ]
        let r = try DeskProcess.run(["--db", db, "--json"], lines: input)
        let objects = r.lines.map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.count == 4)
        #expect(objects[0]["status"] as? String == "created")
        #expect(objects[0]["case"] as? String == "BX-0001")
        #expect(objects[0]["module"] as? String == "repairs")
        #expect(objects[0]["id"] as? String == "m1")
        #expect(objects[1]["status"] as? String == "created")
        #expect((objects[1]["reply"] as? String)?.contains("水印桃源 3栋") == true)
        #expect(objects[2]["status"] as? String == "ignored")
        #expect(objects[2]["module"] is NSNull)
        #expect(objects[3]["status"] as? String == "answered")
        #expect(objects[3]["case"] is NSNull)
    }

    @Test func badInputGetsAClearErrorAndTheDeskGoesOn() throws {
        var input = Data()
        input += Data("{\"text\": \"报修\n".utf8)                                   // broken JSON
        input += Data("{\"channel\": \"group\"}\n".utf8)                           // no text
        input += Data("{\"text\": \"你好\", \"time\": \"昨天\", \"id\": \"m3\"}\n".utf8)   // bad time
        input += Data([0xE6, 0xBC, 0x0A])                                            // invalid UTF-8
        input += Data(String(repeating: "漏", count: 400_000).utf8) + Data("\n".utf8) // a 1.2 MB line
        input += Data("[1,2]\n".utf8)
        input += Data("\n".utf8)                                                     // empty line
        input += Data("garbage\n".utf8)                                             // not JSON at all
        input += Data("{\"text\": \"模块\"}\n".utf8)
        let r = try DeskProcess.run(["--db", db, "--json"], input: input)
        #expect(r.status == 0)
        let objects = r.lines.map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.count == 9)
        func code(_ i: Int) -> String? { (objects[i]["error"] as? [String: Any])?["code"] as? String }
        #expect(code(0) == "bad-json")
        #expect(code(1) == "missing-text")
        #expect(code(2) == "bad-time")
        #expect(objects[2]["id"] as? String == "m3")   // a refused line's id still tells which message it was
        #expect(code(3) == "invalid-utf8")
        #expect(code(4) == "line-too-long")
        #expect(code(5) == "bad-json")   // an array is not an object
        #expect(objects[6]["status"] as? String == "ignored")
        // A line that is not JSON is a protocol error that says what JSON mode expects, not chat.
        #expect(code(7) == "bad-json")
        let garbage = (objects[7]["error"] as? [String: Any])?["message"] as? String ?? ""
        #expect(garbage.hasPrefix("第8行不是 JSON 对象") && garbage.contains(#"{"text": "#))
        #expect(objects[8]["status"] as? String == "answered")
        #expect(r.stderr.isEmpty)
    }

    @Test func sayLeavesNoQuestionBehindForALaterSay() throws {
        let asked = try DeskProcess.run(["say", "--db", db, "我家厨房漏水"])
        #expect(asked.stdout.contains("请问是哪里"))
        let later = try DeskProcess.run(["say", "--db", db, "水印桃源4栋1单元101"])
        #expect(!later.stdout.contains("已受理"))
        #expect(try DeskProcess.sqlite(db, "SELECT COUNT(*) FROM conversations") == "0")
    }

    @Test func unknownCommandGetsAHint() throws {
        let r = try DeskProcess.run(["--db", db], lines: ["qwzx vbnm"])
        #expect(r.stdout.contains("没有听懂") && r.stdout.contains("帮助"))
    }

    @Test func sayAndModules() throws {
        let say = try DeskProcess.run(["say", "--db", db, "报修", "水印桃源3栋2单元502", "漏水"])
        #expect(say.status == 0)
        #expect(say.stdout.hasPrefix("已受理报修，工单 BX-0001"))
        let list = try DeskProcess.run(["say", "--db", db, "--json", "列表"])
        #expect(list.stdout.contains("\"status\":\"answered\""))
        let refused = try DeskProcess.run(["say", "--db", db, "办结", "BX-9999", "好了"])
        #expect(refused.status == 2)
        let modules = try DeskProcess.run(["modules"])
        #expect(modules.stdout.contains("报修 Repairs（repairs，工单前缀 BX）"))
    }

    @Test func unusableDatabaseIsOneSentenceAndExitOne() throws {
        let missing = try DeskProcess.run(["--db", "/nonexistent/folder/desk.sqlite"], lines: ["帮助"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "desk: 无法打开数据库 /nonexistent/folder/desk.sqlite：文件夹 /nonexistent/folder 不存在\n")
        let folder = DeskProcess.temporaryFolder()
        let junk = folder.appendingPathComponent("junk.sqlite")
        try Data(String(repeating: "this is not sqlite ", count: 200).utf8).write(to: junk)
        let notDB = try DeskProcess.run(["--db", junk.path], lines: ["帮助"])
        #expect(notDB.status == 1)
        #expect(notDB.stderr.contains("不是 SQLite 数据库文件"))
        #expect(notDB.stderr.split(separator: "\n").count == 1)
        let dir = try DeskProcess.run(["--db", folder.path], lines: ["帮助"])
        #expect(dir.status == 1)
        #expect(dir.stderr.hasPrefix("desk: 无法打开数据库"))
    }

    @Test func databaseFromTheEnvironment() throws {
        let r = try DeskProcess.run([], input: Data("报修 水印桃源3栋2单元502 漏水\n".utf8), environment: ["DESK_DB": db])
        #expect(r.stdout.contains("BX-0001"))
        #expect(FileManager.default.fileExists(atPath: db))
    }
}
