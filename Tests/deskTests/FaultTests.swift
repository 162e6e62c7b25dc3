import Foundation
import Testing

/// Two desks on one file, hostile input, and personal data in output — through the built binary.
@Suite("Fault tests (the built binary)")
struct FaultTests {
    func sqlite(_ db: String, _ sql: String) throws -> String { try DeskProcess.sqlite(db, sql) }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func twoWritersOnOneFile() throws {
        let db = DeskProcess.temporaryFolder().appendingPathComponent("shared.sqlite").path
        _ = try DeskProcess.run(["say", "--db", db, "帮助"])
        let plan = [("奥园", 30, 3, "甲"), ("顺驰泊林", 15, 2, "乙")]   // buildings and units in the seeds
        let results = try plan.map { compound, buildings, units, who -> Process in
            let p = Process()
            p.executableURL = DeskProcess.executable
            p.arguments = ["--db", db, "--operator", who, "--json"]
            p.currentDirectoryURL = DeskProcess.repository
            let input = Pipe(), output = Pipe()
            p.standardInput = input
            p.standardOutput = output
            p.standardError = output
            try p.run()
            let text = (1...buildings).flatMap { b in (1...units).map { u in DeskProcess.wire("报修 \(compound)\(b)栋\(u)单元101 厨房漏水") } }
                .joined(separator: "\n") + "\n"
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
            return p
        }.map { p -> (Process, String) in
            let out = String(decoding: DeskProcess.readAll((p.standardOutput as! Pipe).fileHandleForReading), as: UTF8.self)
            p.waitUntilExit()
            return (p, out)
        }
        for (process, output) in results {
            #expect(process.terminationStatus == 0)
            #expect(!output.contains("locked"))
            #expect(!output.contains("\"status\":\"error\""))
        }
        #expect(try sqlite(db, "SELECT COUNT(*) FROM cases") == String(30 * 3 + 15 * 2))
        #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func hostileInputChangesNothing() throws {
        let db = DeskProcess.temporaryFolder().appendingPathComponent("hostile.sqlite").path
        _ = try DeskProcess.run(["say", "--db", db, "帮助"])
        let before = try sqlite(db, ".dump")
        var input = Data()
        let lines: [String] = [
            "报修 水印桃源3栋2单元502 '); DROP TABLE cases; --",        // asks, and the next line cancels it
            "取消",
            "列表 '; DELETE FROM cases; --",
            "搜索 \" OR 1=1 --",
            "退休 身份证 340524198001010013",
            "交会费 张三 年费 -5元 现金",
            "收入 捐款 1e9元",
            "支出 电费 12.345元",
            "活动 新建 2月30日 除草 10人",
            "报修 奥体花园3栋 漏水",
            "😀😀😀",
            "\u{202E}报修\u{202C}",
            "报修 水印桃源40栋1单元101 漏水",
            "工时 T1 张三 -2小时",
            "{\"text\": 5}",
            "{\"text\": \"报修\", \"time\": \"2月30日\"}",
        ]
        for line in lines { input += Data(((line.hasPrefix("{") ? line : DeskProcess.wire(line)) + "\n").utf8) }
        input += Data([0xFF, 0xFE, 0x00, 0x41, 0x0A])                       // invalid UTF-8 and a NUL
        input += Data(String(repeating: "报修", count: 600_000).utf8) + Data([0x0A])   // a 3.6 MB line
        input += Data("末行\u{0}含NUL\n".utf8)
        let r = try DeskProcess.run(["--db", db, "--json"], input: input)
        #expect(r.status == 0)
        #expect(r.lines.count == lines.count + 3)   // every line answered, one JSON object each
        for line in r.lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
        #expect(try sqlite(db, ".dump") == before)
    }

    @Test func noWholeIDOrMobileNumberInAnyOutput() throws {
        let db = DeskProcess.temporaryFolder().appendingPathComponent("privacy.sqlite").path
        let id = "420106195601010023", phone = "13812345678", family = "13900001111"
        let session = [
            "老人登记 王秀英 \(id) 水印桃源3栋2单元502 \(phone) 企业职工 独居 儿子 王强 \(family)",
            "认证名单", "认证提醒", "上门认证 王秀英 12月30日上午",
            "报修 水印桃源3栋2单元502 漏水 电话\(phone)", "报修查询 \(phone)", "查看 BX-0001", "列表", "搜索 漏水",
            "会员 登记 张三 \(phone)", "会员 张三", "欠费", "欠费提醒",
            "退休 身份证 \(id)", "社保 我的身份证号是\(id)，电话\(phone)，社保怎么转移",
            "代办 社保卡补办 电话\(phone)",
        ]
        let text = try DeskProcess.run(["--db", db], lines: session).stdout
        let json = try DeskProcess.run(["--db", db, "--json"], lines: session.map { DeskProcess.wire($0.replacingOccurrences(of: "登记 张三", with: "登记 李四")) }).stdout
        let outbox = try DeskProcess.run(["outbox", "--db", db]).stdout + DeskProcess.run(["outbox", "--db", db, "--json"]).stdout
        for output in [text, json, outbox] {
            #expect(!output.contains(id))
            #expect(!output.contains(phone))
            #expect(!output.contains(family))
        }
        #expect(text.contains("420106********0023"))
        #expect(text.contains("138****5678"))
    }
}
