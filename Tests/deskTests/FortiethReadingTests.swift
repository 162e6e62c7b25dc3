@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fortieth round's reading, from the thirty-ninth corpus's misses: forwarded messages asked about, false alarms
/// on a lost paper and a charity vote, arrangements typed at the counter, questions about what the community arranges,
/// the club's receipts, the first pension payment, and a search told on.
@Suite("Understanding: forwarded messages, counter arrangements, the community's arrangements, a search told on")
struct FortiethReadingTests {
    /// A notice passed on with the forwarder's question is answered; passed on without one, or asked of the neighbours,
    /// it is left to the group.
    @Test func aForwardedNoticeAskedAboutIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let asked = desk.relay("[转发] 区里通知：下个月起自来水价格翻一倍 请相互转告 这个是真的吗", group: "汉口道6号邻里群", sender: "汉口道 小潘")
        #expect(asked.status == .answered)
        #expect(asked.text.contains("官方"))
        let passed = desk.relay("[转发] 明天降温十度 早晚多穿点 转给大家看看", group: "汉口道6号邻里群", sender: "汉口道 小潘")
        #expect(passed.status == .ignored)
        let toNeighbours = desk.relay("[转发] 下个月起公交卡老人免费取消 谁知道真的假的", group: "汉口道6号邻里群", sender: "汉口道 小潘")
        #expect(toNeighbours.status == .ignored)
        #expect(!ForwardedMessage.asksWhetherTrue("下个月起水价翻倍 这个是真的吗"))   // not forwarded
    }

    /// A forwarded offer that wants a scan or a card number first gets the scam warning.
    @Test func aForwardedScanToClaimIsWarnedAgainst() throws {
        let reply = try TestDesk(modules: deskModules)
            .relay("[转发] 超市周年庆 扫码就领十斤大米 我舅妈发的 能信吗", group: "奥园业主群", sender: "奥园 小麦")
        #expect(reply.status == .answered)
        #expect(reply.text.contains("96110"))
        #expect(reply.caseID == nil)
    }

    /// A screenshot not found is no missing person; a condition named in a charity vote is no injury; a nurse on
    /// the way is a neighbour helping.
    @Test func noAlarmForAPaperOrACharityVote() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: "我爸的缴费截图 去年那张的找不到了 能再发一次吗") == nil)
        #expect(desk.desk.emergencies.emergency(in: "[转发] 请为先天心脏病的小朋友点个赞") == nil)
        #expect(desk.desk.emergencies.emergency(in: "我妈找不到了 早上出门到现在冇回") != nil)   // a person still is
        #expect(NeighbourTalk.matches("我是医生 在5栋 马上下来"))
    }

    /// An arrangement typed at the counter as a note is a case for the care team — not its general answer, nor a
    /// certification visit; a question about the service still gets its answer.
    @Test func anArrangementTypedAtTheCounterIsACareCase() throws {
        let visits = try TestDesk(modules: deskModules).say("泊林 9 栋 吕婆婆 女儿出差 这几天每天上门看一眼 银发队排了")
        #expect(visits.module == "care-visits")
        #expect(visits.caseID != nil)
        let meals = try TestDesk(modules: deskModules).say("奥园 3 栋 童爹爹 牙不好 助餐改软的 周一到周五")
        #expect(meals.module == "care-visits")
        #expect(meals.caseID != nil)
        let asked = try TestDesk(modules: deskModules).say("关爱探访多久来一次")
        #expect(asked.module == "care-visits")
        #expect(asked.status == .answered)
        #expect(asked.caseID == nil)
    }

    /// A question about what the community arranges that no office answers is pointed to where it is posted; thanks
    /// are left alone.
    @Test func aQuestionAboutTheCommunitysArrangementsIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let asked = desk.relay("听说社区下周要搞健康讲座 是哪天", group: "顺驰泊林业主群", sender: "泊林 阿康")
        #expect(asked.status == .answered)
        #expect(asked.text.contains("驿站"))
        let thanks = desk.relay("谢谢社区 这几天天天有人来看我妈", group: "顺驰泊林业主群", sender: "泊林 阿康")
        #expect(thanks.status == .ignored)
    }

    /// A receipt for the club's fee, asked again for an employer's reimbursement, is the club's.
    @Test func aFeeReceiptIsTheClubs() throws {
        let reply = try TestDesk(modules: deskModules)
            .relay("上个月交的年费收据 单位财务说要盖章 能不能重开一张", group: "水印桃源2群", sender: "桃源 小戴")
        #expect(reply.module == "pingpong")
    }

    /// When the first pension payment comes is answered, not left a week for staff.
    @Test func theFirstPensionPaymentIsAnswered() throws {
        let reply = try TestDesk(modules: deskModules)
            .relay("我上个月退休批下来了 第一笔养老金什么时候到", group: "奥园业主群", sender: "奥园 老景")
        #expect(reply.module == "social-security")
        #expect(reply.status == .answered)
        #expect(reply.caseID == nil)
    }

    /// A neighbour telling where they looked, during a search, goes on the search's case; no second alarm.
    @Test func aSearchToldOnJoinsItsCase() throws {
        let desk = try TestDesk(modules: deskModules)
        let raised = desk.relay("我婆婆下午出门到现在冇回 她有点糊涂 穿灰棉袄", group: "水印桃源1群", sender: "桃源 小季")
        let id = try #require(raised.caseID)
        let looked = desk.relay("我在菜场那边转了一圈 冇看到", group: "水印桃源1群", sender: "桃源 老邢")
        #expect(looked.caseID == id || looked.caseID == nil)
        #expect(try desk.events(id).contains { $0.note?.contains("菜场") ?? false })
    }
}
