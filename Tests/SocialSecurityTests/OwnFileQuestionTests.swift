import DeskKit
import DeskTesting
import Testing
@testable import SocialSecurity

/// A question about the asker's own file — a pension lower this month, a transfer waiting — is not answered with
/// the knowledge base's general text: staff look the file up (a consultation case).
@Suite("Social security: questions about one's own file")
struct OwnFileQuestionTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [SocialSecurity()]) }

    @Test(arguments: ["社保 我的养老保险转移一直卡住 原单位在东莞 已经三个月了 社区能不能帮我问一下",
                      "社保 养老金这个月怎么少了两百块", "社保 汉口道 2栋1单元 2304 邵建明 社保转移 东莞 补材料 已交 等审核"])
    func aQuestionAboutOnesOwnFileIsACaseForStaff(_ line: String) throws {
        let r = desk.say(line)
        let id = try #require(r.caseID)
        #expect(try desk.case(id).category == "咨询")
        #expect(r.text.contains("核实后答复"))
    }

    @Test func aGeneralQuestionIsStillAnswered() throws {
        #expect(!SocialSecurity.asksAboutOwnFile("社保转移要多长时间"))
        let r = desk.say("社保 社保转移要多长时间")
        #expect(r.caseID == nil)
        #expect(r.status == .answered)
    }
}

/// Someone's file to look up, asked in the words of a look-up (`请查一下缴费年限`, `她想查一下还剩几个月`), is a case
/// for staff even when the knowledge base or the retirement table has a general answer; how to look it up, or a
/// date to calculate, is still answered.
@Suite("Social security: a file to look up")
struct FileToLookUpTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [SocialSecurity()]) }

    @Test(arguments: ["社保 老熊来问 他的养老保险交到60岁够不够15年 请查一下缴费年限 熊建华",
                      "社保 武春梅来问失业金 下个月就领完了 她想查一下还剩几个月",
                      "社保 我的缴费年限查了冇"])
    func aLookUpIsACaseForStaff(_ line: String) throws {
        let r = desk.say(line)
        let id = try #require(r.caseID)
        #expect(try desk.case(id).category == "咨询")
        #expect(r.text.contains("核实后答复"))
    }

    @Test(arguments: ["缴费年限在哪里查", "现在延迟了 你查一下12333", "手机上能查缴费年限吗"])
    func howToLookItUpIsNoLookUp(_ line: String) {
        #expect(!SocialSecurity.asksToLookUpForRetirement(line))
        #expect(!SocialSecurity.asksToLookUp(line))
    }

    @Test func aDateToCalculateIsStillCalculated() throws {
        #expect(!SocialSecurity.asksToLookUpForRetirement("帮花女士查下 76年9月 女工人 退休时间"))
        let r = desk.say("退休 帮花女士查下 76年9月 女工人 退休时间")
        #expect(r.caseID == nil)
        #expect(r.text.contains("1976年9月"))
    }
}

/// Staff at the counter bringing a resident's errand (`来交`, `来登记`, `报上去`): a case for the operator, with the
/// knowledge base's word on it; asking how stays a question.
@Suite("Social security: an errand brought to the counter")
struct CounterErrandTests {
    @Test func anErrandIsACaseForTheOperator() throws {
        let desk = try TestDesk(modules: [SocialSecurity()])
        let r = desk.say("奥园18栋3单元 胡凤兰 来交城乡居民医保 本人加孙女两个人")
        #expect(r.module == "social-security")
        #expect(r.status == .created)
        #expect(r.text.contains("办理工单"))
        #expect(try desk.cases().first?.title.hasPrefix("社保办理") == true)
    }

    @Test func aRetirementWordDoesNotMakeAnErrandATable() throws {
        let desk = try TestDesk(modules: [SocialSecurity()])
        let r = desk.say("桃源7栋 沈建国来登记灵活就业参保 男 1975年 去年12月离职 要签代扣")
        #expect(r.status == .created)
        #expect(!r.text.contains("法定退休年龄"))
    }

    @Test(arguments: ["来交居民医保要带什么", "想申请门诊慢特病 么样申请"])
    func askingHowIsAQuestion(_ line: String) throws {
        let desk = try TestDesk(modules: [SocialSecurity()])
        let r = desk.say(line)
        #expect(r.status != .created || !r.text.contains("办理工单"))
    }

    @Test func inAGroupItIsNoErrand() throws {
        let desk = try TestDesk(modules: [SocialSecurity()])
        let r = desk.relay("我想来交城乡居民医保", group: "奥园业主群", sender: "奥园 小胡")
        #expect(!r.text.contains("办理工单"))
    }
}

/// Questions the knowledge base answers since the seventeenth round: the residents' pension and how it links with
/// the employees', activating a card, whether to go on paying after fifteen years.
@Suite("Social security: the residents' pension, card activation, fifteen years")
struct ResidentsPensionAnswerTests {
    @Test(arguments: [("我们这种城乡居民养老保险的涨不涨 一个月才两三百", "基础养老金"),
                      ("我在村里交的是城乡居民养老 能不能转成职工的", "满15年"),
                      ("社保卡怎么激活 老人问的", "合作银行"),
                      ("缴费满15年了还要不要接着交", "2039年")])
    func answered(_ line: String, _ words: String) throws {
        let desk = try TestDesk(modules: [SocialSecurity()])
        let r = desk.say(line)
        #expect(r.status == .answered)
        #expect(r.text.contains(words))
        #expect(try desk.cases().isEmpty)
    }
}
