@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The thirteenth round's reading: summer's dangers said the way people say them (a shock in a flooded room, a
/// fall that leaves someone unable to move, a sudden turn with the chest) are emergencies.
@Suite("Understanding: counter records and summer dangers")
struct CounterRecordsAndSummerDangersTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: ["屋里水淹到脚背 我爸去关电闸 被电了一下 人坐在水里不说话",
                      "3栋楼梯上一个爹爹摔了 膝盖动不了 一直在喊疼",
                      "广场上跳舞的一个阿姨突然捂着胸口 说胸闷 脸都白了"])
    func summersDangersAreEmergencies(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源小谢")
        #expect(r.text.hasPrefix("【有人受伤或急病·紧急】") && r.text.contains("120"))
        #expect(try desk.case(#require(r.caseID)).urgent)
    }

    @Test func aFallLongAgoIsNoEmergency() {
        // Hurt a while ago and bedridden: a visit to arrange, not an ambulance.
        #expect(desk.desk.emergencies.emergency(in: "我屋老头子上个月腿摔了 现在在床上起不来 认证能不能上门") == nil)
        // A phone dropped is no person hurt.
        #expect(desk.desk.emergencies.emergency(in: "手机摔了 屏幕动不了 哪里修") == nil)
    }
}
