import DeskKit
import DeskTesting
@testable import ElderCertification
import Testing

/// A resident who asks the community to do or check a certification gets a case someone acts on, not only the
/// general answer.
@Suite("Elder certification: asking for help")
struct CertificationHelpTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: [ElderCertification()]) }

    @Test func askingForHelpInAGroupOpensACaseForTheGridWorker() throws {
        let r = desk.relay("社区能不能帮我家老人在手机上做认证 他不会弄人脸识别 水印桃源6栋1单元402", group: "水印桃源2群", sender: "小邓")
        let record = try desk.case(try #require(r.caseID))
        #expect(record.module == "elder-certification")
        #expect(record.title.contains("帮做认证"))
        #expect(r.text.contains("人脸识别"), "the ways to certify still follow")
    }

    @Test func askingForItToBeDoneIsHelp() {
        #expect(CertificationDesk.asksItDone("柏婆婆今年的认证还冇做 请上门做一下 她眼睛不好"))
        #expect(CertificationDesk.asksItDone("汤爹爹手机上刷不过 他想在这里做"))
        // Which place to choose is a question.
        #expect(!CertificationDesk.asksItDone("认证要回老家做还是在这里做"))
    }

    @Test func askingToCheckOpensALookUp() throws {
        let r = desk.relay("我妈今年认证了冇 帮我查查", group: "水印桃源2群", sender: "小宋")
        let record = try desk.case(try #require(r.caseID))
        #expect(record.title.contains("查认证情况"))
        #expect(r.text.contains("姓名和住址"), "the name and address are still needed")
    }

    @Test func aQuestionAboutHowItWorksIsOnlyAnswered() throws {
        let r = desk.relay("养老金认证一年要做几次", group: "水印桃源2群", sender: "小李")
        #expect(r.caseID == nil)
        #expect(r.text.contains("每个自然年"))
        #expect(try desk.cases().isEmpty)
    }

    @Test func aCertificationDoneThatTheRecordDoesNotShowIsLookedUp() throws {
        let r = desk.relay("上个月在驿站当面认证过的 今天在手机上看还是显示冇认证 么回事", group: "水印桃源1群", sender: "桃源老樊")
        let record = try desk.case(try #require(r.caseID))
        #expect(record.title.contains("查认证情况"))
    }
}

/// Staff at the counter typing an elder with a benefit and nothing asked bring the application; a question passed
/// on is answered.
@Suite("Elder certification: a benefit's application typed at the counter")
struct CounterBenefitTests {
    @Test func anElderWithTheBenefitIsAnApplication() throws {
        let desk = try TestDesk(modules: [ElderCertification()])
        let r = desk.say("泊林 林爹爹 老年优待证 他刚满60 11月生的")
        #expect(r.module == "elder-certification")
        #expect(r.status == .created)
        #expect(r.text.contains("代办"))
    }

    @Test(arguments: ["婆婆问优待证要带么东西", "优待证满60岁就能办吗"])
    func aQuestionIsAnswered(_ line: String) throws {
        let desk = try TestDesk(modules: [ElderCertification()])
        let r = desk.say(line)
        #expect(r.status == .answered)
    }
}
