import DeskKit
import DeskTesting
import SocialSecurity
import Testing

/// The ways residents ask about retirement (frontdesk report M15/M16/H8, domain report bugs 1–7 and 15).
/// The desk's day is 2026-11-28.
@Suite("Reading retirement questions as residents ask them")
struct RetirementReadingTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [SocialSecurity()]) }

    @Test func aMaleCadreIsAMan() {
        // Domain bug 1: 干部 made him a female cadre retiring at 55 in 2020.
        let r = desk.say("1965年1月出生的男干部什么时候退休")
        #expect(r.text.contains("1965年1月出生的男职工"))
        #expect(r.text.contains("60岁1个月") && r.text.contains("2025年2月"))
    }

    @Test func aFatherWhoIsAWorkerIsAMan() {
        // Domain bug 2: 我爸 + 工人 was computed as a woman retiring at 50. 1966-05: i = 16, delay 5.
        let r = desk.say("我爸1966年5月出生，是工人，什么时候退休")
        #expect(r.text.contains("1966年5月出生的男职工"))
        #expect(r.text.contains("60岁5个月") && r.text.contains("2026年10月"))
    }

    @Test(arguments: [("62年的男工人几时退休", "1962年出生的男职工"), ("我是68年生的女工人 好久退休", "1968年出生的原50岁退休的女职工")])
    func aTwoDigitBirthYearAloneIsABirthYear(_ line: String, _ expected: String) {
        let r = desk.say(line)
        #expect(r.status == .answered)
        #expect(r.text.contains(expected))
    }

    @Test func yearsOfContributionAreNotABirthYear() {
        let r = desk.say("缴费15年 几时退休")
        #expect(!r.text.contains("2015年出生"))
    }

    @Test func bothSexesMentionedIsAsked() {
        let r = desk.say("我是男的，我老婆是工人，1976年3月出生，什么时候退休")
        #expect(r.status == .ask)
        #expect(r.text.contains("原50岁退休的女职工"))
    }

    @Test(arguments: [
        ("1995年12月出生的女职工，原法定退休年龄50周岁，什么时候退休", "1995年12月出生的原50岁退休的女职工", "2050年12月"),
        ("我1971年4月出生，原来55岁退休的，什么时候退休", "1971年4月出生的原55岁退休的女职工", "55岁4个月"),
        ("我妈1975年11月生，以前是50岁退休，现在呢", "1975年11月出生的原50岁退休的女职工", "50岁6个月"),
        ("1975年11月出生，五十岁退休的，现在几时退休", "1975年11月出生的原50岁退休的女职工", "2026年5月"),
        ("退休 女工人 1975年11月", "1975年11月出生的原50岁退休的女职工", "50岁6个月"),
        ("退休 1971年4月 原 55", "1971年4月出生的原55岁退休的女职工", "2026年8月"),
        ("1965年12月的男同志什么时候退休", "1965年12月出生的男职工", "60岁3个月"),
    ])
    func statedCategories(question: String, who: String, when: String) {
        // Domain bug 4: each of these asked for the category the question had already given.
        let r = desk.say(question)
        #expect(r.status == .answered, "\(question) → \(r.text)")
        #expect(r.text.contains(who) && r.text.contains(when), "\(question) → \(r.text)")
    }

    @Test(arguments: [
        ("71年6月的男的啥时候退休", "1971年6月"),
        ("一九七一年六月出生的男职工什么时候退休", "1971年6月"),
        ("退休 男 19710606", "1971年6月"),
        ("七一年六月出生的男的什么时候退休", "1971年6月"),
    ])
    func birthDatesInOtherForms(question: String, month: String) {
        // Domain bug 6 and M15: men 1971-06 → 61岁8个月, 2033-02.
        let r = desk.say(question)
        #expect(r.text.contains("\(month)出生的男职工"), "\(question) → \(r.text)")
        #expect(r.text.contains("61岁8个月") && r.text.contains("2033年2月"))
    }

    @Test func twoDigitYearAsAnAnswer() {
        #expect(desk.say("退休 男").status == .ask)
        let r = desk.say("65年3月")
        // 1965-03: i = 2, delay 1.
        #expect(r.text.contains("1965年3月出生的男职工") && r.text.contains("60岁1个月"))
    }

    @Test func monthThirteenIsRefused() {
        let r = desk.say("1965年13月出生的男职工什么时候退休")
        #expect(r.status == .error)
        #expect(r.text.contains("没有13月"))
        #expect(!r.text.contains("法定退休年龄"))
    }

    @Test func aRetirementYearIsNotABirthYear() {
        // 2031: 15 years + 2 × 6 months.
        let r = desk.say("我2031年退休，最低要缴多少年")
        #expect(r.text.contains("2031年退休的，按月领取养老金的最低缴费年限为 16年"))
        let paid = desk.say("我2031年退休，缴费10年够不够")
        #expect(paid.text.contains("还差 72 个月"))
    }

    @Test func contributionQuestionsWithoutTheWordRetirement() {
        // Domain bug 5.
        let a = desk.say("缴费10年够不够")
        #expect(a.module == "social-security" && a.status == .answered)
        #expect(a.text.contains("2039年及以后 20年") && a.text.contains("已缴 10年，还不够15年"))
        let b = desk.say("不够15年么样办")
        #expect(b.text.contains("延长缴费") && b.text.contains("一次性缴费"))
        let c = desk.say("1965年1月出生的男职工，缴费10年")
        #expect(c.text.contains("还差 60 个月"))
    }

    @Test func anIDNumberAnswersTheBirthQuestion() {
        // H8: the question offers 或报身份证号, and the number was refused as 不是年月.
        #expect(desk.say("退休").status == .ask)
        let r = desk.say("420102197503100029")
        #expect(r.status == .ask)                   // a woman: which original age?
        #expect(!r.text.contains("不是年月") && !r.text.contains("420102197503100029"))
        let done = desk.say("3")
        #expect(done.text.contains("1975年3月出生的原50岁退休的女职工") && done.text.contains("50岁2个月"))
    }

    @Test func aBadIDAnswerSaysWhy() {
        #expect(desk.say("退休").status == .ask)
        let r = desk.say("42010219750310002")
        #expect(r.status == .ask && r.text.contains("应为18位"))
    }

    @Test func anAnswerWithTheMonthAndMoreWords() {
        #expect(desk.say("退休").status == .ask)
        let r = desk.say("1962年5月，女，工人")
        #expect(r.text.contains("1962年5月出生的原50岁退休的女职工"))
        // Domain bug 7 / M16: reached 50 in 2012, before the reform: past tense and no flexible window.
        #expect(r.text.contains("已于 2012年5月达到") && r.text.contains("改革前"))
        #expect(!r.text.contains("弹性退休："))
    }

    @Test func aCategoryAnswerInWords() {
        #expect(desk.say("退休 1975年11月 女").status == .ask)
        #expect(desk.say("女的，在厂里上班").text.contains("原50岁退休的女职工"))
    }

    @Test func aNewQuestionWhileTheCategoryIsAskedReplacesTheOld() {
        // Domain bug 3: the birth month of the first question was kept with the category of the second.
        #expect(desk.say("退休 1995年12月 女").status == .ask)
        let r = desk.say("2000年12月出生的男职工什么时候退休")
        #expect(r.text.contains("2000年12月出生的男职工") && r.text.contains("2063年12月"))
    }

    @Test func cohortsBeforeTheReformInThePastTense() {
        let r = desk.say("退休 女 干部 1969-11")
        #expect(r.text.contains("55岁（改革前的规定，不延迟），已于 2024年11月达到"))
        #expect(!r.text.contains("弹性退休："))
        let men = desk.say("1960年1月出生的男职工什么时候退休")
        #expect(!men.text.contains("最晚可延至"))
    }

    @Test func aCategoryThatContradictsTheIDIsSaid() {
        // Domain bug 15: a male ID with 女干部 was silently computed as a man.
        let r = desk.say("退休 420102197106150313 女干部")
        #expect(r.text.contains("身份证号显示为男性，与所说的「女」不符"))
        #expect(r.text.contains("1971年6月出生的男职工"))
    }
}

@Suite("Consult and proxy cases say whom to call back")
struct CallbackTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [SocialSecurity()]) }

    @Test func aConsultTitleNeverCarriesAWholeID() throws {
        // Domain bug 14.
        let r = desk.say("社保咨询 420102197106150313 我这个身份证在网上查不到个人权益记录怎么回事")
        let record = try desk.case(#require(r.caseID))
        #expect(!record.title.contains("420102197106150313"))
        #expect(record.title.contains("420102********0313"))
        #expect(!desk.say("列表").text.contains("420102197106150313"))
    }

    @Test func aProxyCaseKeepsNameAndPhoneFromTheText() throws {
        let r = desk.say("帮顺驰泊林2栋1单元401的刘德明代办异地就医备案，电话13807161234")
        let record = try desk.case(#require(r.caseID))
        #expect(record.requesterName == "刘德明")
        #expect(record.requesterPhone == "13807161234")
        #expect(!r.text.contains("13807161234"))
    }

    @Test func aConsultWithoutANumberAsksForOne() throws {
        let r = desk.say("我的养老金核定通知一直没收到，我是王秀英 13907181234")
        #expect(r.status == .created)
        let record = try desk.case(#require(r.caseID))
        #expect(record.requesterPhone == "13907181234")
        #expect(record.requesterName == "王秀英")
        #expect(!r.text.contains("回访电话"))
        let bare = desk.say("社保咨询 我老家的养老保险能不能转到武汉来，要跑几趟")
        #expect(bare.status == .created)
        // At the counter the kernel asks for the callback number as a question of its own.
        #expect(bare.text.contains("请问回访电话"))
        // In a group nobody is invited to post a number for everyone to see.
        let group = desk.relay("我的退休金为什么比隔壁老张少了两百块", group: "水印桃源2群", sender: "夏爹爹")
        #expect(!group.text.contains("备注"))
        #expect(!group.text.contains("请问回访电话"))
    }
}

@Suite("Social security FAQ as residents see it")
struct FAQReplyTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [SocialSecurity()]) }

    @Test func answersHaveNoStraySpacesOrInternalTags() {
        // frontdesk Low: folded YAML left `网点或 区政务服务中心`; replies ended with `待核实；KB-1`.
        let r = desk.say("社保卡丢了怎么补办")
        #expect(r.text.contains("合作银行网点或区政务服务中心"))
        #expect(!r.text.contains("待核实") && !r.text.contains("KB-"))
        #expect(desk.say("失业了能领什么").module == "social-security")
    }
}

@Suite("Help for one social-security command")
struct SocialSecurityHelpTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [SocialSecurity()]) }

    @Test func helpForRetirementAndDocuments() {
        // Domain bug 16 and frontdesk M23: both printed the whole 70-line help; 材料's syntax was nowhere.
        let retire = desk.say("帮助 退休").text
        #expect(retire.hasPrefix("【退休年龄计算】") && retire.contains("例如：") && retire.contains("缴费10年够不够"))
        let documents = desk.say("帮助 材料").text
        #expect(documents.hasPrefix("【代办材料】") && documents.contains("材料 SB-0002 收到 身份证 照片") && documents.contains("递交"))
        #expect(retire.split(separator: "\n").count < 15)
    }
}

@Suite("Retirement remarks in a group")
struct RetirementRemarkTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [SocialSecurity()]) }

    @Test(arguments: ["那我还是再上两年 谢谢", "老钱你应该已经退了吧", "谢谢 晓得了 她是要等到55岁以后了"])
    func aRemarkThatAsksNothingIsLeftAlone(_ remark: String) {
        let r = desk.relay(remark, group: "水印桃源1群", sender: "邻居")
        #expect(r.status != .ask, "\(remark) → \(r.text)")
    }

    /// A remark that tells a sex or an age, with no birth month and no question in any form, is left alone too.
    @Test(arguments: ["老钱说他是男的 要63岁才退 我不信", "她自己还以为要到55 原来就是这个月", "我一直以为护士是50退 原来算干部"])
    func aRemarkWithAnAgeOrYearsPaidIsLeftAlone(_ remark: String) {
        let r = desk.relay(remark, group: "水印桃源1群", sender: "邻居")
        #expect(r.status == .ignored, "\(remark) → \(r.text)")
    }

    /// Asked in a form of its own (`是不是`, `交不交`), it is still a question.
    @Test func aRemarkThatAsksInItsOwnFormIsAsked() {
        let r = desk.relay("她后来调到办公室当干部了 是不是按55算", group: "水印桃源1群", sender: "邻居")
        #expect(r.status != .ignored)
    }

    /// The asker's next line, where the desk waits for the category, is a remark when it tells and asks nothing of it
    /// (staff answered meanwhile): left alone, and the category is not asked again.
    @Test(arguments: ["原来真是这个月 我还以为要到55", "63 那我还要干七年 唉", "明年8月 还有九个月"])
    func aRemarkWhereTheCategoryWaitsIsLeftAlone(_ remark: String) throws {
        let asked = desk.relay("我81年7月的 听说这个月能退 要准备么事", group: "李家墩村湾群", sender: "桂香")
        #expect(asked.text.contains("请问是哪一类"))
        let r = desk.relay(remark, group: "李家墩村湾群", sender: "桂香")
        #expect(r.status == .ignored && r.text.isEmpty, "\(remark) → \(r.text)")
        // The question is over: the asker's next question is read as a new one.
        let next = desk.relay("我老公62年3月的男的 几时退", group: "李家墩村湾群", sender: "桂香")
        #expect(next.text.contains("1962年3月"))
    }

    /// An answer to the category, a birth told again or a check asked for is still read with the question.
    @Test(arguments: ["3", "纱厂工人", "女的", "身份证上是7月23号生的", "帮我确认一下"])
    func anAnswerWhereTheCategoryWaitsIsRead(_ answer: String) throws {
        _ = desk.relay("我81年7月的 听说这个月能退 要准备么事", group: "李家墩村湾群", sender: "桂香")
        let r = desk.relay(answer, group: "李家墩村湾群", sender: "桂香")
        #expect(r.status != .ignored, "\(answer) → \(r.text)")
    }

    @Test func aQuestionWithoutADateIsStillAsked() {
        #expect(desk.relay("我想问问我什么时候能退休", group: "水印桃源1群", sender: "邻居").status == .ask)
        #expect(desk.relay("想打听一下退休的事情", group: "水印桃源1群", sender: "邻居2").status == .ask)
        #expect(desk.relay("我想问下退休", group: "水印桃源1群", sender: "邻居3").status == .ask)
        #expect(desk.relay("还想问个事 提前退休的话养老金会少好多", group: "水印桃源2群", sender: "邻居4").status != .ignored)
        #expect(desk.say("退休").status == .ask)
    }
}
