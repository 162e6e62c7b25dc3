@testable import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// The number to call in an emergency is a unit's public number: shown whole, while residents' numbers stay
/// masked (tester's finding: the gas company's line came out as 027****0005).
@Suite("Masking: a unit's public number is shown whole")
struct PublicNumberTests {
    @Test func theGasCompanysLineIsShownWholeAndAResidentsLandlineIsNot() throws {
        let desk = try TestDesk(modules: deskModules)
        let gas = try #require(desk.desk.directory.organisation(id: "gas-company")?.phone)
        let r = desk.say("奥园12栋2单元楼道里好大的煤气味 我家座机027-85551234")
        #expect(r.text.hasPrefix("【燃气泄漏·紧急】"))
        #expect(r.text.contains(gas))
        #expect(!r.text.contains("85551234"))
    }
}
