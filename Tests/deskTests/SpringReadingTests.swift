@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The sixteenth round's reading: a lift trapping told from inside, a parent gone missing, the alarm raiser's
/// word that the lost man is found while the desk still asks where, and cries that are no questions.
@Suite("Understanding: told from inside, found while asked where, cries")
struct SpringReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func aLiftTrappingToldFromInsideIsTheLiftsEmergency() throws {
        let r = desk.relay("5栋1号电梯卡在9楼 我和我妈在里头 按铃冇人应", group: "汉口道6号邻里群", sender: "汉口道 小陆")
        #expect(r.text.hasPrefix("【有人被困"))
        #expect(r.module == "repairs")
        #expect(try desk.cases().contains { $0.urgent })
    }

    @Test func aParentGoneMissingIsAMissingPerson() throws {
        let r = desk.relay("我爸不见了 八十多了 穿灰棉袄 早上出门买菜就冇回来", group: "奥园业主群", sender: "奥园 小卢")
        #expect(r.text.hasPrefix("【有人走失"))
        #expect(r.text.contains("110"))
    }

    @Test func foundWhileAskedWhereIsOverNotTheAnswer() throws {
        let alarm = desk.relay("我爸不见了 八十多了 穿灰棉袄 早上出门买菜就冇回来", group: "奥园业主群", sender: "奥园 小卢")
        let urgent = try #require(alarm.caseID)
        desk.clock.advance(hours: 0.5)
        // Where he was found is no answer to where the emergency is: the danger is over.
        let over = desk.relay("找到了 在东门公交站 家里人接回来了", group: "奥园业主群", sender: "奥园 小卢")
        #expect(over.status == .answered)
        #expect(over.text.contains(urgent) && !over.text.contains("马上赶到"))
        #expect(try desk.events(urgent).contains { $0.note?.contains("家里人接回来了") == true })
        #expect(try desk.cases().count == 1)
    }

    @Test(arguments: ["今天这么冷", "那么多人排队", "好人哪", "我的天哪 吓死我了"])
    func aCryOrADegreeAsksNothing(_ line: String) {
        #expect(!QuestionForm.asks(line))
    }

    @Test(arguments: ["你在哪", "么样办", "这么晚了还开不开门", "那么多钱 是不是骗子"])
    func questionsStillAsk(_ line: String) {
        #expect(QuestionForm.asks(line))
    }

    @Test func thanksToVolunteersOpenNoCase() throws {
        let r = desk.relay("志愿者把楼道扫得干干净净 窗户也擦了 好人哪", group: "顺驰泊林业主群", sender: "泊林 阿吉")
        #expect(r.text.isEmpty)
        #expect(try desk.cases().isEmpty)
    }

    @Test func theCareTeamsBathsAreCareVisits() {
        let r = desk.relay("助浴下次能不能早点来 我妈等了一上午", group: "汉口道6号邻里群", sender: "汉口道 小伍")
        #expect(r.module == "care-visits")
    }
}
