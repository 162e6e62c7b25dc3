@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fifty-second round's reading, from the fifty-first corpus's misses (the security of homes around the holidays,
/// family tensions and the support of elders, after a death in the family).
@Suite("Understanding: the fifty-second round")
struct FiftySecondReadingTests {
    /// Dangers the earlier words missed: staff's `呼之不应`, an overdose, a hand caught in a machine with blood on the
    /// floor, a beating heard through the wall or written up by staff, someone locked in against a kicked door, a
    /// stranger climbing into a flat. Not: a card game told to stop, a hand caught in a door told as a laugh, an owner
    /// climbing in over their own balcony.
    @Test func moreDangersAreRecognised() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "汉口道2栋楼道 一个老爹爹倒着 呼之不应 已打120")?.id == "medical")
        #expect(guide.emergency(in: "她妈吃了半瓶安定 怀疑服药过量 我们在楼下")?.id == "medical")
        #expect(guide.emergency(in: "压面机把我爸的手卷进去了 血流了一地")?.id == "medical")
        #expect(guide.emergency(in: "对门又在吵 小孩在哭 一直喊别打了")?.id == "violence")
        #expect(guide.emergency(in: "4栋801男的殴打老婆 已打110")?.id == "violence")
        #expect(guide.emergency(in: "我跟伢锁在卧室里 他在外面踹 门快被踹开了")?.id == "violence")
        #expect(guide.emergency(in: "6栋302冇人住 刚才有人从阳台翻进去了")?.id == "violence")
        #expect(guide.emergency(in: "打了一晚上麻将 我老婆说别打了") == nil)
        #expect(guide.emergency(in: "钥匙忘带了 我从阳台翻进去的 冇事") == nil)
    }

    /// A beating heard through the wall, at a flat's number (`1702`), is an emergency with 110 first — not a
    /// retirement question whose birth year the flat's number looked like.
    @Test func aBeatingNextDoorCallsThePolice() throws {
        let reply = try TestDesk(modules: deskModules)
            .relay("1502今晚又吵起来了 女的在哭 说别打了", group: "汉口道6号邻里群", sender: "汉口道 小邬")
        #expect(reply.module == "appeals")
        #expect(reply.text.hasPrefix("【人身威胁·紧急】"))
        #expect(reply.text.contains("110"))
        #expect(!reply.text.contains("出生"))
    }

    /// A flat's number is no birth year: `1208门口那面墙…` is the wall to paint, `1002的邓婆婆…` news, neither a retirement
    /// question asking when one was born. A retirement question with a year, or told in its own words, still is.
    @Test func aFlatsNumberIsNoBirthYear() throws {
        let wall = try TestDesk(modules: deskModules)
            .relay("1305门口那面墙么时候刷 还是黑的", group: "汉口道6号邻里群", sender: "汉口道 小邬")
        #expect(wall.module != "social-security")
        #expect(!wall.text.contains("出生"))
        let news = try TestDesk(modules: deskModules)
            .relay("2203的婆婆我扶进屋了 她冇事", group: "汉口道6号邻里群", sender: "汉口道 小邬")
        #expect(news.module != "social-security")
        #expect(!news.text.contains("出生"))
        let asked = try TestDesk(modules: deskModules)
            .relay("我住1502 1969年8月的 女工人 么时候能退", group: "汉口道6号邻里群", sender: "汉口道 小邬")
        #expect(asked.module == "social-security")
        #expect(asked.text.contains("退休"))
    }

    /// 清明 and the bins, asked: whether paper money may be burnt in the estate, how an online memorial is done, which
    /// bin takes expired medicine are answered where to go, no case opened. Paper burnt in the stairwell, complained of,
    /// is still a 诉求; an online memorial remarked on is no question.
    @Test func tombSweepingAndBinsAreAnswered() throws {
        let burning = try TestDesk(modules: deskModules)
            .relay("冬至那天能不能在楼下路口烧纸啊", group: "水印桃源1群", sender: "桃源 小邬")
        #expect(burning.module == nil)
        #expect(burning.status == .answered)
        #expect(burning.text.contains("不要焚烧"))
        let online = try TestDesk(modules: deskModules)
            .relay("我婆婆问 网上祭扫怎么弄 她腿不好去不了", group: "奥园业主群", sender: "奥园 阿秀")
        #expect(online.status == .answered)
        #expect(online.text.contains("预约"))
        let medicine = try TestDesk(modules: deskModules)
            .relay("过期的感冒药丢哪个桶", group: "汉口道6号邻里群", sender: "汉口道 小邬")
        #expect(medicine.status == .answered)
        #expect(medicine.text.contains("有害垃圾"))
        let complaint = try TestDesk(modules: deskModules)
            .relay("楼道里又有人烧纸 熏得墨黑 管一下", group: "水印桃源1群", sender: "桃源 小邬")
        #expect(complaint.module == "appeals")
        let remark = try TestDesk(modules: deskModules)
            .relay("网上祭扫 心意到了就行", group: "水印桃源1群", sender: "桃源 小邬")
        #expect(remark.status != .answered)
    }

    /// At the counter, a fire out in another building a minute after a burn was reported is its own matter, not the
    /// burn's news; word that the burnt woman was taken to hospital, at her building, still goes on her case.
    @Test func anotherBuildingIsAnotherMatter() throws {
        let desk = try TestDesk(modules: deskModules)
        let burn = desk.say("汉口道4栋1单元302 婆婆被开水烫伤了 手臂起泡 已打120")
        #expect(burn.module == "appeals")
        let burnCase = try #require(burn.caseID)
        let fire = desk.say("6栋2单元厨房着火，火已经扑灭了，人冇事")
        #expect(!fire.text.contains("紧急工单 \(burnCase)"))
        let news = desk.say("4栋那个婆婆120接走了")
        #expect(news.text.contains("紧急工单 \(burnCase)"))
    }

    /// After a death and for the papers: a pension paid into the card after the death is to be returned, the personal
    /// account's balance is inherited, and the proof of contributions is printed by oneself — answers, not cases for
    /// staff to look up.
    @Test func pensionPapersAreAnswered() throws {
        let paid = try TestDesk(modules: deskModules)
            .relay("我舅舅上个月走了 这个月卡上又进了一笔养老金 要不要退", group: "顺驰泊林业主群", sender: "泊林 小邬")
        #expect(paid.module == "social-security")
        #expect(paid.status == .answered)
        #expect(paid.text.contains("退回"))
        let proof = try TestDesk(modules: deskModules)
            .relay("单位叫我带个社保缴费证明 这个在哪里打", group: "奥园业主群", sender: "奥园 阿秀")
        #expect(proof.status == .answered)
        #expect(proof.text.contains("自助机"))
        let balance = try TestDesk(modules: deskModules)
            .relay("我爸过世了 他养老保险个人账户余额能不能继承", group: "奥园业主群", sender: "奥园 阿秀")
        #expect(balance.status == .answered)
        #expect(balance.text.contains("继承"))
    }
}
