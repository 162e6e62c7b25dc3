@testable import DeskKit
import Foundation
import DeskTesting
@testable import SocialSecurity
import Testing
@testable import desk

/// The sixty-third round's reading, from the sixty-second corpus's misses (ice and snow, surveys at the door, a
/// building site next door): dangers and their look-alikes, one household's registration at its door, social-security
/// errands and questions on residents' medical insurance, shopping and bedding brought to elders.
@Suite("Understanding: the sixty-third round")
struct SixtyThirdReadingTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: deskModules)
    }

    /// Dangers told in words the seed lacked: someone locked in a cold store, a worker on a crane threatening to
    /// jump over unpaid wages, a child carried off by a stranger.
    @Test(arguments: [
        ("超市后面冷库的门被人从外面锁了 搬货的小伙子关在里面出不来", "shut-in"),
        ("工地上有个人爬上去塔吊了 在上面喊要工钱", "violence"),
        ("他说再不给钱就跳 一只脚都跨出护栏外面了", "violence"),
        ("一个不认得的男的抱着隔壁的伢往车上走 伢哭喊说不认得他", "violence"),
    ])
    func aDangerIsToldByItsOwnKind(_ line: String, kind: String) {
        #expect(desk.desk.emergencies.emergency(in: line)?.id == kind, "\(line)")
    }

    /// Someone locked in a cold store is told to find the key and call the fire brigade — not the lift's advice.
    @Test func someoneLockedInAColdStoreIsNotToldOfALift() throws {
        let reply = desk.relay("菜场冻库门从外面锁上了 老板的伙计在里面敲门", group: "李家墩村湾群", sender: "阿凤")
        #expect(reply.text.hasPrefix("【有人被锁在里面·紧急】"), "\(reply.text)")
        #expect(reply.text.contains("119"))
        #expect(!reply.text.contains("电梯"))
        #expect(try desk.cases().contains { $0.urgent })
    }

    /// The same words where no one is in danger: a price or a fund said to jump, a home buried in parcels, a game's
    /// ice hole, a fall through the ice in one's childhood, smoke found to be meat being cured, `救命` cried at a game
    /// lost or a child's score.
    @Test(arguments: ["年底清仓 羽绒服跳楼价 九十九一件", "我买的那个基金又跳楼了 亏了两千", "快递堆满了门口 我被快递埋了 救命",
                      "伢在游戏里掉进冰窟窿 冻死了好几回 哭得不得了", "我小时候也掉进冰窟窿过 是我爹拿竹竿捞上来的",
                      "着火了 后头那家冒烟 我过去一看 原来是在熏腊肉", "打了一晚上游戏 队友全部阵亡 救命啊",
                      "救命 伢这回数学考了41分"])
    func theSameWordsWithNoOneInDangerRaiseNothing(_ line: String) throws {
        let reply = desk.relay(line, group: "李家墩村湾群", sender: "阿凤")
        #expect(!reply.text.hasPrefix("【"), "\(line) → \(reply.text)")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    /// One household's registration at its door, booked, refused or done, is the community's work on a case; the
    /// round's tally is news.
    @Test(arguments: ["12月3日周二下午 入户调查 桃源9栋 一户白天冇人 约周六上午再去",
                      "12月4日周三上午 泊林 7-1-302 换了租客 约周五晚上租户登记",
                      "12月5日周四上午 村湾后巷 一户拒访 说怕收钱 请书记周一一起上门解释"])
    func oneHouseholdsRegistrationAtTheCounterIsACase(_ line: String) throws {
        let reply = desk.say(line)
        #expect(reply.module == "appeals", "\(line) → \(reply.text)")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
        // the community's work asked for (求助), not a complaint
        #expect(reply.text.contains("求助"), "\(line) → \(reply.text)")
        #expect(!reply.text.contains("投诉"), "\(line) → \(reply.text)")
    }

    @Test func theRoundsTallyIsNotACase() throws {
        let reply = desk.say("12月9日周一上午 入户调查 桃源的登记结束 一共64户")
        #expect(reply.caseID == nil, "\(reply.text)")
        #expect(try desk.cases().isEmpty)
    }

    /// A resident asking for the surveyor to come at a time they are in is a case; asking only whether tenants are
    /// registered, or whether the visitor is real, gets the office guide's answer and no case.
    @Test func aResidentAskingForTheSurveyorToComeIsACase() throws {
        let asked = desk.relay("我们两口子白天都上班 能不能约礼拜天上午来登", group: "顺驰泊林业主群", sender: "小季")
        #expect(asked.module == "appeals", "\(asked.text)")
        #expect(asked.caseID != nil, "\(asked.text)")
        let whether = desk.relay("有个人敲门说是人口调查的 是不是真的", group: "顺驰泊林业主群", sender: "老靳")
        #expect(whether.caseID == nil, "\(whether.text)")
        #expect(whether.text.contains("调查员"), "\(whether.text)")
    }

    /// An errand's word is not a registration asked for: `来登记` names its own matter.
    @Test func comingToRegisterForAnotherMatterIsNotADoorVisit() {
        let present = CharacterPresence("明天来登记灵活就业 能不能")
        #expect(!DoorRegistration.says("明天来登记灵活就业 能不能", present, staff: false))
        #expect(DoorRegistration.says("今晚几点来登 我八点到屋", CharacterPresence("今晚几点来登 我八点到屋"), staff: false))
    }

    /// Contributions paid at the station for a resident, spelt `代交`, are an errand too; retirement papers checked with
    /// the resident and passed to the employer are kept on a case.
    @Test func paidOrCheckedForTheResidentIsAnErrand() throws {
        #expect(SocialSecurity.paidForThem("婆婆的2037年医保来驿站代交 460 付的现金"))
        #expect(SocialSecurity.paidForThem("帮她代交了两个人的"))
        #expect(!SocialSecurity.paidForThem("驿站能代交吗"))
        let line = "桃源 芳姐 82年5月生 原50 本月到龄 缴费27年 材料帮她核了 单位报区社保中心"
        let reply = desk.say(line)
        #expect(reply.module == "social-security", "\(line) → \(reply.text)")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
    }

    /// Questions on residents' medical insurance the knowledge base now answers: the waiting period, paying every
    /// year in old age, where to pay when living elsewhere.
    @Test(arguments: [("等待期是么意思 过了截止交了就不能报销？", "等待期"),
                      ("我老伴七十多了 医保还要年年交吗", "每年交"),
                      ("户口在这边 人在外面租房 医保交哪里的", "户籍地")])
    func aMedicalInsuranceQuestionIsAnswered(_ line: String, answer: String) throws {
        let reply = desk.relay(line, group: "水印桃源1群", sender: "阿兰")
        #expect(reply.module == "social-security", "\(line) → \(reply.text)")
        #expect(reply.caseID == nil, "\(line) → \(reply.text)")
        #expect(reply.text.contains(answer), "\(line) → \(reply.text)")
    }

    /// Bedding or a doctor brought to an elder who cannot go out, asked by staff, and an elder's small task they
    /// cannot bend to: the care team's.
    @Test(arguments: ["12月8日周日 村湾 独居的严婆婆 冷得很 请巾帼红队送床冬被",
                      "12月9日周一 奥园 19栋宁爹爹 头晕 请社区医生上门量个血压"])
    func bringingThingsToAnElderAtTheCounterIsCare(_ line: String) throws {
        let reply = desk.say(line)
        #expect(reply.module == "care-visits", "\(line) → \(reply.text)")
    }

    @Test func anEldersTaskTheyCannotBendToIsCare() throws {
        let reply = desk.relay("天冷了 水管 要 包 我 弯不下腰", group: "李家墩村湾群", sender: "桂婆婆")
        #expect(reply.module == "care-visits", "\(reply.text)")
    }

    /// How long a road is shut or whether the bus still comes gets where to look; a complaint about the works stays a
    /// complaint.
    @Test func aRoadClosureAskedAboutIsAnswered() throws {
        let asked = desk.relay("北门外那条路要封到么时候 公交还过不过来", group: "奥园业主群", sender: "小晏")
        #expect(asked.text.contains("公告"), "\(asked.text)")
        #expect(asked.caseID == nil)
        let complaint = desk.relay("北门外封路施工 晚上十二点还在打桩 吵得睡不着", group: "奥园业主群", sender: "小晏")
        #expect(complaint.module == "appeals", "\(complaint.text)")
        #expect(complaint.caseID != nil)
    }

    /// A retirement approved and the month it starts from, written down at the counter, is no birth month in the
    /// future to correct.
    @Test func theMonthARetirementStartsFromIsNotABirth() {
        #expect(RetirementReading.tellsTheStartApproved("晏姐弹性退休批下来了 2035年11月起算 两个月一起补发"))
        let reply = desk.say("汤姐弹性退休批下来了 2035年11月起算 11月和12月的一起补发")
        #expect(reply.status != .error, "\(reply.text)")
        #expect(!reply.text.contains("在今天之后"), "\(reply.text)")
    }

    /// Staff do not chat with the desk at length: a long counter line asking for something is not greeted.
    @Test func aLongCounterLineAskingForSomethingIsNotGreeted() throws {
        let reply = desk.say("严婆婆屋里冷得很 今晚冇得盖的 请冬季慰问那边今天送床厚被子过去")
        #expect(!reply.text.contains("需要办什么事请直接说"), "\(reply.text)")
        #expect(reply.module == "care-visits", "\(reply.text)")
    }
}
