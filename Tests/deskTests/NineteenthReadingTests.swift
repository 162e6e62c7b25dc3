@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The nineteenth round's reading: dangers told in new words — someone fallen into a lifted manhole, a child shut in
/// a car, an elder found on the floor, a boy not back while the others are — are emergencies first; staff recording
/// one thing done and reporting another after `另` get the other taken.
@Suite("Understanding: emergencies in new words, records beside requests")
struct NineteenthReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: [
        ("快来人 泵站那边窨井盖被水顶起来了 一个骑电动车的男的掉进去了 只看得到头", "water"),
        ("谁家的车停在5栋门口 里面有个伢在哭 车窗关着 太阳晒过来了", "car"),
        ("她倒在客厅地上 人叫得应但说不清楚话 浑身滚烫", "medical"),
        ("一个婆婆从三楼往下走摔了 坐在二楼拐角起不来 动不得", "medical"),
        ("伢不见了 下午跟几个伢去堰塘玩水 其他伢都回来了 他冇回", "missing"),
        ("救命 我爸在2栋电梯里 卡在十几楼之间 里面又黑又闷", "trapped"),
        ("烟都冲到二楼了 快关窗户", "fire"),
    ])
    func aDangerInNewWordsIsAnEmergency(_ line: String, kind: String) {
        #expect(desk.desk.emergencies.emergency(in: line)?.id == kind)
    }

    @Test(arguments: [
        "我们12栋前面那个窨井盖翘起来了 晚上有人踩上去差点掉下去 好危险",
        "30栋门口的井盖松了 车一压就咣当响 还怕伢掉下去",
        "我屋里老伴腿摔了 在床上起不来 认证那个能不能上门做",
        "伢们都回来了 谢谢大家",
    ])
    func aRiskOrAPastFallIsNoEmergency(_ line: String) {
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
    }

    @Test func othersBackIsNotNewsThatItIsOver() {
        #expect(!desk.desk.emergencies.isOver("其他伢都回来了 他冇回"))
        #expect(desk.desk.emergencies.isOver("伢回来了 在同学屋里"))
    }

    @Test func aChildInACarGetsTheSafetyWordsFirst() throws {
        let r = desk.relay("谁家白色的车停在5栋门口树荫下 里面有个伢在哭 车窗关着 车子冇发动", group: "奥园业主群", sender: "5栋阿龙")
        #expect(r.text.hasPrefix("【孩子关在车里·紧急】"))
        #expect(r.text.contains("110"))
        let id = try #require(r.caseID)
        #expect(try desk.case(id).urgent)
    }

    /// The alarm raiser's next words go on the emergency's case: a call for help that names a roof (not a roof
    /// repair), a place for which two services tie.
    @Test(arguments: [
        ("奥园业主群", "4栋小施", "楼顶有个工人倒了 躺在沥青上面不动 喊他冇反应", "4栋楼顶 从2单元上去 快叫人 我去拿水"),
        ("汉口道6号邻里群", "小韦", "救命 停电了 我爸在2栋电梯里 卡在十几楼之间 里面又黑又闷", "2栋1单元左边那台 他刚打我电话说按警铃冇人应"),
    ])
    func theRaisersNextWordsGoOnTheEmergency(_ group: String, _ sender: String, _ alarm: String, _ next: String) throws {
        let urgent = try #require(desk.relay(alarm, group: group, sender: sender).caseID)
        let more = desk.relay(next, group: group, sender: sender)
        #expect(more.caseID == urgent)
        #expect(try desk.cases().count == 1)
    }

    @Test func aRequestAfterARecordIsTaken() throws {
        let r = desk.say("奥园 巡查 广场那个漫步机修好了 另 广场东边的篮球架 篮板松了 风一吹哐哐响 伢们在下面打球")
        #expect(r.module == "repairs")
        #expect(r.text.contains("已经办完的情况"))
        // Only the second matter is a request; the compound the record opened with is its place.
        #expect(r.status != .ignored)
        #expect(try desk.cases().allSatisfy { $0.title.contains("奥林匹克花园") })
    }

    @Test(arguments: ["村湾 西头何师傅家后墙裂缝 社区请了房屋安全鉴定的来看了 说暂时冇得危险 要加固 他侄儿出钱 已经开工",
                      "桃源11栋空调外机短路那家 业主回来了 请了空调师傅 我已经在群里提醒了"])
    func someoneAskedAlreadyOrADangerDeniedIsARecord(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    @Test func anErrandNamedWithItsVerbIsSocialSecuritys() {
        let r = desk.relay("想请社区帮我办转移 我在上海的单位已经给我减员了 阿伟 3栋1单元", group: "汉口道6号邻里群", sender: "阿伟")
        #expect(r.module == "social-security")
        #expect(r.status != .ignored)
    }

    @Test func aDoorAddedForAnEarlierElderGoesOnTheirCase() throws {
        let care = desk.say("奥园 7栋 独居 邵爹爹 85岁 电扇摇头那个坏了只转一个方向 空调他舍不得开 请兵哥哥来修一下电扇或者送一台 他耳朵背")
        let id = try #require(care.caseID)
        let more = desk.say("邵爹爹 7栋3单元201 补一下")
        #expect(more.caseID == id)
        #expect(try desk.cases().count == 1)
    }

    @Test(arguments: ["我女儿在上海 她说帮我在手机上认证 我冇搞清楚 今年那个刷脸到底要做几次啊",
                      "苏州这边社区说可以在这里帮我妈做异地认证 就是要社区开个东西吗 还是直接做就行"])
    func someoneElsesOfferOfHelpIsAQuestionNotARequest(_ line: String) throws {
        let r = desk.relay(line, group: "顺驰泊林业主群", sender: "泊林4栋")
        #expect(r.module == "elder-certification")
        #expect(r.status == .answered)
        #expect(try desk.cases().isEmpty)
    }

    @Test func helpAskedAtTheCounterAfterTheMachineSaidNoIsACase() {
        let r = desk.say("桃源12栋 马玉珍婆婆 81岁 今年的认证 手机刷了三次都说光线不够 在柜台帮她做")
        #expect(r.module == "elder-certification")
        #expect(r.status == .created)
    }

    @Test(arguments: ["泊林5栋充电棚着火 查了 起因是一块改装的锂电池 已和物业商量中午12点到下午3点断电 物业这周装两个喷淋头",
                      "奥园4栋楼顶工人中暑 已找施工队负责人 他们承认中午赶工 已要求严格按早晚时间施工",
                      "口袋公园池塘落水 已联系物业今天加固假山边栏杆 全部栏杆排查 救生圈明天挂上"])
    func aDangerStaffTellOfAfterTheFactIsARecord(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.status == .ignored)
        #expect(!r.text.contains("紧急"))
        #expect(try desk.cases().isEmpty)
    }

    @Test func aDangerStillGoingOnAtTheCounterIsAnEmergency() {
        let r = desk.say("泊林5栋充电棚着火了 起因是电瓶车 现在还在烧 快叫消防")
        #expect(r.text.hasPrefix("【火情·紧急】"))
    }

    @Test(arguments: ["泊林2栋 蔡女士 给儿子报少儿暑期班 伢9岁 叫蔡子轩 家长电话15012348326 已收费 开了收据",
                      "乒乓球室周日下午两张台 老钱预约了 钱国平 13012342296"])
    func aSignUpOrBookingForTheClubIsTheClubsEvenWhenPaid(_ line: String) {
        let r = desk.say(line)
        #expect(r.module == "pingpong")
        #expect(r.status == .created)
    }

    @Test(arguments: [("他刚毕业冇找到工作 失业登记在哪里办 要带么事", "公共就业服务"),
                      ("公司说试用期不交社保 问这个合不合法", "三十日内"),
                      ("他问退休以后医保还要不要交", "累计缴费"),
                      ("她妈在大连住院了 之前冇备案 武汉医保能不能报", "备案")])
    func commonSocialSecurityQuestionsAreAnswered(_ line: String, _ part: String) throws {
        let r = desk.say(line)
        #expect(r.module == "social-security")
        #expect(r.status == .answered)
        #expect(r.text.contains(part))
        #expect(try desk.cases().isEmpty)
    }

    @Test func aCertificationToldDoneForAnElderNamedAsStaffCallThemIsKept() throws {
        let r = desk.say("纪婆婆驿站刷过了 社会化服务认证 4月15号")
        #expect(r.module == "elder-certification")
        #expect(r.status == .created)
        #expect(r.text.contains("名册中没有纪婆婆"))
        #expect(r.text.contains("老人登记 姓名"))
        let id = try #require(r.caseID)
        #expect(try desk.case(id).title.contains("纪婆婆"))
    }

    @Test(arguments: ["今天公园里人好多 喷泉开了冇", "喷泉今天下午么样冇开 伢们在等"])
    func theFountainsHoursAreTheParksQuestion(_ line: String) {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源阿芳")
        #expect(r.module == "park-upkeep")
        #expect(r.status == .answered)
        #expect(r.text.contains("喷泉"))
    }

    @Test(arguments: ["出租屋里有人烧炭 门缝用胶带封了", "议事厅里有个阿姨突然抽起来了 牙咬得紧紧的", "我爸说胸口好痛 像石头压着 满头大汗",
                      "村湾那边围墙塌了 有个伢被压在下面", "爹爹钓鱼掉到江里了 被冲走了一截", "我不想活了 我已经站在阳台上了",
                      "烧纸烧到绿化带了 火往车库那边跑 有个爹爹在里面扑火 衣服都着了"])
    func moreWaysOfTellingADangerAreEmergencies(_ line: String) {
        #expect(desk.desk.emergencies.emergency(in: line) != nil)
    }

    @Test(arguments: ["楼道堆满了杂物 着火了么办 物业管不管", "那个拿刀的已经被警察带走了 大家放心", "我想学怎么处理烫伤 有冇得讲座",
                      "邻居说闻到煤气味 燃气公司来查了 是下水道的味道 不是煤气", "我是说房价跌得我想跳楼 开玩笑的 莫当真",
                      "电梯的门禁刷卡冇反应 要按好几下"])
    func aDangerFearedDeniedOrPastIsNone(_ line: String) {
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
    }

    /// `Tests/Corpus/dangers.tsv`: a helper's danger and safe messages. Its even data lines were never read; their
    /// figures (docs/understanding.md) must not fall: dangers recognised, and safe lines taken for dangers.
    @Test func theDangersNotReadStayAboveTheirFloor() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/dangers.tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", maxSplits: 1).map(String.init) }
        #expect(rows.count >= 340)
        let unread = rows.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let dangers = unread.filter { $0[0] == "danger" }, safe = unread.filter { $0[0] == "safe" }
        let recognised = dangers.filter { desk.desk.emergencies.emergency(in: $0[1]) != nil }.count
        let falseAlarms = safe.filter { desk.desk.emergencies.emergency(in: $0[1]) != nil }.count
        print("dangers.tsv, lines not read: \(recognised) of \(dangers.count) dangers recognised, \(falseAlarms) of \(safe.count) safe lines taken for dangers")
        #expect(Double(recognised) / Double(dangers.count) >= 0.62)
        #expect(falseAlarms <= 9)
    }
}
