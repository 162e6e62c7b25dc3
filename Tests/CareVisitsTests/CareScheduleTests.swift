import DeskKit
import DeskTesting
import ElderCertification
import Foundation
@testable import CareVisits
import Testing

/// The module API's second edition at work in 微关爱: intervals as settings, the daily job, the case event that
/// records a visit, and the certification module's events.
@Suite("Care visits: settings, the daily job and case events")
struct CareScheduleTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: [CareVisits()])
        _ = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高")
        _ = desk.say("关爱登记 李建国 13900000002 奥园5栋1单元101 中")
    }

    @Test func theIntervalsAreSettingsStaffCanChange() throws {
        #expect(desk.say("设置 care-visits 高风险周期 3天").error == nil)
        #expect(desk.say("探访 王秀英 正常").text.contains("下次探访 2026-12-01"))
        let refused = desk.say("设置 care-visits 高风险周期 200天")
        #expect(refused.error?.code == "invalid-setting")
    }

    @Test func theSeedCanSetTheIntervals() throws {
        let seeded = try TestDesk(modules: [CareVisits()], seedOverlay: ["care-visits/settings.yaml": "低风险周期: 60天\n"])
        #expect(seeded.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 低").text.contains("每60天探访一次"))
    }

    @Test func theDailyJobOpensOneCaseForEachVisitDueAndNoneTwice() throws {
        _ = desk.say("探访 李建国 正常")               // due 12月12日; 王秀英 was due the day she was added
        desk.clock.advance(days: 1)                    // 11月29日 10:00, after the 08:00 run time
        let runs = desk.desk.runDueJobs()
        #expect(runs.count == 1)
        let opened = try desk.cases()
        #expect(opened.count == 1)
        let visit = try #require(opened.first)
        #expect(visit.title.contains("王秀英（R1）"))
        #expect(visit.assignee == "王网格")
        #expect(desk.desk.runDueJobs().isEmpty)
        #expect(try desk.cases().count == 1)
        // A second day: the open case is not doubled.
        desk.clock.advance(days: 1)
        _ = desk.desk.runDueJobs()
        #expect(try desk.cases().count == 1)
    }

    @Test func closingTheCaseWithTheKernelCommandRecordsTheVisit() throws {
        desk.clock.advance(days: 1)
        _ = desk.desk.runDueJobs()
        let id = try #require(try desk.cases().first?.id)
        let closed = desk.say("办结 \(id) 人在家，精神好")
        #expect(closed.error == nil)
        let visit = try #require(try desk.read { try Row.fetchOne($0, sql: "SELECT * FROM careVisits WHERE caseID = ?", arguments: [id]) })
        #expect(visit["day"] as String == "2026-11-29")
        #expect((visit["findings"] as String?)?.contains("精神好") == true)
        #expect(desk.say("关爱 王秀英").text.contains("下次探访：2026-12-06"))
        // Reopened by mistake: the visit is taken back and the person is due again.
        _ = desk.say("重办 \(id) 办结错了")
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM careVisits") } == 0)
    }

    @Test func recordingTheVisitClosesTheCaseOnce() throws {
        desk.clock.advance(days: 1)
        _ = desk.desk.runDueJobs()
        let id = try #require(try desk.cases().first?.id)
        #expect(desk.say("探访 王秀英 正常").text.contains("工单 \(id) 已办结"))
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM careVisits") } == 1)
    }
}

@Suite("Care visits: people the certification module knows")
struct CareOfferTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: [ElderCertification(), CareVisits()])
    }

    /// A valid ID number (check character per GB 11643-1999).
    func idNumber(_ birth: String, _ sequence: String) -> String {
        let seventeen = "420102" + birth + sequence
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(seventeen.compactMap(\.wholeNumberValue), weights).map(*).reduce(0, +)
        return seventeen + String(Array("10X98765432")[sum % 11])
    }

    @Test func anElderLivingAloneIsOfferedAndAddedByRegisterCode() throws {
        _ = desk.say("老人登记 王秀英 \(idNumber("19460101", "002")) 水印桃源3栋2单元502 13812345678 企业职工 独居 儿子 王强")
        _ = desk.say("老人登记 李建国 \(idNumber("19400305", "011")) 奥园5栋1单元101 城乡居民 与家人同住")
        let offers = desk.say("关爱待登记")
        #expect(offers.text.contains("王秀英（R1）"))
        #expect(offers.text.contains("关爱登记 R1 高/中/低"))
        #expect(!offers.text.contains("李建国"))
        #expect(desk.say("关爱登记 R1 高").text.contains("王秀英（R1）"))
        #expect(desk.say("关爱待登记").text.contains("没有待登记"))
        // Each elder is one person in the resident register; 王秀英's entry is the one both modules' records link.
        #expect(try desk.read { try Resident.fetchCount($0) } == 2)
    }

    @Test func aDeathRecordedByTheCertificationModuleTakesThePersonOffTheRegister() throws {
        _ = desk.say("老人登记 王秀英 \(idNumber("19460101", "002")) 水印桃源3栋2单元502 13812345678 企业职工 独居 儿子 王强")
        _ = desk.say("关爱登记 R1 高")
        _ = desk.say("老人注销 王秀英 去世 11月27日")
        #expect(desk.say("探访名单").text.contains("没有"))
        #expect(desk.say("关爱 R1").text.contains("移出名册（去世）"))
    }
}
