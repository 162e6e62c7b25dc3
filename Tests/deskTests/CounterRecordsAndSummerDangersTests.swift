@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The thirteenth round's reading: summer's dangers said the way people say them (a shock in a flooded room, a
/// fall that leaves someone unable to move, a sudden turn with the chest) are emergencies; what staff at the
/// counter type after reporting one (help on its way, the person safe) goes on that emergency's case; a record of
/// work already done, typed at the counter, opens nothing.
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

    @Test func helpOnItsWayAtTheCounterGoesOnTheEmergencyJustReported() throws {
        let alarm = desk.say("汉口道6号3栋 电梯困了一个爹爹 卡在12楼 里面蛮热")
        let id = try #require(alarm.caseID)
        #expect(try desk.case(id).urgent)
        let progress = desk.say("已打96333 物业在拿钥匙开门")
        #expect(progress.caseID == id && progress.status == .updated && progress.text.contains("紧急工单"))
        // Word that the person is out is answered and noted for staff to close; it opens nothing.
        let safe = desk.say("人出来了 在大堂坐着喝水")
        #expect(safe.status == .answered && safe.text.contains(id))
        #expect(try desk.cases().count == 1)
        #expect(try desk.events(id).contains { $0.note?.contains("人出来了") == true })
    }

    @Test func theInjuryToldAgainAfterTheRescueIsNoSecondEmergency() throws {
        let alarm = desk.say("顺驰泊林8栋门口 广告牌被风吹下来 砸到一个骑车的 人压在下面")
        let id = try #require(alarm.caseID)
        let news = desk.say("人抬出来了 手臂骨折 已送医")
        #expect(news.status == .answered && !news.text.contains("【"))
        #expect(try desk.cases().map(\.id) == [id])
    }

    @Test func aRequestOfItsOwnAfterAnEmergencyIsNotTakenForItsNews() throws {
        _ = desk.say("水印桃源5栋2单元 楼道里煤气味好重 住户都下楼了")
        // A question for the desk, and a request the router is sure of, are matters of their own.
        let question = desk.say("居民问：身份证丢了在哪里补办")
        #expect(question.status == .answered && question.caseID == nil)
        let fee = desk.say("帮居民交乒乓球会费 李国庆 年费120 现金")
        #expect(fee.module == "pingpong")
    }

    @Test(arguments: ["今天走访泊林独居老人9户，均正常，已提醒关好煤气",
                      "奥园12栋门口的落叶已叫保洁扫走，垃圾桶已换新的",
                      "桃源3栋何婆婆的助餐已经改成少盐的 她说合口味"])
    func aRecordOfWorkDoneOpensNothing(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.status == .ignored && r.caseID == nil && r.text.contains("不用开工单"))
        #expect(try desk.cases().isEmpty)
    }

    @Test(arguments: ["汉口道5栋屋面漏雨 已反映两次 请物业来看", "巡查顺驰7栋 单元门口台阶结冰 已通知物业",
                      "泊林4栋刘婆婆的药已经送上去了 她说下礼拜还要", "邓师傅社保转移的材料已交 等审核",
                      "桃源9栋1单元电梯坏了 已报修三天 住户来驿站问"])
    func workHandedOnOrStillWantedIsNoRecord(_ line: String) {
        #expect(!WorkRecord.says(line))
    }

    @Test func newsOfAFixAtTheCounterAsksNothingButACallingOffIsAnswered() {
        let fixed = desk.say("顺驰4栋大堂的灯修好了")
        #expect(fixed.status == .ignored && fixed.caseID == nil)
        let off = desk.say("桃源6栋 漏水那个事 楼上修好了 不用再跟了")
        #expect(off.status == .answered)
    }

    @Test func aClauseEndingInAskingWhetherItHappenedAsks() {
        #expect(QuestionForm.asks("今年涨的钱到了冇 我妈卡上冇看到"))
        #expect(QuestionForm.asks("物业的人来了没，等了一上午"))
        #expect(!QuestionForm.asks("电梯好了 谢谢物业"))
        let r = desk.relay("今年养老金调整的钱发了冇 我爸卡上还是老数", group: "顺驰泊林业主群", sender: "泊林小许")
        #expect(r.module == "social-security" && r.status == .answered)
    }

    @Test func aSpotNamedTheVillagesWayAnswersWhere() throws {
        let report = desk.relay("屋里的插座一插电饭煲就冒火星子 能不能请师傅来看看", group: "李家墩村湾群", sender: "村湾熊姐")
        let id = try #require(report.caseID)
        let spot = desk.relay("湾子东头第二家", group: "李家墩村湾群", sender: "村湾熊姐")
        #expect(spot.caseID == id && spot.status == .updated)
        #expect(try desk.events(id).contains { $0.note?.contains("湾子东头第二家") == true })
        #expect(desk.desk.pending(key: Message("", channel: .group, operatorName: "relay", requester: Requester(sender: "村湾熊姐"),
                                               group: "李家墩村湾群").conversation) == nil)
    }
}
