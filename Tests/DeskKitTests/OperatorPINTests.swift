@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// bcrypt at cost 12 takes a quarter of a second per check: these tests keep the number of checks small.
@Suite("Operators: PIN change, reset by a 社区干部, lockout after wrong PINs")
struct OperatorPINTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: [FaultModule()])
        try desk.addOperator("李书记", role: .admin, pin: "2468")
        try desk.addOperator("小张", role: .frontDesk, pin: "9753")
    }

    func refusal(_ body: () throws -> Void) -> DeskError? {
        do { try body(); return nil } catch { return error as? DeskError }
    }

    @Test func fiveWrongPINsLockTheAccountForFifteenMinutes() throws {
        for attempt in 1...4 {
            let error = refusal { _ = try desk.desk.signIn(name: "小张", pin: "0000") }
            #expect(error?.code == "sign-in-failed")
            #expect(error?.message.contains("再错 \(5 - attempt) 次") == true)
        }
        #expect(refusal { _ = try desk.desk.signIn(name: "小张", pin: "0000") }?.code == "account-locked")
        // Locked: even the right PIN is refused, and the message says until when.
        let locked = refusal { _ = try desk.desk.signIn(name: "小张", pin: "9753") }
        #expect(locked?.code == "account-locked" && locked?.message.contains("10:15") == true)
        desk.clock.advance(hours: 0.26)
        #expect(try desk.desk.signIn(name: "小张", pin: "9753").role == .frontDesk)
        let events = try desk.read { try Operators(db: $0).events() }
        #expect(events.map(\.event) == [.locked] && events.first?.name == "小张")
    }

    @Test func aRightPINClearsTheCount() throws {
        for _ in 1...3 { _ = refusal { _ = try desk.desk.signIn(name: "小张", pin: "0000") } }
        _ = try desk.desk.signIn(name: "小张", pin: "9753")
        let error = refusal { _ = try desk.desk.signIn(name: "小张", pin: "0000") }
        #expect(error?.message.contains("再错 4 次") == true)
    }

    @Test func anUnknownNameSaysNothingAboutWhichWasWrong() {
        #expect(refusal { _ = try desk.desk.signIn(name: "没有这个人", pin: "0000") }?.message == "姓名或密码不对")
    }

    @Test func anOperatorChangesTheirOwnPINWithTheOldOne() throws {
        #expect(refusal { _ = try desk.desk.changePIN(name: "小张", old: "0000", new: "1111") }?.code == "sign-in-failed")
        #expect(refusal { _ = try desk.desk.changePIN(name: "小张", old: "9753", new: "12") }?.code == "invalid-pin")
        _ = try desk.desk.changePIN(name: "小张", old: "9753", new: "1111")
        #expect(try desk.desk.signIn(name: "小张", pin: "1111").name == "小张")
        #expect(try desk.read { try Operators(db: $0).events() }.map(\.event) == [.changed])
    }

    @Test func onlyACadreResetsAPINAndTheResetUnlocksAndIsLogged() throws {
        for _ in 1...5 { _ = refusal { _ = try desk.desk.signIn(name: "小张", pin: "0000") } }
        let frontDesk = Access(operatorName: "小张", role: .frontDesk, rolesEnabled: true)
        #expect(refusal { try desk.desk.resetPIN(name: "小张", new: "5555", by: frontDesk) }?.code == "not-permitted")
        let admin = Access(operatorName: "李书记", role: .admin, rolesEnabled: true)
        try desk.desk.resetPIN(name: "小张", new: "5555", by: admin)
        #expect(try desk.desk.signIn(name: "小张", pin: "5555").role == .frontDesk)
        let events = try desk.read { try Operators(db: $0).events() }
        #expect(events.map(\.event) == [.reset, .locked])
        #expect(events.first?.by == "李书记")
        // The PIN itself is never in the record.
        let stored = try desk.read { try String.fetchAll($0, sql: "SELECT action || by FROM operatorEvents").joined() }
        #expect(!stored.contains("5555"))
        // The record is for cadres: 操作员 记录.
        let log = desk.say("操作员 记录", as: "李书记", role: .admin)
        #expect(log.text.contains("管理员重置密码") && log.text.contains("连续输错密码锁定"))
        #expect(desk.say("操作员 记录", as: "小张", role: .frontDesk).error?.code == "not-permitted")
    }
}
