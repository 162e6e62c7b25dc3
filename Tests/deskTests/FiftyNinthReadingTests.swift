@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fifty-ninth round's reading, from the fifty-eighth corpus's misses (work injuries and unpaid wages, spring rain,
/// elders from other provinces; its emergencies and the grid workers' summaries).
@Suite("Understanding: the fifty-ninth round")
struct FiftyNinthReadingTests {
    /// `快来人` in a group is a cry for help, whatever else the line says; called to a fault (`水管爆了 … 快来人`), the
    /// fault's own emergency answers it, not the police and the ambulance.
    @Test func aCryForHelpAloneIsAnEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        let cry = desk.relay("菜场后门那条巷子里 有个爹爹靠在墙上滑下去了 快来人", group: "李家墩村湾群", sender: "秋菊")
        #expect(cry.caseID != nil, "\(cry.text)")
        #expect(cry.text.hasPrefix("【"), "the safety words come first: \(cry.text)")
        let fault = desk.relay("18栋2单元楼梯间的水管爆了 水往楼下冲 快来人", group: "奥园业主群", sender: "小祁")
        #expect(fault.module == "repairs", "\(fault.text)")
        #expect(!fault.text.contains("有人呼救"))
    }

    /// Danger told in words the guide lacked: blood welling out, breath that will not come, someone buried, a diabetic
    /// trembling in a sweat.
    @Test(arguments: ["路口有个骑车的脖子被割了 血往外冒",
                      "挖沟的工人被埋到腰了 他说喘不上来气",
                      "广场上那个爹爹有糖尿病 坐在台阶上发抖 一身的汗"])
    func dangerInNewWordsIsAnEmergency(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: "顺驰泊林业主群", sender: "老卓")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
        #expect(reply.text.contains("120"))
        #expect(try desk.cases().contains { $0.urgent })
    }

    /// A grid's summary for a period, however it is headed (`3-4月第二网格小结 …`), counts the dangers it lists: none is
    /// raised, nothing opened. A station's duty roster (`清明值班表 …`, `五一排班 … 驿站关门 网格员轮值`) is a notice kept.
    @Test(arguments: ["4月28日周六上午 3-4月第二网格小结 报修12件 办结11件 电梯困人1起 落水1起",
                      "4月1日周日上午 清明值班表 5日王网格 6日张网格 7日刘网格",
                      "4月28日周六上午 五一排班 5月1日到3日驿站1 2 3上午开门 下午网格员轮值"])
    func summariesAndRostersOpenNothing(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say(line)
        #expect(reply.status == .ignored, "\(line) → \(reply.text)")
        #expect(reply.caseID == nil)
        #expect(try desk.cases().isEmpty)
    }

    /// Asked after as `那个…` or by a pronoun in the days after the group's emergency: answered, never a new case.
    @Test func askedAfterAsThatOneIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let alarm = desk.relay("塘边钓鱼的那个人倒在地上 一动不动 快来人", group: "李家墩村湾群", sender: "金花")
        #expect(alarm.caseID != nil)
        for line in ["那个钓鱼的么样了", "他么样了 是我们村里的吗"] {
            let asked = desk.relay(line, group: "李家墩村湾群", sender: "九妹")
            #expect(asked.status == .answered, "\(line) → \(asked.text)")
            #expect(asked.text.contains("谢谢关心"))
        }
        #expect(try desk.cases().count == 1)
    }

    /// Staff recording a family's question about an injury's insurance (`… 家属问能否认定工伤`): the injury is past — a
    /// question answered, no emergency.
    @Test func anInjuryAskedAboutAtTheCounterIsNoEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("4月10日周二上午 奥 装修工人切割伤 跟装修队干活 无合同 老板只肯出一半医药费 家属问能否认定工伤")
        #expect(reply.module == "social-security", "\(reply.text)")
        #expect(reply.text.contains("工伤认定"))
        #expect(try !desk.cases().contains { $0.urgent })
    }

    /// Work injuries asked in the groups: the disability grant by grade, a claim without a contract, a delivery rider's
    /// cover — answered from the knowledge base, each with what the rule says.
    @Test(arguments: [("我在厂里压伤了手 评的九级 伤残补助金是按么事算的", "9个月"),
                      ("冇签合同 算不算工伤 包工头不认", "确认劳动关系"),
                      ("跑外卖的在路上摔了 算不算工伤 平台交了么事保险", "职业伤害保障")])
    func workInjuryQuestionsAreAnswered(_ line: String, _ answer: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: "汉口道6号邻里群", sender: "老鲁")
        #expect(reply.module == "social-security", "\(line) → \(reply.text)")
        #expect(reply.status == .answered)
        #expect(reply.text.contains(answer), "\(reply.text)")
    }

    /// Staff's notes on workers' unpaid wages the community helps get paid are a case until they are; a question they
    /// record (`问 劳动仲裁收不收费`) and the matter settled (`欠薪全部结清 … 已销号`) are not.
    @Test func wagesTheCommunityChasesAreACase() throws {
        let desk = try TestDesk(modules: deskModules)
        let chased = desk.say("3月16日周五下午 村湾 12名工人欠薪 包工头付了一半 剩下承诺4月初 监察大队登记在案 继续盯")
        #expect(chased.module == "appeals", "\(chased.text)")
        #expect(chased.status == .created)
        let asked = desk.say("3月23日周五上午 村湾 老郑问 劳动仲裁收不收费")
        #expect(asked.status != .created, "\(asked.text)")
        #expect(!LabourDispute.handled("2/7 周五 覃建军等5人欠薪全部结清 劳动监察那边已销号"))
    }

    /// A certification done at the station for an elder not yet on the register (`驿站平板刷 通过`), or arranged for the
    /// next day (`约明天来驿站`): kept on a case, not answered with how certification works, nor refused.
    @Test(arguments: ["3月19日周一上午 泊 3-2-802 卫婆婆84岁 手机刷脸提示眨眼 做不来 驿站平板刷 通过",
                      "3月28日周三下午 泊 10-1-502 昝爹爹 女儿在深圳 手机视频教着刷冇过 约明天来驿站"])
    func aCertificationDoneOrArrangedIsKept(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say(line)
        #expect(reply.module == "elder-certification", "\(line) → \(reply.text)")
        #expect(reply.status == .created)
        #expect(reply.caseID != nil)
    }

    /// `这几天`, `前几天` tell when; `几` still asks elsewhere.
    @Test func aFewDaysIsNoQuestion() {
        #expect(!QuestionForm.asks("覃婆婆这几天咳嗽 志愿者隔天去看"))
        #expect(!QuestionForm.asks("前几天刚做了认证"))
        #expect(QuestionForm.asks("电梯要停几天"))
    }
}
