import Foundation
import Testing

/// `desk relay` killed with SIGKILL at random moments and run again: every message is handled exactly once.
@Suite("Relay crash safety (the built binary)")
struct RelayCrashTests {
    /// Mixed group messages with stable ids: requests, duplicates, chatter, follow-up answers.
    static func messages(_ count: Int) -> String {
        let texts = ["收到", "3栋2单元电梯坏了", "家里厨房漏水了", "👍", "社保卡丢了怎么补办", "5栋1单元楼道灯不亮", "早上好", "口袋公园的漫步机坏了"]
        return (0..<count).map { i in
            let object: [String: Any] = ["id": "k\(i)", "group": i % 2 == 0 ? "水印桃源1群" : "顺驰泊林业主群",
                                         "sender": "\(i % 9 + 1)-1-\(i % 5 + 1)01 住户\(i % 40)", "time": DeskProcess.recentTime,
                                         "text": texts[i % texts.count]]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    func count(_ db: String, _ table: String) throws -> Int {
        Int(try DeskProcess.sqlite(db, "SELECT COUNT(*) FROM \(table)"))!
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func killedAndRerunAccountsForEveryMessageOnce() throws {
        let folder = DeskProcess.temporaryFolder()
        let input = folder.appendingPathComponent("messages.jsonl")
        let total = 1500
        try Self.messages(total).write(to: input, atomically: true, encoding: .utf8)
        let clean = folder.appendingPathComponent("clean.sqlite").path
        let crashed = folder.appendingPathComponent("crashed.sqlite").path
        #expect(try DeskProcess.run(["relay", "--db", clean, input.path, "--summary"]).status == 0)

        var kills = 0
        for _ in 0..<4 {
            let p = Process()
            p.executableURL = DeskProcess.executable
            p.arguments = ["relay", "--db", crashed, input.path, "--summary"]
            p.currentDirectoryURL = DeskProcess.repository
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32.random(in: 200_000...1_200_000))
            if p.isRunning { kill(p.processIdentifier, SIGKILL); kills += 1 }
            p.waitUntilExit()
        }
        let last = try DeskProcess.run(["relay", "--db", crashed, input.path, "--summary"])
        #expect(last.status == 0)
        #expect(kills >= 1)
        #expect(try count(crashed, "relayMessages") == total)
        for table in ["cases", "caseReporters", "outbox", "caseEvents"] {
            #expect(try count(crashed, table) == count(clean, table), "\(table)")
        }
    }
}
