import Foundation
import Testing

/// Personal data through the built binary: every output stream, the relay's stored output, the outbox, the
/// files on disk and their permissions.
@Suite("Privacy through the built binary")
struct PrivacyFileTests {
    static let id = "420102194003150026", phone = "13971234567", other = "13607182345"
    static let written = [id, phone, other, "138-1234-5678", "186 1234 5678", "8613812345678", "420102 19400315 0026"]

    func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func wholeNumbersTypedEverywhereAppearNowhere() throws {
        let folder = DeskProcess.temporaryFolder()
        let db = folder.appendingPathComponent("d.sqlite").path
        let (i, p, o) = (Self.id, Self.phone, Self.other)
        let session = [
            "报修 顺驰泊林8栋2单元1101 下水道堵了 王阿姨 \(p)",
            "派单 BX-0001 王师傅 138-1234-5678", "备注 BX-0001 身份证420102 19400315 0026 电话 +86 186 1234 5678",
            "办结 BX-0001 已疏通，联系人\(o) 公开：已疏通，电话8613812345678",
            "查看 BX-0001", "列表", "搜索 \(p)", "搜索 \(i)", p, i, "退休", i, "取消", "社保咨询 \(i) 我这个身份证的社保关系转不过来怎么回事",
            "列表", "居民 \(p)",
        ]
        var outputs = [try DeskProcess.run(["--db", db], lines: session).stdout,
                       try DeskProcess.run(["--db", db, "--json"], lines: session.map(DeskProcess.wire)).stdout]
        for line in session.prefix(4) { outputs.append(try DeskProcess.run(["say", "--db", db, line]).stdout) }
        let relayed = """
            {"group":"顺驰泊林1群","sender":"王强\(o)","text":"我家厨房漏水了"}
            {"group":"顺驰泊林1群","sender":"王强\(o)","text":"我身份证\(i)，电话\(p)"}
            """
        outputs.append(try DeskProcess.run(["relay", "--db", db, "-"], input: Data(relayed.utf8)).stdout)
        outputs.append(try DeskProcess.run(["outbox", "--db", db]).stdout + DeskProcess.run(["outbox", "--db", db, "--json"]).stdout)
        let all = outputs.joined(separator: "\n")
        for whole in Self.written { #expect(!all.contains(whole), "output shows \(whole)") }
        #expect(all.contains("139****4567"))

        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
            let derived = try DeskProcess.sqlite(db, """
                SELECT group_concat(x, ' ') FROM (SELECT body AS x FROM caseSearch UNION ALL SELECT note FROM caseEvents
                UNION ALL SELECT title FROM cases UNION ALL SELECT assignee FROM cases UNION ALL SELECT text FROM outbox
                UNION ALL SELECT output FROM relayMessages)
                """)
            for whole in Self.written { #expect(!derived.contains(whole), "stored text keeps \(whole)") }
            // Whole where needed: the case's number to call back.
            #expect(try DeskProcess.sqlite(db, "SELECT callbackPhone FROM cases WHERE id = 'BX-0001'") == p)
        }
        // SQLite gives the -wal and -shm files (removed at a clean close) the database file's mode.
        #expect(try mode(db) == 0o600)
    }

    @Test func theDataFolderFollowsHOMEAndIsPrivate() throws {
        let home = DeskProcess.temporaryFolder()
        let r = try DeskProcess.run(["say", "列表"], environment: ["HOME": home.path, "XDG_DATA_HOME": ""])
        #expect(r.status == 0)
        let folder = home.appendingPathComponent(".local/share/microdesk")
        #expect(try mode(folder.path) == 0o700)
        #expect(try mode(folder.appendingPathComponent("desk.sqlite").path) == 0o600)
    }

    /// Trial report #15: `显示号码 王秀英` and `显示号码 王秀英 回访` say the same thing — how to find the number.
    @Test func revealByNameSaysHowToFindTheNumberWithOrWithoutAReason() throws {
        let db = DeskProcess.temporaryFolder().appendingPathComponent("d.sqlite").path
        for line in ["显示号码 王秀英", "显示号码 王秀英 回访"] {
            let r = try DeskProcess.run(["say", "--db", db, line])
            #expect(r.status == 2)
            #expect(r.stdout.contains("先用 居民 王秀英 查到编号，再：显示号码 R编号 回访"), "\(r.stdout)")
        }
    }

    @Test func withoutAccountsTheDeskStartsAndSaysRolesAreOff() throws {
        let db = DeskProcess.temporaryFolder().appendingPathComponent("d.sqlite").path
        let r = try DeskProcess.run(["--db", db], lines: ["操作员"])
        #expect(r.stdout.contains("角色未启用"))
    }

    @Test func accountsFromTheCommandLineAndPINsFromTheEnvironment() throws {
        let db = DeskProcess.temporaryFolder().appendingPathComponent("d.sqlite").path
        // Bootstrap: the first account is an administrator and needs no one's PIN.
        #expect(try DeskProcess.run(["operator", "add", "小王", "--role", "网格员", "--db", db], input: Data("2468\n".utf8)).status == 1)
        let admin = try DeskProcess.run(["operator", "add", "李书记", "--role", "社区干部", "--db", db], input: Data("2468\n".utf8))
        #expect(admin.status == 0 && admin.stdout.contains("已添加操作员「李书记」"))
        let second = try DeskProcess.run(["operator", "add", "小王", "--role", "网格员", "--as", "李书记", "--db", db],
                                         input: Data("1357\n".utf8), environment: ["DESK_PIN": "2468"])
        #expect(second.status == 0)
        _ = try DeskProcess.run(["say", "--db", db, "报修 顺驰泊林8栋2单元1101 下水道堵了 王阿姨 \(Self.phone)"])
        let withoutPIN = try DeskProcess.run(["say", "--db", db, "--operator", "小王", "显示号码 BX-0001 回访"])
        #expect(withoutPIN.status == 2 && withoutPIN.stdout.contains("未用密码登录"))
        let wrongPIN = try DeskProcess.run(["say", "--db", db, "--operator", "小王", "显示号码 BX-0001 回访"], environment: ["DESK_PIN": "0000"])
        #expect(wrongPIN.status == 1 && wrongPIN.stdout.isEmpty && wrongPIN.stderr.contains("姓名或密码不对"))
        let signed = try DeskProcess.run(["say", "--db", db, "--operator", "小王", "显示号码 BX-0001 回访"], environment: ["DESK_PIN": "1357"])
        #expect(signed.status == 0 && signed.stdout.contains(Self.phone))
    }
}
