import DeskKit
import DeskTesting
import Foundation
@testable import ElderCertification
import Testing

/// A valid ID number for `region`, `birth` (YYYYMMDD) and `sequence`, its check character computed from the
/// weights of GB 11643-1999 independently of the kernel.
func idNumber(_ birth: String, _ sequence: String, region: String = "420102") -> String {
    let seventeen = region + birth + sequence
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    let sum = zip(seventeen.map { $0.wholeNumberValue! }, weights).map(*).reduce(0, +)
    return seventeen + String(Array("10X98765432")[sum % 11])
}

@Suite("Certification cycles (rules.md §3)")
struct CycleTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    @Test func naturalYearAroundNewYear() {
        let cycle = CertificationCycle.naturalYear
        #expect(cycle.standing(last: day(2025, 12, 31), registered: day(2020, 1, 1), today: day(2025, 12, 31)) == .certified(due: day(2026, 12, 31)))
        #expect(cycle.standing(last: day(2025, 12, 31), registered: day(2020, 1, 1), today: day(2026, 1, 1)) == .pending(due: day(2026, 12, 31)))
        #expect(cycle.standing(last: day(2026, 1, 1), registered: day(2020, 1, 1), today: day(2026, 1, 1)) == .certified(due: day(2027, 12, 31)))
        #expect(cycle.standing(last: day(2024, 6, 1), registered: day(2020, 1, 1), today: day(2026, 1, 1)) == .overdue(since: day(2025, 12, 31)))
        #expect(cycle.standing(last: nil, registered: day(2026, 1, 5), today: day(2026, 3, 1)) == .pending(due: day(2026, 12, 31)))
    }

    @Test func neverCertifiedIsOverdueAfterAFullCycle() {
        // Domain bug 10: registered 2025-01-10, never certified; by 2027-01-02 both 2025 and 2026 were missed.
        let natural = CertificationCycle.naturalYear
        #expect(natural.standing(last: nil, registered: day(2025, 1, 10), today: day(2025, 12, 1)) == .pending(due: day(2025, 12, 31)))
        #expect(natural.standing(last: nil, registered: day(2025, 1, 10), today: day(2027, 1, 2)) == .overdue(since: day(2025, 12, 31)))
        let rolling = CertificationCycle.rolling12Months
        #expect(rolling.standing(last: nil, registered: day(2025, 1, 10), today: day(2025, 6, 1)) == .pending(due: day(2026, 1, 10)))
        #expect(rolling.standing(last: nil, registered: day(2025, 1, 10), today: day(2026, 1, 11)) == .overdue(since: day(2026, 1, 10)))
    }

    @Test func rollingTwelveMonthsToTheDay() {
        let cycle = CertificationCycle.rolling12Months
        #expect(cycle.standing(last: day(2025, 11, 28), registered: day(2020, 1, 1), today: day(2026, 11, 28)) == .certified(due: day(2026, 11, 28)))
        #expect(cycle.standing(last: day(2025, 11, 28), registered: day(2020, 1, 1), today: day(2026, 11, 29)) == .overdue(since: day(2026, 11, 28)))
        #expect(cycle.standing(last: day(2024, 2, 29), registered: day(2020, 1, 1), today: day(2025, 2, 28)) == .certified(due: day(2025, 2, 28)))
        #expect(cycle.standing(last: day(2025, 12, 31), registered: day(2020, 1, 1), today: day(2026, 1, 1)) == .certified(due: day(2026, 12, 31)))
    }
}

@Suite("Elder register and certification at the desk")
struct ElderDeskTests {
    let desk: TestDesk
    let wang = idNumber("19560101", "002")     // female, 70 on 2026-11-28
    let li = idNumber("19400305", "011")       // male, 86

    init() throws {
        desk = try TestDesk(modules: [ElderCertification()])
    }

    func registerTwo() {
        _ = desk.say("老人登记 王秀英 \(wang) 水印桃源3栋2单元502 13812345678 企业职工 独居 儿子 王强")
        _ = desk.say("老人登记 李建国 \(li) 奥园5栋1单元101 城乡居民 卧床 女儿 李芳 13900000002")
    }

    @Test func registerDerivesAgeAndSexAndMasks() {
        let r = desk.say("老人登记 王秀英 \(wang) 水印桃源3栋2单元502 13812345678 企业职工 独居")
        #expect(r.status == .updated)
        #expect(r.text.contains("王秀英，女，70岁"))
        #expect(r.text.contains(Masking.idNumber(wang)) && !r.text.contains(wang))
        #expect(desk.say("老人登记 王秀英 \(wang) 水印桃源3栋2单元502 企业职工 独居").error?.code == "duplicate-elder")
    }

    @Test func registerAsksForWhatIsMissing() {
        let r = desk.say("老人登记 张桂兰 \(idNumber("19480808", "024")) 顺驰泊林2栋1单元301")
        #expect(r.status == .ask)
        #expect(r.text.hasPrefix("养老金类型？"))
        _ = desk.say("城乡居民")
        #expect(desk.say("空巢").text.contains("张桂兰，女，78岁"))
    }

    @Test func badIDNumbersAreRefused() throws {
        let before = try desk.snapshot()
        #expect(desk.say("老人登记 赵六 340524198001010013 水印桃源3栋2单元502 企业职工 独居").text.contains("校验位不对"))
        #expect(desk.say("老人登记 赵六 \(idNumber("20300101", "011")) 水印桃源3栋2单元502 企业职工 独居").text.contains("在今天之后"))
        #expect(try desk.snapshot() == before)
    }

    @Test func csvImportIsAllGoodRowsOrNone() throws {
        registerTwo()
        let csv = """
            姓名,身份证号,地址,电话,养老金类型,居住情况,家属联系人
            陈志明,\(idNumber("19500202", "013")),顺驰泊林2栋1单元301,13900000001,企业职工,空巢,女儿 陈芳
            周玉珍,340524198001010013,顺驰泊林2栋1单元302,,城乡居民,独居,
            吴德胜,\(idNumber("19450505", "031")),火星小区1栋,,城乡居民,独居,
            王秀英,\(wang),水印桃源3栋2单元502,,企业职工,独居,
            "郑,秀兰",\(idNumber("19520707", "042")),汉口道6号2栋1单元1201,,机关事业,与家人同住,
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("elders-\(UUID().uuidString).csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let before = try desk.snapshot()
        let r = desk.say("老人导入 \(path)")
        #expect(r.status == .ask)
        #expect(r.text.contains("共 5 行，正确 2 行，有误 3 行"))
        #expect(r.text.contains("第3行（周玉珍）：身份证号有误"))
        #expect(r.text.contains("第4行（吴德胜）：地址有误"))
        #expect(r.text.contains("第5行（王秀英）：身份证号 \(Masking.idNumber(wang)) 已在名册中"))
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM elders") } == 2)   // nothing imported while asking
        #expect(desk.say("不导入").text == "没有导入任何记录。")
        #expect(try desk.snapshot() == before)
        _ = desk.say("老人导入 \(path)")
        #expect(desk.say("确认导入").text == "已导入 2 位老人，跳过 3 行有误的记录。")
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM elders") } == 4)
        #expect(desk.say("老人导入 /nonexistent.csv").error?.code == "file-not-found")
    }

    /// Excel and WPS on a Chinese Windows save "CSV" in GBK: such a file (made here by the system's `iconv`, as
    /// those programs write it) is read like a UTF-8 one.
    @Test func aGBKFileFromExcelIsImported() throws {
        let csv = "姓名,身份证号,地址,电话,养老金类型,居住情况,家属联系人\n"
            + "陈志明,\(idNumber("19500202", "013")),顺驰泊林2栋1单元301,13900000001,企业职工,空巢,女儿 陈芳\n"
        let folder = FileManager.default.temporaryDirectory
        let utf8 = folder.appendingPathComponent("elders-\(UUID().uuidString).csv")
        let gbk = folder.appendingPathComponent("elders-gbk-\(UUID().uuidString).csv")
        try csv.write(to: utf8, atomically: true, encoding: .utf8)
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "GBK", utf8.path, "-o", gbk.path]
        try iconv.run()
        iconv.waitUntilExit()
        let bytes = try Data(contentsOf: gbk)
        #expect(String(data: bytes, encoding: .utf8) == nil)   // really GBK, not UTF-8
        #expect(LegacyText.decode(bytes)?.text == csv && LegacyText.decode(bytes)?.encoding == .gb18030)
        let r = desk.say("老人导入 \(gbk.path)")
        #expect(r.text.contains("共 1 行，正确 1 行，有误 0 行"))
        #expect(desk.say("确认导入").text.contains("已导入 1 位老人"))
        #expect(desk.say("老人 陈志明").text.contains("2栋1单元301") && desk.say("老人 陈志明").text.contains("139****0001"))
        // Bytes that are neither UTF-8 nor GBK are refused by name.
        let broken = folder.appendingPathComponent("elders-broken-\(UUID().uuidString).csv")
        try Data([0xFF, 0xFF, 0xFF, 0x30]).write(to: broken)
        #expect(desk.say("老人导入 \(broken.path)").error?.code == "not-utf8")
    }

    @Test func certifyAndLists() throws {
        registerTwo()
        let list = desk.say("认证名单").text
        #expect(list.contains("王秀英") && list.contains("李建国") && list.contains("卧床，需上门"))
        let r = desk.say("认证登记 王秀英 人脸识别")
        #expect(r.text.contains("已登记 王秀英") && r.text.contains("下次认证：2027年12月31日前"))
        let after = desk.say("认证名单 水印桃源").text
        #expect(after.contains("没有"))
        #expect(desk.say("认证名单 即将到期 40").text.contains("李建国"))
        #expect(!desk.say("认证名单 即将到期 10").text.contains("李建国"))
        #expect(desk.say("认证名单 超期").text.contains("没有"))
        #expect(desk.say("认证统计").text.contains("1/2"))
        #expect(desk.say("认证登记 张三 现场").error?.code == "unknown-elder")
    }

    @Test func lastYearsCertificationDoesNotCountThisYear() throws {
        registerTwo()
        _ = desk.say("认证登记 王秀英 现场 2025-12-31")
        #expect(desk.say("认证名单").text.contains("王秀英"))
        desk.clock.set(CalendarDay(year: 2027, month: 1, day: 2)!.date(hour: 9))
        #expect(desk.say("认证名单 超期").text.contains("王秀英"))
    }

    @Test func homeVisitFromScheduleToCertification() throws {
        registerTwo()
        let r = desk.say("上门认证 李建国 12月3日上午")
        #expect(r.status == .created)
        let id = try #require(r.caseID)
        let c = try desk.case(id)
        #expect(c.assignee == "张网格")          // the grid worker of 武汉奥林匹克花园
        #expect(c.deadline == CalendarDay(year: 2026, month: 12, day: 4)!.date())   // the end of the appointment day
        #expect(desk.say("上门计划").text.contains(id))
        _ = desk.say("上门结果 \(id) 未见到本人，改约下周")
        #expect(try desk.case(id).status == .dispatched)
        #expect(desk.say("上门结果 \(id) 已认证").status == .updated)
        #expect(try desk.case(id).status == .closed)
        #expect(!desk.say("认证名单").text.contains("李建国"))
        #expect(desk.say("上门认证 李建国 2026-11-01").error?.code == "past-date")
    }

    @Test func absurdDayCountsAreRefusedNotDefaulted() throws {
        registerTwo()
        for line in ["认证提醒 99999999999999999999999", "高龄津贴名单 99999999999999999999999", "认证提醒 0"] {
            let r = desk.say(line)
            #expect(r.error?.code == "invalid-field", "\(line): \(r.text)")
        }
        #expect(try desk.outbox().isEmpty)
    }

    @Test func remindersGoToTheOutbox() throws {
        registerTwo()
        let r = desk.say("认证提醒 40")
        #expect(r.text.contains("已生成 2 条认证提醒"))
        let outbox = try desk.outbox()
        #expect(outbox.map(\.groupName).sorted() == ["奥园业主群", "水印桃源1群"])
        #expect(outbox.contains { $0.text.contains("请儿子 王强留意：王秀英") })
        #expect(outbox.allSatisfy { !$0.text.contains(wang) && !$0.text.contains("13812345678") })
    }

    @Test func benefitCardTwoMonthsAhead() {
        _ = desk.say("老人登记 甲某 \(idNumber("19670115", "011")) 水印桃源3栋2单元502 企业职工 与家人同住")   // 60 in 2027-01: from 2026-11
        _ = desk.say("老人登记 乙某 \(idNumber("19670310", "021")) 水印桃源3栋2单元501 企业职工 与家人同住")   // 60 in 2027-03: from 2027-01
        _ = desk.say("老人登记 丙某 \(idNumber("19670601", "031")) 水印桃源3栋1单元501 企业职工 与家人同住")   // 60 in 2027-06: from 2027-04
        _ = desk.say("老人登记 丁某 \(idNumber("19611220", "041")) 水印桃源3栋1单元502 企业职工 与家人同住")   // 65 in 2026-12
        let r = desk.say("优待证名单 3").text
        #expect(r.contains("甲某") && r.contains("现在可申请"))
        #expect(r.contains("乙某") && r.contains("2027年1月起可申请"))
        #expect(!r.contains("丙某"))
        #expect(r.contains("丁某") && r.contains("65岁"))
    }

    @Test func ageAllowanceAmountsAreConfigurationOnly() {
        _ = desk.say("老人登记 戊某 \(idNumber("19470110", "051")) 水印桃源3栋2单元502 企业职工 独居 13812340000")   // 80 on 2027-01-10
        let r = desk.say("高龄津贴名单 60").text
        #expect(r.contains("戊某") && r.contains("80岁") && r.contains("金额未配置"))
    }

    @Test func freeTextQuestions() {
        registerTwo()
        let a = desk.say("我妈今年的养老金认证还没做，她不会用手机")
        #expect(a.module == "elder-certification")
        #expect(a.text.contains("上门") && a.text.contains("驿站"))
        let b = desk.say("李爹爹去年认证过了今年还要吗")
        #expect(b.text.contains("今年（2026年）仍要再认证一次"))
        #expect(b.text.contains("李建国（武汉奥林匹克花园 5栋1单元101室）本周期还没有认证"))
        let group = desk.relay("李爹爹去年认证过了今年还要吗", group: "奥园业主群", sender: "邻居")
        #expect(!group.text.contains("李建国"))   // never another resident's data in a group
    }
}
