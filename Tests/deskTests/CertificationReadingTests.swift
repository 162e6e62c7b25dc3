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
