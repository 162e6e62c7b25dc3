@testable import DeskKit
import DeskTesting
import Foundation
import Testing

@Suite("Masking: the written forms of ID and mobile numbers")
struct MaskingTests {
    @Test(arguments: [
        ("电话13812345678", "电话138****5678"),
        ("电话 138-1234-5678", "电话 138****5678"),
        ("电话 138 1234 5678", "电话 138****5678"),
        ("+86 186 1234 5678", "186****5678"),
        ("8613812345678", "138****5678"),
        ("+8613812345678", "138****5678"),
        ("身份证420106195001010021", "身份证420106********0021"),
        ("身份证 420106 19500101 002X", "身份证 420106********002X"),
        ("身份证 420106-19500101-002x", "身份证 420106********002x"),
    ])
    func masks(_ typed: String, _ shown: String) {
        #expect(Masking.redact(typed) == shown)
    }

    @Test(arguments: ["BX-0001", "2026-11-29 10:00", "转账单号4200001234202611290001", "120元", "20261129",
                      "第85551234号", "单号 123456789012345", "2026年11月29日 8:30"])
    func leavesOtherNumbersAlone(_ text: String) {
        #expect(Masking.redact(text) == text)
    }

    @Test func aReplyCannotCarryAWholeNumber() {
        let r = Reply(status: .error, text: "「13812345678」不是年月", error: DeskError("invalid-field", "「13812345678」不是年月"))
        #expect(r.text == "「138****5678」不是年月")
        #expect(r.error?.message == "「138****5678」不是年月")
    }
}

@Suite("Personal data at the desk: no whole number out, register, reveal, access log, roles, erasure")
struct PrivacyTests {
    let desk: TestDesk
    static let phone = "13971234567", id = "420102194003150026", family = "13907180000"

    init() throws {
        desk = try TestDesk(modules: [FaultModule(), GardenModule()])
    }

    /// Every row of every table except the register's and the cases' whole-number columns.
    func outputsAndDerivedText() throws -> String {
        try desk.read { db in
            let search = try String.fetchAll(db, sql: "SELECT body FROM caseSearch").joined(separator: "\n")
            let notes = try String.fetchAll(db, sql: "SELECT COALESCE(note, '') FROM caseEvents").joined(separator: "\n")
            let titles = try String.fetchAll(db, sql: "SELECT title || ' ' || COALESCE(assignee, '') FROM cases").joined(separator: "\n")
            let outbox = try String.fetchAll(db, sql: "SELECT text FROM outbox").joined(separator: "\n")
            let log = try String.fetchAll(db, sql: "SELECT COALESCE(reason, '') FROM accessLog").joined(separator: "\n")
            return [search, notes, titles, outbox, log].joined(separator: "\n")
        }
    }

    @Test func wholeNumbersTypedEverywhereComeOutMasked() throws {
        let (p, i, f) = (Self.phone, Self.id, Self.family)
        var replies: [Reply] = []
        let first = desk.say("故障 水印桃源3栋2单元502 漏水 王阿姨 \(p)")
        let c = try #require(first.caseID)
        replies.append(first)
        for line in ["派单 \(c) 王师傅\(p) 身份证\(i)", "备注 \(c) 儿子电话 138-1234-5678 身份证 420102 19400315 0026",
                     "办结 \(c) 已修好 联系\(f) 公开：修好了，电话 \(f)", "查看 \(c)", "列表", "搜索 漏水", "搜索 \(p)",
                     p, i, "+86 139 7123 4567", "收费", "\(p)", "取消", "故障 水印桃源3栋2单元503 漏水", i, "取消",
                     "居民 \(p)", "居民 登记 李大爷 \(f) \(i) 水印桃源3栋2单元502 独居"] {
            replies.append(desk.say(line))
        }
        replies.append(desk.relay("我身份证\(i)，电话\(p)，5栋1单元的灯不亮", group: "水印桃源1群", sender: "王强\(f)"))
        let shown = replies.map { [$0.text, $0.error?.message ?? ""].joined(separator: "\n") }.joined(separator: "\n")
        let stored = try outputsAndDerivedText()
        for whole in [p, i, f, "138-1234-5678", "420102 19400315 0026", "139 7123 4567"] {
            #expect(!shown.contains(whole), "reply shows \(whole)")
            #expect(!stored.contains(whole), "derived text keeps \(whole)")
        }
        #expect(shown.contains("139****4567"))
        // Kept whole where it is needed: the case's callback number and the register.
        let record = try desk.case(c)
        #expect(record.callbackPhone == p)
        #expect(record.requesterName == "王阿姨")
        let phones = try desk.read { try String.fetchAll($0, sql: "SELECT digits FROM residentPhones ORDER BY digits") }
        #expect(phones.contains(p) && phones.contains(f))
    }

    @Test func intakeLinksTheResidentAndCallbackNumber() throws {
        let c = try #require(desk.say("故障 水印桃源3栋2单元502 漏水 王阿姨 \(Self.phone)").caseID)
        let c2 = try #require(desk.say("故障 水印桃源4栋1单元101 灯不亮，电话\(Self.phone)").caseID)
        let (a, b) = (try desk.case(c), try desk.case(c2))
        #expect(a.residentID != nil && a.residentID == b.residentID)
        let found = desk.say("居民 王阿姨")
        #expect(found.text.contains("R\(a.residentID!)"))
        #expect(found.text.contains("139****4567"))
        #expect(found.text.contains(c) && found.text.contains(c2))
        #expect(desk.say("查看 \(c)").text.contains("王阿姨 139****4567"))
        // Viewing the case is recorded against the person.
        let views = try desk.read { try AccessRecord.filter(Column("action") == "lookup" && Column("caseID") == c).fetchAll($0) }
        #expect(views.count == 1 && views[0].residentID == a.residentID && views[0].operatorName == desk.operatorName)
    }

    @Test func aNumberInAGroupNicknameIsTheCallbackNumber() throws {
        let c = try #require(desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "王强\(Self.family)").caseID)
        let record = try desk.case(c)
        #expect(record.callbackPhone == Self.family && record.requesterName == "王强")
    }

    @Test func revealIsAuditedAndNeedsAReason() throws {
        let c = try #require(desk.say("故障 水印桃源3栋2单元502 漏水 王阿姨 \(Self.phone)").caseID)
        #expect(desk.say("显示号码 \(c)").error?.code == "missing-reason")
        let r = desk.say("显示号码 \(c) 回访")
        #expect(r.text.contains("王阿姨 \(Self.phone)"))
        let log = try desk.read { try AccessRecord.fetchAll($0) }.filter { $0.action == .reveal }
        #expect(log.count == 1)
        #expect(log[0].operatorName == desk.operatorName && log[0].caseID == c && log[0].reason == "回访")
        #expect(log[0].role == "角色未启用")
        // Never from a WeChat group.
        #expect(desk.relay("显示号码 \(c) 回访", group: "水印桃源1群", sender: "李阿姨").text.contains(Self.phone) == false)
    }

    @Test func rolesDecideWhoMayRevealReadTheLogAndClose() throws {
        try desk.addOperator("李书记", role: .admin, pin: "2468")
        try desk.addOperator("小王", role: .gridWorker, pin: "1357")
        try desk.addOperator("小张", role: .frontDesk, pin: "9753")
        let c = try #require(desk.say("故障 水印桃源3栋2单元502 漏水 王阿姨 \(Self.phone)", as: "小张", role: .frontDesk).caseID)

        let refused = desk.say("显示号码 \(c) 回访", as: "小张", role: .frontDesk)
        #expect(refused.error?.code == "not-permitted")
        #expect(refused.text.contains("小张（前台）没有「显示完整号码」的权限"))
        let unsigned = desk.say("显示号码 \(c) 回访", as: "小王", role: nil)
        #expect(unsigned.error?.code == "not-permitted")
        #expect(try desk.read { try AccessRecord.filter(Column("action") == "reveal").fetchCount($0) } == 0)

        #expect(desk.say("显示号码 \(c) 回访", as: "小王", role: .gridWorker).text.contains(Self.phone))
        #expect(desk.say("访问记录", as: "小王", role: .gridWorker).error?.code == "not-permitted")
        let log = desk.say("访问记录", as: "李书记", role: .admin)
        #expect(log.text.contains("小王") && log.text.contains("网格员") && log.text.contains("显示号码") && log.text.contains("回访"))

        // A front-desk operator closes their own case, not another's; a grid worker may close any.
        let other = try #require(desk.say("故障 水印桃源4栋1单元101 灯不亮", as: "李书记", role: .admin).caseID)
        #expect(desk.say("办结 \(other) 已修好", as: "小张", role: .frontDesk).error?.code == "not-permitted")
        #expect(try desk.case(other).status == .accepted)
        #expect(desk.say("办结 \(c) 已修好", as: "小张", role: .frontDesk).status == .updated)
        #expect(desk.say("办结 \(other) 已修好", as: "小王", role: .gridWorker).status == .updated)

        // Fee records: a module checks the permission through its context.
        #expect(desk.say("收费 50元", as: "小王", role: .gridWorker).error?.code == "not-permitted")
        #expect(desk.say("收费 50元", as: "李书记", role: .admin).status == .answered)
    }

    @Test func refusalsChangeNothing() throws {
        _ = desk.say("故障 水印桃源3栋2单元502 漏水 王阿姨 \(Self.phone)")
        try desk.addOperator("李书记", role: .admin, pin: "2468")
        let before = try desk.snapshot()
        for line in ["显示号码 GZ-0001 回访", "居民 修改 R1 姓名 王桂兰", "居民 合并 R1 R2", "居民 注销 R1 迁出", "居民 导出 R1",
                     "居民 删除 R1 本人申请", "访问记录", "办结 GZ-0001 已修好", "居民 登记 李四 340524198001010013"] {
            let r = desk.say(line, as: "小张", role: .frontDesk)
            #expect(r.status == .error, "\(line)")
        }
        #expect(desk.say("居民 登记 李四 340524198001010013").text.contains("身份证号"))   // wrong check digit
        #expect(try desk.snapshot() == before)
    }

    @Test func accountsAndPINs() throws {
        #expect(throws: DeskError.self) { try desk.addOperator("小王", role: .gridWorker, pin: "1357") }   // first must be admin
        try desk.addOperator("李书记", role: .admin, pin: "2468")
        #expect(throws: DeskError.self) { try desk.addOperator("小赵", role: .frontDesk, pin: "12") }     // too short
        let frontDesk = Access(operatorName: "小张", role: .frontDesk, rolesEnabled: true)
        #expect(throws: DeskError.self) { try desk.desk.addOperator(name: "小赵", role: .frontDesk, pin: "1234", by: frontDesk) }
        #expect(throws: DeskError.self) { try desk.desk.addOperator(name: "  ", role: .frontDesk, pin: "1234", by: frontDesk) }
        #expect(try desk.desk.signIn(name: "李书记", pin: "2468").role == .admin)
        #expect(throws: DeskError.self) { try desk.desk.signIn(name: "李书记", pin: "2469") }
        let stored = try desk.read { try String.fetchOne($0, sql: "SELECT pinHash FROM operators")! }
        #expect(stored.hasPrefix("$2") && !stored.contains("2468"))
        #expect(desk.desk.rolesEnabled)
    }

    @Test func correctMergeAndCloseNeedTheRole() throws {
        _ = desk.say("居民 登记 王桂兰 \(Self.phone) 水印桃源3栋2单元502 独居")
        _ = desk.say("居民 登记 王阿姨 13807161234")
        try desk.addOperator("李书记", role: .admin, pin: "2468")
        #expect(desk.say("居民 修改 R1 电话 \(Self.family)", as: "小张", role: .frontDesk).error?.code == "not-permitted")
        #expect(desk.say("居民 修改 R1 电话 \(Self.family)", as: "李书记", role: .admin).status == .updated)
        #expect(desk.say("居民 合并 R1 R2", as: "李书记", role: .admin).status == .updated)
        let phones = try desk.read { try String.fetchAll($0, sql: "SELECT digits FROM residentPhones WHERE residentID = 1") }
        #expect(Set(phones) == [Self.phone, Self.family, "13807161234"])
        #expect(desk.say("居民 R2", as: "李书记", role: .admin).text.contains("王桂兰"))   // merged: leads to R1
        #expect(desk.say("居民 1234", as: "李书记", role: .admin).text.contains("王桂兰"))    // some digits of a phone
        #expect(desk.say("居民 水印桃源3栋2单元502", as: "李书记", role: .admin).text.contains("王桂兰"))   // the household
        #expect(desk.say("居民 注销 R1 迁出", as: "李书记", role: .admin).status == .updated)
        #expect(desk.say("居民 R1", as: "李书记", role: .admin).text.contains("已注销"))
    }

    @Test func exportGivesEverythingAboutOnePersonAndIsLogged() throws {
        let c = try #require(desk.say("故障 水印桃源3栋2单元502 漏水 王阿姨 \(Self.phone)").caseID)
        _ = desk.say("居民 修改 R1 身份证 \(Self.id)")
        let export = desk.say("居民 导出 王阿姨 本人来驿站申请")
        #expect(export.text.contains(Self.phone) && export.text.contains(Self.id) && export.text.contains(c))
        let log = try desk.read { try AccessRecord.filter(Column("action") == "export").fetchAll($0) }
        #expect(log.count == 1 && log[0].reason == "本人来驿站申请" && log[0].residentID == 1)
    }

    @Test func erasureAnonymisesButKeepsTheFigures() throws {
        let c = try #require(desk.say("故障 水印桃源3栋2单元502 漏水 王阿姨 \(Self.phone)").caseID)
        _ = desk.say("备注 \(c) 王阿姨说家里老人卧床")
        _ = desk.say("办结 \(c) 已修好")
        let before = desk.say("统计").text
        #expect(desk.say("居民 删除 R1").error?.code == "missing-argument")   // a reason is required
        let r = desk.say("居民 删除 R1 本人申请删除")
        #expect(r.status == .updated)
        let person = try desk.read { try Resident.fetchOne($0, key: 1)! }
        #expect(person.status == .anonymised && person.idNumber == nil && person.name == "已删除居民R1")
        let record = try desk.case(c)
        #expect(record.requesterName == nil && record.requesterPhone == nil && record.callbackPhone == nil)
        #expect(record.status == .closed)
        let everything = try desk.snapshot()
        #expect(!everything.contains(Self.phone) && !everything.contains("王阿姨"))
        #expect(desk.say("统计").text == before)
        #expect(desk.say("搜索 王阿姨").text.contains("没有"))
        let log = try desk.read { try AccessRecord.filter(Column("action") == "anonymise").fetchAll($0) }
        #expect(log.count == 1 && log[0].operatorName == desk.operatorName && log[0].reason == "本人申请删除")
    }

    @Test func modulesRegistersAreCoveredByExportAndErasure() throws {
        let club = try TestDesk(modules: [FaultModule(), ClubModule()])
        #expect(club.say("入会 王桂兰 \(Self.phone)").text.contains("R1"))
        _ = club.say("故障 水印桃源3栋2单元502 漏水 电话\(Self.phone)")
        let export = club.say("居民 导出 R1")
        #expect(export.text.contains("【俱乐部】\n  会员 王桂兰 \(Self.phone)"))
        #expect(export.text.contains("未接入名册导出") && export.text.contains("故障"))
        _ = club.say("居民 删除 R1 本人申请")
        let row = try club.read { try Row.fetchOne($0, sql: "SELECT name, phone, paidFen FROM club_members")! }
        #expect(row["name"] as String == "已删除居民R1" && (row["phone"] as String?) == nil && row["paidFen"] as Int == 12000)
        #expect(!(try club.snapshot()).contains(Self.phone))
    }

    @Test func aCallbackNumberCanBeAddedToACase() throws {
        let c = try #require(desk.say("故障 水印桃源3栋2单元502 漏水").caseID)
        #expect(desk.say("显示号码 \(c) 回访").error?.code == "no-callback")
        #expect(desk.say("居民 关联 \(c) \(Self.phone) 王阿姨").status == .updated)
        #expect(desk.say("显示号码 \(c) 回访").text.contains("王阿姨 \(Self.phone)"))
    }

    @Test func aNumberInTheNoteOfACaseWithoutOneBecomesItsCallbackNumber() throws {
        let c = try #require(desk.say("故障 水印桃源3栋2单元502 漏水").caseID)
        _ = desk.say("备注 \(c) 联系电话 \(Self.phone)")
        #expect(try desk.case(c).callbackPhone == Self.phone)
        #expect(try desk.events(c).contains { $0.note == "联系电话 139****4567" })
        _ = desk.say("备注 \(c) 邻居电话 \(Self.family)")          // a second number does not replace the first
        #expect(try desk.case(c).callbackPhone == Self.phone)
    }
}

@Suite("Databases written before masking at storage")
struct StoredTextMigrationTests {
    @Test func oldNotesTitlesAndSearchTextAreMasked() throws {
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        KernelMigrations.register(in: &migrator)
        try migrator.migrate(queue, upTo: "kernel.v5-search-and-order")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO cases(id, module, service, title, fields, channel, status, urgent, createdAt, updatedAt, missing, assignee)
                VALUES ('BX-0001', 'repairs', 'home-repair', '王阿姨 13971234567 漏水', '{}', 'desk', 'accepted', 0, 0, 0, '[]', '王师傅13812345678');
                INSERT INTO caseEvents(caseID, at, operatorName, kind, note) VALUES ('BX-0001', 0, '小张', 'noted', '身份证420102194003150026');
                INSERT INTO caseSearch(rowid, caseID, body) VALUES (1, 'BX-0001', '王阿姨 13971234567 漏水');
                """)
        }
        try migrator.migrate(queue)
        let stored = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT title || assignee FROM cases UNION ALL SELECT note FROM caseEvents UNION ALL SELECT body FROM caseSearch")
        }.joined(separator: " ")
        #expect(!stored.contains("13971234567") && !stored.contains("13812345678") && !stored.contains("420102194003150026"))
        #expect(stored.contains("139****4567") && stored.contains("420102********0026"))
    }
}
