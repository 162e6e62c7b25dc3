@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The forty-third round's reading, from the forty-second corpus's misses and lines written for the forty-third's
/// angles: dangers said in new words and a smoke that is none, a unit's word on a resident's case, neighbours'
/// nuisances, lost things and quarrels, the community's gatherings, visits moved, questions answered at the counter,
/// a service asked for someone, a chase by its words, a numbered lift, and a fault where an office's work is done.
@Suite("Understanding: new danger words, a unit's word on a case, neighbours, gatherings, visits moved, questions answered at the counter, a service asked for someone")
struct FortyThirdReadingTests {
    /// A call not waking someone, a person pinned, a child missing or locked in a car, a fall heard at night: each is
    /// the danger it is; a neighbour's cigarette smoke and a young man not finding work are none.
    @Test func newDangerWordsAndALookAlike() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "外婆睡到现在 叫她不醒 手也是凉的")?.id == "medical")
        #expect(guide.emergency(in: "工地的脚手架倒下来 压住一个人 在喊救命")?.id == "medical")
        #expect(guide.emergency(in: "半夜隔壁咚的一声 然后有人在哼 好像是独居的周爹爹")?.id == "medical")
        #expect(guide.emergency(in: "学校门口有个小女孩不见了 家长急得哭")?.id == "missing")
        #expect(guide.emergency(in: "伢在商场里找了半个钟头冇找到 穿黄衣服")?.id == "missing")
        #expect(guide.emergency(in: "东门一台黑色轿车内锁着个两岁伢 大人不在")?.id == "car")
        #expect(guide.emergency(in: "楼下天天在阳台抽烟 烟都飘到我家来了") == nil)
        #expect(guide.emergency(in: "侄子毕业半年了 工作还冇找到") == nil)
    }

    /// The property's manager telling the group the work is done goes, silently, on the resident's open case — and
    /// leaves it open; with no case to go on, the line is the unit's own.
    @Test func aUnitsWordGoesOnTheCase() throws {
        let desk = try TestDesk(modules: deskModules)
        let report = desk.relay("奥园5栋2单元楼道灯坏了 三楼到六楼都不亮", group: "奥园业主群", sender: "奥园 阿彬")
        let id = try #require(report.caseID)
        let news = desk.relay("阿彬 5栋2单元的灯管换好了 晚上再看一下", group: "奥园业主群", sender: "奥园物业小袁")
        #expect(news.status == .ignored)
        #expect(news.caseID == id)
        #expect(news.text.isEmpty)
        #expect(try desk.events(id).contains { $0.note?.contains("灯管换好了") == true })
        #expect(try desk.case(id).status.isOpen)
        let alone = desk.relay("明天上午检修二次供水 请大家提前储水", group: "汉口道6号邻里群", sender: "水电工老陆")
        #expect(alone.status == .ignored)
        #expect(alone.caseID == nil)
    }

    /// A dog barking night after night is a complaint; news that it stopped is not.
    @Test func aDogBarkingEveryNightIsAComplaint() throws {
        let desk = try TestDesk(modules: deskModules)
        let barking = desk.relay("楼下那家的狗每天半夜叫 叫得人睡不着 哪家的啊", group: "水印桃源1群", sender: "桃源 小鞠")
        #expect(barking.module == "appeals")
        #expect(barking.caseID != nil)
        let quiet = desk.relay("那条狗这几天不叫了 清静", group: "水印桃源2群", sender: "桃源 老卜")
        #expect(quiet.caseID == nil)
    }

    /// Lost and found posted among neighbours, and a neighbour answering back in a quarrel, are their own talk.
    @Test func lostThingsAndRetortsAreNeighboursTalk() throws {
        #expect(LostProperty.posted(CharacterPresence("谁的门禁卡掉在3栋门口 我捡到放物业了")))
        #expect(!LostProperty.posted(CharacterPresence("社保卡丢了么样补办")))
        #expect(Retort.says(CharacterPresence("关你什么事 我家门口我想放就放")))
        #expect(!Retort.says(CharacterPresence("楼上每晚剁排骨到十一点 吵得伢睡不着")))
        let desk = try TestDesk(modules: deskModules)
        let found = desk.relay("谁的门禁卡掉在3栋门口 我捡到放物业了", group: "顺驰泊林业主群", sender: "泊林 小温")
        #expect(found.status == .ignored)
        #expect(found.caseID == nil)
        let retort = desk.relay("关你什么事 我家门口我想放就放", group: "奥园业主群", sender: "奥园 老麦")
        #expect(retort.status == .ignored)
        #expect(retort.caseID == nil)
    }

    /// Asked when and where a gathering is, the desk says where the community's arrangements are posted; a sign-up in
    /// its thread is for the organiser.
    @Test func theCommunitysGatherings() throws {
        #expect(CommunityEvent.signsUp(CharacterPresence("元宵猜灯谜报名 我们家两个")))
        #expect(!CommunityEvent.signsUp(CharacterPresence("周日公园除草 我报名")))
        let desk = try TestDesk(modules: deskModules)
        let asked = desk.relay("敬老宴在哪里办 几点开始", group: "汉口道6号邻里群", sender: "汉口道 胡姐")
        #expect(asked.status == .answered)
        #expect(asked.text.contains("社区和驿站的安排"))
        let signed = desk.relay("元宵猜灯谜报名 我们家两个", group: "水印桃源2群", sender: "桃源 小季")
        #expect(signed.status == .ignored)
        #expect(signed.caseID == nil)
    }

    /// A booked repair moved to another day goes to the repairs, not to care.
    @Test func aVisitMovedGoesToItsService() throws {
        let desk = try TestDesk(modules: deskModules)
        let moved = desk.relay("约了礼拜四来修窗户的师傅 我那天上班 能不能改到礼拜六", group: "顺驰泊林业主群", sender: "泊林 阿宏")
        #expect(moved.module == "repairs")
    }

    /// A question no service takes, written down with its answer, is answered through staff and opens nothing.
    @Test func aQuestionAnsweredAtTheCounter() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("10月3日 居民问国庆期间驿站几点有人 已答 上午九点到十二点")
        #expect(reply.status == .answered)
        #expect(reply.caseID == nil)
    }

    /// Care asked for an elder living alone is its request; asked how to apply, it is its answer.
    @Test func aServiceAskedForSomeone() throws {
        let desk = try TestDesk(modules: deskModules)
        let asked = desk.relay("我外公一个人住奥园9栋 能不能给他订个午饭", group: "奥园业主群", sender: "奥园 小储")
        #expect(asked.module == "care-visits")
        #expect(asked.caseID != nil)
        let how = desk.relay("送餐上门么样申请 要什么材料", group: "奥园业主群", sender: "奥园 小储")
        #expect(how.status == .answered)
        #expect(how.caseID == nil)
    }

    /// A chase with no case goes to the service its words name; a numbered lift is no room; a fault in the
    /// after-school class's room is a repair.
    @Test func aChaseANumberedLiftAndAFaultWhereAnOfficeWorks() throws {
        let desk = try TestDesk(modules: deskModules)
        let chase = desk.relay("说好上午来修水管 到现在还冇人来", group: "汉口道6号邻里群", sender: "汉口道 小满")
        #expect(chase.module == "repairs")
        let place = desk.desk.addresses.read("奥园6栋3号梯的楼层按钮不亮了")
        #expect(place.building == 6)
        #expect(place.room == nil)
        let lift = desk.say("奥园6栋3号梯的楼层按钮不亮了")
        let liftCase = try #require(lift.caseID)
        #expect(try desk.case(liftCase).category == "电梯")
        let fault = desk.say("驿站1托管班教室的空调不制冷了 请物业来修")
        #expect(fault.module == "repairs")
    }
}
