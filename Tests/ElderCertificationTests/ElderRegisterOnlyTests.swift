import DeskKit
import DeskTesting
import Foundation
@testable import ElderCertification
import Testing

/// Issue #15, one truth: an elder's name and ID number are the resident register's only. A correction made in the
/// elder module corrects the register (role-checked, audited); a correction or merge in the register shows in the
/// elder module; the migration moves what an older desk wrote, losing nothing.
@Suite("Elders: name and ID number only in the register")
struct ElderRegisterOnlyTests {
    let desk: TestDesk
    let zhou = idNumber("19450312", "022")
    init() throws { desk = try TestDesk(modules: [ElderCertification()]) }

    func registerZhou(phone: String = " 13812345678") {
        let r = desk.say("老人登记 周桂兰 \(zhou) 水印桃源3栋2单元502\(phone) 企业职工 与家人同住")
        #expect(r.status == .updated, "\(r.text)")
    }

    @Test func anIDCorrectedInTheElderModuleCorrectsTheRegisterAndIsAudited() throws {
        registerZhou()
        let corrected = idNumber("19460312", "021")
        let r = desk.say("老人修改 周桂兰 身份证号 \(corrected)")
        #expect(r.status == .updated && r.text.contains(Masking.idNumber(corrected)))
        #expect(try desk.read { try String.fetchAll($0, sql: "SELECT idNumber FROM residents") } == [corrected])
        #expect(desk.say("居民 R1").text.contains(Masking.idNumber(corrected)))
        let log = desk.say("访问记录 R1").text
        #expect(log.contains("修改") && log.contains("身份证号（老人修改）") && log.contains("测试员"))
        // The register's person is the same elder: found by the new number, not the old one.
        #expect(desk.say("老人 \(corrected)").text.contains("周桂兰，男，80岁"))
        #expect(desk.say("老人 \(zhou)").error?.code == "unknown-elder")
    }

    @Test func aRoleThatMayNotCorrectTheRegisterIsRefusedAndNothingChanges() throws {
        registerZhou()
        try desk.addOperator("李书记", role: .admin, pin: "2468")
        try desk.addOperator("小张", role: .frontDesk, pin: "9753")
        let before = try desk.snapshot()
        let refused = desk.say("老人修改 周桂兰 身份证号 \(idNumber("19460312", "021"))", as: "小张", role: .frontDesk)
        #expect(refused.error?.code == "not-permitted")
        #expect(refused.text.contains("小张（前台）没有「修改居民名册」的权限"))
        #expect(desk.say("老人修改 周桂兰 姓名 周桂英", as: "小张", role: .frontDesk).error?.code == "not-permitted")
        #expect(try desk.snapshot() == before)
        // A change that is the module's own (the living situation) is not the register's: allowed.
        #expect(desk.say("老人修改 周桂兰 居住情况 空巢", as: "小张", role: .frontDesk).status == .updated)
        #expect(desk.say("老人修改 周桂兰 身份证号 \(idNumber("19460312", "021"))", as: "李书记", role: .admin).status == .updated)
    }

    @Test func anIDNumberSomeoneElseHasIsRefused() throws {
        registerZhou()
        let other = idNumber("19500101", "013")
        _ = desk.say("居民 登记 赵六 13700001111 \(other)")
        let before = try desk.snapshot()
        let r = desk.say("老人修改 周桂兰 身份证号 \(other)")
        #expect(r.error?.code == "duplicate-id-number" && r.text.contains("居民 合并"))
        #expect(try desk.snapshot() == before)
    }

    @Test func aNameCorrectedInTheRegisterShowsInTheElderModule() throws {
        registerZhou()
        #expect(desk.say("居民 修改 R1 姓名 周桂英").status == .updated)
        #expect(desk.say("老人 周桂英").text.contains("周桂英，女，81岁"))
        #expect(desk.say("认证名单").text.contains("周桂英"))
        #expect(desk.say("老人 周桂兰").error?.code == "unknown-elder")
        #expect(desk.say("认证登记 周桂英 现场").status == .updated)
    }

    @Test func aMergeInTheRegisterShowsInTheElderModule() throws {
        registerZhou(phone: "")                                     // R1: the elder, with her ID, no phone
        _ = desk.say("居民 登记 周桂兰 13812345678")                 // R2: the same woman, met at the counter
        #expect(desk.say("居民 合并 R2 R1").status == .updated)     // keep R2, R1 merged into it
        let shown = desk.say("老人 周桂兰").text
        #expect(shown.contains("周桂兰，女，81岁") && shown.contains(Masking.idNumber(zhou)) && shown.contains("138****5678"))
        #expect(desk.say("老人 \(zhou)").status == .answered)
        #expect(desk.say("老人修改 周桂兰 身份证号 \(idNumber("19460312", "021"))").status == .updated)
        #expect(try desk.read { try String.fetchOne($0, sql: "SELECT idNumber FROM residents WHERE id = 2") } == idNumber("19460312", "021"))
    }

    @Test func anExportListsTheElderRecordAndADeletionLeavesNoTrace() throws {
        let r = desk.say("老人登记 周桂兰 \(zhou) 水印桃源3栋2单元502 13812345678 企业职工 独居 儿子 赵强 13900001111")
        #expect(r.status == .updated)
        _ = desk.say("认证登记 周桂兰 现场")
        _ = desk.say("老人修改 周桂兰 家属 女儿 赵敏 13900002222")
        let export = desk.say("居民 导出 R1").text
        #expect(export.contains("【老年认证】") && export.contains("老年认证名册") && export.contains("认证 2026-11-28"))
        #expect(desk.say("居民 删除 R1 本人申请").status == .updated)
        let texts = try desk.read { db in
            try String.fetchAll(db, sql: """
                SELECT address || COALESCE(familyContact, '') FROM elders
                UNION ALL SELECT note FROM elderEvents UNION ALL SELECT COALESCE(note, '') FROM elderCertifications
                """)
        }
        #expect(!texts.isEmpty)
        #expect(!texts.contains { $0.contains("周桂兰") || $0.contains("赵强") || $0.contains("1390000") || $0.contains(zhou) || $0.contains("502") })
        // The certification's date and method stay: the community's figures do not change.
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM elderCertifications") } == 1)
    }

    /// A database written before this change: an elder linked as the desk links them now, one registered before
    /// the register existed (own phone column, shared with his wife), and one linked to an entry the register
    /// knew only by a phone. After the migration all three are there, linked, named and numbered as before.
    @Test func theMigrationKeepsEveryElderAndCertification() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("elders-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm", "-checked"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try DeskStore.create(path: path, before: "elder-certification.v4-register-only", registry: ModuleRegistry([ElderCertification()]))
        let now = FixedClock(2026, 11, 28).now
        let zhao = idNumber("19430101", "011")
        let sun = idNumber("19400101", "013")
        try DatabaseQueue(path: path).write { db in
            let register = Residents(db: db, now: now)
            let linked = try register.record(ResidentEntry(name: "周桂兰", phone: try PhoneNumber("13812345678"),
                                                           idNumber: try CitizenID(zhou, today: CalendarDay(now))))
            let phoneOnly = try register.record(ResidentEntry(phone: try PhoneNumber("13900000003")))
            try db.execute(sql: """
                INSERT INTO elders(id, name, idNumber, birthDate, sex, compound, address, phone, pensionType, living, familyContact,
                                   registeredAt, residentID) VALUES
                  (1, '周桂兰', ?, '1945-03-12', 'female', 'shuiyin', '水印桃源 3栋2单元502室', NULL, 'enterprise', 'family', NULL, ?, ?),
                  (2, '赵德明', ?, '1943-01-01', 'male', 'shuiyin', '水印桃源 3栋2单元502室', '13812345678', 'enterprise', 'family', NULL, ?, NULL),
                  (3, '孙三', ?, '1940-01-01', 'male', NULL, '李家墩村湾 3组12号', NULL, 'resident', 'bedridden', '儿子 孙强 13900000003', ?, ?)
                """, arguments: [zhou, now, linked.id, zhao, now, sun, now, phoneOnly.id])
            try db.execute(sql: """
                INSERT INTO elderCertifications(elderID, day, method, certifiedBy, recordedAt, operatorName)
                VALUES (1, '2026-03-01', 'station', '小王', ?, '小王')
                """, arguments: [now])
        }
        let desk = try TestDesk(modules: [ElderCertification()], path: path)
        let (elders, linked, certifications, people) = try desk.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM elders"),
             try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT residentID) FROM elders"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM elderCertifications"),
             try Row.fetchAll(db, sql: "SELECT name, idNumber FROM residents ORDER BY id").map { "\($0["name"] as String? ?? "")/\($0["idNumber"] as String? ?? "")" })
        }
        #expect(elders == 3 && linked == 3 && certifications == 1)
        #expect(Set(people) == ["周桂兰/\(zhou)", "孙三/\(sun)", "赵德明/\(zhao)"])
        #expect(desk.say("老人 周桂兰").text.contains("电话：138****5678"))
        #expect(desk.say("老人 赵德明").text.contains("电话：138****5678"))
        #expect(desk.say("老人 孙三").text.contains("电话：139****0003"))
        let list = desk.say("认证名单 全部").text
        #expect(list.contains("周桂兰") && list.contains("赵德明") && list.contains("孙三"))
        #expect(desk.say("访问记录 R2").text.contains("数据迁移"))
        let columns = try desk.read { try $0.columns(in: "elders").map(\.name) }
        #expect(!columns.contains("name") && !columns.contains("idNumber") && !columns.contains("phone"))
    }
}
