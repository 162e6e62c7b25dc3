import DeskKit
import DeskTesting
import Testing
@testable import SocialSecurity

/// A question about the asker's own file — a pension lower this month, a transfer waiting — is not answered with
/// the knowledge base's general text: staff look the file up (a consultation case).
@Suite("Social security: questions about one's own file")
struct OwnFileQuestionTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [SocialSecurity()]) }

    @Test(arguments: ["社保 我的养老保险转移一直卡住 原单位在东莞 已经三个月了 社区能不能帮我问一下",
                      "社保 养老金这个月怎么少了两百块", "社保 汉口道 2栋1单元 2304 邵建明 社保转移 东莞 补材料 已交 等审核"])
    func aQuestionAboutOnesOwnFileIsACaseForStaff(_ line: String) throws {
        let r = desk.say(line)
        let id = try #require(r.caseID)
        #expect(try desk.case(id).category == "咨询")
        #expect(r.text.contains("核实后答复"))
    }

    @Test func aGeneralQuestionIsStillAnswered() throws {
        #expect(!SocialSecurity.asksAboutOwnFile("社保转移要多长时间"))
        let r = desk.say("社保 社保转移要多长时间")
        #expect(r.caseID == nil)
        #expect(r.status == .answered)
    }
}
