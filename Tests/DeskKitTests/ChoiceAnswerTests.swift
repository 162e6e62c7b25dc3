@testable import DeskKit
import DeskTesting
import Testing

@Suite("Choice questions answered as people answer them")
struct ChoiceAnswerTests {
    let names = ["企业职工", "城乡居民", "机关事业", "未领养老金"]

    @Test(arguments: [("第一个", 0), ("第2个", 1), ("选3", 2), ("2号", 1), ("二", 1), ("第四项", 3), ("最后一个", 3),
                      ("③", 2), ("城乡", 1), ("机关", 2), ("养老", 3), ("就第一个吧", 0), ("第二个。", 1)])
    func picks(_ answer: String, _ index: Int) {
        #expect(ChoiceAnswer.index(answer, names: names) == index)
    }

    /// Out of range, part of no name or of several (`职工` is only in one, `事` in one but too short), or no answer.
    @Test(arguments: ["第五个", "0", "居民职工", "随便", "", "事"])
    func picksNothingWhenUnclearOrOutOfRange(_ answer: String) {
        #expect(ChoiceAnswer.index(answer, names: names) == nil)
    }

    @Test func yesAndNoAnswerAConfirmation() {
        let confirm = ["确认导入", "不导入"]
        #expect(ChoiceAnswer.index("好的", names: confirm, keys: ["yes", "no"]) == 0)
        #expect(ChoiceAnswer.index("不了", names: confirm, keys: ["yes", "no"]) == 1)
        // Not a confirmation: 好的 picks nothing.
        #expect(ChoiceAnswer.index("好的", names: names) == nil)
    }

    @Test func aFieldQuestionTakesAnOrdinal() throws {
        let desk = try TestDesk(modules: [FaultModule()])
        let asked = desk.say("故障 水印桃源3栋2单元502 坏了")
        #expect(asked.status == .ask && asked.text.contains("类别"))
        let r = desk.say("第二个")
        let id = try #require(r.caseID)
        #expect(r.status == .created)
        #expect(try desk.case(id).category == "water")
    }
}
