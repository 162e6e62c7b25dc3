import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// Issue #15 with every shipped module: one person is an elder, a club member, a volunteer and the reporter of a
/// repair. `居民 导出` gives what every module keeps about them; after `居民 删除` no text column of any table holds
/// their name, their numbers or their family contact's (PIPL arts. 45 and 47).
@Suite("A person's data across every module")
struct PersonalDataErasureTests {
    let desk: TestDesk
    let secrets = ["欧阳秀珍", "13812345678", "赵强", "13900001111"]

    init() throws { desk = try TestDesk(modules: deskModules) }

    func enrol() throws {
        var r = desk.say("老人登记 欧阳秀珍 \(validID) 水印桃源3栋2单元502 13812345678 企业职工 独居 儿子 赵强 13900001111")
        #expect(r.status == .updated, "\(r.text)")
        r = desk.say("会员 登记 欧阳秀珍 13812345678 水印桃源3栋2单元502")
        #expect(r.status == .updated, "\(r.text)")
        _ = desk.say("活动 新建 下周六上午 除草 口袋公园 10人")
        r = desk.say("报名 T1 欧阳秀珍 13812345678")
        #expect(r.status == .updated, "\(r.text)")
        r = desk.say("报修 水印桃源3栋2单元502 厨房漏水 欧阳秀珍 13812345678")
        #expect(r.status == .created, "\(r.text)")
        _ = desk.say("认证登记 欧阳秀珍 现场")
        r = desk.say("上门认证 欧阳秀珍 12月3日上午")
        #expect(r.status == .created, "\(r.text)")
        // Every module linked the same person.
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM residents") } == 1)
    }

    /// The ID number of 欧阳秀珍 with its check digit computed (GB 11643-1999).
    var validID: String {
        let seventeen = "42010219450312002"
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(seventeen.map { $0.wholeNumberValue! }, weights).map(*).reduce(0, +)
        return seventeen + String(Array("10X98765432")[sum % 11])
    }

    @Test func anExportCoversEveryModuleThatKeepsTheirData() throws {
        try enrol()
        let export = desk.say("居民 导出 R1").text
        for module in ["【老年认证】", "【乒乓球室】", "【公园维护】"] { #expect(export.contains(module)) }
        #expect(export.contains("老年认证名册") && export.contains("乒乓球室会员") && export.contains("志愿活动 T1"))
        #expect(export.contains("工单（2 件）"))   // the repair she reported and her home visit
        // Only modules that keep no people of their own are named as not covered.
        let silent = export.components(separatedBy: "未接入名册导出").dropFirst().joined()
        for module in ["老年认证", "乒乓球室", "公园维护", "微关爱"] { #expect(!silent.contains(module)) }
    }

    /// Every text cell of every table that still holds the person's name, numbers or family contact.
    func leftovers() throws -> [String] {
        try desk.read { db -> [String] in
            var found: [String] = []
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    for (column, value) in row {
                        guard case .string(let text) = value.storage else { continue }
                        for secret in secrets + [validID] where text.contains(secret) { found.append("\(table).\(column): \(secret)") }
                    }
                }
            }
            return found
        }
    }

    @Test func aCaseSomeoneElseOpenedAboutThemLosesTheirNameToo() throws {
        // She is in the register as a club member only; her daughter-in-law books a home visit for her in a group.
        let member = desk.say("会员 登记 欧阳秀珍 13812345678 水印桃源3栋2单元502")
        #expect(member.status == .updated, "\(member.text)")
        let visit = desk.relay("帮我妈约个上门认证 她叫欧阳秀珍 住水印桃源3栋2单元502 卧床", group: "水印桃源1群", sender: "小周")
        let visitCase = try #require(visit.caseID)
        #expect(try desk.case(visitCase).title.contains("欧阳秀珍"))
        let r = desk.say("居民 删除 R1 本人申请删除")
        #expect(r.status == .updated, "\(r.text)")
        let found = try leftovers()
        #expect(found.isEmpty, "\(found)")
    }

    @Test func afterADeletionNoTableHoldsTheirNameOrNumbers() throws {
        try enrol()
        let r = desk.say("居民 删除 R1 本人申请删除")
        #expect(r.status == .updated, "\(r.text)")
        let found = try leftovers()
        #expect(found.isEmpty, "\(found)")
        // The figures stay: the elder, the membership, the sign-up and the case are still counted.
        let counts = try desk.read { db in
            try ["elders", "pingpongMembers", "parkVolunteerRecords", "cases", "elderCertifications"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")!
            }
        }
        #expect(counts == [1, 1, 1, 2, 1])
        // No longer on the certification list, so no reminder goes to a person who asked to be erased.
        #expect(!desk.say("认证名单").text.contains("已删除居民R1"))
    }
}
