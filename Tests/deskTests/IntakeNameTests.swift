@testable import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// The name said before a phone number at intake reaches the resident register.
@Suite("Intake: the name said with a number")
struct IntakeNameTests {
    @Test(arguments: ["欧阳秀珍", "司马光", "刘德明", "王阿姨"])
    func aNameBeforeThePhoneIsRegistered(_ name: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.say("报修 水印桃源3栋2单元502 厨房漏水 \(name) 13812345678")
        #expect(r.status == .created, "\(r.text)")
        let names = try desk.read { try String.fetchAll($0, sql: "SELECT name FROM residents WHERE name IS NOT NULL") }
        #expect(names == [name])
    }
}

/// A club member later registered as an elder is one person in the register, not two.
@Suite("Register: one person across modules")
struct OnePersonTests {
    @Test func aClubMemberRegisteredAsAnElderIsOnePerson() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.say("会员 登记 刘桂英 13971234567 水印桃源7栋1单元302").status == .updated)
        let elder = desk.say("老人登记 刘桂英 420102195203150025 水印桃源7栋1单元302 13971234567 城乡居民 独居")
        #expect(elder.status == .updated, "\(elder.text)")
        let people = try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM residents WHERE name = '刘桂英'") }
        #expect(people == 1)
    }

    @Test func aSpouseOnTheSameNumberStaysAnotherPerson() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.say("会员 登记 刘建国 13971234567 水印桃源7栋1单元302").status == .updated)
        let elder = desk.say("老人登记 刘桂英 420102195203150025 水印桃源7栋1单元302 13971234567 城乡居民 空巢")
        #expect(elder.status == .updated, "\(elder.text)")
        let names = try desk.read { try String.fetchAll($0, sql: "SELECT name FROM residents ORDER BY id") }
        #expect(names == ["刘建国", "刘桂英"])
    }
}
