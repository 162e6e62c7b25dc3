import DeskKit
import DeskTesting
@testable import ElderCertification
import Testing

/// Staff at the counter telling how the year's list of elders not yet certified goes get a case to see it through,
/// not the general answer on how certification works.
@Suite("Elder certification: the list worked through at the counter")
struct CertificationListWorkTests {
    @Test func progressOnTheListIsKeptOnACase() throws {
        let desk = try TestDesk(modules: [ElderCertification()])
        let r = desk.say("村湾认证名单上30个人 做了24个 还有6个在外地打工 让子女在手机上做")
        let record = try desk.case(try #require(r.caseID))
        #expect(record.module == "elder-certification")
        #expect(record.title.hasPrefix("认证名单跟进"))
        #expect(!r.text.contains("每个自然年"))
    }

    @Test func aListToldDoneOrAQuestionIsNotACase() throws {
        let desk = try TestDesk(modules: [ElderCertification()])
        #expect(desk.say("桃源今年的认证名单全部完成 最后一个上门做了").caseID == nil)
        let asked = desk.relay("手机上显示未认证 是么回事", group: "水印桃源2群", sender: "小李")
        #expect(asked.text.contains("每个自然年"))
    }
}
