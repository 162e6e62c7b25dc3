import DeskKit
import DeskTesting
import Foundation
import Testing

/// Issue #15: the register API modules use instead of private copies — the person behind a record found by name and
/// phone together (a shared family phone never merges two people), current names after a merge, and corrections
/// made through a module, role-checked and audited.
@Suite("Resident register: what modules link to")
struct ResidentLinkTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: []) }

    func write<T>(as access: Access = .rolesOff("测试员"), _ body: (Residents) throws -> T) throws -> T {
        try desk.desk.store.write { db in try body(Residents(db: db, now: desk.clock.now, access: access)) }
    }

    @Test func nameAndPhoneTogetherFindOnePersonEachOfAFamilyPhone() throws {
        let phone = try PhoneNumber("13811112222")
        let (zhang, wang, zhangAgain, wangAgain) = try write { r in
            (try r.person(name: "张三", phone: phone, address: nil), try r.person(name: "王五", phone: phone, address: nil),
             try r.person(name: "张三", phone: phone, address: nil), try r.person(name: "王五", phone: phone, address: nil))
        }
        #expect(zhang.id != wang.id)
        #expect(zhangAgain.id == zhang.id && wangAgain.id == wang.id)     // asked again: the same two, not new ones
        #expect(try write { try $0.people(phone: phone).map(\.name) } == ["张三", "王五"])
        let labels = try desk.read { try String?.fetchAll($0, sql: "SELECT label FROM residentPhones ORDER BY residentID") }
        #expect(labels == [nil, "与张三共用"])
    }

    @Test func aPersonWithoutANameTakesTheNameGivenWithTheirPhone() throws {
        let phone = try PhoneNumber("13811112222")
        let first = try write { try $0.record(ResidentEntry(phone: phone)) }
        let named = try write { try $0.person(name: "张三", phone: phone, address: nil) }
        #expect(named.id == first.id && named.name == "张三")
    }

    @Test func withoutAPhoneTheOnePersonOfThatNameElseANewEntry() throws {
        let one = try write { try $0.person(name: "李四", phone: nil, address: nil) }
        #expect(try write { try $0.person(name: "李四", phone: nil, address: nil) }.id == one.id)
        _ = try write { try $0.record(ResidentEntry(name: "李四", phone: try PhoneNumber("13833334444"))) }
        // Two of that name now: not guessed — a new entry, which staff may merge.
        let third = try write { try $0.person(name: "李四", phone: nil, address: nil) }
        #expect(third.id != one.id && third.id != 2)
    }

    @Test func peopleFollowAMerge() throws {
        _ = desk.say("居民 登记 李四")
        _ = desk.say("居民 登记 李四 13833334444")
        #expect(desk.say("居民 合并 R2 R1").status == .updated)
        let found = try write { try $0.people([1, 2, 99]) }
        #expect(found[1]?.id == 2 && found[2]?.id == 2 && found[99] == nil)
        #expect(desk.say("居民 导出 R2").status == .answered)
    }

    @Test func aCorrectionThroughAModuleIsCheckedAndAudited() throws {
        _ = desk.say("居民 登记 周桂兰 13812345678")
        let id = try CitizenID("11010519491231002X", today: CalendarDay(desk.clock.now))
        let frontDesk = Access(operatorName: "小张", role: .frontDesk, rolesEnabled: true)
        #expect(throws: DeskError.self) { try write(as: frontDesk) { try $0.correct(1, .idNumber(id), reason: "身份证号（老人修改）") } }
        #expect(try desk.read { try String.fetchOne($0, sql: "SELECT idNumber FROM residents") } == nil)
        let grid = Access(operatorName: "小王", role: .gridWorker, rolesEnabled: true)
        let person = try write(as: grid) { try $0.correct(1, .idNumber(id), reason: "身份证号（老人修改）") }
        #expect(person.idNumber == id.number)
        let log = try desk.read { try Row.fetchOne($0, sql: "SELECT operatorName, role, action, reason FROM accessLog ORDER BY id DESC") }
        #expect(log?["operatorName"] as String? == "小王" && log?["role"] as String? == "网格员")
        #expect(log?["action"] as String? == "correct" && log?["reason"] as String? == "身份证号（老人修改）")
        // Outside a request (no operator) a module cannot correct the register.
        #expect(throws: DeskError.self) { try desk.desk.store.write { db in try Residents(db: db, now: Date()).correct(1, .name("周桂英"), reason: "") } }
    }
}
