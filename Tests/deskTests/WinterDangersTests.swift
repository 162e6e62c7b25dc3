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

    @Test func theAlarmRaiserSayingItIsOverIsAnsweredAndNoted() throws {
        let alarm = desk.relay("河边小路上有个婆婆摔了 躺在地上不能动 村湾二组", group: "李家墩村湾群", sender: "村湾 阿秀")
        let urgent = try #require(alarm.caseID)
        desk.clock.advance(hours: 0.3)
        let over = desk.relay("120接走了 她屋里人也来了", group: "李家墩村湾群", sender: "村湾 阿秀")
        #expect(over.status == .answered && over.text.contains(urgent))
        #expect(try desk.events(urgent).contains { $0.note?.contains("120接走了") == true })
        #expect(try desk.cases().count == 1)
        // A neighbour's word that it is over stays a silent note, and thanks alone are left alone.
        let neighbour = desk.relay("人都冇事了 大家放心", group: "李家墩村湾群", sender: "村湾 老韩")
        #expect(neighbour.text.isEmpty)
        let thanks = desk.relay("谢谢大家 谢谢网格员", group: "李家墩村湾群", sender: "村湾 阿秀")
        #expect(thanks.text.isEmpty)
    }

    @Test func theAlarmRaiserSayingItIsOverWhileAskedWhereIsAnswered() throws {
        let alarm = desk.relay("我屋伢走丢了 穿个红棉袄 五岁 大家帮忙看下", group: "奥园业主群", sender: "奥园 小岑")
        let urgent = try #require(alarm.caseID)
        desk.clock.advance(hours: 0.2)
        let over = desk.relay("找到了 在超市门口 谢谢大家", group: "奥园业主群", sender: "奥园 小岑")
        #expect(over.status == .answered && over.text.contains(urgent))
        #expect(try desk.cases().count == 1)
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

/// Things said about one's own home that share a word with the club's room, and an injury told as mending.
@Suite("Understanding: the club's room named, an injury mending")
struct RoomNamedAndMendingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: ["开空调制热还是比小太阳划算", "饮水机的热水开关在后面 按一下就行"])
    func aHouseholdsApplianceIsNotTheClubsRoom(_ line: String) throws {
        let r = desk.relay(line, group: "顺驰泊林业主群", sender: "泊林 小聂")
        #expect(r.module != "pingpong")
        #expect(try desk.cases().allSatisfy { $0.module != "pingpong" })
    }

    @Test func theRoomNamedIsTheClubsRoom() throws {
        let r = desk.relay("球室的空调又不制热了 冻得拿不稳拍子", group: "顺驰泊林业主群", sender: "泊林 小聂")
        #expect(r.module == "pingpong")
        #expect(r.caseID != nil)
    }

    @Test func anInjuryToldAsMendingIsNoEmergency() throws {
        _ = desk.relay("3楼婆婆托我谢谢那天帮忙的邻居 她腿上的割伤好多了[玫瑰]", group: "汉口道6号邻里群", sender: "汉口道 小符")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }
}

/// A stroke long past is why someone is cared for, not an emergency; a thing not found is no danger over.
@Suite("Understanding: a stroke long past, a card not found")
struct StrokePastAndNotFoundTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func aStrokeLongPastIsNoEmergency() throws {
        let r = desk.relay("我爸中风以后一直躺在床上 今年的养老金认证能不能上门 8栋2单元301", group: "奥园业主群", sender: "奥园 小符")
        #expect(!r.text.hasPrefix("【"))
        #expect(r.module == "elder-certification")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    @Test func notFoundIsNotNewsThatItIsOver() {
        #expect(!desk.desk.emergencies.isOver("优待证冇找到了 么样补办"))
        #expect(!desk.desk.emergencies.isOver("伢到现在还冇回来了"))
        #expect(desk.desk.emergencies.isOver("找到了 在超市门口"))
        #expect(desk.desk.emergencies.isOver("救护车来了 抬走了"))
        #expect(desk.desk.emergencies.isOver("吐出来了 能喘气了"))
    }
}
