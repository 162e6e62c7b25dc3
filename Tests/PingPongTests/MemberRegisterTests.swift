import DeskKit
import DeskTesting
import PingPong
import Testing

/// Issue #15: club members are people in the kernel's resident register, not private copies.
@Suite("Ping-pong members in the resident register")
struct MemberRegisterTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [PingPong()]) }

    @Test func aMemberIsLinkedToThePersonWithTheirNumber() throws {
        _ = desk.say("居民 登记 张三 13811112222")
        #expect(desk.say("会员 登记 张三 13811112222 水印桃源3栋2单元502").status == .updated)
        let (linked, people) = try desk.read { db in
            (try Int64.fetchOne(db, sql: "SELECT residentID FROM pingpongMembers"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM residents"))
        }
        #expect(linked == 1 && people == 1)   // the person already registered, not a second copy
        // Masked output as before.
        #expect(desk.say("会员 张三").text.contains("张三（138****2222）"))
    }

    @Test func aCoupleSharingAPhoneAreTwoPeople() throws {
        _ = desk.say("会员 登记 张三 13811112222")
        _ = desk.say("会员 登记 王五 13811112222")
        let ids = try desk.read { try Int64.fetchAll($0, sql: "SELECT residentID FROM pingpongMembers ORDER BY id") }
        #expect(ids.count == 2 && Set(ids).count == 2)
        let labels = try desk.read { try String?.fetchAll($0, sql: "SELECT label FROM residentPhones ORDER BY residentID") }
        #expect(labels == [nil, "与张三共用"])
    }

    @Test func aMemberWithoutAPhoneIsLinkedByTheirName() throws {
        _ = desk.say("会员 登记 李四")
        _ = desk.say("会员 登记 李四（3栋）")
        let ids = try desk.read { try Int64?.fetchAll($0, sql: "SELECT residentID FROM pingpongMembers ORDER BY id") }
        #expect(ids.count == 2 && ids.allSatisfy { $0 != nil })
    }
}
