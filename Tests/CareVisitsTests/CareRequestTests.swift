import DeskKit
import DeskTesting
import Testing
@testable import CareVisits

@Suite("Care visits: a resident asks the community to arrange care")
struct CareRequestTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [CareVisits()]) }

    @Test func aRequestForRegularVisitsIsACaseForTheGridWorker() throws {
        let r = desk.relay("我爸一个人住水印桃源5栋2单元301 我在外地上班 能不能请社区的志愿者定期去看看他",
                           group: "水印桃源1群", sender: "小吴")
        #expect(r.status == .created)
        let c = try desk.case(#require(r.caseID))
        #expect(c.category == "关爱申请" && c.address?.contains("5栋") == true)
        #expect(c.assignee != nil && c.assignee != "社区服务台", "the compound's grid worker follows it up")
        #expect(r.text.contains("关爱名册"), "the answer on how care visits work still follows")
    }

    @Test func aQuestionOnHowItWorksIsOnlyAnswered() throws {
        let r = desk.relay("微关爱是么样的 多久来一次", group: "水印桃源1群", sender: "小吴")
        #expect(r.status == .answered)
        #expect(try desk.cases().isEmpty)
    }
}
