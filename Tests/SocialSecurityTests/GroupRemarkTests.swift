import DeskKit
import DeskTesting
@testable import SocialSecurity
import Testing

/// A neighbour's remark in a group that the model hears as social security's opens no consultation ticket; a
/// question, or a line that names a matter of social security, still does when the knowledge base has no answer.
@Suite("Social security: remarks in a group")
struct GroupRemarkTests {
    @Test func aRemarkThatAsksNothingOpensNoTicket() throws {
        let desk = try TestDesk(modules: [SocialSecurity()])
        let remark = desk.relay("这样还差不多", group: "顺驰泊林业主群", sender: "泊林 老屈")
        #expect(remark.caseID == nil)
        #expect(remark.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    @Test func aMatterNamedStillOpensOne() throws {
        let desk = try TestDesk(modules: [SocialSecurity()])
        let debit = desk.relay("改档的短信来了 但是这个月银行扣款失败了 我卡里有钱啊", group: "汉口道6号邻里群", sender: "汉口道 阿豪")
        #expect(debit.module == "social-security")
        #expect(debit.caseID != nil)
    }
}
