@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The forty-seventh round's reading, from the forty-sixth corpus's misses and lines written for the forty-seventh's
/// angles (shops and the market; tenants and landlords; heat, power and water): dangers told in staff's shorthand or
/// as someone pinned under what fell, a child at a window, fumes from a generator, heatstroke's signs in a hot room, a
/// knife chasing people, a game lost told with 救命; who pays for damage disputed; an elder without a fan in the heat;
/// a counter record with a check still to come; and offices for a stall, a water tank and a cooling point.
@Suite("Understanding: dangers of the season, damage disputed, heat hardship, checks to come, the season's offices")
struct FortySeventhReadingTests {
    /// Dangers the first sets had no words for: staff's shorthand for a child locked in a car and a hammer with a threat,
    /// a father under a fallen scaffold, a child at a window about to fall, a generator's fumes, heatstroke's signs in a
    /// hot room, a knife chasing people. Not: a thing about to fall where children pass, a fan that will not turn.
    @Test func theSeasonsDangersAreRecognised() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "6月2日 泊林地面车位 白色轿车内锁有幼儿 车内高温 已报110")?.id == "car")
        #expect(guide.emergency(in: "5楼住户持锤子堵在邻居门口 扬言打死人 已报110")?.id == "violence")
        #expect(guide.emergency(in: "菜场门口有个醉汉拿刀追着人跑")?.id == "violence")
        #expect(guide.emergency(in: "围墙边的棚子垮了 把胡爹爹压在下面了 快来人")?.id == "medical")
        #expect(guide.emergency(in: "对面楼有个小孩趴在窗台上 防护栏都歪了 快掉下去了") != nil)
        #expect(guide.emergency(in: "仓库里开着发电机 门关着 搬货的小伙子头晕 说想吐")?.id == "charcoal")
        #expect(guide.emergency(in: "顶楼的汪婆婆热得人迷糊了 喊她都不大应")?.id == "medical")
        #expect(guide.emergency(in: "阳台那块瓷砖松了 随时要掉下来 伢们天天从下面过") == nil)
        #expect(guide.emergency(in: "热得睡不着 家里电扇也转不动了") == nil)
    }

    /// The instruction for someone taken ill says what to do for heatstroke and for choking, the season's two.
    @Test func theIllnessInstructionCoversHeatAndChoking() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay("我外公吃粽子噎住了 说不出话 脸都紫了", group: "奥园业主群", sender: "奥园 小雯")
        #expect(reply.text.hasPrefix("【有人受伤或急病·紧急】"))
        #expect(reply.text.contains("降温"))
        #expect(reply.text.contains("向上冲压"))
    }

    /// A game lost told with 救命 is talk, not a cry for help.
    @Test func aGameLostIsNoCryForHelp() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "象棋又被老周将死了 输得好惨 救命") == nil)
        #expect(guide.emergency(in: "救命 有人掉到塘里了") != nil)
    }

    /// Damage whose payment is disputed, or a deposit a landlord keeps, is the community's to settle (a 诉求 case), not
    /// the repair its words name; damage with no dispute is still a repair.
    @Test func whoPaysForDamageIsSettledNotRepaired() throws {
        let desk = try TestDesk(modules: deskModules)
        let ceiling = desk.relay("楼上装修把我家卫生间吊顶弄坏了 谁赔 他们说不关他们的事", group: "水印桃源1群", sender: "桃源 小蒋")
        #expect(ceiling.module == "appeals")
        #expect(ceiling.caseID != nil)
        let deposit = try TestDesk(modules: deskModules)
            .relay("搬走半个月了 押金还冇退 房东电话也不接", group: "汉口道6号邻里群", sender: "汉口道 小邬")
        #expect(deposit.module == "appeals")
        let leak = try TestDesk(modules: deskModules).relay("楼上漏水 把我家天花板泡坏了", group: "奥园业主群", sender: "奥园 老谷")
        #expect(leak.module == "repairs")
    }

    /// An elder told to be alone without a fan in the heat is care for the grid worker to arrange (a case), not the
    /// general answer on how care visits work.
    @Test func anElderWithoutAFanInTheHeatIsACareCase() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay("3栋的吕婆婆屋里连个电扇都冇得 这几天36度 她一个人住", group: "水印桃源2群", sender: "桃源 阿芬")
        #expect(reply.module == "care-visits")
        #expect(reply.caseID != nil)
        let other = try TestDesk(modules: deskModules)
            .relay("楼下的牛爹爹屋里冇空调 这两天38度 他一个人在家", group: "顺驰泊林业主群", sender: "泊林 阿满")
        #expect(other.module == "care-visits")
        #expect(other.caseID != nil)
    }

    /// A record of a complaint taken up that names a check still to come, or a deadline given, keeps the matter open:
    /// a case, not work done.
    @Test func aRecordWithACheckToComeKeepsTheMatterOpen() throws {
        let desk = try TestDesk(modules: deskModules)
        let record = desk.say("6月10日 奥园7栋楼道堆了一排旧家具 已上门找到住户 让他周末搬走 下周复查")
        #expect(record.caseID != nil)
        #expect(record.status != .ignored)
        let done = try TestDesk(modules: deskModules).say("6月10日 奥园7栋楼道的旧家具 住户已搬走 复查了 干净了")
        #expect(done.caseID == nil)
    }

    /// Questions other offices answer: where to get a stall allowed, when the water tank is cleaned, where to cool off.
    /// A stall complained of is a complaint, not the stall office's answer.
    @Test func stallWaterTankAndCoolingQuestionsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let stall = desk.relay("夏天晚上想在菜场边上摆个摊卖凉面 摆摊要办什么手续", group: "顺驰泊林业主群", sender: "泊林 阿满")
        #expect(stall.status == .answered)
        #expect(stall.text.contains("城管"))
        let tank = desk.relay("我们楼顶的水箱多久洗一次 水里有点沉淀", group: "奥园业主群", sender: "奥园 老谷")
        #expect(tank.status == .answered)
        #expect(tank.text.contains("清洗"))
        let cooling = desk.relay("这么热 社区有冇得纳凉点 想带我爸去坐一下", group: "李家墩村湾群", sender: "村湾 小翠")
        #expect(cooling.status == .answered)
        #expect(cooling.text.contains("纳凉点"))
        let blocked = try TestDesk(modules: deskModules)
            .relay("东门口那几个摆摊的把盲道全占了 推轮椅过不去", group: "奥园业主群", sender: "奥园 老谷")
        #expect(blocked.status != .answered)
    }
}
