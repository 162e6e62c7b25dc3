import DeskKit
import DeskTesting
@testable import PingPong
import Testing

/// The room's small matters as residents and the counter tell them: a fault told to the room's questions, a member
/// leaving, a question about one member's card, a donation written with its quantity run onto the item.
@Suite("Ping-pong: the room's small matters")
struct RoomMattersTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [PingPong()]) }

    @Test func aFaultToldAsARemarkIsTheRoomsRepair() throws {
        let r = desk.relay("还有乒乓求室的空调不制热 冻死人 球友会的负责人看一下撒", group: "奥园业主群", sender: "老赵")
        let id = try #require(r.caseID)
        #expect(try desk.case(id).category == "球室设施")
        // The same fault told again is linked, not a second case.
        let again = desk.relay("乒乓球室空调还是不热 老杨你催一下撒", group: "奥园业主群", sender: "阿芳")
        #expect(again.caseID == id)
        #expect(again.status == .duplicate)
    }

    @Test func aMemberLeavingIsACaseForTheManagers() throws {
        let r = desk.say("乒乓 退会 周强 说明年不打了 月费不退吧")
        let id = try #require(r.caseID)
        #expect(try desk.case(id).category == "退会")
        #expect(r.text.contains("会员 退出"))
        // Asking how to leave is only answered.
        #expect(!ClubInfo.wantsToLeave("退会要么样退"))
    }

    @Test func aGiftOfferedToTheRoomIsACaseForTheManagers() throws {
        let r = desk.relay("我想给乒乓球室捐两副球拍 一箱球 交给哪个", group: "水印桃源1群", sender: "老董")
        let id = try #require(r.caseID)
        #expect(try desk.case(id).category == "捐赠")
        #expect(r.text.contains("谢谢"))
        // At the counter the reply says how to record it once it is in the room.
        let counter = desk.say("乒乓 董建国 捐赠乒乓球室 球拍2副 球1箱")
        #expect(counter.caseID != nil)
        #expect(counter.text.contains("捐赠 捐赠人 物品"))
        // Asking where the money went is still answered.
        #expect(!ClubInfo.offersADonation("捐的钱用到哪里了"))
    }

    @Test func aQuestionAboutOneMembersCardGoesToTheManagers() throws {
        let r = desk.say("杜凤英 会员卡 做好了冇 她来拿")
        #expect(r.caseID != nil)
        #expect(!r.text.contains("年费"))
    }

    @Test func aQuantityRunOntoTheItemIsRead() throws {
        let r = desk.say("捐赠 共建单位 矿泉水20箱 椅子6把 放乒乓球室")
        #expect(r.text.contains("共建单位 矿泉水 20箱"))
        // An item run into the donor is asked again, not stored as a donor's name.
        #expect(desk.say("捐赠 共建单位送来乒乓球拍5副 球3盒").error?.code == "missing-argument")
    }

    @Test func anObjectionToAChargeIsForTheManagersToAnswer() throws {
        let r = desk.relay("乒乓球室会费不是交了吗 空调电费凭什么还要另外收", group: "顺驰泊林业主群", sender: "泊林老梅")
        let id = try #require(r.caseID)
        #expect(try desk.case(id).category == "收费异议")
        #expect(r.text.contains("公示"))
        // Asking what it costs is only answered.
        #expect(!ClubInfo.objectsToACharge("乒乓球室空调电费一次收几块"))
    }

    @Test(arguments: ["联赛收支能不能公布了 上回提了还冇动静", "新会员说好能借球拍 去了说冇得多的", "除颤仪议事会定了冇 会费里出我同意"])
    func somethingAskedOfTheManagersIsACase(_ line: String) throws {
        let r = desk.relay("乒乓球室 " + line, group: "顺驰泊林业主群", sender: "泊林老梅")
        let id = try #require(r.caseID)
        #expect(try desk.case(id).category == "球友会事务")
        // Whether the room may stay open later is a question its rules answer.
        #expect(!ClubInfo.asksTheManagersToAct("乒乓球室晚上能不能开到10点"))
    }

    @Test(arguments: [("乒乓球室礼拜六上午能不能预约三张台 我们跟隔壁社区打个比赛", "预约"),
                      ("哪个在乒乓球室捡到一个蓝色的水杯 我昨天晚上忘在窗台上了", "失物"),
                      ("乒乓球室的空调费收了又冇开 要退给我们撒", "退费"),
                      // a fee paid twice, one asked back
                      ("乒乓球室的年卡交了两次 微信扣了两回 能退一次吗", "退费")])
    func aBookingALostThingOrMoneyBackIsForTheManagers(_ line: String, _ category: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源老柯")
        let id = try #require(r.caseID)
        #expect(try desk.case(id).category == category)
    }

    @Test func howToBookOrWhatComesBackIsOnlyAnswered() {
        #expect(!ClubInfo.booksATable("乒乓球室要不要预约 直接去行不行"))
        #expect(!ClubInfo.asksForMoneyBack("少儿班中途不上了 学费退多少"))
        #expect(!ClubInfo.asksAfterALostThing("我的球拍胶皮掉了 哪里能换"))
    }
}
