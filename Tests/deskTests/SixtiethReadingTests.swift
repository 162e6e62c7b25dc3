@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The sixtieth round's reading, from the fifty-ninth corpus's misses (heat, looking for work, homes made fit for the
/// old; its emergencies, the counter's records of errands and care, its notices).
@Suite("Understanding: the sixtieth round")
struct SixtiethReadingTests {
    /// Someone held by the current, told the Wuhan way, or hanging from a height by the hands: the safety words and
    /// 120 first. A window's frame blown loose and hanging is the estate's repair, not a person in danger.
    @Test(arguments: ["村西头泵房那边 老宋在修泵 被电住了 人抖着放不开手",
                      "他站在水里 手抓着电线那块 喊不出声 我不敢碰他",
                      "12栋有个装空调的师傅在14楼窗户外面 脚踩空了 双手扒在空调架上 吊在外面"])
    func aShockOrAHangingIsAnEmergency(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: "李家墩村湾群", sender: "金秀")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
        #expect(reply.text.hasPrefix("【"), "the safety words come first: \(reply.text)")
        #expect(reply.text.contains("120"))
    }

    /// Dangers the older corpora told that the guide missed: someone pinned under a car or a shelf, a greenhouse fallen
    /// in on someone, poison drunk by mistake, lips and nails gone purple, a stroke's body falling to one side, a child
    /// out on an air conditioner's bracket, smoke that grows, a stairwell no one can see in for the burning smell.
    @Test(arguments: ["30号晓军在屋门口修车 千斤顶滑了 车子压在他身上 只看到两条腿在外头",
                      "驿站货架倒了 压到一个取快递的婆婆 3 栋楼下那个驿站",
                      "下雪了 村东头李家的塑料大棚被压塌了 他爹在里面收菜",
                      "我姐夫在屋里 把打药的瓶子当饮料喝了一口 在吐",
                      "我屋里中午吃了新腌的菜 爸爸妈妈嘴唇都紫了 手指甲也是紫的 说头晕",
                      "右手拿不住扇子 往一边倒 我扶着他 快叫人",
                      "11栋3单元6楼 有个伢站到窗户外头空调架子上了 两三岁 窗户冇得护栏",
                      "13楼 烟越来越大 有一股焦味 还在啪啪响",
                      "闻到是烧糊的味道 楼道都看不见了",
                      "四组邱家的老头子又倒在田里了 就是上回中暑的那个 在摘花生 叫不答应",
                      "我刚才在车库门口 看到一个旧冰箱 门是关的 里面有响声",
                      "奥园地库坡道 一辆婴儿车滑下去了 撞到车上 宝宝甩出来了",
                      "口袋公园充气城堡被风掀翻了 里面还有四五个伢 压在底下",
                      "有个人吊在汉口道 4 栋外面 15 楼 装空调的 绳子好像卡住了",
                      "我儿子去泊林 11 栋 1 单元 502 面试 发消息说被关在屋里 手机被收了 他是偷偷发的",
                      "泊林地库 进水了 水已经到车门一半 有个爹爹还坐在车里 车门打不开",
                      "东边工地的塔吊上爬上去一个人 喊不给钱就跳下来 站在吊臂上 风好大",
                      "刚才有人打电话 说我社保卡涉嫌洗钱 要我把钱转到安全账户 我在银行门口 他不让我挂"])
    func olderDangersAreEmergencies(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: "汉口道6号邻里群", sender: "阿凯")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
        #expect(reply.text.hasPrefix("【"), "the safety words come first: \(reply.text)")
        #expect(try desk.cases().contains { $0.urgent })
    }

    /// The same words where no one is in danger: a car stuck, a roof's snow, a seedling's purple leaves, a fridge that
    /// hums, an apple bitten, bitter medicine, a shed fallen on a car, the bars in the park, the cold, a ball thrown up.
    @Test(arguments: ["车子陷在泥里拖不出来 哪个有绳子", "车棚顶上的雪压塌了一块 明天找人修", "茄子苗的叶子都紫了 是不是冻了",
                      "我屋冰箱里面有响声 嗡嗡的 是不是坏了", "伢咬了一口苹果 说酸", "中药喝了一口就吐了 太苦了",
                      "雪把车棚压塌了 车在里面", "公园里有个人吊在单杠上 练了半天", "今天好冷 冻得嘴唇都紫了",
                      "伢把球扔到空调架子上了"])
    func theSameWordsWithNoOneInDangerRaiseNothing(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: "李家墩村湾群", sender: "秋菊")
        #expect(!reply.text.hasPrefix("【"), "\(line) → \(reply.text)")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    @Test func aWindowHangingLooseIsARepair() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay("3栋2单元16楼楼道窗户 整扇玻璃框子被风吹得脱了一半 吊在外面晃 物业快来", group: "汉口道6号邻里群",
                               sender: "阿伍")
        #expect(reply.module == "repairs", "\(reply.text)")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    /// A cry for help said in jest, and said so, and a lift remembered from years ago: no emergency raised.
    @Test(arguments: ["快来人 我屋西瓜炸了 太阳晒的 开玩笑的 是我切开了",
                      "还记得前年那回热到停电 我在电梯里关了半个钟头 现在想起来还出汗"])
    func aJokeOrAMemoryRaisesNoEmergency(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: "顺驰泊林业主群", sender: "伦伦")
        #expect(!reply.text.hasPrefix("【"), "\(line) → \(reply.text)")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    /// Staff recording an errand run for a resident — a retirement filed online for her, a file followed to its
    /// approval, insurance paid through an app for him — keep it on a case; a retirement month in the line is when she
    /// retires, not a birth month refused as one still to come.
    @Test(arguments: ["5月23日周三上午 桃 杭姐 弹性提前退休 本人申请 帮她在网上提交 2035-06 约社保中心审核",
                      "5月17日周四上午 汉 符叔补缴2年 退休申请已交 跟进审批",
                      "6月8日周五下午 汉 寿姐的儿子 灵活就业 医保登记了 在税务app交 帮他操作"])
    func anErrandRunForAResidentIsACase(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say(line)
        #expect(reply.module == "social-security", "\(line) → \(reply.text)")
        #expect(reply.status == .created, "\(line) → \(reply.text)")
        #expect(!reply.text.contains("请核对"))
    }

    /// Staff telling an answer they gave and only offering help (`驿站可以帮着在手机上操作`) open nothing.
    @Test func anOfferOfHelpInAnAnswerOpensNothing() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("1月11日周三 上午 已答复龚姐：灵活就业人员按年或按月在湖北智慧人社或税务缴费 2034年的缴费基数以公布为准 驿站可以帮着在手机上操作")
        #expect(reply.caseID == nil, "\(reply.text)")
    }

    /// Care recorded at the counter for an elder not on the care register (the line opens with the day and the
    /// estate, not a name) is kept on a care case; a visit recorded by the command for a name not on the register is
    /// still refused with the way to add it.
    @Test func careForAnElderOffTheRegisterIsKeptOnACase() throws {
        let desk = try TestDesk(modules: deskModules)
        let fitted = desk.say("6月19日周二上午 桃 5-1-402 鄂婆婆 扶手和洗澡椅装好 家属验收")
        #expect(fitted.module == "care-visits", "\(fitted.text)")
        #expect(fitted.caseID != nil, "\(fitted.text)")
        #expect(try desk.cases().contains { $0.module == "care-visits" && $0.category == "关爱申请" })
        let unknown = desk.say("探访登记 武小兰 精神不错")
        #expect(unknown.status == .error, "\(unknown.text)")
        #expect(unknown.text.contains("关爱登记"))
    }

    /// A notice typed under its heading after the day, or a duty roster that says when the station is open all day,
    /// opens nothing, whatever service its words name (`有空调`).
    @Test(arguments: ["5月28日周一上午 通知 今天起高温 社区纳凉点开放 驿站1 驿站2 驿站3 每天上午10点到晚上9点半 有空调 有凉茶 免费",
                      "6月30日周六上午 驿站1 7月值班 纳凉点继续 周日全天开 高温时段网格员每天电话独居老人"])
    func aNoticeUnderItsHeadingOpensNothing(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say(line)
        #expect(reply.status == .ignored, "\(line) → \(reply.text)")
        #expect(try desk.cases().isEmpty)
    }

    /// Staff telling who they told (`已通知物业`) record work, not a notice.
    @Test func whoWasToldIsNoHeading() {
        #expect(NoticeHeading.says("3月31日周四 通知：清明4月2日到4日放假"))
        #expect(NoticeHeading.says("驿站2 通知 端午闭馆"))
        #expect(!NoticeHeading.says("6月6日周三下午 汉 高考期间 大门外施工停工 通知了物业和跳舞队"))
        #expect(!NoticeHeading.says("5月8日 已通知物业 明天来修"))
    }

    /// News of one fix followed by another fault (`…换好了 我屋楼上的外机滴水 …`) is the new complaint, not the fix.
    @Test func aFixThenAnotherFaultIsTheFault() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay("19栋那个换好了 我屋楼上的外机滴水 天天滴到我阳台上 晒的衣服都是黑点", group: "奥园业主群", sender: "伍姐")
        #expect(reply.caseID != nil, "\(reply.text)")
        #expect(reply.status == .created)
    }

    /// Who shares in the year's pension rise, and whether those of companies and of offices rise alike: answered from
    /// the knowledge base, not left to a case.
    @Test(arguments: ["我是企业退休的 跟机关的涨得一样吗", "今年刚退休的 养老金调整有冇得我的份", "我五月退的 今年的调整有我的份冇"])
    func theRiseIsAnswered(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: "顺驰泊林业主群", sender: "邵婆婆")
        #expect(reply.status == .answered, "\(line) → \(reply.text)")
        #expect(reply.text.contains("同步调整"))
        #expect(try desk.cases().isEmpty)
    }

    /// `有…冇` asks, as `有冇` does (`今年的调整有我的份冇`); `还冇`, `也冇` after 有 tell (`有人报了 还冇来`).
    @Test func haveOrNotAsks() {
        #expect(QuestionForm.asks("今年的调整有我的份冇"))
        #expect(QuestionForm.asks("驿站有轮椅冇 我妈要用"))
        #expect(!QuestionForm.asks("我有报过 师傅还冇"))
        #expect(!QuestionForm.asks("有人去了 我也冇"))
    }

    /// Insurance from another place used in Wuhan, or Wuhan's used away for the winter: the answer on filing for care
    /// away from home, both ways, not a case.
    @Test(arguments: ["婆婆的医保卡在老家宜昌 在武汉看病能不能直接刷", "请问我妈去海南过冬 医保要么样弄 去年她在三亚看病全是自己出的钱"])
    func insuranceAwayFromHomeIsAnswered(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: "奥园业主群", sender: "小冉")
        #expect(reply.status == .answered, "\(line) → \(reply.text)")
        #expect(reply.text.contains("异地就医备案"))
        #expect(try desk.cases().isEmpty)
    }
}
