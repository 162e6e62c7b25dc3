@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The sixteenth round's reading: a lift trapping told from inside, a parent gone missing, the alarm raiser's
/// word that the lost man is found while the desk still asks where, and cries that are no questions.
@Suite("Understanding: told from inside, found while asked where, cries")
struct SpringReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func aLiftTrappingToldFromInsideIsTheLiftsEmergency() throws {
        let r = desk.relay("5栋1号电梯卡在9楼 我和我妈在里头 按铃冇人应", group: "汉口道6号邻里群", sender: "汉口道 小陆")
        #expect(r.text.hasPrefix("【有人被困"))
        #expect(r.module == "repairs")
        #expect(try desk.cases().contains { $0.urgent })
    }

    @Test func aParentGoneMissingIsAMissingPerson() throws {
        let r = desk.relay("我爸不见了 八十多了 穿灰棉袄 早上出门买菜就冇回来", group: "奥园业主群", sender: "奥园 小卢")
        #expect(r.text.hasPrefix("【有人走失"))
        #expect(r.text.contains("110"))
    }

    @Test func foundWhileAskedWhereIsOverNotTheAnswer() throws {
        let alarm = desk.relay("我爸不见了 八十多了 穿灰棉袄 早上出门买菜就冇回来", group: "奥园业主群", sender: "奥园 小卢")
        let urgent = try #require(alarm.caseID)
        desk.clock.advance(hours: 0.5)
        // Where he was found is no answer to where the emergency is: the danger is over.
        let over = desk.relay("找到了 在东门公交站 家里人接回来了", group: "奥园业主群", sender: "奥园 小卢")
        #expect(over.status == .answered)
        #expect(over.text.contains(urgent) && !over.text.contains("马上赶到"))
        #expect(try desk.events(urgent).contains { $0.note?.contains("家里人接回来了") == true })
        #expect(try desk.cases().count == 1)
    }

    @Test(arguments: ["今天这么冷", "那么多人排队", "好人哪", "我的天哪 吓死我了"])
    func aCryOrADegreeAsksNothing(_ line: String) {
        #expect(!QuestionForm.asks(line))
    }

    @Test(arguments: ["你在哪", "么样办", "这么晚了还开不开门", "那么多钱 是不是骗子", "明天哪里有卖菜的", "这个人哪里的"])
    func questionsStillAsk(_ line: String) {
        #expect(QuestionForm.asks(line))
    }

    @Test func thanksToVolunteersOpenNoCase() throws {
        let r = desk.relay("志愿者把楼道扫得干干净净 窗户也擦了 好人哪", group: "顺驰泊林业主群", sender: "泊林 阿吉")
        #expect(r.text.isEmpty)
        #expect(try desk.cases().isEmpty)
    }

    @Test func theCareTeamsBathsAreCareVisits() {
        let r = desk.relay("助浴下次能不能早点来 我妈等了一上午", group: "汉口道6号邻里群", sender: "汉口道 小伍")
        #expect(r.module == "care-visits")
    }

    @Test(arguments: ["井房里头墙上那个电闸箱都湿了 在噼噼啪啪冒火花 人都不敢靠近",
                      "14栋1单元电表箱那里一股焦糊味 箱子外壳摸到发烫 怕是要起火",
                      "5栋门口那根电线在冒火花 大家莫靠近"])
    func aSparkingOrHotElectricBoxIsAnUrgentRepair(_ line: String) throws {
        let r = desk.relay(line, group: "顺驰泊林业主群", sender: "泊林 小何")
        #expect(r.text.hasPrefix("【电箱打火发烫"))
        #expect(r.text.contains("95598"))
        #expect(r.module == "repairs")
        #expect(try desk.cases().contains { $0.urgent })
    }

    @Test func anElectricBoxOnFireIsAFire() {
        let r = desk.relay("14栋电表箱着火了 冒黑烟", group: "顺驰泊林业主群", sender: "泊林 小刘")
        #expect(r.text.hasPrefix("【火情"))
        #expect(r.text.contains("119"))
    }

    @Test func theRaisersNextWordsGoOnTheirEmergency() throws {
        let alarm = desk.relay("救命 3栋2号电梯卡在17楼和18楼中间 我和我伢在里头 按警铃冇人应", group: "汉口道6号邻里群", sender: "汉口道 阿梅")
        let urgent = try #require(alarm.caseID)
        desk.clock.advance(hours: 0.02)
        let more = desk.relay("伢在哭 里面好闷 手机只有一格信号", group: "汉口道6号邻里群", sender: "汉口道 阿梅")
        #expect(more.caseID == urgent)
        #expect(try desk.cases().count == 1)
        #expect(try desk.events(urgent).contains { $0.note?.contains("里面好闷") == true })
    }

    @Test func peopleTrippedBeforeAskForAMendNotAnAmbulance() throws {
        let r = desk.relay("13栋1单元门口那一排地砖翘起来了 晚上看不清 绊倒了两个人 物业来修一下", group: "奥园业主群", sender: "奥园 老蒋")
        #expect(!r.text.hasPrefix("【"))
        #expect(r.module == "repairs")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    @Test func aLiftWithSomeoneKnockingInsideIsATrapping() throws {
        let r = desk.relay("8栋电梯卡在12楼 里面有个送水的在拍门", group: "汉口道6号邻里群", sender: "汉口道 大周")
        #expect(r.text.hasPrefix("【有人被困"))
        #expect(try desk.cases().contains { $0.urgent })
    }

    @Test func theRaisersWordThatItIsOverIsHeardWhileTheirRepairWaits() throws {
        let fall = desk.relay("15栋1单元的婆婆在楼梯上摔下来了 腿动不了 在喊疼", group: "奥园业主群", sender: "奥园 老向")
        let urgent = try #require(fall.caseID)
        desk.clock.advance(hours: 0.1)
        // The stair light reported since asks what kind of fault it is; the next word is about the fall.
        let light = desk.relay("15栋1单元楼梯灯一个礼拜前就坏了 报了冇人修 这回出事了", group: "奥园业主群", sender: "奥园 老向")
        #expect(light.status == .ask || light.status == .created)
        desk.clock.advance(hours: 0.1)
        let over = desk.relay("婆婆送医院了 说是骨折", group: "奥园业主群", sender: "奥园 老向")
        #expect(over.status == .answered && over.text.contains(urgent))
        #expect(try desk.events(urgent).contains { $0.note?.contains("送医院了") == true })
    }

    @Test(arguments: [("请问小区附近有冇得房子租 两室的", "租房"), ("社区有冇得招聘会的消息 我想找个开车的活", "招聘会"),
                      ("女儿想打九价 社区这边能打啵", "疫苗"), ("市民之家几点上班啊", "政务服务中心")])
    func questionsForOtherOfficesGetWhereToGo(_ line: String, _ topic: String) throws {
        let r = desk.relay(line, group: "顺驰泊林业主群", sender: "泊林 小邬")
        #expect(r.status == .answered)
        #expect(r.text.hasPrefix(topic))
        #expect(try desk.cases().isEmpty)
    }

    @Test func aRoofsDrainOutletIsNoOneInTheWater() throws {
        let r = desk.say("泊林6栋1103屋面漏水 师傅看了 是落水口周边开裂 要重做防水")
        #expect(!r.text.hasPrefix("【有人落水"))
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    @Test(arguments: ["电热毯莫开一夜 去年隔壁村就是这么烧起来的", "学校的伢们今天来发防溺水的传单[强]",
                      "那个着火的1203 电工查过了 线路换了一半"])
    func aDangerOfThePastOrAWarningIsNoEmergency(_ line: String) throws {
        let r = desk.relay(line, group: "李家墩村湾群", sender: "村湾 老焦")
        #expect(!r.text.hasPrefix("【"))
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    @Test func aFirePutOutAsStaffRecordItIsNoEmergency() throws {
        let r = desk.say("村湾六组9号失火 消防到场确认明火已灭 屋里电线烧坏一截 已找电工")
        #expect(!r.text.hasPrefix("【"))
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    @Test func particularsAfterOnesOwnCareRequestGoOnIt() throws {
        let request = desk.relay("隔壁的何婆婆一个人住 这几天咳得厉害 能不能请社区的人上门看看 泊林8栋1单元",
                                 group: "顺驰泊林业主群", sender: "泊林 阿芸")
        let id = try #require(request.caseID)
        #expect(request.module == "care-visits")
        desk.clock.advance(hours: 0.05)
        let more = desk.relay("何婆婆电话13900001234 她耳朵背 要大声喊", group: "顺驰泊林业主群", sender: "泊林 阿芸")
        #expect(more.caseID == id && more.status == .updated)
        #expect(!more.text.contains("13900001234"))
        #expect(try desk.cases().count == 1)
    }
}
