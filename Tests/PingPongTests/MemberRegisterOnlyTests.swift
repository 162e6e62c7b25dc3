import DeskKit
import DeskTesting
import Foundation
@testable import PingPong
import Testing

/// Issue #15, no private copies: a member's name and phone are the resident register's only; the club shows them
/// from there, so a correction or a merge in the register shows in every club output; the migration moves what an
/// older desk wrote without losing a member, a payment or a shared phone.
@Suite("Ping-pong members: names and phones only in the register")
struct MemberRegisterOnlyTests {
    @Test func theMembersTableKeepsNoNameOrPhone() throws {
        let desk = try TestDesk(modules: [PingPong()])
        _ = desk.say("会员 登记 张三 13811112222")
        let columns = try desk.read { try $0.columns(in: "pingpongMembers").map(\.name) }
        #expect(!columns.contains("name") && !columns.contains("phone"))
        #expect(desk.say("会员 张三").text.contains("张三（138****2222）"))
    }

    @Test func aCorrectedNameShowsInEveryClubOutput() throws {
        let desk = try TestDesk(modules: [PingPong()])
        _ = desk.say("会员 登记 张三 13811112222")
        #expect(desk.say("交会费 张三 月费 15元 现金").status == .updated)
        #expect(desk.say("居民 修改 R1 姓名 张叁").status == .updated)
        let list = desk.say("会员").text
        #expect(list.contains("张叁") && !list.contains("张三"))
        #expect(desk.say("会员 张叁").text.contains("张叁（138****2222）"))
        #expect(desk.say("欠费 60").text.contains("张叁"))   // a month paid: due within 60 days
        let ledger = desk.say("账目").text
        #expect(ledger.contains("张叁 月费") && !ledger.contains("张三"))
        // A new phone in the register is the member's phone in the club's lists.
        #expect(desk.say("居民 修改 R1 删电话 13811112222").status == .updated)
        #expect(desk.say("居民 修改 R1 电话 13977778888").status == .updated)
        #expect(desk.say("会员 13977778888").text.contains("张叁（139****8888）"))
    }

    @Test func aMergeInTheRegisterShowsInTheClub() throws {
        let desk = try TestDesk(modules: [PingPong()])
        _ = desk.say("会员 登记 李四")                          // R1, no phone
        _ = desk.say("居民 登记 李四 13833334444")              // R2: the same person, registered at the counter
        #expect(desk.say("会员 13833334444").error?.code == "unknown-member")
        #expect(desk.say("居民 合并 R2 R1").status == .updated)
        // The member (linked to R1) is now R2: found by R2's phone, shown with it.
        #expect(desk.say("会员 13833334444").text.contains("李四（138****4444）"))
        #expect(desk.say("会员").text.contains("138****4444"))
    }

    @Test func aSharedPhoneFindsBothAndNeverMergesThem() throws {
        let desk = try TestDesk(modules: [PingPong()])
        _ = desk.say("会员 登记 张三 13811112222")
        let second = desk.say("会员 登记 王五 13811112222")
        #expect(second.text.contains("与 张三 相同"))
        let refused = desk.say("会员 13811112222")
        #expect(refused.error?.code == "ambiguous-member" && refused.text.contains("张三") && refused.text.contains("王五"))
        #expect(desk.say("会员 查找 2222").text.contains("王五"))
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM residents") } == 2)
    }

    /// A database written by the desk before this change (members with their own name and phone columns; one
    /// linked to the register, a couple sharing a phone, two without phones; a payment whose ledger note begins
    /// with the name): after the migration every member and payment is there, linked, and named as before.
    @Test func theMigrationKeepsEveryMemberAndPayment() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pingpong-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm", "-checked"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try DeskStore.create(path: path, before: "pingpong.v3-register-only", registry: ModuleRegistry([PingPong()]))
        let now = FixedClock(2026, 11, 28).now
        try DatabaseQueue(path: path).write { db in
            try PingPong().seed(db, from: .bundled)
            try db.execute(sql: "INSERT INTO moduleSeeds(module, loadedAt) VALUES ('pingpong', ?)", arguments: [now])
            let zhang = try Residents(db: db, now: now).record(ResidentEntry(name: "张三", phone: try PhoneNumber("13811112222")))
            try db.execute(sql: """
                INSERT INTO pingpongMembers(id, name, phone, address, joinedOn, status, residentID) VALUES
                  (1, '张三', '13811112222', '水印桃源3栋2单元502', '2026-01-05', 'active', ?),
                  (2, '王五', '13811112222', NULL, '2026-02-01', 'active', NULL),
                  (3, '李四', NULL, NULL, '2026-03-01', 'lapsed', NULL),
                  (4, '李四（3栋）', NULL, NULL, '2026-03-02', 'active', NULL)
                """, arguments: [zhang.id])
            try db.execute(sql: """
                INSERT INTO pingpongPayments(id, memberID, planID, amountFen, method, periodStart, periodEnd, at, operatorName)
                VALUES (1, 1, 'monthly', 1500, 'cash', '2026-11-01', '2026-11-30', ?, '小王')
                """, arguments: [now])
            try db.execute(sql: """
                INSERT INTO pingpongLedger(day, category, signedFen, note, paymentID, at, operatorName)
                VALUES ('2026-11-01', '会费', 1500, '张三 月费 P1', 1, ?, '小王')
                """, arguments: [now])
        }
        let desk = try TestDesk(modules: [PingPong()], path: path)
        let (members, linked, payments, note, people) = try desk.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM pingpongMembers"),
             try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT residentID) FROM pingpongMembers WHERE residentID IS NOT NULL"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM pingpongPayments"),
             try String.fetchOne(db, sql: "SELECT note FROM pingpongLedger"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM residents"))
        }
        #expect(members == 4 && linked == 4 && payments == 1 && people == 4)
        #expect(note == "月费 P1")
        let list = desk.say("会员").text
        for name in ["张三", "王五", "李四", "李四（3栋）"] { #expect(list.contains(name)) }
        #expect(desk.say("会员 张三").text.contains("张三（138****2222），在册，缴费至 2026-11-30"))
        #expect(desk.say("会员 王五").text.contains("王五（138****2222）"))
        #expect(desk.say("账目 2026-11").text.contains("张三 月费 P1"))
        #expect(desk.say("会员 13811112222").error?.code == "ambiguous-member")
        let columns = try desk.read { try $0.columns(in: "pingpongMembers").map(\.name) }
        #expect(!columns.contains("name") && !columns.contains("phone"))
    }

    @Test func anExportListsTheMembershipAndADeletionLeavesNoNameOrNumber() throws {
        let desk = try TestDesk(modules: [PingPong()])
        _ = desk.say("会员 登记 张三 13811112222 水印桃源3栋2单元502")
        _ = desk.say("交会费 张三 月费 15元 现金")
        let export = desk.say("居民 导出 R1").text
        #expect(export.contains("【乒乓球室】") && export.contains("乒乓球室会员") && export.contains("会费 P1"))
        #expect(desk.say("居民 删除 R1 本人申请").status == .updated)
        let texts = try desk.read { db in
            try String.fetchAll(db, sql: "SELECT COALESCE(address, '') FROM pingpongMembers UNION ALL SELECT note FROM pingpongLedger")
        }
        #expect(!texts.contains { $0.contains("张三") || $0.contains("13811112222") || $0.contains("水印桃源3栋") })
        #expect(!desk.say("会员").text.contains("张三"))
    }
}
