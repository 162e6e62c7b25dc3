@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The forty-sixth round's reading, from the forty-fifth corpus's misses and lines written for the forty-sixth's
/// angles (cars, parking and charging; children's schooling; renovation): care visits staff record at the counter,
/// a heart attack's signs, a danger told after an emergency's question has waited, other offices' questions (charging
/// points, renovation, school places, a child after school), a child locked in a car, a hammer raised, and the raiser's
/// further words kept on a waiting emergency.
@Suite("Understanding: care visits recorded, chest pain, later dangers, offices of the angles, a raiser's words kept")
struct FortySixthReadingTests {
    /// A visit or a call made to someone in the care team's charge, typed at the counter with or without a tick, is a
    /// record of care work: the care module keeps it as a case (so is an elder put on the daily visits, which the first
    /// sets filed as nothing to do). A visit to settle a neighbours' quarrel or to look at a lock is not.
    @Test func careVisitsRecordedAtTheCounter() throws {
        let desk = try TestDesk(modules: deskModules)
        let visit = desk.say("3月2日周四 泊林9栋 独居的符爹爹 探访 腿消肿了 冰箱有菜 ✓")
        #expect(visit.module == "care-visits")
        #expect(visit.caseID != nil)
        let call = desk.say("3月3日周五 奥园 独居老人电话问候5户 都好 ✓")
        #expect(call.module == "care-visits")
        let chat = desk.say("3月4日周六 村湾 闵婆婆 银发队陪聊 她说想学用手机看戏 ✓")
        #expect(chat.module == "care-visits")
        let listed = desk.say("3月5日周日 汉口道2栋 阙婆婆出院了 列入每天探访")
        #expect(listed.module == "care-visits")
        let quarrel = desk.say("3月4日周六 桃源6栋 楼上楼下为晾衣服滴水吵架 已上门 两家都说好了")
        #expect(quarrel.module != "care-visits")
        let mailbox = try TestDesk(modules: deskModules).say("3月6日周一 奥园3栋 信报箱的锁坏了 上门看了 物业换好了")
        #expect(mailbox.module != "care-visits")
    }

    /// Chest pain with a pale face or a cold sweat is a heart attack's sign: the danger's instruction comes first.
    @Test func chestPainWithSweatIsAnEmergency() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "我老公搬完柜子说胸口疼 额头上全是冷汗 靠在沙发上不动")?.id == "medical")
        #expect(guide.emergency(in: "楼下张叔爬到五楼 胸口痛 脸发白 蹲在那里")?.id == "medical")
        #expect(guide.emergency(in: "上个月胸口痛去查了 医生说是肋间神经痛") == nil)
    }

    /// Half an hour after a neighbour reported one danger and was asked where it is, the same neighbour telling another
    /// is answered with that danger's instruction — not taken for a wrong answer, nor left in silence.
    @Test func aLaterDangerIsNotSwallowedByTheFirstOnesQuestion() throws {
        let desk = try TestDesk(modules: deskModules)
        let first = desk.relay("有个客人喝多了倒在门口 喊不醒 吐了一地", group: "李家墩村湾群", sender: "村湾 覃叔")
        #expect(first.text.contains("紧急"))
        desk.clock.advance(hours: 0.5)
        let second = desk.relay("我屋里老头子刚才说胸口痛 脸白得吓人 一身的汗", group: "李家墩村湾群", sender: "村湾 覃叔")
        #expect(second.text.hasPrefix("【有人受伤或急病·紧急】"))
    }

    /// Questions other offices answer, from the round's angles: how the estate's charging points charge (not the
    /// club's fees), what to do before renovating and whether a contractor may use the goods lift, a school place
    /// offered for money.
    @Test func chargingRenovationAndSchoolPlacesAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let charging = desk.relay("小区里的充电桩怎么收费的 是按度算么", group: "奥园业主群", sender: "奥园 阿朋")
        #expect(charging.status == .answered)
        #expect(charging.text.contains("运营商"))
        #expect(!charging.text.contains("会费"))
        let renovating = desk.relay("下个月打算装修 要不要先去哪里登记 押金多少", group: "顺驰泊林业主群", sender: "泊林 小鄢")
        #expect(renovating.text.contains("装修登记"))
        let lift = desk.relay("师傅问能不能用货梯 要运地板上去", group: "汉口道6号邻里群", sender: "汉口道 卢姐")
        #expect(lift.text.contains("货梯预约"))
        let place = desk.relay("听说有人交三万块就能包进重点初中 靠得住么", group: "水印桃源1群", sender: "桃源 邹姐")
        #expect(place.text.contains("教育局"))
        #expect(place.text.contains("110"))
        let afterSchool = desk.relay("伢放学回来一个人在屋里 冇人管 社区有没有托管的地方", group: "奥园业主群", sender: "奥园 阿朋")
        #expect(afterSchool.text.contains("四点半课堂"))
    }

    /// A child locked in a car and crying inside, a hammer raised at a neighbour's door: their own dangers, first.
    @Test func aChildLockedInACarAndAHammerRaised() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "超市门口一台红车里锁了个伢 在里面哭 车主不晓得去哪了")?.id == "car")
        #expect(guide.emergency(in: "对门的提着榔头在我门口骂 说要弄死我")?.id == "violence")
        #expect(guide.emergency(in: "这几天装修天天拿锤子敲墙 烦死了") == nil)
    }

    /// While the desk still asks where their emergency is, the raiser's further words that answer nothing (`我喊了半天她都
    /// 不应`) are kept on the emergency's case for the staff who go — silently, and not lost.
    @Test func theRaisersFurtherWordsAreKeptOnTheEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        let first = desk.relay("楼梯间有个婆婆摔了 头上在流血 叫她冇反应", group: "水印桃源2群", sender: "桃源 阿敏")
        let id = try #require(first.caseID)
        let more = desk.relay("我喊了半天她都不应 手冰凉的", group: "水印桃源2群", sender: "桃源 阿敏")
        #expect(more.caseID == id)
        #expect(more.text.isEmpty)
        #expect(try desk.events(id).contains { $0.note?.contains("手冰凉的") == true })
    }
}
