import DeskKit
import DeskTesting
import Foundation
@testable import ElderCertification
import Testing

/// What the user trial of 2026-11-29 found in elder certification (/work/trial/report.md #11b, #12, #13, #13b, #17).
@Suite("Elder certification: trial findings")
struct ElderTrialTests {
    let desk: TestDesk
    init() throws {
        desk = try TestDesk(modules: [ElderCertification()])
        _ = desk.say("老人登记 王秀英 \(idNumber("19440512", "002")) 水印桃源5栋1单元302 13812345678 企业职工 独居")
    }

    /// #13b: the plan showed 12月4日 00:00 (the case's end-of-day deadline) for a 12月3日 09:00 appointment.
    @Test func theVisitPlanShowsTheAppointment() throws {
        let r = desk.say("上门认证 王秀英 12月3日上午")
        #expect(r.text.contains("12月3日 09:00"), "\(r.text)")
        let plan = desk.say("上门计划").text
        #expect(plan.contains("12月3日 09:00") && !plan.contains("12月4日"), "\(plan)")
        // A day without a time says so, and comes after the earlier appointment.
        _ = desk.say("老人登记 李建国 \(idNumber("19400305", "011")) 奥园5栋1单元101 城乡居民 卧床 女儿 李芳 13900000002")
        _ = desk.say("上门认证 李建国 12月5日")
        let both = desk.say("上门计划").text.split(separator: "\n").map(String.init)
        let first = try #require(both.firstIndex { $0.contains("王秀英") }), second = try #require(both.firstIndex { $0.contains("李建国") })
        #expect(first < second)
        #expect(both.contains { $0.contains("12月5日（时间待约）") }, "\(both)")
    }

    /// #13b: an elder on the register is not asked for again, nor is the address.
    @Test func aVisitRequestForAnElderOnTheRegister() throws {
        let r = desk.say("预约上门认证 王秀英 水印桃源5-1-302")
        #expect(r.status == .created, "\(r.text)")
        #expect(try desk.case(#require(r.caseID)).title.contains("王秀英"))
        let alone = desk.say("预约上门认证 王秀英")
        #expect(alone.status == .created && alone.text.contains("5栋1单元302"), "\(alone.text)")
    }

    /// #13b, rules.md §3: the apps and the national platform are 人脸识别; 大数据比对 is 静默认证.
    @Test(arguments: ["掌上12333", "湖北12333", "湖北智慧人社", "国家社会保险公共服务平台"])
    func certificationMethodsOfTheRules(_ method: String) {
        let r = desk.say("认证登记 王秀英 \(method)")
        #expect(r.status == .updated && r.text.contains("人脸识别认证"), "\(method): \(r.text)")
    }

    /// #13b: the same certification twice on one day is said, and stored once.
    @Test func theSameCertificationTwiceOnADay() throws {
        #expect(desk.say("认证登记 王秀英 社区现场").status == .updated)
        let again = desk.say("认证登记 王秀英 社区现场")
        #expect(again.error?.code == "duplicate-certification" && again.text.contains("已经登记过"), "\(again.text)")
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM elderCertifications") } == 1)
    }

    /// #11b, #17: names given in the sentence are used.
    @Test(arguments: [("帮我妈预约上门认证 她叫周桂兰 住8栋1单元101", "周桂兰"),
                      ("我在外地工作 我妈一个人住在水印桃源7栋2单元301 她不会弄 麻烦社区帮下忙上门认证 她叫刘翠兰", "刘翠兰")])
    func theNameInTheSentenceIsUsed(_ text: String, _ name: String) throws {
        let r = desk.relay(text, group: "水印桃源1群", sender: "韩女士")
        #expect(!r.text.contains("叫什么名字"), "\(r.text)")
        #expect(try desk.case(#require(r.caseID)).title.contains(name))
    }

    /// #11b: a question is never taken for the elder's name; `她叫王淑珍 住在…` answers it.
    @Test func aQuestionIsNotAName() throws {
        let first = desk.relay("我婆婆今年的老年认证还没做 她85了 腿脚不方便 能上门吗", group: "顺驰泊林业主群", sender: "韩女士")
        #expect(first.text.contains("叫什么名字"), "\(first.text)")
        let id = try #require(first.caseID)
        let question = desk.relay("什么时候来啊", group: "顺驰泊林业主群", sender: "韩女士")
        #expect(question.status != .created, "\(question.text)")
        #expect(!(try desk.cases()).contains { $0.title.contains("什么时候来啊") })
        let answer = desk.relay("她叫王淑珍 住在6栋1单元301", group: "顺驰泊林业主群", sender: "韩女士")
        #expect(answer.caseID == id, "\(answer.text)")
        let record = try desk.case(id)
        #expect(record.title.contains("王淑珍") && record.title.contains("6栋1单元301"), "\(record.title)")
    }

    /// Nor the grid worker a line is said to, nor the words that open a question or a request (#13).
    @Test(arguments: ["什么时候来啊", "要带什么东西吗", "哪天来", "我妈", "谢谢", "陈网格", "陈网格你好", "问下", "那就麻烦安排一下"])
    func notNames(_ text: String) {
        #expect(ElderCertification.personName(in: text) == nil)
    }

    @Test(arguments: [("王淑珍", "王淑珍"), ("她叫王淑珍 住在6栋1单元301", "王淑珍"), ("我妈叫周桂兰", "周桂兰"), ("阿依古丽·买买提", "阿依古丽·买买提")])
    func names(_ text: String, _ name: String) {
        #expect(ElderCertification.personName(in: text) == name)
    }

    /// #13, rules.md §3: what happens without certification, and every method.
    @Test func aMissedCertificationSuspendsPayment() {
        let r = desk.say("认证咨询 认证没做养老金会停吗")
        #expect(r.text.contains("暂停发放") && r.text.contains("补发") && r.text.contains("不是全国统一规定"), "\(r.text)")
        for method in ["大数据比对", "静默认证", "国家社会保险公共服务平台", "掌上12333", "湖北12333", "湖北智慧人社", "上门认证"] {
            #expect(r.text.contains(method), "\(method)")
        }
    }

    /// #12, #13, rules.md §4: a birth month or an age in a benefit-card question is answered from the rule.
    @Test func benefitCardByAgeAndBirth() {
        let born = desk.say("优待证咨询 我1966年12月出生 什么时候可以办优待证")
        #expect(born.text.contains("2026年12月满60岁，现在就可以申请"), "\(born.text)")
        let bus = desk.say("优待证咨询 我64岁 坐公交免费吗")
        #expect(bus.text.contains("64岁") && bus.text.contains("满65周岁") && bus.text.contains("现在还不能免费坐"), "\(bus.text)")
        #expect(desk.say("优待证咨询 我今年67岁 坐公交要钱吗").text.contains("可以凭优待证免费乘坐公交"))
    }

    /// #28: staff read the missing fields' Chinese names.
    @Test func missingFieldsAreShownInChinese() throws {
        let r = desk.relay("我婆婆腿脚不方便 能上门认证吗", group: "奥园业主群", sender: "居民")
        let shown = desk.say("查看 \(try #require(r.caseID))").text
        #expect(shown.contains("待补充：老人姓名") && !shown.contains("elder"), "\(shown)")
    }
}
