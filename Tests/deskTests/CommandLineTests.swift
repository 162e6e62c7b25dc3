import Foundation
import Testing

/// The command line as staff meet it (trial report 2026-11-29, items 20, 25, 31): Chinese help and errors,
/// shared options wherever a database is opened, words that look like options, a wrong PIN.
@Suite("The desk command line (the built binary)")
struct CommandLineTests {
    let db = DeskProcess.temporaryFolder().appendingPathComponent("desk.sqlite").path

    /// What no message to staff may contain: the parser's English.
    static let english = ["Error:", "Unknown option", "unexpected argument", "Missing expected", "USAGE:", "OPTIONS:",
                          "Usage:", "See '", "Show help information"]

    func expectChinese(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for phrase in Self.english { #expect(!text.contains(phrase), "English in: \(text)", sourceLocation: sourceLocation) }
    }

    @Test func commandsWithoutADatabaseSayWhyTheyTakeNoDatabaseOption() throws {
        for arguments in [["modules", "--db", db], ["route", "--db", db, "3栋电梯坏了"]] {
            let r = try DeskProcess.run(arguments)
            #expect(r.status == 64)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.hasPrefix("desk \(arguments[0])：这个命令不用服务台的数据库"))
            #expect(r.stderr.contains("「--db」"))
            #expect(r.stderr.contains("用法：desk \(arguments[0])"))
            expectChinese(r.stderr)
        }
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func sharedOptionsMayComeBeforeTheSubcommand() throws {
        let said = try DeskProcess.run(["--db", db, "say", "报修", "水印桃源3栋2单元502", "漏水"])
        #expect(said.status == 0)
        #expect(said.stdout.hasPrefix("已受理报修，工单 BX-0001"))
        let listed = try DeskProcess.run(["--db", db, "--json", "say", "列表"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("\"status\":\"answered\"") && listed.stdout.contains("BX-0001"))
        let marked = try DeskProcess.run(["--db", db, "say", "--", "交会费", "老张", "月费", "-15", "现金"])
        #expect(marked.status == 2 && marked.stdout.contains("金额必须大于零"))
        // The chat takes no words: a word that is no subcommand is named, with the command that says a line.
        let stray = try DeskProcess.run(["--db", db, "列表"])
        #expect(stray.status == 64)
        #expect(stray.stderr.contains("「列表」不是 desk 的子命令") && stray.stderr.contains("desk say 列表"))
        expectChinese(stray.stderr)
    }

    @Test func sayWithoutWordsAsksForThem() throws {
        let r = try DeskProcess.run(["say", "--db", db])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("desk say：后面要写一句话，如 desk say 列表"))
        expectChinese(r.stderr)
    }

    @Test func wordsThatLookLikeOptionsReachTheDesk() throws {
        // The trial's line reaches the park module (which has no activity T1 in a new database)…
        let hours = try DeskProcess.run(["say", "--db", db, "工时", "T1", "聂阿姨", "-2小时"])
        #expect(hours.status == 2)
        #expect(hours.stderr.isEmpty)
        #expect(hours.stdout.contains("没有活动「T1」"))
        // …and a negative amount reaches the club, which refuses it in Chinese.
        let fee = try DeskProcess.run(["say", "--db", db, "交会费", "老张", "月费", "-15", "现金"])
        #expect(fee.status == 2)
        #expect(fee.stdout.contains("金额必须大于零"))
        expectChinese(hours.stdout + fee.stdout)
        // The words keep their order, and the shared options are still read wherever they stand.
        let routed = try DeskProcess.run(["route", "我家", "-15", "度", "暖气不热"])
        #expect(routed.status == 0)
        #expect(routed.stdout.contains("我家 -15 度 暖气不热"))
        let marked = try DeskProcess.run(["route", "--", "我家", "-15", "度"])
        #expect(marked.stdout.hasPrefix("「我家 -15 度」"))
        let after = try DeskProcess.run(["say", "列表", "--db", db])
        #expect(after.status == 0 && !after.stdout.contains("--db"))
        #expect(FileManager.default.fileExists(atPath: db))
    }

    /// Trial finding (#13): `desk --frobnicate say …` said `--frobnicate …` to the desk. A misspelt option is
    /// named, before or after the subcommand, with status 64 and nothing done; after `--` it is a word.
    @Test func aMisspeltOptionIsNamedAndNothingIsSaid() throws {
        for arguments in [["--frobnicate", "say", "--db", db, "报修", "水印桃源3栋2单元502", "漏水"],
                          ["--db", db, "--frobnicate", "say", "报修", "水印桃源3栋2单元502", "漏水"],
                          ["say", "--db", db, "--frobnicate=1", "报修", "水印桃源3栋2单元502", "漏水"],
                          ["route", "--frobnicate", "3栋电梯坏了"]] {
            let r = try DeskProcess.run(arguments)
            #expect(r.status == 64, "\(arguments)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("不认识的选项「--frobnicate」"), "\(r.stderr)")
            expectChinese(r.stderr)
        }
        #expect(!FileManager.default.fileExists(atPath: db), "nothing was said to a desk")
        let said = try DeskProcess.run(["say", "--db", db, "--", "--frobnicate"])
        #expect(said.status == 0 && !said.stderr.contains("不认识的选项"))
    }

    /// Trial finding (#13): a JSON line cut off before its end got an error record without its `id`.
    @Test func anUnterminatedJSONLineIsRefusedWithItsID() throws {
        let input = #"{"id": "m7", "text": "水印桃源3栋2单元502 厨房漏水"# + "\n" + #"{"text": "列表", "id": "m8"}"# + "\n"
        let r = try DeskProcess.run(["--db", db, "--json"], input: Data(input.utf8))
        #expect(r.lines.count == 2)
        let refused = try JSONSerialization.jsonObject(with: Data(r.lines[0].utf8)) as? [String: Any]
        #expect(refused?["id"] as? String == "m7")
        #expect((refused?["error"] as? [String: Any])?["code"] as? String == "bad-json")
        #expect(r.lines[1].contains(#""id":"m8""#))
    }

    @Test func helpIsInChinese() throws {
        let top = try DeskProcess.run(["--help"])
        #expect(top.status == 0)
        #expect(top.stdout.contains("说明：MicroDesk 社区服务台"))
        #expect(top.stdout.contains("子命令：") && top.stdout.contains("选项："))
        #expect(top.stdout.contains("显示帮助。") && top.stdout.contains("用法：desk <子命令>"))
        expectChinese(top.stdout)
        let say = try DeskProcess.run(["help", "say"])
        #expect(say.status == 0)
        #expect(say.stdout.contains("用法：desk say") && say.stdout.contains("参数："))
        expectChinese(say.stdout)
    }

    @Test func aBadOptionValueIsNamedInChinese() throws {
        let r = try DeskProcess.run(["outbox", "--db", db, "--limit", "很多"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("「很多」不是「--limit <limit>」可用的值"))
        expectChinese(r.stderr)
        let misspelt = try DeskProcess.run(["outbox", "--db", db, "--grop", "水印桃源1群"])
        #expect(misspelt.stderr.contains("不认识的选项「--grop」，是不是「--group」？"))
    }

    @Test func anUnknownGroupIsNotAnEmptyOutbox() throws {
        let r = try DeskProcess.run(["outbox", "--db", db, "--group", "不存在"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("没有叫「不存在」的群") && r.stderr.contains("水印桃源1群"))
        let known = try DeskProcess.run(["outbox", "--db", db, "--group", "水印桃源1群"])
        #expect(known.status == 0 && known.stdout.contains("没有待发消息"))
    }

    @Test func evalNamesTheBadLineOfAMalformedCorpus() throws {
        let folder = DeskProcess.temporaryFolder()
        let cases: [(String, String)] = [
            ("a\tb\n", "第 1 行是表头，应有 5 列"),                                   // the trial's file: no rows read, 0.0%
            ("群\t发送人\t内容\t模块\t类型\n", "里没有要检验的行"),
            ("群\t发送人\t内容\t模块\t类型\n\t小王\t报修 水印桃源3栋 漏水\trepair\tcase\n", "第 2 行的模块「repair」不是已注册的模块"),
            ("群\t发送人\t内容\t模块\t类型\n\t小王\t报修 水印桃源3栋 漏水 repairs case\n", "第 2 行应有 5 列"),
        ]
        for (index, (tsv, expected)) in cases.enumerated() {
            let file = folder.appendingPathComponent("corpus\(index).tsv")
            try Data(tsv.utf8).write(to: file)
            let r = try DeskProcess.run(["eval", file.path])
            #expect(r.status == 1)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.hasPrefix("desk: 语料有误：\(file.path) ") && r.stderr.contains(expected), "\(r.stderr)")
        }
    }

    @Test func aWrongPINIsReportedAndStopsTheDesk() throws {
        let admin = try DeskProcess.run(["operator", "add", "李书记", "--role", "社区干部", "--db", db], input: Data("2468\n".utf8))
        #expect(admin.status == 0)
        let before = try DeskProcess.sqlite(db, "SELECT COUNT(*) FROM cases")
        for arguments in [["say", "--db", db, "--operator", "李书记", "报修 水印桃源3栋2单元502 漏水"],
                          ["--db", db, "--operator", "李书记", "--json"]] {
            let r = try DeskProcess.run(arguments, input: Data(#"{"text": "报修 水印桃源3栋2单元502 漏水"}"#.utf8 + [0x0A]),
                                        environment: ["DESK_PIN": "0000"])
            #expect(r.status == 1)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.hasPrefix("desk: 李书记 用 DESK_PIN 登录失败：姓名或密码不对"))
        }
        #expect(try DeskProcess.sqlite(db, "SELECT COUNT(*) FROM cases") == before)
        let right = try DeskProcess.run(["say", "--db", db, "--operator", "李书记", "列表"], environment: ["DESK_PIN": "2468"])
        #expect(right.status == 0 && right.stderr.isEmpty)
    }

    @Test func aPINWithRolesOffIsSaidToBeUnused() throws {
        let r = try DeskProcess.run(["say", "--db", db, "列表"], environment: ["DESK_PIN": "2468"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("角色未启用，DESK_PIN 没有用到"))
    }
}
