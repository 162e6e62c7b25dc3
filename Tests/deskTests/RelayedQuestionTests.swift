@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// Staff at the counter passing on what the resident they serve asks besides: the question goes on the case just
/// opened for that resident, with the desk's answer when it has one.
@Suite("Counter: a question passed on for the resident of the case just opened")
struct RelayedQuestionTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func aQuestionPassedOnGoesOnTheCaseWithTheAnswer() throws {
        let opened = desk.say("桃源7栋2单元102 田婆婆 独居 82岁 女儿想请志愿者每个礼拜去看一次")
        let id = try #require(opened.caseID)
        let asked = desk.say("她顺便问乒乓球室几点开门")
        #expect(asked.caseID == id)
        #expect(asked.module == "care-visits")
        #expect(asked.status == .updated)
        #expect(asked.text.contains("开放时间"))
        #expect(try desk.events(id).contains { $0.note?.contains("乒乓球室几点开门") == true })
        #expect(try desk.cases().count == 1)
    }

    @Test func aQuestionNoServiceAnswersIsLeftForStaffOnTheCase() throws {
        let opened = desk.say("桃源7栋2单元102 田婆婆 独居 82岁 女儿想请志愿者每个礼拜去看一次")
        let id = try #require(opened.caseID)
        let asked = desk.say("他顺便问灯笼挂到几号撤")
        #expect(asked.caseID == id)
        #expect(asked.text.contains("一并答复"))
    }

    @Test func afterAnAnswerTheQuestionIsItsOwn() throws {
        _ = desk.say("乒乓球室几点开门")
        let asked = desk.say("她又问会费多少钱")
        #expect(asked.status == .answered)
        #expect(try desk.cases().isEmpty)
    }

    @Test func anotherResidentsQuestionIsItsOwn() throws {
        _ = desk.say("桃源7栋2单元102 田婆婆 独居 82岁 女儿想请志愿者每个礼拜去看一次")
        let asked = desk.say("居民问居住证在哪里办")
        #expect(asked.status == .answered)
        #expect(asked.caseID == nil)
    }

    @Test(arguments: ["她顺便问今年的居民医保一个人交好多钱", "他女儿又问高龄津贴是不是也要重新认", "婆婆问一个月要交几多钱", "邓老师问少儿班一周几次"])
    func relayedQuestions(_ line: String) {
        #expect(RelayedSpeech.asks(line))
    }

    @Test(arguments: ["居民问居住证在哪里办", "问一下乒乓球室几点开门", "她说明天再来", "后面还有个婆婆问认证"])
    func notRelayedQuestions(_ line: String) {
        #expect(!RelayedSpeech.asks(line))
    }

    @Test func anIDNumberGivenWithWordsGoesOnTheCaseJustOpened() throws {
        let opened = desk.say("桃源7栋2单元102 田婆婆 独居 82岁 女儿想请志愿者每个礼拜去看一次")
        let id = try #require(opened.caseID)
        let given = desk.say("身份证少打了最后一位 是42010219400101002X 她女儿核对过的")
        #expect(given.caseID == id)
        #expect(given.status == .updated)
        #expect(!given.text.contains("42010219400101002X"))
        #expect(try desk.cases().count == 1)
    }

    @Test func anIDNumberAfterAnAnswerBeginsTheServiceItInvited() throws {
        let answered = desk.say("社区有冇得给独居老人定期上门看看的")
        #expect(answered.status == .answered)
        let given = desk.say("温婆婆 420111194401301981")
        #expect(given.module == "care-visits")
        #expect(given.status == .created)
    }
}
