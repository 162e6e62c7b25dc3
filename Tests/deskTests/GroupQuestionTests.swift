@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// In a group the desk answers questions; a closing particle makes one.
@Suite("Understanding: what asks in a group")
struct GroupQuestionTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

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

    @Test(arguments: ["今年城乡居民医保一个人交好多钱", "上个月的账还冇公示 球友会的人出来说一下"])
    func howMuchAndPleasToExplainAsk(_ line: String) {
        #expect(QuestionForm.asks(line))
    }

    @Test(arguments: ["说了也不听", "我不去了 太冷", "她叫邓桂芳 好像是5栋2单元 十几楼", "好几天冇看到她了"])
    func aNegationInsideTheLineDoesNotAsk(_ line: String) {
        #expect(!QuestionForm.asks(line))
    }
}

/// Questions about what another office does get where to go (the office directory in seeds), not a complaint case.
@Suite("Understanding: where to go for what the community does not do")
struct OfficeQuestionTests {
    @Test(arguments: [("请问物业费发票能开电子的吗 公司报销要", "物业服务中心"), ("社区有冇得开无犯罪记录证明的 公司要", "派出所"),
                      ("有没有人晓得 社区有没有老年大学 我妈想学画画", "老年大学"), ("请问我的燃气卡在哪里充值 驿站可以吗", "燃气公司"),
                      ("我刚收到短信说我的医保卡有问题 点链接处理 是真的吗", "96110")])
    func answeredWithWhereToGo(_ line: String, _ place: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.relay(line, group: "奥园业主群", sender: "小周")
        #expect(r.status == .answered)
        #expect(r.text.contains(place))
        #expect(try desk.cases().isEmpty)
    }
}
