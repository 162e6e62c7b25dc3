@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// Lines the fifth corpus showed answered with the certification rules though they were not about
/// certification, and requests to look up a named elder's standing that were only answered.
@Suite("Understanding: what is a certification question")
struct CertificationReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: ["去年是380 好像年底前交 支付宝搜湖北税务就能交", "已经打120了 老杨在按人中"])
    func aLineWithAYearOrAnAmountIsNoCertificationQuestion(_ line: String) {
        let r = desk.relay(line, group: "汉口道6号邻里群", sender: "老周")
        #expect(r.module != "elder-certification")
        #expect(!r.text.contains("资格认证"))
    }

    @Test func aPensionLateWithoutAWordOfCertificationIsASocialSecurityQuestion() {
        let r = desk.relay("我这个月的养老金么样还冇到 往常20号就到了 今天都26了", group: "李家墩村湾群", sender: "张德胜")
        #expect(r.module == "social-security")
        #expect(r.caseID != nil)   // staff look the file up
    }

    @Test func aCallThatMayBeAScamIsAnsweredWhateverItPretendsToBe() {
        let r = desk.relay("我刚接到个电话 说我医保卡被冻结了 要我按1转人工 还问我身份证号 是不是骗子啊",
                           group: "汉口道6号邻里群", sender: "老周")
        #expect(r.status == .answered)
        #expect(r.text.contains("96110"))
        #expect(r.caseID == nil)
    }

    @Test func aNamedElderWhoseStandingIsAskedAtTheCounterIsACase() throws {
        let r = desk.say("婆婆说她想知道她的养老金认证做了冇 她自己记不得了 谢春梅 泊林2栋2单元301")
        let id = try #require(r.caseID)
        #expect(r.module == "elder-certification")
        #expect(try desk.case(id).title.contains("查认证情况"))
    }

    @Test(arguments: ["帮居民查认证状态：李凤英 今年认证了冇 奥园6-1-201",
                      "居民反映：领养老金的卡被冻结了 说是没有认证 怎么恢复 郑秋菊 奥园22-1-302"])
    func staffAskingForAPersonNamedWithTheirHomeOpenALookUp(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.module == "elder-certification")
        #expect(r.caseID != nil)
    }

    @Test func aRelativesStandingAskedInAGroupIsALookUpThatAsksWhoAndWhere() throws {
        let r = desk.relay("我妈今年认证了冇 她自己记不得了", group: "水印桃源2群", sender: "小宋")
        let id = try #require(r.caseID)
        #expect(r.text.contains("请补充老人的姓名和住址"))
        #expect(try desk.case(id).title.contains("查认证情况"))
    }

    @Test func askingHowToFindOutIsAnswered() {
        let r = desk.relay("我今年社保认证做了冇 不记得了 么样查", group: "水印桃源1群", sender: "老周")
        #expect(r.module == "elder-certification")
        #expect(r.caseID == nil)
        #expect(r.text.contains("人脸识别"))
    }
}

/// An elder's ID typed at the counter beside the words of the errand: the errand decides, not the eighteen digits.
@Suite("Understanding: an ID number beside an errand")
struct IDBesideAnErrandTests {
    @Test func aDeathReportedWithTheElderIDGoesToCertification() throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.say("陈爹爹上个月走了 家属来注销认证名单 陈建民 420103194805120314")
        #expect(r.module == "elder-certification")
        #expect(!r.text.contains("420103194805120314"))
    }
}

/// Someone's own certification, allowance or card asked after — done yet, paid yet — is a look-up for staff
/// (a case), not the rules again; asking about the benefit in general is still answered.
@Suite("Understanding: one's own standing is looked up")
struct OwnStandingTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: ["桃源 7-2-402 罗婆婆 来问 她的高龄津贴这个月冇到账 以前都是每个月10号左右到 帮查",
                      "我爸的优待证办好了冇 我下礼拜回武汉去拿"])
    func aBenefitNotArrivedIsLookedUp(_ line: String) throws {
        let r = line.hasPrefix("桃源") ? desk.say(line) : desk.relay(line, group: "奥园业主群", sender: "小周")
        let id = try #require(r.caseID)
        #expect(r.module == "elder-certification")
        #expect(r.text.contains("查"))
        #expect(try desk.case(id).category == "查询")
    }

    @Test(arguments: ["我屋里老伴的认证搞好了冇 上次在驿站登记的", "李网格 我婆婆的认证上回搞好了冇 手机上查不到"])
    func aRelativesCertificationDoneYetIsLookedUp(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源2群", sender: "桂花香")
        #expect(r.module == "elder-certification")
        #expect(r.caseID != nil)
    }

    @Test func staffPassingOnTheQuestionOpenACase() {
        let r = desk.say("又打来了 说顺便看看婆婆的认证做了冇")
        #expect(r.module == "elder-certification")
        #expect(r.caseID != nil)
    }

    @Test func theAllowanceInGeneralIsAnswered() {
        let r = desk.relay("高龄津贴是多少钱一个月 么样申请", group: "奥园业主群", sender: "小周")
        #expect(r.module == "elder-certification")
        #expect(r.caseID == nil)
        #expect(r.text.contains("高龄津贴"))
    }
}
