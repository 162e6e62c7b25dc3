@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The twenty-seventh round's reading, from the twenty-sixth corpus's misses: staff at the counter recording that
/// another matter is done while a question waits.
@Suite("Understanding: records at the counter while a question waits")
struct TwentySeventhReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    // MARK: Emergencies in staff's words.

    /// Staff's shorthand for a danger still going on — a fire caught (`烟花引燃 … 我在路上`), an elder unseen for two
    /// days who does not answer the door — is an emergency at the counter, not a record of work done.
    @Test(arguments: ["村湾六组禾场后稻草堆烟花引燃 紧挨民房 已打119 组里人在泼水 我在路上",
                      "奥11-3-1203桑爹爹 独居 83岁 两天未见 敲门不应 已叫物业带开锁师傅 我在路上"])
    func staffShorthandForADangerGoingOnIsAnEmergency(_ line: String) throws {
        #expect(desk.desk.emergencies.emergency(in: line) != nil)
        let r = desk.say(line)
        #expect(r.text.hasPrefix("【"))
        #expect(r.caseID != nil)
    }

    /// A child's fit with a high fever, a scald that blisters, someone faint in the bath: the safety words first.
    @Test(arguments: ["伢发烧40度 刚才抽了 眼睛往上翻 么办啊", "伢打翻开水壶了 烫到手臂 起泡了 4栋1单元1803",
                      "我老公洗澡洗到一半晕在卫生间里了 热水器是燃气的 9栋1单元702"])
    func aFitAScaldAFaintInTheBathAreEmergencies(_ line: String) throws {
        let r = desk.relay(line, group: "汉口道6号邻里群", sender: "4栋1单元-小葵")
        #expect(r.text.hasPrefix("【"))
        #expect(r.caseID != nil)
    }

    /// A cramp, a cigarette, water too hot, a harm only feared (`砸到过路的人就麻烦了`) are not.
    @Test(arguments: ["昨晚腿抽筋了 抽了好几次", "洗澡水好烫 热水器温度么样调", "他在楼道里抽了根烟",
                      "5栋一楼大厅那个信报箱门掉了一扇 砸到过路的人就麻烦了"])
    func aCrampOrHotWaterIsNoEmergency(_ line: String) {
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
    }

    // MARK: The counter's records.

    /// News that another matter is done (`门口防护网补好了`) while the desk waits for a member's name does not drop
    /// the waiting request: it is a record, and the question keeps waiting. A matter called off still ends it.
    @Test func newsOfAnotherMatterDoneKeepsTheWaitingQuestion() throws {
        let asked = desk.say("泊林6栋 邱阿姨 老年年卡续费 已收", conversation: "驿站3")
        #expect(asked.module == "pingpong")
        #expect(asked.status == .ask)
        let r = desk.say("泊林球室 门口防护网补好了 老纪验收", conversation: "驿站3")
        #expect(r.status == .ignored)
        #expect(!r.text.contains("不办了"))
        #expect(r.text.contains("还差一项"))
        #expect(desk.desk.pendingQuestion(conversation: "驿站3") != nil)
        let off = desk.say("邱阿姨说卡找到了 不用查了", conversation: "驿站3")
        #expect(off.status == .answered)
        #expect(off.text.contains("不办了"))
    }

    // MARK: Retirement questions at the counter.

    /// Another person's birth month while the desk asks the first one's category is a new question: it is answered
    /// for its own month, never with the first one's; a month before the word `退休` in counter shorthand is the
    /// birth month, not a retirement in 1975.
    @Test func anotherBirthMonthIsANewRetirementQuestion() throws {
        let asked = desk.say("问退休 1968年3月", conversation: "驿站2")
        #expect(asked.status == .ask)
        let r = desk.say("王先生问他老婆 女工人 1975年5月 退休", conversation: "驿站2")
        #expect(r.status == .answered)
        #expect(r.text.contains("1975年5月出生"))
        #expect(!r.text.contains("1968年3月出生"))
        #expect(r.text.contains("还差一项"))
    }

    /// A title after a surname names who came to ask (`黄女士`), not whose question it is: her husband, `男`, is
    /// answered as a man. A line that puts who it is right still asks. Years of the last sixteen are no one's birth.
    @Test func aTitleNamesWhoCameNotWhoseQuestion() throws {
        let r = desk.say("桃5栋 黄女士问她老公 男 1968年3月 么时候退休", conversation: "驿站2")
        #expect(r.status == .answered)
        #expect(r.text.contains("1968年3月出生的男职工"))
        let corrected = desk.say("尤女士的老公 79年1月 不对 是尤女士自己 几时退", conversation: "另一位")
        #expect(corrected.status == .ask)
        let recent = desk.say("邹女士问她老公养老金 2021年到2023年有两年按最低基数交的", conversation: "第三位")
        #expect(!recent.text.contains("2021年出生"))
    }

    // MARK: Typed shortcuts.

    /// Pinyin initials and net slang are spelled out before the line is read; initials inside a longer run of
    /// letters, codes and numbers are left alone, and `sb` only means 社保 before a word of social security.
    @Test(arguments: [("肿么回事?9栋2单元dt门关不上", "怎么回事?9栋2单元电梯门关不上"),
                      ("驿站小张 我上次换的sb卡到了冇", "驿站小张 我上次换的社保卡到了冇"),
                      ("我妈今年rz了冇 3q", "我妈今年认证了冇 谢谢"),
                      ("木有人管 DT坏了", "没有人管 电梯坏了"),
                      ("这个sb 又在楼道里抽烟", "这个sb 又在楼道里抽烟"),
                      ("LD-01 路灯不亮 dtoo", "LD-01 路灯不亮 dtoo"),
                      ("13872345678 电话", "13872345678 电话"), ("查看 RZ-0001", "查看 RZ-0001")])
    func typedShortcutsAreSpelledOut(_ typed: String, _ meant: String) {
        #expect(TypedShortcuts.expanded(typed) == meant)
    }

    /// A lift typed as `dt` is a lift: a repair, not a question for the social-security office.
    @Test func aLiftTypedAsItsInitialsIsARepair() throws {
        let r = desk.relay("肿么回事?9栋2单元dt门关不上，一直开开关关 3楼", group: "水印桃源1群", sender: "桃源9栋-阿宝爸")
        #expect(r.module == "repairs")
        #expect(r.caseID != nil)
    }

    // MARK: Questions put to the station.

    /// `驿站有冇得人晓得 …` asks the station, not the neighbours: a retirement question so put is answered.
    @Test func aQuestionPutToTheStationByNameIsTheDesks() throws {
        #expect(!NeighbourTalk.asksTheGroup("驿站有冇得人晓得 我69年12月9号的 男的 这个月满60 能不能现在就退"))
        #expect(NeighbourTalk.asksTheGroup("有冇得人晓得 哪里收旧衣服"))
        let r = desk.relay("驿站有冇得人晓得 我69年12月9号的 男的 这个月满60 听说可以弹性 能不能现在就退",
                           group: "水印桃源2群", sender: "桃源12栋卓先生")
        #expect(r.module == "social-security")
        #expect(r.status == .answered)
        #expect(r.text.contains("1969年12月出生的男职工"))
    }

    /// Staff writing down a retirement question with the answer they gave get the answer again, to check it; what
    /// they looked up in general (`累计缴费12年4个月 已经告诉他了`) stays a record.
    @Test func aRetirementAnswerStaffGaveIsWorkedOutAgain() throws {
        let r = desk.say("汉口道 3栋 宁先生 男 77年3月 问退休 63岁 2040-03 那年要20年 他交了11年 已告知", conversation: "驿站1")
        #expect(r.module == "social-security")
        #expect(r.status == .answered)
        #expect(r.text.contains("2040年3月"))
        let looked = desk.say("查到了 累计缴费12年4个月 已经告诉他了", conversation: "驿站2")
        #expect(looked.status == .ignored)
        #expect(desk.desk.pendingQuestion(conversation: "驿站2") == nil)
    }

    /// A month of retiring written with a dash (`应该2027-08退`) is a retirement to come, not a birth in the future.
    @Test func aRetirementMonthWrittenWithADashIsNoBirth() throws {
        let r = desk.say("泊12栋小甄母亲 档案看了 是工人身份 50岁11个月 应该2027-08退 单位冇给她办", conversation: "驿站3")
        #expect(r.status == .answered)
        #expect(r.error == nil)
        #expect(r.text.contains("2027年退休"))
    }

    /// Something put in and better for it (`防滑垫铺了 这下好多了`) is news of a fix, not a repair; an elder feeling
    /// better is not (her care may change).
    @Test func somethingPutInAndBetterForItIsNewsOfAFix() throws {
        #expect(FixNews.says("楼梯口的防滑垫铺了 这下好多了"))
        #expect(FixNews.says("单元门口的扶手装了 上下方便多了"))
        #expect(!FixNews.says("我婆婆好多了 以后一个礼拜来看一次就行"))
        let r = desk.relay("楼梯口的防滑垫铺了 这下好多了", group: "水印桃源2群", sender: "桃源5栋2单元-嘉嘉")
        #expect(r.caseID == nil)
    }
}
