@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The forty-eighth round's reading, from the forty-seventh corpus's misses and lines written for the forty-eighth's
/// angles (old estates renovated and lifts added; the owners' committee and property fees; after an elder dies).
@Suite("Understanding: the forty-eighth round")
struct FortyEighthReadingTests {
    /// Dangers the earlier words missed: stings written with 蜇 and their swelling, a child half out of a window whose
    /// guard gave way, an elder hot to the touch who does not answer, a stalled car's doors shut in rising water. Not:
    /// a mosquito's bites, a curtain blown out of a window.
    @Test func theSummersDangersAreRecognised() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "树上的马蜂窝捅破了 有个伢被蜇了 脸上肿得眼睛都睁不开")?.id == "medical")
        #expect(guide.emergency(in: "7月8日 公园西角 保洁员被蜂蜇伤多处 头晕 已打120")?.id == "medical")
        #expect(guide.emergency(in: "5楼防盗窗塌了一边 伢半个身子在外面 他妈妈在屋里拉住了")?.id == "medical")
        #expect(guide.emergency(in: "花坛边坐着的卢爹爹喊他冇应 脸烫得很")?.id == "medical")
        #expect(guide.emergency(in: "涵洞那里积水好深 一台面包车熄火了 车门打不开")?.id == "water")
        #expect(guide.emergency(in: "是我妈和我侄女 卡在九楼和十楼中间 里面好闷")?.id == "trapped")
        #expect(guide.emergency(in: "电梯又卡在3楼和4楼之间了 快派人修") == nil)
        #expect(guide.emergency(in: "修路的挖机把3栋门口的燃气管子挖破了 一股味道")?.id == "gas")
        #expect(guide.emergency(in: "改造之前问一下 燃气管会不会挖破") == nil)
        #expect(guide.emergency(in: "我妈在巷子口被狗咬了 脚上在流血")?.id == "medical")
        #expect(guide.emergency(in: "爷爷把矿泉水瓶里的农药当水喝了一口")?.id == "medical")
        #expect(guide.emergency(in: "黄狗咬了我家的鸭子 血淋淋的") == nil)
        #expect(guide.emergency(in: "昨晚被蚊子蜇了好几个包 痒得睡不着") == nil)
        #expect(guide.emergency(in: "风好大 窗帘半个身子都吹到外面去了") == nil)
    }

    /// How a unit gets a lift added, and how the owners' committee is elected, are answered with where to go and the rule
    /// (民法典 第二百七十八条); the works' noise is a complaint, not that answer.
    @Test func liftRetrofitAndOwnersCommitteeQuestionsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let lift = desk.relay("我们5栋1单元也想加装电梯 要么样申请 要几户同意", group: "水印桃源2群", sender: "桃源 老费")
        #expect(lift.status == .answered)
        #expect(lift.text.contains("第二百七十八条"))
        let committee = desk.relay("业委会换届什么时候投票 在哪投", group: "汉口道6号邻里群", sender: "汉口道 小鲍")
        #expect(committee.status == .answered)
        #expect(committee.text.contains("筹备组"))
        let noise = try TestDesk(modules: deskModules)
            .relay("加装电梯那边晚上九点还在打钻 吵死了", group: "水印桃源2群", sender: "桃源 老费")
        #expect(noise.module == "appeals")
        #expect(noise.caseID != nil)
    }

    /// The property fee's office answers how to pay it; a grievance that names the fee (`么事都不做`) is a 诉求 case.
    @Test func aGrievanceNamingThePropertyFeeIsAComplaint() throws {
        let invoice = try TestDesk(modules: deskModules)
            .relay("物业费的发票在哪里开 要电子的", group: "顺驰泊林业主群", sender: "泊林 小戴")
        #expect(invoice.status == .answered)
        let grievance = try TestDesk(modules: deskModules)
            .relay("交了物业费 他们么事都不做 楼道一个月冇扫了", group: "顺驰泊林业主群", sender: "泊林 小戴")
        #expect(grievance.module == "appeals")
        #expect(grievance.caseID != nil)
    }

    /// A family telling that the elder cared for has died and the visits or meals should stop opens a case to stop the
    /// care (the volunteers told, the name off the roll), with condolences; a stay in hospital only pauses it.
    @Test func careEndsAfterTheEldersDeath() throws {
        let ended = try TestDesk(modules: deskModules)
            .relay("我外公前天过世了 送餐的志愿者就不用来了", group: "李家墩村湾群", sender: "村湾 小彭")
        #expect(ended.module == "care-visits")
        #expect(ended.caseID != nil)
        #expect(ended.text.hasPrefix("请节哀"))
        #expect(ended.text.contains("停止关爱服务"))
        let paused = try TestDesk(modules: deskModules)
            .relay("我爸这几天住院 探访的志愿者不用来了 回来再说", group: "李家墩村湾群", sender: "村湾 小彭")
        #expect(paused.module == "care-visits")
        #expect(paused.text.contains("暂停"))
        #expect(!paused.text.contains("请节哀"))
    }

    /// What is left in a dead parent's accounts is answered (it can be inherited, and how), not taken as a ticket; a
    /// question about the account's money while alive is not given that answer.
    @Test func anAccountLeftAfterADeathIsAnswered() throws {
        let left = try TestDesk(modules: deskModules)
            .relay("我妈过世了 她医保卡里还有两千多 能取出来吗", group: "奥园业主群", sender: "奥园 小艾")
        #expect(left.module == "social-security")
        #expect(left.status == .answered)
        #expect(left.text.contains("继承"))
        let living = try TestDesk(modules: deskModules)
            .relay("我上个月退的 医保卡里的钱还按在职的打吗", group: "奥园业主群", sender: "奥园 小艾")
        #expect(!living.text.contains("继承"))
    }

    /// A mark at the head of a staff note, with only the day before it, ticks the whole note (`7月9日周六 ✓ …`): the
    /// matter after it is done, not a new request; a mark after a matter still ticks only that matter.
    @Test func aMarkAtTheHeadTicksTheNote() throws {
        let headed = try #require(CheckedNote("7月9日周六 ✓ 9栋楼顶的太阳能热水器掉下来的支架 物业拆走了 无人受伤", items: []))
        #expect(headed.toDo.isEmpty)
        #expect(headed.ticked.count == 1)
        let bare = try #require(CheckedNote("✓ 3栋门口的建筑垃圾 施工队清走了", items: []))
        #expect(bare.toDo.isEmpty)
        let running = try #require(CheckedNote("4栋楼道灯换了✓ 5栋水表箱门坏了 下午去看", items: []))
        #expect(running.ticked == ["4栋楼道灯换了"])
        #expect(running.toDo == ["5栋水表箱门坏了 下午去看"])
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("8月2日周二 ✓ 奥园12栋电梯困人 14:20放出来 人没事 维保查了门机")
        #expect(reply.caseID == nil)
        #expect(reply.status == .ignored)
    }

    /// A danger told over in the words neighbours use afterwards (`拉出来了`, `车门开了`, `送回家了`, `到医院了`), not
    /// while help is still coming (`人清醒 120在路上`).
    @Test func aDangerToldOverAfterwards() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.isOver("几个保安把那个爹爹从水里拉出来了 在咳"))
        #expect(guide.isOver("车门开了 伢抱出来了 在哭"))
        #expect(guide.isOver("找到了 在超市门口坐着 已经送回家了"))
        #expect(!guide.isOver("人清醒 头上一个口子 120在来的路上"))
    }

    /// Someone left alone by a husband's or wife's death, told without a request, is care for the grid worker to arrange
    /// (a case); an old loss told as settled is talk. Where the estate's public income is seen is answered.
    @Test func aWidowLeftAloneIsCareAndPublicIncomeIsAnswered() throws {
        let alone = try TestDesk(modules: deskModules)
            .relay("楼上葛婆婆的老伴去世了 现在她一个人 天天坐在门口发呆", group: "水印桃源1群", sender: "桃源 戚婆婆")
        #expect(alone.module == "care-visits")
        #expect(alone.caseID != nil)
        let settled = try TestDesk(modules: deskModules)
            .relay("老伴走了五年了 我一个人也过惯了 天天去跳舞", group: "水印桃源1群", sender: "桃源 戚婆婆")
        #expect(settled.caseID == nil)
        let income = try TestDesk(modules: deskModules)
            .relay("停车费是谁收的 公共收益在哪里能看到", group: "汉口道6号邻里群", sender: "汉口道 小鲍")
        #expect(income.status == .answered)
        #expect(income.text.contains("公共收益"))
    }

    /// Care given, recorded by staff at the counter (`独居 … 电话问候`), is kept as a record for the elder's file, not
    /// answered with how residents apply for care; a question at the counter is still answered. A move away said with
    /// 走了 pauses the meals, without condolences.
    @Test func careGivenAtTheCounterIsRecorded() throws {
        let desk = try TestDesk(modules: deskModules)
        let record = desk.say("7月12日周二 泊林 独居 鲁爹爹 高温电话问候 他说空调开着 蛮好")
        #expect(record.module == "care-visits")
        #expect(record.caseID != nil)
        #expect(record.text.contains("关爱记录"))
        let question = try TestDesk(modules: deskModules).say("独居老人么样申请定期探访")
        #expect(question.status == .answered)
        let moved = try TestDesk(modules: deskModules)
            .relay("我婆婆跟我姑妈走了 住到青山去了 送饭就不用送了", group: "顺驰泊林业主群", sender: "泊林 小单")
        #expect(moved.module == "care-visits")
        #expect(!moved.text.contains("请节哀"))
    }
}
