@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The seventeenth round's reading: the alarm raiser's word that it is over found on their own emergency, a child
/// fallen into the pond, heatstroke, and what is no emergency (cigarette ends swept up, a stroke that is why a visit is
/// asked for); care put down, asked after and given a name at the counter.
@Suite("Understanding: the raiser's news, the pond, care at the counter")
struct SeventeenthReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func theRaisersNewsIsHeardOnTheirEmergencyBehindANeighboursCase() throws {
        let group = "奥园业主群"
        let alarm = desk.relay("26栋1单元电梯又困人了!!!我婆婆一个人在里面 卡在9楼和10楼中间", group: group, sender: "奥园26栋-蒋")
        let urgent = try #require(alarm.caseID)
        // A neighbour's grumble about the same lift opens a case of its own after the alarm.
        _ = desk.relay("这个电梯上个礼拜就困过一次 修都修不好", group: group, sender: "奥园26栋3单元")
        desk.clock.advance(hours: 0.3)
        let over = desk.relay("出来了 婆婆冇得大事 就是吓到了", group: group, sender: "奥园26栋-蒋")
        #expect(over.status == .answered)
        #expect(over.text.contains(urgent))
        #expect(try desk.events(urgent).contains { $0.note?.contains("吓到了") == true })
    }

    @Test(arguments: ["送医了 邻居一路陪着 谢谢大家", "120来了 拉到医院去了 缝了几针 冇得大事", "在社区医院打了疫苗 伤口处理了"])
    func newsThatThePersonIsCaredForIsOver(_ line: String) {
        #expect(desk.desk.emergencies.isOver(line))
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
    }

    @Test func aChildFallenIntoThePondIsDrowning() throws {
        let r = desk.relay("快快快 有个伢掉到公园池塘里去了 就在假山那边", group: "水印桃源1群", sender: "桃源4栋-小金")
        #expect(r.text.hasPrefix("【有人落水"))
        #expect(r.text.contains("120"))
        #expect(try desk.cases().contains { $0.urgent })
    }

    @Test func aPhoneDroppedInThePondIsNoEmergency() {
        #expect(desk.desk.emergencies.emergency(in: "手机掉到池塘里了 有冇得人有网兜") == nil)
    }

    @Test(arguments: ["我爸在菜园子里中暑了 叫他冇得反应", "有个送外卖的热晕了 倒在门口"])
    func heatstrokeIsAnEmergency(_ line: String) {
        #expect(desk.desk.emergencies.emergency(in: line)?.name == "有人受伤或急病")
    }

    @Test(arguments: ["今天公园里扫出来好多烟头 大家辛苦了", "社区有冇得上门理发的 我屋老头子中风了出不了门", "天热 大家注意防中暑"])
    func noEmergency(_ line: String) {
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
    }

    @Test func mealsPutDownAtTheCounterOpenACase() throws {
        let r = desk.say("泊林14栋2单元903 袁婆婆 独居 女儿在深圳 想报助餐 中午一顿 问要不要钱")
        #expect(r.module == "care-visits")
        #expect(r.status == .created)
    }

    @Test func careAskedAfterIsACase() {
        let r = desk.say("村湾王德顺爹爹出院了 每天中午送饭的安排好了冇 他儿子问的")
        #expect(r.module == "care-visits")
        #expect(r.status == .created)
    }

    @Test func theNameGivenNextGoesOnTheCareCase() throws {
        let opened = desk.say("桃源7栋2单元102 田婆婆 独居 82岁 女儿想请志愿者每个礼拜去看一次")
        let id = try #require(opened.caseID)
        let named = desk.say("田婆婆的名字叫田淑珍")
        #expect(named.module == "care-visits")
        #expect(named.caseID == id)
        #expect(try desk.cases().count == 1)
    }

    @Test func thePensionRiseAskedOfTheGroupIsAnswered() {
        let r = desk.relay("有冇得人晓得今年养老金涨好多 新闻上说出了", group: "顺驰泊林业主群", sender: "泊林 老杜")
        #expect(r.module == "social-security")
        #expect(r.status == .answered)
    }

    @Test func aMatchsDrawAskedAfterIsAnsweredWithWhereItIsPosted() throws {
        let r = desk.relay("春季赛分组出来了冇 我打第几场", group: "奥园业主群", sender: "奥园 老宋")
        #expect(r.module == "pingpong")
        #expect(r.status == .answered)
        #expect(r.text.contains("比赛安排"))
        #expect(try desk.cases().isEmpty)
    }

    @Test func aMatchToldOfIsNoQuestion() {
        let r = desk.relay("秋季联赛我打进八强了[呲牙] 下礼拜六决赛", group: "水印桃源1群", sender: "桃源 老丁")
        #expect(r.module == nil)
    }

    @Test func howToLookUpOnesYearsIsAnswered() throws {
        let r = desk.relay("另外我交了多少年社保在哪里查", group: "奥园业主群", sender: "奥园 小方")
        #expect(r.status == .answered)
        #expect(r.text.contains("12333"))
        #expect(try desk.cases().isEmpty)
    }

    @Test func aLookUpAskedAfterIsACase() {
        let r = desk.relay("社保缴费记录那个事查得怎么样了 单位那边又说是系统问题", group: "顺驰泊林业主群", sender: "泊林 小龚")
        #expect(r.module == "social-security")
        #expect(r.status == .created)
    }

    @Test func aCertificationToldPassedAtTheCounterIsKept() throws {
        let r = desk.say("陶德民爹爹今天在驿站刷脸认证通过")
        #expect(r.module == "elder-certification")
        #expect(r.status == .created)
        #expect(r.text.contains("陶德民"))
    }

    @Test func aCertificationThatMayNotHaveTakenIsLookedUp() {
        let r = desk.say("泊林7栋1单元 林爹爹 问他今年认证状态 他说一月份在手机上刷过不晓得成功冇")
        #expect(r.module == "elder-certification")
        #expect(r.status == .created)
        #expect(r.text.contains("查认证情况"))
    }

    @Test func aNeighbourSecondingASuggestionIsOneMoreReporter() throws {
        let group = "汉口道6号邻里群"
        let suggestion = desk.relay("小区里的长椅太少了 老人走一截就要歇 建议在1栋到3栋中间那条路上放几张", group: group, sender: "汉口道1栋老何")
        let id = try #require(suggestion.caseID)
        let seconded = desk.relay("赞成 最好带个靠背的", group: group, sender: "汉口道6栋-吴女士")
        #expect(seconded.caseID == id)
        #expect(try desk.cases().count == 1)
    }

    @Test func anEmergencyIsNotSeconded() throws {
        let group = "顺驰泊林业主群"
        _ = desk.relay("乒乓球室那边出事了 有个爹爹打着球突然倒了 叫不醒", group: group, sender: "泊林 小邹")
        let r = desk.relay("支持 下次议事会讨论", group: group, sender: "泊林 老韩")
        #expect(r.status != .updated && r.status != .duplicate)
    }

    @Test(arguments: ["附议", "+1 带座位的那种", "支持 加一", "赞成！"])
    func secondingWords(_ line: String) {
        #expect(Desk.seconds(line))
    }

    @Test(arguments: ["支持社区的工作", "顶楼漏水", "同意 晚上回来吓人", "+10086"])
    func notSeconding(_ line: String) {
        #expect(!Desk.seconds(line))
    }

    @Test(arguments: ["东门那个烧烤摊今天城管来了 👍", "是的 这种都是卖保健品的 已经让保安劝离了", "楼上今天冇打墙了 物业讲了有用"])
    func aNuisanceDealtWithIsNews(_ line: String) {
        #expect(FixNews.says(line))
    }

    @Test(arguments: ["泊林3栋汤爹爹来退会 明年不打了", "城管来了又走了 还是在摆"])
    func notANuisanceDealtWith(_ line: String) {
        #expect(!FixNews.says(line))
    }

    @Test func aSuspiciousCallToldOfIsWarnedAgainst() {
        let r = desk.relay("我昨天就接到这个电话 说我认证过期了 要我报卡号", group: "汉口道6号邻里群", sender: "汉口道 老汪")
        #expect(r.status == .answered)
        #expect(r.text.contains("96110"))
    }

    @Test func anAntiFraudNoticeInTheGroupIsNotAnswered() {
        let notice = "【反诈提醒】近期有冒充医保局、社保局工作人员来电称医保卡异常，要求提供验证码或转账的，一律是诈骗！请立即挂断，拨打96110咨询。——李家墩社区"
        let r = desk.relay(notice, group: "汉口道6号邻里群", sender: "汉口道 小严")
        #expect(r.text.isEmpty)
    }

    @Test func aQuestionEndingWithAnOfficeIsNoNotice() {
        #expect(!desk.desk.router.isNotice("请问户口从村湾迁到奥园 是在社区办还是派出所"))
        let r = desk.relay("请问户口从村湾迁到奥园 是在社区办还是派出所", group: "李家墩村湾群", sender: "村湾 小胡")
        #expect(r.status == .answered)
        #expect(r.text.contains("派出所户籍窗口"))
    }

    @Test func aFamilyBringingAnElderForTheCardIsAnApplication() {
        let r = desk.say("郑爹爹家里人说想给爹爹办个优待证 他九十二了从来冇办过 户口在泊林 身份证420102193509140015")
        #expect(r.module == "elder-certification")
        #expect(r.status == .created)
    }

    @Test func anElderWithAWishTypedAtTheCounterIsACareRequest() {
        let r = desk.say("马爹爹说年三十一个人过 想初一有志愿者上门陪他坐一下")
        #expect(r.module == "care-visits")
        #expect(r.status == .created)
    }

    @Test func aChildSignedUpAtTheCounterIsTheClubsErrand() {
        let r = desk.say("钱多多报少儿春季乒乓球班 7岁 家长钱先生 13871032976 桃源1栋 交了学费")
        #expect(r.module == "pingpong")
        #expect(r.status == .created)
    }

    @Test func wherePointedAtWhileTheKindIsAskedGoesOnTheCase() throws {
        let group = "奥园业主群", sender = "奥园27栋-小房"
        let report = desk.relay("奥园广场那个漫步机的踏板掉了一边 伢踩上去差点摔", group: group, sender: sender)
        let id = try #require(report.caseID)
        let pointed = desk.relay("就是广场靠北门那台", group: group, sender: sender)
        #expect(pointed.caseID == id)
        #expect(pointed.text.contains("还差一项"))
        #expect(try desk.events(id).contains { $0.note?.contains("靠北门那台") == true })
        // The question still waits: the kind answered next completes the report.
        let kind = desk.relay("其他", group: group, sender: sender)
        #expect(kind.caseID == id)
    }

    @Test func aChildLostFromTheOutingIsMissing() {
        #expect(desk.desk.emergencies.emergency(in: "急!!! 我家小冉春游在植物园跟队伍走散了 已经找了半个小时")?.name == "有人走失")
    }

    @Test func someoneKnockedDownIsHurt() {
        #expect(desk.desk.emergencies.emergency(in: "谁家的伢在小区广场骑平衡车 把我婆婆撞倒了")?.name == "有人受伤或急病")
        #expect(desk.desk.emergencies.emergency(in: "口袋公园那个路灯杆子被车撞歪了 斜着的 怕倒") == nil)
    }

    @Test(arguments: ["王阿姨先把暖气片下面那个阀门关了 拧紧", "一定要装到阳台上 卫生间里不能装燃气热水器", "我马上上来 先开窗关燃气 别开电器开关"])
    func adviceToANeighbourIsTheirs(_ line: String) {
        #expect(NeighbourTalk.matches(line))
    }

    @Test(arguments: ["王阿姨家的水管爆了 物业快来", "婆婆家里的灯不亮了 能不能派人看看"])
    func aNeighboursNameBeforeAReportIsNoAdvice(_ line: String) {
        #expect(!NeighbourTalk.matches(line))
    }

    @Test func aPleaToOpenTheRoomLongerGoesToTheManagers() {
        let r = desk.relay("乒乓球室晚上九点以后能不能多开一个钟头 下班的年轻人来得晚", group: "水印桃源2群", sender: "桃源 小齐")
        #expect(r.module == "pingpong")
        #expect(r.status == .created)
        let hours = desk.relay("乒乓球室晚上几点关门", group: "水印桃源2群", sender: "桃源 小齐")
        #expect(hours.status == .answered)
    }

    @Test func aRegistrationStillElsewhereToldInPassingIsNoQuestionForThePolice() {
        #expect(desk.desk.offices.office(for: "我妈去年搬过来了 户口还在武昌 她的养老认证在哪里搞")?.id != "household-registration")
        #expect(desk.desk.offices.office(for: "户口还在武昌 要迁过来在哪里办")?.id == "household-registration")
    }
}
