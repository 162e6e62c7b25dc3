@testable import DeskKit
import Foundation
import DeskTesting
import GRDB
import Testing
@testable import desk
@testable import SocialSecurity

/// The twenty-first round's reading: staff writing down a retirement answer they gave, a look-up answered or
/// work listed as done; something swallowed, a parent who does not answer the phone, an emergency staff mark
/// urgent while help is on its way.
@Suite("Understanding: records of answers and work, swallowed objects, a parent out of reach")
struct TwentyFirstReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// The month staff worked out is written beside the birth month: the birth is the month not after today.
    @Test func aRetirementAnswerWrittenDownIsReadByItsBirthMonth() {
        let r = desk.say("奥园5栋1单元 孙爹爹 男 68年3月生 厂里上班 问么时候退休 算的是2029年1月 60岁零10个月 告诉他了")
        #expect(r.status == .answered)
        #expect(r.text.contains("1968年3月出生的男职工"))
    }

    /// A year or several months after today are no birth: the question about years paid is answered without one.
    @Test(arguments: ["章先生又问他妈交了18年够不够 2029年最低15年 够了",
                      "邱春梅 来驿站问 交了14年 2029年6月退最低要15年 还差1年 问么样办"])
    func datesToComeAreNoBirth(_ line: String) {
        let r = desk.say(line)
        #expect(r.status == .answered)
        #expect(!r.text.contains("在今天之后"))
    }

    /// A single birth month in the future is still a slip the desk points out.
    @Test func aSingleFutureBirthMonthIsPointedOut() {
        #expect(desk.say("退休 男 2030年1月").text.contains("在今天之后"))
        #expect(RetirementReading("她2020年退的 灵活就业", today: CalendarDay(year: 2026, month: 12, day: 1)!).retirementYear == nil)
    }

    @Test(arguments: [
        ("急！！伢把遥控器里的纽扣电池吞下去了 两岁 6栋2单元 么样办啊", "medical"),
        ("我爸住汉口道2栋2单元1503 一个人 从昨天晚上打电话到现在都冇人接", "welfare"),
        ("村湾三组 龙婆婆 独居 两天冇开门", "welfare"),
        ("人倒在床边 有意识说不出话", "medical"),
    ])
    func aDangerInNewWordsIsAnEmergency(_ line: String, kind: String) {
        #expect(desk.desk.emergencies.emergency(in: line)?.id == kind)
    }

    @Test func beingLostForWordsIsNoEmergency() {
        #expect(desk.desk.emergencies.emergency(in: "听到这个消息 她激动得说不出话") == nil)
    }

    /// A child asking the neighbours to knock on a parent's door: the urgent welfare check, not talk between neighbours.
    @Test func aParentOutOfReachAskedOfTheNeighboursIsAnEmergency() throws {
        let r = desk.relay("各位邻居 麻烦帮个忙 我爸住汉口道2栋2单元1503 一个人 从昨天晚上打电话到现在都冇人接 我在广州回不来 能不能有人去敲下门",
                           group: "汉口道6号邻里群", sender: "郑女士")
        #expect(r.text.hasPrefix("【老人联系不上·紧急】"))
        #expect(try desk.case(#require(r.caseID)).urgent)
        // A neighbour going to knock is left to them.
        let offer = desk.relay("我就住15楼 我去敲", group: "汉口道6号邻里群", sender: "15楼-彭先生")
        #expect(offer.status == .ignored)
        #expect(try desk.cases().count == 1)
    }

    /// Staff marking a line urgent: an emergency, though they say help is on its way.
    @Test func anEmergencyMarkedUrgentIsOneWhileHelpIsComing() throws {
        let r = desk.say("紧急 桃源6栋2单元 两岁男伢吞了纽扣电池 邻居开车送儿童医院 120也叫了 我跟过去")
        #expect(r.text.hasPrefix("【有人受伤或急病·紧急】"))
        #expect(try desk.case(#require(r.caseID)).urgent)
        // Unmarked, the same news with the child at hospital is told afterwards.
        #expect(desk.desk.emergencies.emergency(in: "两岁男伢吞了纽扣电池 送儿童医院了") == nil)
    }

    /// Records at the counter open nothing: a look-up answered and told (not the question again), two or more pieces
    /// of work listed done whatever fault they name, a danger over with no one hurt. (A resident's question answered
    /// there and then, `程爹爹来问今年认证做了冇 查了 … 告诉他了`, is the service's answer: `ThirtySecondReadingTests`.)
    @Test(arguments: [
        "泊林4栋2单元 张秀兰 查了 今年6月静默认证过了 已回复她深圳的女儿",
        "桃源2栋 刘福生 高龄津贴 查了 是银行卡到期换了新卡冇更新 帮他改了 下个月一起补发",
        "桃源4栋1单元201 谢婆婆 卧室窗户合页锈了关不严 兵哥哥师傅换了合页 贴了密封条",
        "口袋公园 扭腰器转盘上了油 能转了 入口的灯换了灯泡",
        "奥园22栋 挨户查了电瓶 9楼和14楼各有一户拎上楼充电 已劝 贴了告知书",
        "奥园9栋3单元601 曹爹爹 81岁 独居 开着电热毯睡午觉 被子烧了个洞冒烟 保安和邻居处置 人冇伤 电热毯收走了",
        "汉口道2栋2单元1503 郑国梁 手机冇电关机 广州的女儿联系不上 邻居彭先生敲开门 人冇事 女儿电话记到网格联系本上了",
    ])
    func aRecordAtTheCounterOpensNothing(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.status == .ignored)
        #expect(!r.text.contains("紧急"))
        #expect(try desk.cases().isEmpty)
    }

    /// A look-up asked after, or one that leads to a visit, is still a matter to follow.
    @Test func aLookUpStillToArrangeIsNoRecord() {
        #expect(!WorkRecord.answersALookUp("聂婆婆养老金调整的查了冇 她女儿打电话来催"))
        #expect(!WorkRecord.answersALookUp("周婆婆 查了 今年认证还冇做 约了明天上午上门 告诉她了"))
        #expect(WorkRecord.answersALookUp("岳先生问他爸明年的医保交了冇 查了冇交 他说自己回去交"))
    }

    @Test func oneThingDoneBesideAFaultIsAReport() {
        #expect(!WorkRecord.listsWorkDone(CharacterPresence("3栋楼道灯换了还是不亮")))
        #expect(!WorkRecord.listsWorkDone(CharacterPresence("5栋电梯修了 又坏了 请物业再来看")))
    }

    /// A request sent in pieces: the address and the room held, read with the line that says what is wrong.
    @Test func aRequestSentInPiecesIsReadWhole() throws {
        let group = "水印桃源1群", sender = "5栋-小李"
        #expect(desk.relay("在吗", group: group, sender: sender).status == .ignored)
        #expect(desk.relay("5栋2单元301", group: group, sender: sender).status == .ignored)
        #expect(desk.relay("厨房", group: group, sender: sender).status == .ignored)
        #expect(try desk.cases().isEmpty)
        let report = desk.relay("水管漏水了 滴个不停", group: group, sender: sender)
        #expect(report.module == "repairs")
        let record = try desk.case(#require(report.caseID))
        #expect(record.title.contains("5栋2单元301室"))
        // A correction goes on the case as one.
        let fixed = desk.relay("不对 是302", group: group, sender: sender)
        #expect(fixed.caseID == record.id)
        #expect(fixed.text.contains("更正"))
    }

    /// Pieces are the sender's own and do not outlive a few minutes.
    @Test func piecesAreTheSendersOwn() throws {
        let group = "水印桃源1群"
        _ = desk.relay("5栋2单元301", group: group, sender: "5栋-小李")
        let other = desk.relay("厨房水管漏水了", group: group, sender: "7栋-老王")
        let record = try desk.case(#require(other.caseID))
        #expect(!record.title.contains("5栋"))
    }

    /// A room spoken digit by digit, as voice input writes it.
    @Test func aRoomSpokenDigitByDigit() {
        let address = desk.desk.addresses.read("顺驰泊林五栋一单元三零二 厨房下水道堵了")
        #expect(address.building == 5)
        #expect(address.unit == 1)
        #expect(address.room == 302)
        #expect(desk.desk.addresses.read("泊林7栋2单元幺零零二").room == 1002)
    }

    /// A fault in the ping-pong room is the club's to mend, whatever the fault (``Service/faultsAt``).
    @Test(arguments: ["球室那个暖风机一开就跳闸 昨晚上跳了三回 冇法打", "球室厕所的水龙头冻裂了 一直在滴 地上结冰了"])
    func aFaultInTheClubsRoomIsTheClubs(_ line: String) {
        let r = desk.relay(line, group: "顺驰泊林业主群", sender: "球友-老魏")
        #expect(r.module == "pingpong")
        #expect(r.caseID != nil)
        // Elsewhere the same fault is a household repair.
        #expect(desk.relay("我屋厕所的水龙头冻裂了 一直在滴", group: "顺驰泊林业主群", sender: "3栋-小吴").module == "repairs")
    }

    /// Staff writing down a question with what they told: the question is looked up without what was told.
    @Test func aQuestionWrittenDownWithItsAnswerIsLookedUpByTheQuestion() {
        #expect(KnowledgeBase.askedPart(of: "邹爹爹 问明年医保几时交、交多少 告诉他12月31号截止 银行都能交") == "邹爹爹 问明年医保几时交、交多少 ")
        #expect(KnowledgeBase.askedPart(of: "告诉他了") == "告诉他了")
        let r = desk.say("水印桃源8栋3单元 邹爹爹 问明年医保几时交、交多少 告诉他12月31号截止 手机上湖北医保服务平台、银行都能交 金额以税务通知为准")
        #expect(r.module == "social-security")
        #expect(r.status == .answered)
        #expect(r.text.contains("集中缴费期"))
    }

    /// The one who raised the alarm telling that help came and went, or that the feared collapse did not come.
    @Test func theRaiserSaysHelpCameAndWent() throws {
        let group = "水印桃源2群", sender = "花开富贵"
        let alarm = desk.relay("快来人 3栋门口坡道上一个爹爹滑倒了 躺在地上起不来 喊腿疼", group: group, sender: sender)
        let id = try #require(alarm.caseID)
        let over = desk.relay("120来了 抬上车了 去的普爱医院", group: group, sender: sender)
        #expect(over.status == .answered)
        #expect(over.text.contains(id))
    }

    /// Something dumped by someone is no one fallen; a fracture awaiting surgery is in a doctor's hands.
    @Test(arguments: ["口袋公园 儿童区的沙坑被人倒了装修的砂浆 结块了 报物业清", "公园的垃圾桶被人倒了装修的瓷砖碎片 桶底都压破了",
                      "桃源3栋 韦爹爹 股骨颈骨折要手术 儿子赶过去了"])
    func noDangerNow(_ line: String) {
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
    }

    /// People's conduct with nothing broken is a complaint, though the things it names read like a repair; so is a
    /// nuisance back again, which the model hears as talk or cannot place — not a neighbour venting, though it names
    /// no place.
    @Test(arguments: ["消防通道上又停了三台车 3栋后面那条 有一台停了一个礼拜了", "13栋3单元 有人把狗拴在楼道里一天到晚叫 屎尿都在楼梯上 臭死了",
                      "上次说的电瓶车拉线充电的 今天晚上又拉了[发怒] 白说了", "楼上装修还是中午打 都跟物业说了三遍了"])
    func conductIsAComplaint(_ line: String) {
        let r = desk.relay(line, group: "奥园业主群", sender: "业主")
        #expect(r.module == "appeals")
        #expect(r.caseID != nil)
    }

    @Test func conductBesideAFaultStaysARepair() {
        #expect(desk.desk.router.explain("消防通道那个车今天又停在那里", staff: false).rule?.contains("人的行为") == true)
        #expect(desk.desk.router.explain("消防通道的井盖被车压坏了", staff: false).rule?.contains("人的行为") != true)
    }

    /// Someone seen coming home last night is no news that today's gas smell is over.
    @Test func someoneSeenBeforeIsNoNewsThatItIsOver() {
        #expect(desk.desk.emergencies.emergency(in: "邻居屋里传出好冲的煤气味 敲门冇人开 昨天晚上还看到她回来了")?.id == "gas")
        #expect(!desk.desk.emergencies.isOver("昨天晚上还看到她回来了"))
        #expect(desk.desk.emergencies.isOver("她回来了 冇事"))
    }

    @Test func aPhoneInTheSinkIsNoOneInTheWater() {
        #expect(desk.desk.emergencies.emergency(in: "手机掉到水池里了 还捞得起来么") == nil)
    }

    @Test func aFaultBesideANuisanceIsNoComplaintAgain() {
        #expect(desk.desk.router.conductAgain(in: "楼上又在装修 我屋卫生间顶上又滴水了") == nil)
        #expect(desk.desk.router.conductAgain(in: "楼道里又有人拉线充电") != nil)
    }
}
