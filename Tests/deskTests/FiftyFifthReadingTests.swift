@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fifty-fifth round's reading, from the fifty-fourth corpus's misses (proofs and papers, veterans, the election and
/// surveys, and its emergencies) and a probe set's lines for the fifty-fifth's angles.
@Suite("Understanding: the fifty-fifth round")
struct FiftyFifthReadingTests {
    private static let group = "水印桃源1群"

    /// Dangers told in words the guide did not know: someone gone under and not come up, blood spurting, an engine run
    /// in a shut garage with the one inside not answering, strangers going through an elder's home, fumes that felled
    /// someone.
    @Test(arguments: ["湖里有个人游着游着就冇冒上来了", "切菜切到手腕 血在喷 按都按不住",
                      "地下车库那个车一直开着 卷帘门关着 喊里面的人冇反应", "有两个男的闯进我妈家里 说是查燃气的 在翻柜子",
                      "洗厕所把两种清洁剂混在一起了 人晕乎乎的 站不起来"])
    func dangersToldInOtherWordsAreDangers(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: line) != nil)
        let reply = desk.relay(line, group: Self.group, sender: "阿梅")
        #expect(reply.text.hasPrefix("【"))
        #expect(try desk.cases().contains { $0.urgent })
    }

    /// Near words that are no danger: a car left running with no one said to be inside, a cupboard searched at home.
    @Test(arguments: ["楼下那个车一直开着 吵死了", "我在家里翻柜子找户口本 翻了一上午"])
    func theirNeighboursAreNoDanger(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
    }

    /// An alarm taken back after a pause in the same message asks nothing: no safety words, no case, no reply.
    @Test(arguments: ["公园池子里有个人趴着不动！……哦 是在摸螺蛳 起来了", "楼道里好大的烟！…原来是隔壁在熏腊肉 吓了我一跳",
                      "电梯里关了人！。。。搞错了 是维保的师傅在修 门开着的"])
    func anAlarmTakenBackIsLeftAlone(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: Self.group, sender: "阿梅")
        #expect(reply.status == .ignored)
        #expect(reply.text.isEmpty)
        #expect(try desk.cases().isEmpty)
    }

    /// Not when what follows the pause still cries for help or has someone inside, nor at the counter's words of a
    /// fault found: the pause then corrects who is in danger, or tells the fault.
    @Test func aPauseThatKeepsTheAlarmIsAnAlarm() throws {
        let desk = try TestDesk(modules: deskModules)
        let kept = desk.relay("电梯里关了人！……不是我 是我妈在里面 快来", group: Self.group, sender: "阿梅")
        #expect(kept.text.hasPrefix("【"))
        #expect(AlarmTakenBack.afterThePause("楼道灯不亮……原来是灯泡松了") != nil)
        #expect(!desk.desk.takesBackItsAlarm("楼道灯不亮……原来是灯泡松了", message: Message("", channel: .group, operatorName: "relay")))
        #expect(AlarmTakenBack.firstPause(in: "水费3.5元一吨。") == nil)
    }

    /// A neighbour at the scene who tells that help is at work (`120 在抬`, `血止住了`, `扶出来了`) is answered on the
    /// emergency, whichever service took it.
    @Test func helpAtWorkToldFromTheSceneIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        _ = desk.relay("桃源5栋楼梯口一个婆婆摔倒了 头上流血 起不来", group: Self.group, sender: "阿梅")
        let record = try #require(try desk.cases().first { $0.urgent })
        let news = desk.relay("120 在抬了 婆婆还能说话", group: Self.group, sender: "小吕")
        #expect(news.status == .answered)
        #expect(news.text.contains(record.id))
        #expect(try desk.cases().count == 1)
    }

    /// A fire on a drill day is a fire: a drill denied (`不是演练`) ends no danger, in a group or at the counter.
    @Test func aFireThatIsNoDrillIsAFire() throws {
        let desk = try TestDesk(modules: deskModules)
        let group = desk.relay("3栋二楼是真的起火了 不是演练 烟从窗户冒出来", group: Self.group, sender: "阿梅")
        #expect(group.text.hasPrefix("【火情"))
        #expect(desk.desk.emergencies.emergency(in: "下午两点 桃源3栋 不是演练 厨房起火 已打119") != nil)
        #expect(desk.desk.emergencies.emergency(in: "刚才冒烟是消防演练 大家莫慌") == nil)
    }

    /// Someone who says where they will jump from, or bids everyone goodbye, is in danger; said laughing, they are not.
    @Test func wordsOfEndingOnesLifeAreADangerUnlessLaughed() throws {
        let desk = try TestDesk(modules: deskModules)
        let guide = desk.desk.emergencies
        #expect(guide.emergency(in: "我撑不下去了 等下就从楼顶跳 大家莫找我")?.id == "violence")
        #expect(guide.emergency(in: "加了一个礼拜的班 真的不想活了 哈哈") == nil)
    }

    /// Questions for another office in the angles' words get where to go: the law and money between people, someone to
    /// talk to, a drill or the siren, rat poison and spraying.
    @Test(arguments: [("表哥借我的三万块 三年了都冇还 还要得回来不", "12348"), ("心理咨询要不要预约 我不想当面说", "12356"),
                      ("下礼拜的消防演练要不要都下楼 我屋里有个卧床的", "演练"), ("刚才那个警报响了好长 是不是打仗了", "试鸣"),
                      ("礼拜三小区要投药灭老鼠 我家猫会不会吃到 要关几天", "药饵"),
                      ("这回换届选出来的人是管么事的", "选举委员会"), ("伢上学要开无房证明 去哪里开", "不动产登记")])
    func anotherOfficesQuestionGetsWhereToGo(_ line: String, _ word: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: Self.group, sender: "阿梅")
        #expect(reply.status == .answered)
        #expect(reply.text.contains(word))
        #expect(try desk.cases().isEmpty)
    }

    /// The community asked to step in is a case, not where to go; counselling arranged at the counter is no question.
    @Test func theCommunityAskedToStepInIsACase() throws {
        let desk = try TestDesk(modules: deskModules)
        let plea = desk.relay("房东扣了我两千押金 说墙脏了 社区能不能帮我找他评理", group: Self.group, sender: "小蒋")
        #expect(plea.caseID != nil)
        #expect(!plea.text.contains("12348"))
        #expect(desk.desk.offices.office(for: "跟社区心理咨询约了礼拜四下午") == nil)
    }

    /// Staff telling that the care team or they themselves took an elder somewhere (`陪她去`, `银发队陪`, `推轮椅`) keep a
    /// care record, not a question for another office.
    @Test func anElderTakenSomewhereIsACareRecord() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("上午银发队陪尚婆婆去社区医院复查 血压正常 送回家了")
        #expect(reply.module == "care-visits")
        #expect(reply.caseID != nil)
    }

    /// Someone alone asking for company for themselves is asking for a visit, not for the general answer.
    @Test func companyAskedForOneselfIsARequest() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay("有冇得志愿者来陪我聊聊天 老伴走了 屋里就我一个人", group: Self.group, sender: "龚婆婆")
        #expect(reply.module == "care-visits")
        #expect(reply.caseID != nil)
    }

    /// After an exclamation mark with no ellipsis, a mistake owned takes the alarm back too; the place's own emptiness
    /// (`里面空的`) keeps no one in danger, but a fright alone (`吓我一跳 快跑`) does not take it back.
    @Test func anAlarmTakenBackWithoutAnEllipsis() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.relay("冒烟了！原来是楼下在烤红薯 虚惊一场", group: Self.group, sender: "阿梅").status == .ignored)
        #expect(AlarmTakenBack.afterThePause("2栋电梯关了人！……哦 是在搬家具 里面空的") != nil)
        #expect(desk.desk.emergencies.emergency(in: "厨房着火了！吓我一跳 快跑") != nil)
    }

    /// Staff telling that they passed a resident's matter on to another office keep it as a case the community
    /// follows; an office only visited or quoted is no such thing, and a module's errand stays the module's.
    @Test func aMatterPassedToAnotherOfficeIsACase() throws {
        #expect(PassedToAnOffice.says("奥园南门有人发免费领米的传单 要登记老人电话 已报派出所"))
        #expect(PassedToAnOffice.says("老兵邹爹爹的优待证一直冇下来 报社区退役军人服务站催"))
        #expect(!PassedToAnOffice.says("问了派出所 他们说可以开户籍证明"))
        #expect(!PassedToAnOffice.says("陪邹婆婆去派出所换了身份证"))
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("12月2日周三上午 奥园南门有人发免费领米的传单 要登记老人电话 已报派出所")
        #expect(reply.module == "appeals")
        #expect(reply.caseID != nil)
    }

    /// Years in the army and one's pension: asked of the social-security questions, answered that they count with the
    /// years paid (the Military Insurance Law), nothing to pay back.
    @Test func armyYearsAndThePensionAreAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("社保 我当了六年兵 那几年的社保要自己补吗")
        #expect(reply.module == "social-security")
        #expect(reply.text.contains("合并计算"))
    }

    /// A question put to the retirement age with no age to work out (`退休 我七月份还要不要接着交社保`) is answered from the
    /// knowledge base, or kept as a consultation — never left unanswered in the group.
    @Test func aSocialSecurityQuestionWithNoAgeToWorkOutIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay("退休 我七月份还要不要接着交社保", group: Self.group, sender: "小蒋")
        #expect(reply.module == "social-security")
        #expect(reply.status != .ignored)
        #expect(!reply.text.isEmpty)
    }
}
