@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The thirty-fifth round's reading, from the thirty-fourth corpus's misses: a child pitched into a ditch, news of a
/// cast or stitches told afterwards, disputes settled and work finished as the counter records them, a scam message
/// quoted in a group, and the pocket park's lake, railings and beds.
@Suite("Understanding: a child in a ditch, injuries seen to, settlements, scam quotes, the park's lake")
struct ThirtyFifthReadingTests {
    /// A child who pitched into a ditch and is stuck there is someone fallen into water: the safety words first. A
    /// ditch only feared for is not.
    @Test func aChildPitchedIntoADitchIsAnEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: "有个伢骑单车栽下去了 卡在水沟里 起不来")?.id == "water")
        #expect(desk.desk.emergencies.emergency(in: "后面那条水沟盖板冇得了 怕伢栽下去") == nil)
        let reply = desk.relay("快来 三组路口的水沟 一个小伢跌下去了 卡在沟里 哭都哭不出来", group: "李家墩村湾群", sender: "三组刘嫂")
        #expect(reply.module == "appeals")
        #expect(reply.text.hasPrefix("【"))
        #expect(reply.text.contains("110") || reply.text.contains("120"))
    }

    /// A fracture set in a cast or a cut sewn, told afterwards, is news that the danger is over, not a new one; an
    /// injury told without it still is a danger.
    @Test func anInjurySeenToIsNoNewEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        let told = "听说那个伢是手腕骨折 已经打了石膏"
        #expect(desk.desk.emergencies.isOver(told))
        #expect(desk.desk.emergencies.emergency(in: told) == nil)
        #expect(desk.desk.emergencies.emergency(in: "二楼的婆婆在楼梯上摔了 腿好像骨折了 起不来") != nil)
        let reply = desk.relay("医生说冇大事 手上上了石膏 过两个礼拜拆", group: "水印桃源1群", sender: "5栋伢的奶奶")
        #expect(reply.caseID == nil)
    }

    /// A dispute settled at the station, both sides signing, and work finished with its case closed are records at
    /// the counter, not new requests; a talk still to hold, or a safety switch that trips, is not.
    @Test func settlementsAndFinishedWorkAreRecords() throws {
        #expect(WorkRecord.says("何家跟邓家 在驿站谈好了 邓家赔两百 两边签了字"))
        #expect(WorkRecord.says("6组出租屋 电工来过了 线路换完了 加了漏电开关 销号"))
        #expect(WorkRecord.says("2栋电梯里的划痕 查到是搬家公司刮的 同意赔修"))
        #expect(!WorkRecord.says("房东和租户押金的事 约周三下午在驿站谈"))
        #expect(!WorkRecord.says("3栋1单元楼道灯不亮 漏电开关一直跳"))
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("12/2 何家跟邓家 在驿站谈好了 邓家赔两百 两边签了字")
        #expect(reply.caseID == nil)
        #expect(reply.text.contains("不用开工单"))
    }

    /// An elder looked in on while the family is away, water carried up before a cut, an aid lent, or who looks after
    /// an elder home from hospital: the care team's to arrange, not a certification's visit or a repair.
    @Test func careAskedInTheGroupIsCare() throws {
        for line in ["我们初三回老家 我妈一个人在屋 能不能上门看一眼 泊林3栋1单元502",
                     "下礼拜三停水 我一个人在家 拎不动水 哪个能帮我接几桶",
                     "7栋的卢爹爹上礼拜出院 现在哪个在管他 刚才看到他一个人在楼下坐着"] {
            let reply = try TestDesk(modules: deskModules).relay(line, group: "顺驰泊林业主群", sender: "泊林小唐")
            #expect(reply.module == "care-visits", "\(line)")
            #expect(reply.caseID != nil)
        }
        #expect(WorkRecord.says("1/20 腊八蒜给独居的送了8户 都送到了"))
        #expect(!WorkRecord.says("王婆婆说饭现在按时送到了 就是礼拜天也要送"))
    }

    /// A scam message quoted in a group (`回复Y解冻`, `请登录核验`) gets the warning, whether asked about or only told.
    @Test func aQuotedScamMessageGetsTheWarning() throws {
        let desk = try TestDesk(modules: deskModules)
        let told = desk.relay("我姑妈也收到短信了“您的社保卡异常 回复Y解冻”", group: "奥园业主群", sender: "8栋小于")
        #expect(told.text.contains("96110"))
        #expect(told.caseID == nil)
        let asked = desk.relay("这个“养老金补发 请在月底前登录核验”是不是真的", group: "顺驰泊林业主群", sender: "泊林老余")
        #expect(asked.text.contains("96110"))
    }

    /// Signing up for the club's league by its division (`报一个 男子组`) is a sign-up for the managers to list, though
    /// the match is not named; asking whether one still may is a question.
    @Test func aLeagueDivisionSignedUpForIsASignUp() throws {
        let desk = try TestDesk(modules: deskModules)
        let signedUp = desk.say("球室咨询 报一个 男子组 陪跑 万国平")
        #expect(signedUp.module == "pingpong")
        #expect(signedUp.caseID != nil)
        #expect(signedUp.text.contains("比赛报名"))
        let asked = desk.say("球室咨询 女子组报名截止了吗")
        #expect(asked.module == "pingpong")
        #expect(!asked.text.contains("比赛报名"))
    }

    /// Someone who already gave a scammer something gets the warning and a 求助 case, for staff to help with the bank and
    /// the police; a near miss gets the warning alone.
    @Test func aScamVictimIsHelped() throws {
        let desk = try TestDesk(modules: deskModules)
        let victim = desk.relay("我婆婆收到短信说社保卡要冻结 她点了链接 还填了卡号 么样办", group: "汉口道6号邻里群", sender: "3幢小邵")
        #expect(victim.module == "appeals")
        #expect(victim.caseID != nil)
        #expect(victim.text.contains("96110"))
        let nearMiss = try TestDesk(modules: deskModules)
            .relay("收到个短信 说医保卡要冻结 点链接解冻 我差点点了 还好冇填 这是不是骗子", group: "汉口道6号邻里群", sender: "5幢老聂")
        #expect(nearMiss.caseID == nil)
        #expect(nearMiss.text.contains("96110"))
        #expect(!FraudVictim.acted("还好我冇点 直接删了"))
    }

    /// The pocket park's lake, its railings and signs, and plants taken from its beds are the park's upkeep.
    @Test func theParksLakeRailingsAndBedsAreItsUpkeep() throws {
        let desk = try TestDesk(modules: deskModules)
        let report = try #require(desk.desk.serviceRef(code: "park-report"))
        for line in ["湖旁边的护栏拆掉一个冬天了 还是冇装回来", "花坛里刚栽的几株茶花昨晚上被人挖跑了", "小湖里的水发绿发臭 到底么时候清一下"] {
            #expect(desk.desk.router.decide(line).bestService == report)
        }
    }
}
