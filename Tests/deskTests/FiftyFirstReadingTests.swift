@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fifty-first round's reading, from the fiftieth corpus's misses (medical insurance at the year's end, cold homes,
/// interest groups and the activity rooms) and lines written for the fifty-first's angles.
@Suite("Understanding: the fifty-first round")
struct FiftyFirstReadingTests {
    /// Dangers the earlier words missed: someone found limp behind a forced door, an infant blue after choking on milk,
    /// low blood sugar's signs, blood a towel does not stop, someone pinned and unable to move, a fall from a stage, an
    /// eye hit by a firecracker. Not: low blood sugar told as over, a stage taken down.
    @Test func moreDangersAreRecognised() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "门撬开了 人是软的 喊不答应")?.id == "medical")
        #expect(guide.emergency(in: "宝宝喝奶呛到 脸发青了")?.id == "medical")
        #expect(guide.emergency(in: "棋牌室一个爹爹出大汗 叫不太应 说是有糖尿病")?.id == "medical")
        #expect(guide.emergency(in: "刘网格 3 栋王爹爹疑似低血糖 已打 120")?.id == "medical")
        #expect(guide.emergency(in: "我爸手被玻璃划开一个大口子 血往外喷")?.id == "medical")
        #expect(guide.emergency(in: "血一直流 毛巾按不住")?.id == "medical")
        #expect(guide.emergency(in: "棚子塌了 老头压在下面 腿动不了 我们在扒")?.id == "medical")
        #expect(guide.emergency(in: "排练的时候有人从台上摔下来了")?.id == "medical")
        #expect(guide.emergency(in: "放鞭炮 一个伢被炸到眼睛了")?.id == "medical")
        #expect(guide.emergency(in: "我有点低血糖 吃了块糖就好了") == nil)
        #expect(guide.emergency(in: "演出完了 舞台拆了 谢谢大家") == nil)
    }

    /// A counter line that starts with its day and the time of day (`12月31日周六上午 …`) names no elder `周六上`: a
    /// certification told for someone off the register asks for the name instead.
    @Test func aWeekdayAndTheTimeOfDayAreNoName() throws {
        #expect(!PersonName.isName("周六上"))
        #expect(!PersonName.isName("周五下"))
        #expect(PersonName.isName("周桂兰"))
        let told = try TestDesk(modules: deskModules)
            .say("12月30日周五下午 泊林 9 栋的申婆婆刚在柜台刷脸过了")
        #expect(told.module == "elder-certification")
        #expect(!told.text.contains("周五下"))
        #expect(told.text.contains("没有说是哪位老人"))
    }

    /// A fire put out ends the fire, not the burn it did: a burn told with the fire out is still a danger, a fire
    /// out with no one hurt, or a burn seen to at the clinic, is not. A light gone out is no fire put out.
    @Test func aFirePutOutDoesNotEndTheBurn() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "爹爹烤火时棉裤着火 烧伤了小腿 火已扑灭")?.id == "scald")
        #expect(guide.emergency(in: "厨房着火 火已经扑灭了") == nil)
        #expect(guide.emergency(in: "明火已灭 老人烫伤送社区医院处理") == nil)
        #expect(guide.emergency(in: "楼道灯灭了 有个婆婆摔倒了 起不来")?.id == "medical")
        #expect(guide.isOver("火扑灭了 大家放心"))
    }

    /// After a death: a widow asking whether her own pension stops is told it does not; a pension paid after the
    /// death is to be returned.
    @Test func aPensionAfterADeathIsAnswered() throws {
        let own = try TestDesk(modules: deskModules)
            .relay("我老伴走了 我的养老金会不会也停", group: "水印桃源2群", sender: "桃源 林婆婆")
        #expect(own.module == "social-security")
        #expect(own.status == .answered)
        #expect(own.text.contains("不会停"))
        let paid = try TestDesk(modules: deskModules)
            .relay("我爸上个月走了 他的养老金还在打 要不要退", group: "奥园业主群", sender: "奥园 丁姐")
        #expect(paid.status == .answered)
        #expect(paid.text.contains("多发的养老金要退回"))
    }

    /// A theft or a break-in told in a group is the community's to record and follow, with the police first — not a
    /// repair of the place it happened; the common parts it damaged are still a repair, and a question where to report
    /// it is not a case.
    @Test func aTheftIsForThePoliceAndTheCommunityNotARepair() throws {
        let parcels = try TestDesk(modules: deskModules)
            .relay("泊林3栋2单元 这个礼拜快递丢了两回了 都是放在门口的", group: "顺驰泊林业主群", sender: "泊林 晓月")
        #expect(parcels.module == "appeals")
        #expect(parcels.status == .created)
        #expect(parcels.text.hasPrefix(TheftReported.advice))
        #expect(parcels.text.contains("110"))
        let battery = try TestDesk(modules: deskModules)
            .relay("我家电瓶车的电瓶昨晚在车棚被偷了", group: "顺驰泊林业主群", sender: "泊林 老孔")
        #expect(battery.module == "appeals")
        #expect(battery.text.hasPrefix(TheftReported.advice))
        let box = try TestDesk(modules: deskModules)
            .relay("12栋的信报箱被人撬了三个", group: "奥园业主群", sender: "奥园 老柯")
        #expect(box.module == "repairs")
        #expect(!TheftReported.says("电瓶被偷了去哪里报案"))
        #expect(!TheftReported.says("自行车找到了 锁被撬了 谢谢物业"))
    }

    /// An elder's card taken by a son, typed a character at a time, is the community's to mediate — not chatter, not a
    /// social-security question about the card.
    @Test func anEldersMoneyKeptByTheFamilyIsForMediation() throws {
        let spaced = try TestDesk(modules: deskModules)
            .relay("儿 子 把 我 的 养 老 金 卡 拿 走 了 买 菜 都 冇 得 钱", group: "李家墩村湾群", sender: "村湾 柯婆婆")
        #expect(spaced.module == "appeals")
        #expect(spaced.status == .created)
        let typed = try TestDesk(modules: deskModules)
            .relay("我女儿把我的工资卡拿走了 说帮我存着 要钱不给", group: "奥园业主群", sender: "奥园 邝爹爹")
        #expect(typed.module == "appeals")
        #expect(!FamilySupport.says("养老金卡丢了 怎么补办"))
        #expect(FamilySupport.says("兄妹三个都不肯养 老娘一个人在屋里"))
    }

    /// Where fireworks may be let off at the Spring Festival is answered with the ban; fireworks complained of are
    /// still a complaint.
    @Test func whereFireworksMayBeLetOffIsAnswered() throws {
        let asked = try TestDesk(modules: deskModules)
            .relay("过年放鞭炮到底哪里能放 伢们吵着要放", group: "奥园业主群", sender: "奥园 丁姐")
        #expect(asked.status == .answered)
        #expect(asked.text.contains("禁放"))
        let complained = try TestDesk(modules: deskModules)
            .relay("昨晚8栋楼下又放了一箱烟花 不是说禁放吗 物业也不管", group: "奥园业主群", sender: "奥园 老柯")
        #expect(complained.module == "appeals")
    }
}
