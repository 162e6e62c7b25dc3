@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The twenty-third round's reading: people chasing what they asked for before, quoting and calling off; the names
/// they give; staff's shorthand and handover notes; dangers that are not now; the summer's matters.
@Suite("Understanding: chases, quotes, call-offs, staff shorthand, dangers not now, the summer")
struct TwentyThirdReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// A chase with no case to find asks again for what was asked before: the care team's visit is a case, not
    /// the general answer about care visits.
    @Test func aChaseWithNoCaseIsTheRequestAgain() throws {
        let r = desk.relay("上个月说的银发队来看我婆婆 么还冇来", group: "顺驰泊林业主群", sender: "陈阿姨")
        #expect(r.status == .created)
        #expect(r.module == "care-visits")
        #expect(try desk.case(#require(r.caseID)).title.contains("关爱申请"))
    }

    /// A rarer surname with a form of address (`宓婆婆`) is a name: the particulars go on the case just opened.
    @Test func aRarerSurnameIsStillAName() throws {
        let first = desk.relay("想请银发队每周来看下我婆婆", group: "顺驰泊林业主群", sender: "陈阿姨")
        let id = try #require(first.caseID)
        let r = desk.relay("1栋2单元1002 宓婆婆", group: "顺驰泊林业主群", sender: "陈阿姨")
        #expect(r.caseID == id)
        #expect(r.module == "care-visits")
        #expect(try desk.cases().count == 1)
        #expect(PersonName.isName("阙爹爹"))
        #expect(PersonName.isName("骆秀英"))
    }

    // MARK: Certifications staff write down in their own shorthand.

    /// `人脸刷了 一次过`, `认证做了 人工的 … 表交了`: a certification done, kept on a case under the elder's name —
    /// never under the village's group (`五组`) — not the general answer about certifications.
    @Test(arguments: [("25栋鞠爹爹 认证人脸刷了 一次过 在他屋里手机上做的", "鞠爹爹"),
                      ("五组14号 郑婆婆 上门认证做了 人工的 刷脸不行 表交了 灯闪是灯管老化 兵哥哥队下周换", "郑婆婆"),
                      ("集中认证里 12栋 封婆婆 人脸刷了说照片过期 走人工 身份证复印了 表交了", "封婆婆")])
    func aCertificationInShorthandIsKept(_ line: String, name: String) throws {
        let r = desk.say(line)
        #expect(r.status == .created)
        #expect(r.module == "elder-certification")
        #expect(r.text.contains("名册中没有\(name)"))
        #expect(!r.text.contains("自然年"))
    }

    // MARK: Group members answering one another: a quoted message, news passed on, a lift shut for an afternoon.

    /// A lift shut down all afternoon is a repair, not someone trapped inside.
    @Test func aLiftShutForAnAfternoonIsNoOneTrapped() throws {
        let r = desk.relay("12栋2单元电梯又坏了 关了一下午", group: "奥园业主群", sender: "张婆婆")
        #expect(r.module == "repairs")
        #expect(!r.text.contains("有人被困"))
        #expect(try !desk.case(#require(r.caseID)).urgent)
    }

    /// `「引用 张婆婆：…」 我们这边也是`: the quoted report is not read again as the sender's; "the same here" joins
    /// its case as one more reporter.
    @Test func theSameAsAQuotedReportJoinsItsCase() throws {
        let first = desk.relay("12栋2单元电梯又坏了 关了一下午", group: "奥园业主群", sender: "张婆婆")
        let id = try #require(first.caseID)
        let same = desk.relay("「引用 张婆婆：12栋2单元电梯又坏了 关了一下午」 我们这边也是 爬了十二楼", group: "奥园业主群", sender: "李哥")
        #expect(same.caseID == id)
        let plusOne = desk.relay("+1 「李哥：我们这边也是 爬了十二楼」", group: "奥园业主群", sender: "小周")
        #expect(plusOne.caseID == id)
        #expect(try desk.cases().count == 1)
        #expect(QuotedReply.withoutTheName("「张婆婆：12栋2单元电梯又坏了」- - - - - - 你几楼的") == "你几楼的")
        #expect(QuotedReply.withoutTheName("「通知」明天停水") == "「通知」明天停水")
    }

    /// What the property company said, passed on, chases nothing and opens nothing; a chase that still waits
    /// opens the request again.
    @Test func newsPassedOnIsNoChase() throws {
        let news = desk.relay("物业说下午来人修", group: "奥园业主群", sender: "小吴")
        #expect(news.status == .ignored)
        #expect(try desk.cases().isEmpty)
        let chase = desk.relay("上个礼拜报的厨房水管还冇来人 到底有冇得人管", group: "奥园业主群", sender: "老王")
        #expect(chase.module == "repairs")
        #expect(chase.caseID != nil)
    }

    // MARK: Dangers that did not come or are long past raise no alarm; one named again now does.
    @Test(arguments: ["上次电瓶车冒烟那个电梯 到现在还冇修好 一个礼拜了 我们爬十几楼",
                      "公园里好多杨絮堆在角落里 昨天有个伢在那里玩打火机 差点点着了 能不能扫一下",
                      "5栋1单元302晏婆婆 困电梯后不太敢坐 想请人每周陪她上下楼一次"])
    func noAlarm(_ line: String) throws {
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
        let r = desk.relay(line, group: "奥园业主群", sender: "小秦")
        #expect(!r.text.contains("紧急"))
    }

    /// A danger only feared (`怕漏电`) is no danger described.
    @Test func aDangerFearedIsNoneDescribed() {
        #expect(desk.desk.emergencies.emergency(in: "赶紧打119 还有把电闸拉了 怕漏电") == nil)
        #expect(desk.desk.emergencies.emergency(in: "插座冒火花 漏电了 我妈被电了一下 倒在地上")?.id != nil)
    }

    @Test func aDangerAgainNowIsAnAlarm() {
        #expect(desk.desk.emergencies.emergency(in: "上次就冒过烟 今天又冒烟了 快来人")?.id == "fire")
    }

    // MARK: A question put to the desk in a group is not left without a word when no service is sure of it.
    @Test func aQuestionNoServiceIsSureOfIsAnswered() {
        let r = desk.relay("请问一下 我刚租到3栋2单元 屋里热水器打不着火 不晓得是找房东还是找物业 想问下这个归哪个管",
                           group: "奥园业主群", sender: "小甘")
        #expect(r.status != .ignored)
        #expect(r.module == "repairs")
    }

    /// A plea no service is sure of (`楼下广场舞能不能这几天停一下`) is taken; a joke is not.
    @Test func aPleaNoServiceIsSureOfIsTaken() throws {
        let r = desk.relay("马上高考了 我伢在复习 楼下广场舞能不能这几天停一下", group: "奥园业主群", sender: "c1")
        #expect(r.module == "appeals")
        #expect(r.status == .created)
        let joke = desk.relay("17号我要出差 能不能帮我换到少儿组去当裁判 哈哈", group: "顺驰泊林业主群", sender: "c9")
        #expect(joke.status == .ignored)
    }

    /// A question put to the neighbours stays theirs.
    @Test func aQuestionToTheNeighboursIsTheirs() {
        #expect(!Desk.asksTheDesk("请问泊林有冇得人家里装了那种电热地暖 一个月电费好多"))
        #expect(Desk.asksTheDesk("想问下这个归哪个管"))
    }

    // MARK: A request called off or asked for again in the group's own words.

    /// `不用了 自己通好了`: the reporter hears that no one will be sent, and the word is on the case.
    @Test func aRepairCalledOffIsAnswered() throws {
        let first = desk.relay("12栋2单元1202 厨房下水道堵了 麻烦派个师傅", group: "奥园业主群", sender: "小吴")
        let r = desk.relay("不用了 自己通好了 谢谢", group: "奥园业主群", sender: "小吴")
        #expect(r.status == .answered)
        #expect(r.caseID == first.caseID)
        #expect(try desk.cases().count == 1)
    }

    /// The care team asked for by name is a care request, not a certification's home visit; `那算了 … 不要人来`
    /// calls it off.
    @Test func theCareTeamAskedForIsCare() throws {
        let first = desk.relay("想请银发队每周来看下我婆婆 1栋2单元1002 宓桂兰", group: "顺驰泊林业主群", sender: "陈阿姨")
        #expect(first.module == "care-visits")
        #expect(first.status == .created)
        let off = desk.relay("那算了 我妈说不要人来", group: "顺驰泊林业主群", sender: "陈阿姨")
        #expect(off.status == .answered)
        #expect(off.caseID == first.caseID)
    }

    // MARK: Voice-to-text slips in the desk's own words are put right before the line is read.
    @Test(arguments: [("王哥员你好我屋里的窗子关不拢了", "网格员你好我屋里的窗子关不拢了"),
                      ("李网个 快来", "李网格 快来"),
                      ("我的空凋不出冷风了王王格说有人来修", "我的空调不出冷风了王网格说有人来修"),
                      ("他做事很认真", "他做事很认真")])
    func slipsArePutRight(_ said: String, meant: String) {
        #expect(SpokenSlips.corrected(said) == meant)
    }

    // MARK: A leak told by where the water comes from is a leak.
    @Test func waterComingThroughIsALeak() throws {
        let r = desk.relay("我屋也漏 楼上渗下来的 6栋1单元301", group: "水印桃源2群", sender: "张")
        #expect(r.status == .created)
        #expect(r.text.contains("给排水/漏水"))
    }

    // MARK: The member a fee is written down for is the name in the line, not the word before it.
    @Test func theMemberIsTheName() {
        let r = desk.say("乒乓 9栋 王小军 交了年费120 现金 开收据")
        #expect(r.module == "pingpong")
        #expect(r.text.contains("王小军"))
        #expect(!r.text.contains("没有会员「乒乓」"))
    }

    // MARK: Someone asked to go with an elder to the hospital is a care request; what it costs is a question.
    @Test func anEscortAskedForIsACase() {
        let r = desk.relay("我妈下个礼拜三要去协和复查 我上班走不开 社区有冇得人陪她去", group: "汉口道6号邻里群", sender: "小何")
        #expect(r.module == "care-visits")
        #expect(r.status == .created)
        let q = desk.relay("社区的陪诊要不要钱", group: "汉口道6号邻里群", sender: "小郑")
        #expect(q.status == .answered)
    }

    // MARK: The pocket park in summer: grass, the fountain, wasps.

    /// Grass not cut is the flower bed's; a fountain stuck on and a wasp nest (urgent) are topics of their own.
    @Test func summerFaultsAreCases() throws {
        let grass = desk.relay("口袋公园的草好久冇剪了 长得齐膝盖", group: "水印桃源2群", sender: "小贺")
        #expect(grass.status == .created)
        #expect(grass.text.contains("花坛"))
        let fountain = desk.relay("公园的喷泉一直在喷 关不掉 水漫到路上了", group: "水印桃源2群", sender: "小贺")
        #expect(fountain.text.contains("喷泉和喷灌"))
        let wasps = desk.relay("公园那棵桂花树上有个马蜂窝 好大 伢们在下面玩", group: "水印桃源2群", sender: "小贺")
        #expect(wasps.text.contains("虫害"))
        #expect(try desk.case(#require(wasps.caseID)).urgent)
    }

    /// When the fountain opens is a question the park's FAQ answers, not a report.
    @Test func whenTheFountainOpensIsAnswered() throws {
        let r = desk.relay("口袋公园的喷泉今年几时开啊", group: "水印桃源2群", sender: "小贺")
        #expect(r.status == .answered)
        #expect(try desk.cases().isEmpty)
    }

    // MARK: The garage as people call it (`地库`) is a place; water coming in (`倒灌`, `进水`) is a leak.
    @Test func theGarageIsAPlace() throws {
        let r = desk.relay("地库又进水了 B1好多车泡在水里", group: "奥园业主群", sender: "小b")
        #expect(r.module == "repairs")
        #expect(try desk.case(#require(r.caseID)).address?.contains("地库") == true)
        let water = desk.relay("3栋地下室暴雨倒灌 水到脚背了", group: "奥园业主群", sender: "小c")
        #expect(water.text.contains("给排水/漏水"))
    }

    // MARK: A summer with the children elsewhere: the medical insurance asked about is the cross-city filing.
    @Test func aStayElsewhereIsAnsweredWithTheFiling() {
        let r = desk.relay("暑假要去深圳儿子那里住两个月 医保要办什么手续", group: "奥园业主群", sender: "a2")
        #expect(r.status == .answered)
        #expect(r.text.contains("异地就医备案"))
    }

    // MARK: A certification to be done is arranged, not recorded; a death asked about is answered with what follows it.
    @Test func aCertificationToComeIsAnArrangement() throws {
        let r = desk.say("泊林3栋 黄爹爹 认证 不会手机 明天来驿站现场做")
        #expect(r.status == .created)
        #expect(r.text.contains("认证安排"))
        #expect(try desk.case(#require(r.caseID)).title == "认证安排：黄爹爹")
    }

    @Test func aDeathAskedAboutIsAnsweredWithWhatFollows() {
        let r = desk.relay("我爸上个月走了 要不要去社区报一下 养老金怎么停", group: "顺驰泊林业主群", sender: "b4")
        #expect(r.status == .answered)
        #expect(r.text.contains("丧葬补助金"))
    }

    // MARK: A handover note numbered ①②③: its items are read apart, the done ones as records, the rest as matters to do.

    /// A circled number is no digit of the address after it (`②3栋` is building 3, not 23).
    @Test func aCircledNumberStaysApart() {
        #expect(TextNormalizer.normalize("①2栋楼道灯已修好 ②3栋1904中午装修") == "(1) 2栋楼道灯已修好  (2) 3栋1904中午装修")
        #expect(Desk.numberedItems(of: "交班: (1) 2栋楼道灯已修好  (2) 3栋1904中午装修") == ["2栋楼道灯已修好", "3栋1904中午装修"])
    }

    /// The matter still to do is taken; the one done is said to be a record.
    @Test func theMatterStillToDoIsTaken() throws {
        let r = desk.say("交班：①4栋1502装修燃气那件 燃气公司复查合格 已办完 ②汉口道3栋1904中午装修 又有人投诉 要再去说")
        #expect(r.module == "appeals")
        #expect(r.text.contains("1 项是已经办完的情况"))
        #expect(try desk.cases().count == 1)
    }
}
