@testable import DeskKit
import Foundation
import DeskTesting
import GRDB
import Testing
@testable import desk

/// The twentieth round's reading: a second alarm about the same danger joins the first; dangers in new words; a
/// light gone out is no fire put out; a plea to the community is a request however the model reads it; the
/// club's people answering in a group are staff; staff telling of a fee taken or asking a team by name are cases.
@Suite("Understanding: one emergency for one danger, pleas, the club's and the care team's errands")
struct TwentiethReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// A neighbour's alarm minutes after the first, in the same group about the same fire: the safety words again,
    /// one urgent case with two reporters — and the first raiser's news that it is out is answered on it.
    @Test func aSecondAlarmAboutTheSameDangerJoinsTheFirst() throws {
        let group = "汉口道6号邻里群"
        let first = desk.relay("汉口道5栋1单元12楼楼道冒黑烟 有人把电瓶拎上来充电 着火了 快打119", group: group, sender: "5栋1单元-老葛")
        let id = try #require(first.caseID)
        let second = desk.relay("我是11楼的 楼道全是烟 我抱着伢从楼梯往下跑了 12楼的人出来冇", group: group, sender: "5栋1单元-佘妈")
        #expect(second.text.hasPrefix("【火情·紧急】"))
        #expect(second.caseID == id)
        #expect(try desk.cases().count == 1)
        let reporters = try desk.read { try CaseReporter.filter(Column("caseID") == id).fetchAll($0) }
        #expect(reporters.map(\.sender) == ["5栋1单元-佘妈"])
        let over = desk.relay("火灭了 消防来了 人冇事", group: group, sender: "5栋1单元-老葛")
        #expect(over.status == .answered)
        #expect(over.text.contains(id))
    }

    /// Two people missing in one group are two searches, though the alarms share words (`哪个看到`).
    @Test func anotherPersonMissingIsAnotherAlarm() throws {
        let group = "李家墩村湾群"
        let first = try #require(desk.relay("三组的胡长生爹爹又走丢了 穿灰色棉袄 哪个看到了说一声", group: group, sender: "村湾-老胡").caseID)
        let second = try #require(desk.relay("各位 哪个看到我屋伢了 小宇 8岁 穿红色羽绒服 到现在冇回来 电话手表也打不通", group: group, sender: "村湾-小芬").caseID)
        #expect(first != second)
    }

    @Test(arguments: [
        ("紧急 村湾四组9号 蔡婆婆 80岁 独居 从窗户看到她倒在厨房地上 已打120 正在找人撬门", "medical"),
        ("是真的 在公园北边大杨树下面 梯子倒了 工人一动不动 只能哼", "medical"),
        ("我是11楼的 楼道全是烟 我抱着伢从楼梯往下跑了", "fire"),
        ("是18栋2单元1102 屋里冇人 火往上窜 1202的快关窗户", "fire"),
        ("7栋1单元电梯门夹到伢的手了 还夹着 拔不出来 伢在哭 快来人", "trapped"),
    ])
    func aDangerInNewWordsIsAnEmergency(_ line: String, kind: String) {
        #expect(desk.desk.emergencies.emergency(in: line)?.id == kind)
    }

    @Test(arguments: [
        "哪个把垃圾倒在地上 臭死了",
        "装修的把渣子倒在楼道地上 也冇人管",
        "口袋公园里过年那几天放了好多烟花 地上全是烟花筒子",
        "楼道全是烟味 哪个在抽烟",
        "乒乓球室饮水机的热水出不来了 只出冷水",
    ])
    func rubbishOrSmokeOfCigarettesIsNoEmergency(_ line: String) {
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
    }

    /// The counter's staff telling of a danger over since is a record, not a new emergency.
    @Test(arguments: [
        "昨晚汉口道5栋1单元1203电瓶充电起火 消防已处置 无人受伤 今天和物业挨户查了5栋",
        "乒乓球室 孟爹爹 67 联赛时晕倒 驿站3的AED用上了 送协和 是心梗 做了支架 人稳定了",
    ])
    func aDangerOverSinceIsARecordAtTheCounter(_ line: String) throws {
        let r = desk.say(line)
        #expect(!r.text.contains("紧急"))
        #expect(try desk.cases().isEmpty)
    }

    @Test func aDangerGoingOnTypedAtTheCounterIsAnEmergency() throws {
        let r = desk.say("紧急 村湾四组9号 蔡婆婆 80岁 独居 从窗户看到她倒在厨房地上 已打120 正在找人撬门")
        #expect(r.text.hasPrefix("【有人受伤或急病·紧急】"))
        #expect(try desk.case(#require(r.caseID)).urgent)
    }

    /// `灯全灭了` is a light out, and `早该清了` a reproach: both are reports, not news that all is well.
    @Test(arguments: [
        ("顺驰泊林业主群", "楼道灯全灭了 @泊林物业-管家小陈 快来啊"),
        ("奥园业主群", "你们早该清了 29栋3单元楼顶天沟全是落叶 上礼拜下雨水漫进我屋阳台 墙上起了一片霉"),
    ])
    func aLightOutOrAReproachIsAReport(_ group: String, _ line: String) throws {
        #expect(!desk.desk.emergencies.isOver(line))
        let r = desk.relay(line, group: group, sender: "业主")
        #expect(r.module == "repairs")
        #expect(r.caseID != nil)
    }

    /// A plea put to the community is a request even when the model reads the line as a notice: here the
    /// social-security service its words name.
    @Test func aPleaToTheCommunityIsARequest() {
        let r = desk.relay("那请社区帮我办一下停保 邹宇航 6栋1单元1603 电话17700000836", group: "汉口道6号邻里群", sender: "6栋-小邹")
        #expect(r.module == "social-security")
        #expect(r.status != .ignored)
    }

    @Test func anOfferToGoIsNoPlea() {
        #expect(!Desk.pleadsToTheCommunity("那我克驿站帮她交 我今天冇空 明天"))
        #expect(Desk.pleadsToTheCommunity("能不能社区跟城管说一下"))
    }

    /// The club's and the volunteer teams' people answer in the group: their words are theirs to follow up.
    @Test(arguments: ["泊林小何（球友会）", "兵哥哥服务队-老魏", "红十字队小黎", "银发志愿队-蔡老师"])
    func theClubsAndTeamsPeopleAreStaff(_ sender: String) throws {
        let r = desk.relay("新空调周五装，社区从共建单位那里申请到了一半的钱[强]", group: "顺驰泊林业主群", sender: sender)
        #expect(r.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    /// Staff telling of a fee taken: a case for the club's managers to enter it, whatever the resident asked beside.
    @Test func aFeeTakenAtTheCounterGoesToTheManagers() throws {
        // (Heard as a question about the room, as the model may hear it beside the resident's question.)
        let r = desk.say("球室咨询 泊林9栋 钟师傅 续乒乓球室年费 现金 收据给了 他问少儿班什么时候开")
        #expect(r.module == "pingpong")
        let record = try desk.case(#require(r.caseID))
        #expect(record.category == "会费收取")
        // A resident's question passed on is still answered.
        let asked = desk.say("球室咨询 居民问：乒乓球会费交了能开发票吗")
        #expect(asked.caseID == nil)
    }

    /// A team asked by name or a visit moved, at the counter: care arranged, not the care question's answer.
    @Test(arguments: [
        "村湾三组 甘婆婆 83 独居 天冷了屋里只有一个炭盆 请银发队去看看",
        "泊林钱桂英 每天上午去看的事 改成下午四点 上午她要睡觉",
    ])
    func aTeamAskedByNameIsCareArranged(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.module == "care-visits")
        #expect(r.caseID != nil)
    }

    @Test func aHaircutAtHomeIsCareNotACertification() {
        let r = desk.relay("社区有冇得上门理发的 我屋老头子出不了门", group: "水印桃源1群", sender: "5栋-余婆婆")
        #expect(r.module == "care-visits")
    }

    /// Said to one neighbour by name: no other office's answer for the group, nothing called off.
    @Test func aLineToANeighbourIsLeftToThem() throws {
        let r = desk.relay("@新来的-小贺 武汉冇得集中供暖的 靠空调 要不自己装地暖[捂脸]", group: "奥园业主群", sender: "12栋-老周")
        #expect(r.status == .ignored)
        #expect(r.text.isEmpty)
    }

    @Test func workTheResidentThankedForIsARecord() throws {
        let r = desk.say("汉口道 4栋2单元 楼梯灯换了 扶手也紧了 管婆婆儿子说谢谢")
        #expect(r.status == .ignored)
        #expect(r.text.contains("已经办完"))
        #expect(try desk.cases().isEmpty)
    }

    /// A reply quoted on one line: the quoted neighbour's building is not where the sender's matter is.
    @Test func aQuotedNameIsNotThePlace() throws {
        #expect(QuotedReply.withoutTheName("回复 9栋-汤哥：我们10栋2单元楼道的窗户也是") == "我们10栋2单元楼道的窗户也是")
        #expect(QuotedReply.withoutTheName("回复：好的") == "回复：好的")
        #expect(QuotedReply.withoutTheName("回复晚了 不好意思") == "回复晚了 不好意思")
        let r = desk.relay("回复 9栋-汤哥：我们10栋2单元楼道的窗户也是 玻璃裂了一条缝 风一吹就响", group: "奥园业主群", sender: "10栋-彭叔")
        let record = try desk.case(#require(r.caseID))
        #expect(record.title.contains("10栋2单元"))
    }

    /// `还有…` minutes after a report in the group: one more thing of the same place, though it names none.
    @Test func oneMoreThingGoesToTheSameService() throws {
        let group = "顺驰泊林业主群"
        let first = desk.relay("球室北边那扇窗关不严 一条缝 打球时冷风直往脖子里钻", group: group, sender: "小谭")
        #expect(first.module == "pingpong")
        let more = desk.relay("还有最里面那张台子上头的灯管一闪一闪的 晃眼睛", group: group, sender: "老杜")
        #expect(more.module == "pingpong")
        #expect(more.caseID != nil)
        // Someone still inside is no more of the same: no new ping-pong case.
        #expect(desk.relay("还有人在里面 是个伢 在哭", group: group, sender: "小谭").status != .created)
    }

    @Test func staffAskingToArrangeGetNoOtherOfficesAnswer() {
        let r = desk.say("今天陪桃源3栋林婆婆去社区卫生服务中心打流感疫苗 她说以后想每个礼拜去量一次血压 请银发队排一下 周四上午")
        #expect(r.module == "care-visits")
    }

    /// Questions passed on in more words: after `还有个问题`, by a named elder's relative, by someone called by a title.
    @Test(arguments: ["还有个问题 她弟弟问认证要是过了月底没做 会不会停发", "裴婆婆儿子问高龄津贴从哪个月开始算",
                      "罗爹爹老伴也在问高龄津贴", "司马先生又问 他今年的认证在手机上做了 算不算数"])
    func aQuestionPassedOnInMoreWords(_ line: String) {
        #expect(RelayedSpeech.asks(line))
    }

    @Test(arguments: ["有个爹爹问乒乓球室几点开门", "另外一个爹爹问 他在外地的哥哥今年认证冇做"])
    func anotherResidentsQuestionIsNotPassedOn(_ line: String) {
        #expect(!RelayedSpeech.asks(line))
    }

    /// A named elder's relative asks about that elder: not about the case of someone else served just before.
    @Test func aNamedEldersRelativeAsksAboutThatElder() throws {
        let opened = try #require(desk.say("老年认证 上门认证 汉口道1栋2单元1703 付建国 卧床 电话13588812345").caseID)
        let same = desk.say("付爹爹女儿问高龄津贴是不是要另外申请")
        #expect(same.caseID == opened)
        let other = desk.say("裴婆婆儿子问高龄津贴从哪个月开始算")
        #expect(other.caseID != opened)
    }

    /// A sign-up for the club's match is the club's, not a volunteer activity's.
    @Test func aMatchSignUpIsTheClubs() {
        let r = desk.say("国庆友谊赛报名 泊林11栋祁阿姨 老年组 会员")
        #expect(r.module == "pingpong")
    }

    /// Staff's news that the person in danger is out of it, typed while the desk asks about another matter: noted on
    /// the counter's emergency, and the question keeps waiting.
    @Test func newsOfAnEmergencyOverWhileAQuestionWaitsGoesOnTheEmergency() throws {
        let alarm = desk.say("汉口道 4栋2单元 楼梯间 一个婆婆从三楼往下走摔了 坐在二楼拐角起不来 说腿疼 动不得 已打120 我在旁边守着")
        let urgent = try #require(alarm.caseID)
        desk.say("不用")   // no callback number
        let asked = desk.say("汉口道 5栋 楼道 有东西坏了")
        #expect(asked.status == .ask)
        let news = desk.say("管婆婆120接走了 疑似股骨骨折 邻居跟着去了")
        #expect(news.caseID == urgent)
        #expect(news.text.contains("还差一项"))
    }

    /// A neighbour venting in the group — no place, no fault, nothing asked — is not a complaint for the community;
    /// with a place, a fault or an ask it is.
    @Test func ventingIsNoComplaint() throws {
        let group = "顺驰泊林业主群"
        #expect(desk.relay("又是鞭炮 这回是结婚 全吵醒了[捂脸]", group: group, sender: "泊林-小丁").status == .ignored)
        #expect(desk.relay("唉 这些养狗的真是冇得素质", group: group, sender: "泊林-老万").status == .ignored)
        for line in ["5栋门口又有人放鞭炮 吵死了 社区管一下", "排水沟被垃圾堵了 上次就说过", "狗又出来了 还在追小孩"] {
            #expect(!desk.desk.ventsOnly(line, .service(try #require(desk.desk.appealRef(.complaint)))))
        }
        #expect(try desk.cases().isEmpty)
    }
}
