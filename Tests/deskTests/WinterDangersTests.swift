@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The fifteenth round's reading: dangers of the winter told in their own words — a gas water heater in a closed
/// bathroom, a stroke's face, food stuck in the throat, a fall that leaves blood —, a danger told in a sentence that
/// happens to start with a command word, and a "+1" that follows the newest matter of the thread.
@Suite("Understanding: winter dangers and the newest matter")
struct WinterDangersTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: [("卫生间热水器开着洗澡 我儿子说头好晕 站都站不稳", "燃气热水器"),
                      ("我爸刚才吃晚饭突然讲话讲不清楚了 左手也拿不住碗 4栋702", "120"),
                      ("汤圆卡住了 婆婆喘不上气 脸都紫了 快来人", "120"),
                      ("我妈在厨房摔了 头上好多血 一直在流", "120"),
                      ("她在里面洗澡 我喊了半天冇应 门也打不开", "120")])
    func aWinterDangerComesFirst(_ line: String, _ said: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源 小葛")
        #expect(r.text.hasPrefix("【"))
        #expect(r.text.contains(said))
        #expect(try desk.cases().contains { $0.urgent })
    }

    @Test(arguments: ["气得我脸都青了 楼上又在剁肉", "今天社区医院上门抽了好多血 化验单下礼拜拿"])
    func angerAndABloodTestAreNoEmergency(_ line: String) throws {
        _ = desk.relay(line, group: "水印桃源1群", sender: "桃源 小葛")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    @Test func aDangerStartingWithACommandWordIsStillADanger() throws {
        // `活动` is the park's verb for a volunteer activity; `活动室` here is only where it happens.
        let r = desk.relay("活动室里一个婆婆吃年糕卡住了 脸都青了", group: "李家墩村湾群", sender: "村湾 小邓")
        #expect(r.text.hasPrefix("【"))
        #expect(r.module == "appeals")
        #expect(try desk.cases().contains { $0.urgent })
    }

    @Test func aMeTooFollowsTheNewestMatterNotAnOlderEmergency() throws {
        let emergency = desk.relay("楼下有个爹爹摔了 头上好多血 12栋门口", group: "顺驰泊林业主群", sender: "泊林 小罗")
        let urgent = try #require(emergency.caseID)
        desk.clock.advance(hours: 0.2)
        let report = desk.relay("12栋2单元的楼道灯全坏了 晚上黑漆漆的 麻烦物业来换", group: "顺驰泊林业主群", sender: "泊林 阿美")
        let lamp = try #require(report.caseID)
        desk.clock.advance(hours: 0.05)
        let r = desk.relay("+1 我们单元也是黑的", group: "顺驰泊林业主群", sender: "泊林 老简")
        #expect(r.caseID == lamp)
        #expect(try desk.events(urgent).allSatisfy { $0.note?.contains("我们单元") != true })
    }
}
