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
