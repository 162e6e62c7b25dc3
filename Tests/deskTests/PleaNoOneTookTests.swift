@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// A group line that plainly asks the community for something, which no service is sure of, is not dropped: it
/// goes on the sender's own recent case, or becomes a 诉求 case when it is put to the community.
@Suite("Understanding: a plea no service is sure of")
struct PleaNoOneTookTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func aPleaGoesOnTheSendersOwnCase() throws {
        let report = desk.relay("楼下广场舞天天跳到十点 音响开得震天响 吵得伢冇法睡", group: "奥园业主群", sender: "奥园 小尹")
        let id = try #require(report.caseID)
        desk.clock.advance(hours: 20)
        let plea = desk.relay("上回也是这样 能不能社区跟城管讲一下", group: "奥园业主群", sender: "奥园 小尹")
        #expect(plea.caseID == id && plea.status == .updated)
        #expect(plea.text.contains(id))
        #expect(try desk.cases().count == 1)
        #expect(try desk.events(id).contains { $0.note?.contains("跟城管讲一下") == true })
    }

    @Test func aPleaToTheCommunityWithoutACaseIsAnAppeal() throws {
        let plea = desk.relay("上回也是这样 能不能社区跟城管讲一下", group: "奥园业主群", sender: "奥园 小贾")
        #expect(plea.module == "appeals" && plea.status == .created)
    }

    @Test(arguments: ["能不能帮我带个快递上来 我在6楼", "好 麻烦了", "奶奶我周末回来帮你搞 不用麻烦社区了"])
    func thanksOrAskingANeighbourOpenNothing(_ line: String) throws {
        let r = desk.relay(line, group: "奥园业主群", sender: "奥园 小柴")
        #expect(r.text.isEmpty)
        #expect(try desk.cases().isEmpty)
    }
}
