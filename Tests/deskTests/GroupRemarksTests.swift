@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// In a group the desk answers questions, not remarks that happen to name one of its services.
@Suite("Understanding: a remark about a service is not a question")
struct GroupRemarksTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: ["今天乒乓球室好多人 都在练比赛 没地方打了[流泪]", "打个乒乓球还要交会费哦 以前都是免费的"])
    func aRemarkNamingTheRoomGetsNoAnswer(_ line: String) throws {
        let r = desk.relay(line, group: "奥园业主群", sender: "球迷老胡")
        #expect(r.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    @Test(arguments: ["比赛能去看啵 不是会员", "乒乓球室开放时间", "我想了解一下乒乓球室的会费标准 帮我妈打听的"])
    func aQuestionOrAFewWordsAskingAreAnswered(_ line: String) {
        let r = desk.relay(line, group: "水印桃源2群", sender: "球迷老胡")
        #expect(r.module == "pingpong")
        #expect(r.status == .answered)
    }

    @Test(arguments: ["明年还要搞不 我怕又忘记了", "不是会员能报名啵", "要带身份证不"])
    func aClosingParticleAsks(_ line: String) {
        #expect(QuestionForm.asks(line))
    }

    @Test(arguments: ["说了也不听", "我不去了 太冷"])
    func aNegationInsideTheLineDoesNotAsk(_ line: String) {
        #expect(!QuestionForm.asks(line))
    }
}
