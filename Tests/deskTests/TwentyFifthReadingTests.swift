@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The twenty-fifth round's reading: a unit's account crying out for help, someone pinned or shut in a car in flood
/// water, the community asked to step in, a long plea after thanks, a line written for someone else, and something
/// ready that its owner was called to fetch.
@Suite("Understanding: cries for help from staff, pinned or shut in, pleas after a story, lines written for others")
struct TwentyFifthReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    // MARK: Emergencies.

    /// The club's manager crying out that a player fell gets the safety words like anyone; his ordinary answers in
    /// the group stay his own.
    @Test func aUnitAccountCryingForHelpIsAnEmergency() throws {
        let r = desk.relay("快来人 乒乓球室有个爹爹打球打到一半倒了 嘴巴歪了 叫他不答应", group: "水印桃源1群", sender: "球友会老孟")
        #expect(r.text.hasPrefix("【有人受伤或急病·紧急】"))
        #expect(r.text.contains("120"))
        #expect(r.caseID != nil)
        let answer = desk.relay("大刘 可以 今天晚上之前把名字报给我", group: "水印桃源1群", sender: "球友会老孟")
        #expect(answer.status == .ignored)
    }

    /// Someone pinned under a fallen tree, or shut in a car in flood water, is a danger to a person — not a repair of
    /// the tree or the garage.
    @Test(arguments: ["泊林东门口那棵大樟树倒了 压到一个骑电动车的 腿压住出不来 快来人",
                      "地库B2还有个车冇开出来 里面好像有人 水淹到车门一半了 门打不开 快打119"])
    func someonePinnedOrShutInByWaterIsAnEmergency(_ line: String) throws {
        #expect(desk.desk.emergencies.emergency(in: line) != nil)
        let r = desk.relay(line, group: "顺驰泊林业主群", sender: "小董")
        #expect(r.text.hasPrefix("【"))
        #expect(r.module == "appeals")
    }

    /// A near miss, or a car flooded with nobody in it, is no danger to a person now.
    @Test(arguments: ["外墙瓷砖掉了一块下来 就在5栋门口 差点砸到一个骑车的 好吓人", "车子被水淹了 门打不开 怎么办 保险赔不赔"])
    func aNearMissOrAnEmptyCarIsNoEmergency(_ line: String) {
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
    }

    // MARK: What residents ask.

    /// The community asked to put up a sign or check the cameras about what people do is a complaint, not talk.
    @Test(arguments: ["我就说了 堤外头那个河 今天又有七八个伢在洗澡 还有两个在跳桥 社区搞块牌子立在那里撒",
                      "伢的自行车昨天晚上锁在地库门口 今天早上冇得了 请物业调一下监控"])
    func theCommunityAskedToStepInIsAComplaint(_ line: String) throws {
        let r = desk.relay(line, group: "李家墩村湾群", sender: "三组老樊")
        #expect(r.status == .created)
        #expect(r.module == "appeals")
    }

    /// A long line that thanks and tells a story before asking for the meals to change is a care request.
    @Test func aPleaAfterThanksAndAStoryIsARequest() throws {
        let r = desk.relay("我是裘婆婆的儿子 在北京 谢谢驿站的助餐 不过我妈说中午的饭送来太早了 十点半就到了 放到十二点都冷了 能不能晚一点送",
                           group: "水印桃源2群", sender: "裘先生")
        #expect(r.status == .created)
        #expect(r.module == "care-visits")
    }

    /// A fault written by a grandchild for a grandmother is read without the opening that says so.
    @Test func aLineWrittenForSomeoneElseIsReadForItsMatter() throws {
        #expect(RelayedFor.matter(of: "我奶奶说的 她叫我问一下 二组路口那个电线杆歪了") == "二组路口那个电线杆歪了")
        #expect(RelayedFor.matter(of: "我是付爹爹的孙女 爷爷打字慢 他屋里空调坏了") == "他屋里空调坏了")
        #expect(RelayedFor.matter(of: "二组路口那个电线杆歪了 上面的线垂得好低") == nil)
        let r = desk.relay("我奶奶说的 她叫我问一下 二组路口那个电线杆歪了 上面的线垂得好低 三轮车都刮到了",
                           group: "李家墩村湾群", sender: "小柯")
        #expect(r.caseID != nil)
        #expect(r.module == "repairs")
    }

    // MARK: The counter's records.

    /// Something ready and its owner called to fetch it is work done; asking to call someone is not.
    @Test func somethingReadyAndItsOwnerCalledIsARecord() throws {
        #expect(WorkRecord.says("奥园3栋上官建华的优待证 到了 电话通知他来拿"))
        #expect(!WorkRecord.says("奥园3栋上官建华的优待证 还冇到 请催一下"))
        let r = desk.say("奥园3栋上官建华的优待证 到了 电话通知他来拿")
        #expect(r.caseID == nil)
        #expect(try desk.cases().isEmpty)
    }
}
