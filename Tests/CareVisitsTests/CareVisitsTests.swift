import DeskKit
import DeskTesting
import Foundation
@testable import CareVisits
import Testing

/// 微关爱 at the desk: the care register linked to the resident register, visits, due lists, welfare checks.
@Suite("Care visits: register, visits and due lists")
struct CareRegisterTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: [CareVisits()])
    }

    func careRows() throws -> [Row] { try desk.read { try Row.fetchAll($0, sql: "SELECT * FROM careRegister") } }

    @Test func addingLinksTheResidentRegisterWithoutASecondCopy() throws {
        let r = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高")
        #expect(r.status == .answered)
        #expect(r.text.contains("王秀英（R1）"))
        #expect(r.text.contains("每7天探访一次"))
        #expect(r.text.contains("138****5678") && !r.text.contains("13812345678"))
        let person = try #require(try desk.read { try Resident.fetchOne($0, key: 1) })
        #expect(person.name == "王秀英")
        #expect(person.address?.contains("7栋1单元301") == true)
        #expect(try careRows().map { $0["residentID"] as Int64 } == [1])
        // The module's tables keep no name and no phone of their own.
        let columns = try desk.read { db in
            try ["careRegister", "careVisits", "careChanges", "careCases"].flatMap { try db.columns(in: $0).map(\.name) }
        }
        #expect(!columns.contains { ["name", "phone", "idNumber", "address"].contains($0) })
    }

    @Test func aPersonTheRegisterKnowsIsLinkedByNameOrCode() throws {
        _ = desk.say("居民 登记 李建国 13900000002 奥园5栋1单元101")
        #expect(desk.say("关爱登记 李建国 中").text.contains("李建国（R1）"))
        #expect(desk.say("关爱登记 R1 低").error?.code == "already-on-register")
        #expect(try desk.read { try Resident.fetchCount($0) } == 1)
    }

    @Test func aMissingRiskLevelIsAskedAndCanBeCancelled() throws {
        let before = try desk.snapshot()
        let ask = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301")
        #expect(ask.status == .ask)
        #expect(ask.text.hasPrefix("风险等级？"))
        #expect(desk.say("取消").text.contains("已取消"))
        #expect(try desk.snapshot() == before)
        _ = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301")
        #expect(desk.say("2").text.contains("中风险，每14天探访一次"))
    }

    @Test func someoneUnknownWithoutAnAddressIsAskedForIt() throws {
        let ask = desk.say("关爱登记 刘桂芳 高")
        #expect(ask.status == .ask)
        #expect(ask.text.contains("居民名册中没有刘桂芳"))
        let done = desk.say("顺驰泊林2栋1单元302")
        #expect(done.text.contains("刘桂芳（R1）"))
        #expect(try desk.read { try Resident.fetchOne($0, key: 1) }?.compound == "shunchi")
    }

    @Test func aVisitIsRecordedWithItsFindingsAndMovesTheNextDueDay() throws {
        _ = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高")
        let r = desk.say("探访 王秀英 精神不错，血压有点高")
        #expect(r.status == .answered)
        #expect(r.text.contains("下次探访 2026-12-05"))
        let visit = try #require(try desk.read { try Row.fetchOne($0, sql: "SELECT * FROM careVisits") })
        // The kernel hands modules NFKC-normalised text: the full-width comma arrives as ",".
        #expect(visit["findings"] as String == "精神不错,血压有点高")
        #expect(visit["visitor"] as String == desk.operatorName)
        #expect(visit["day"] as String == "2026-11-28")
        #expect(try desk.cases().isEmpty)
    }

    @Test func aVisitDayStillToComeIsRefusedAndChangesNothing() throws {
        _ = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高")
        let before = try desk.snapshot()
        let r = desk.say("探访 王秀英 12月5日 正常")
        #expect(r.error?.code == "invalid-date")
        #expect(r.text.contains("还没到"))
        #expect(try desk.snapshot() == before)
        #expect(desk.say("探访 张三丰 正常").error?.code == "unknown-care-person")
    }

    @Test func aFollowUpOpensACaseForTheGridWorkerWithTheFindingsKeptInternal() throws {
        _ = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高")
        let r = desk.say("探访 王秀英 11月27日 探访人 小周 冰箱空了 需跟进")
        #expect(r.status == .created)
        let record = try desk.case(try #require(r.caseID))
        #expect(record.id == "GA-0001")
        #expect(record.assignee == "王网格")
        #expect(!record.title.contains("冰箱"))
        #expect(try desk.events(record.id).contains { $0.note?.contains("冰箱空了") == true })
        let visit = try #require(try desk.read { try Row.fetchOne($0, sql: "SELECT * FROM careVisits") })
        #expect(visit["visitor"] as String == "小周")
        #expect(visit["day"] as String == "2026-11-27")
        #expect(visit["followUpCase"] as String == "GA-0001")
    }

    @Test func dueAndOverdueListsFollowTheRiskIntervals() throws {
        _ = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高")
        _ = desk.say("关爱登记 李建国 13900000002 奥园5栋1单元101 中")
        _ = desk.say("探访 王秀英 正常")
        _ = desk.say("探访 李建国 正常")
        desk.clock.advance(hours: 24 * 10)
        let overdue = desk.say("探访名单 超期")
        #expect(overdue.text.contains("王秀英（R1）"))
        #expect(overdue.text.contains("超期3天"))
        #expect(!overdue.text.contains("李建国"))
        let soon = desk.say("探访名单 7")
        #expect(soon.text.contains("李建国（R2）") && soon.text.contains("4天后"))
        #expect(soon.text.contains("139****0002") && !soon.text.contains("13900000002"))
        // The table's columns line up with Chinese text: the risk column starts at the same width in every row.
        let lines = soon.text.split(separator: "\n").dropFirst().map(String.init)
        #expect(lines.count == 4)
        func start(of marker: String, in line: String) -> Int? {
            line.range(of: marker).map { DisplayWidth.of(line[..<$0.lowerBound]) }
        }
        let header = try #require(start(of: "风险", in: lines[0]))
        #expect(start(of: "高风险", in: lines[2]) == header)
        #expect(start(of: "中风险", in: lines[3]) == header)
        #expect(desk.say("探访名单 奥园").text.contains("李建国") == true)
        #expect(desk.say("visits-due 水印桃源").text.contains("王秀英"))
        #expect(desk.say("探访名单 后天吧").error?.code == "invalid-argument")
    }

    @Test func thePersonsExportAndDeletionCoverTheCareRecords() throws {
        _ = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高")
        _ = desk.say("探访 王秀英 血压偏高 药快吃完了")
        let export = desk.say("居民 导出 R1")
        #expect(export.text.contains("【微关爱】"))
        #expect(export.text.contains("关爱名册：高风险"))
        #expect(export.text.contains("血压偏高"))
        _ = desk.say("居民 删除 R1 本人申请删除")
        let visit = try #require(try desk.read { try Row.fetchOne($0, sql: "SELECT * FROM careVisits") })
        #expect(visit["findings"] as String? == nil)
        #expect(visit["day"] as String == "2026-11-28")   // the figures stay
    }

    @Test func changingTheRiskAndLeavingTheRegister() throws {
        _ = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高")
        #expect(desk.say("关爱修改 王秀英").error?.code == "missing-argument")
        #expect(desk.say("关爱修改 王秀英 低").text.contains("每30天探访一次"))
        let left = desk.say("关爱移除 王秀英 入住养老院")
        #expect(left.text.contains("移出关爱名册（入住养老院）"))
        #expect(desk.say("探访名单 超期").text.contains("没有"))
        #expect(desk.say("探访名单 30").text.contains("没有"))
        let shown = desk.say("care 王秀英")
        #expect(shown.text.contains("已于 2026-11-28 移出名册（入住养老院）"))
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM careChanges") } == 3)
    }
}

@Suite("Care visits: welfare checks from free text")
struct WelfareCheckTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: [CareVisits()])
        _ = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高")
    }

    @Test func aNeighboursWordIsAnUrgentCheckOpenedAtOnceForThePersonTheRegisterKnows() throws {
        let r = desk.say("7栋的王奶奶好几天没见人了，电话也不接")
        #expect(r.module == "care-visits")
        #expect(r.status == .created)
        #expect(r.text.hasPrefix("【老人联系不上·紧急】"))
        #expect(r.text.contains("110") && r.text.contains("120"))
        #expect(r.text.contains("王秀英（R1）"))
        #expect(!r.text.contains("13812345678"))
        let record = try desk.case(try #require(r.caseID))
        #expect(record.urgent)
        #expect(record.assignee == "王网格")
        #expect(record.timeLimitHours == 2)
        let linked = try desk.read { try Int64.fetchOne($0, sql: "SELECT residentID FROM careCases WHERE caseID = ?", arguments: [record.id]) }
        #expect(linked == 1)
    }

    @Test func laterMessagesInTheGroupGoOnTheSameCase() throws {
        let first = desk.relay("7栋的王奶奶好几天没见人了，电话也不接", group: "水印桃源1群", sender: "7-2-101 张姐")
        let id = try #require(first.caseID)
        #expect(first.text.hasPrefix("【老人联系不上·紧急】"))
        // The group hears that someone is going, never what the register knows about her.
        #expect(!first.text.contains("王秀英") && !first.text.contains("高风险"))
        let second = desk.relay("我也好久没看到王奶奶了", group: "水印桃源1群", sender: "7-1-402 老刘")
        #expect(second.caseID == id)
        #expect(second.status == .duplicate)
        #expect(try desk.cases().count == 1)
        #expect(try desk.read { try CaseReporter.filter(Column("caseID") == id).fetchCount($0) } == 1)
    }

    @Test func anUnknownPersonStillGetsTheCheckAndTheSameNameIsLinked() throws {
        let first = desk.relay("12栋的黄婆婆几天没下楼了 敲门冇人应", group: "奥园业主群", sender: "老周")
        let id = try #require(first.caseID)
        #expect(try desk.case(id).assignee == "张网格")
        #expect(try desk.read { try Int64.fetchOne($0, sql: "SELECT residentID FROM careCases") } == nil)
        #expect(desk.relay("黄婆婆电话也不接 我刚打了", group: "奥园业主群", sender: "小吴").caseID == id)
    }

    @Test func closingTheCheckWithAVisitRecordsTheVisit() throws {
        let id = try #require(desk.say("7栋的王奶奶好几天没见人了，电话也不接").caseID)
        let r = desk.say("探访 王秀英 人在家 感冒了 已送药")
        #expect(r.text.contains("工单 \(id) 已办结"))
        #expect(try desk.case(id).status == .closed)
        let visit = try #require(try desk.read { try Row.fetchOne($0, sql: "SELECT * FROM careVisits") })
        #expect(visit["caseID"] as String == id)
    }

    @Test func whatTheVisitFoundIsNeverPostedToTheGroup() throws {
        let id = try #require(desk.relay("7栋的王奶奶好几天没见人了，电话也不接", group: "水印桃源1群", sender: "张姐").caseID)
        _ = desk.say("探访 王秀英 膝盖有淤青 已联系女儿")
        #expect(try desk.case(id).status == .closed)
        let posted = try desk.outbox().filter { $0.caseID == id }
        #expect(!posted.isEmpty)
        #expect(!posted.contains { $0.text.contains("淤青") || $0.text.contains("王秀英") })
    }

    @Test func aChildWhoWanderedOffStaysAMissingPersonEmergency() throws {
        let r = desk.say("我家伢在水印桃源走丢了")
        #expect(r.module == "appeals")
        #expect(r.text.hasPrefix("【有人走失·紧急】"))
        #expect(desk.say("奶奶不见了 出门买菜就冇回来").text.hasPrefix("【有人走失·紧急】"))
    }

    @Test func theStaffCommandsAreNotForTheGroups() throws {
        #expect(desk.relay("探访名单", group: "水印桃源1群", sender: "老刘").status == .ignored)
        #expect(desk.relay("关爱 王秀英", group: "水印桃源1群", sender: "老刘").status == .ignored)
    }

    @Test func aComplaintThatAnOfficeDoesNotAnswerIsNoWelfareCheck() throws {
        let r = desk.say("物业电话也不接，联系不上")
        #expect(r.module != "care-visits")
    }

    @Test func chatterAboutNotSeeingSomeoneIsNoEmergency() throws {
        #expect(desk.relay("好久没看到你了 哈哈", group: "水印桃源1群", sender: "老刘").caseID == nil)
    }
}

@Suite("Care visits: without the module")
struct WithoutCareVisitsTests {
    @Test func theWelfareCheckGoesToTheKernelsEmergencyHelp() throws {
        let desk = try TestDesk(modules: [])
        let r = desk.say("7栋的王奶奶好几天没见人了，电话也不接")
        #expect(r.module == "appeals")
        #expect(r.text.hasPrefix("【老人联系不上·紧急】"))
        #expect(try desk.cases().first?.urgent == true)
    }
}
