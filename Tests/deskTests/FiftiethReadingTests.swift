@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fiftieth round's reading, from the forty-ninth corpus's misses and lines written for the fiftieth's angles
/// (paying for next year's medical insurance; cold homes in a city without heating; interest groups and the activity
/// rooms).
@Suite("Understanding: the fiftieth round")
struct FiftiethReadingTests {
    /// Dangers the earlier words missed: someone sitting on a roof's edge with the legs over, a man fallen clutching
    /// his chest, an elder under a shelf that fell, a pregnant woman bleeding. Not: a towel pressed on a wound, a
    /// roof's edge leaned over to save the washing.
    @Test func moreDangersAreRecognised() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "26 楼天台边上坐了个人 腿在外面 是个年轻女的")?.id == "violence")
        #expect(guide.emergency(in: "汉口道 5 栋 26 楼天台 一名年轻女子坐在边沿、腿在外面、在哭")?.id == "violence")
        #expect(guide.emergency(in: "快递驿站那个小哥倒在门口了 捂着胸口 脸发白")?.id == "medical")
        #expect(guide.emergency(in: "驿站货架倒了 压到一个取快递的婆婆")?.id == "medical")
        #expect(guide.emergency(in: "货架把她腿压住了 拖不出来")?.id == "medical")
        #expect(guide.emergency(in: "楼上那个孕妇 在楼道里坐着 裤子上都是血 说肚子疼")?.id == "medical")
        #expect(guide.emergency(in: "我们拿毛巾压住了 莫动他 田爹爹醒着的") == nil)
        #expect(guide.emergency(in: "天台上晒的腊鱼差点被风刮下去 我趴在边上捞回来了") == nil)
    }

    /// A room asked for a group's practice or a class to join is answered with how the rooms are booked; a room's
    /// fault is still a repair. The year's end show asked when is the community's arrangement, not a module's.
    @Test func theActivityRoomsAndTheirClassesAreAnswered() throws {
        let room = try TestDesk(modules: deskModules)
            .relay("活动室礼拜几可以借 我们合唱队想排练", group: "水印桃源1群", sender: "桃源 温师傅")
        #expect(room.status == .answered)
        #expect(room.module == nil)
        #expect(room.text.contains("时间表"))
        let fault = try TestDesk(modules: deskModules)
            .relay("驿站2活动室的空调坏了 合唱队冻得唱不出来", group: "水印桃源2群", sender: "桃源 老周")
        #expect(fault.module == "repairs")
        #expect(CommunityEvent.isAsked(CharacterPresence("年底汇演几号 在哪里 我爸要上台唱")))
        #expect(!CommunityEvent.isAsked(CharacterPresence("今天团拜赛几点开始 在哪里看对阵")))
    }

    /// Medical insurance questions of the year's end: whether one still pays after retiring, what long-term care
    /// insurance is, a bill not paid back for want of registering treatment elsewhere (asked `这个找谁`).
    @Test func medicalInsuranceQuestionsAreAnswered() throws {
        let retired = try TestDesk(modules: deskModules)
            .relay("我退休了 医保还要自己交吗", group: "水印桃源1群", sender: "桃源 刘婆婆")
        #expect(retired.module == "social-security")
        #expect(retired.text.contains("退休后不再交"))
        let care = try TestDesk(modules: deskModules)
            .relay("长护险是什么 怎么申请", group: "顺驰泊林业主群", sender: "泊林 晓月")
        #expect(care.module == "social-security")
        #expect(care.text.contains("12393"))
        let bill = try TestDesk(modules: deskModules)
            .relay("门诊看病花了几百块 医保报不了 说是没备案 这个找谁", group: "奥园业主群", sender: "奥园 丁姐")
        #expect(bill.status == .answered)
        #expect(bill.text.contains("备案"))
        #expect(QuestionForm.asks("医保报不了 这个找谁"))
    }

    /// Paperwork staff did or handed in for a resident at the counter (a newborn enrolled, an assessment asked for) is
    /// an errand kept on a case, not a question answered.
    @Test func insurancePaperworkDoneAtTheCounterIsKeptOnACase() throws {
        let newborn = try TestDesk(modules: deskModules)
            .say("11月21日周五 下午 泊林小孟带新生儿出生证来 办居民医保参保 材料齐 已提交")
        #expect(newborn.module == "social-security")
        #expect(newborn.caseID != nil)
        let care = try TestDesk(modules: deskModules).say("11月25日周二 下午 桃源7栋龚婆婆 卧床 家属问长护险 已登记 等医保局评估")
        #expect(care.module == "social-security")
        #expect(care.caseID != nil)
        let asked = try TestDesk(modules: deskModules).say("吴婆婆问居民医保怎么交")
        #expect(asked.caseID == nil)
    }

    /// Staff typing about the activity room (`活动室的空调坏了`) are not running the volunteer tasks' command `活动`,
    /// which its own words still run, with or without a space.
    @Test func theActivityRoomIsNotTheVolunteerTasksCommand() throws {
        let fault = try TestDesk(modules: deskModules).say("活动室的空调坏了 合唱队冻得唱不出来")
        #expect(fault.module == "repairs")
        #expect(!fault.text.contains("用法"))
        let tasks = try TestDesk(modules: deskModules).say("活动列表")
        #expect(tasks.module == "park-upkeep")
        #expect(tasks.status == .answered)
    }

    /// An elder's home made safe (grab bars in the bathroom, a raised toilet, a call button by the bed), applied for
    /// or fitted, is the care team's case at the counter; a broken rail in a stairwell is still a repair.
    @Test func makingAnElderHomeSafeIsCare() throws {
        let applied = try TestDesk(modules: deskModules)
            .say("桃源4栋方婆婆（85岁）家卫生间要装扶手、防滑垫，儿子方军申请，约9月13日上门评估")
        #expect(applied.module == "care-visits")
        #expect(applied.caseID != nil)
        let stairs = try TestDesk(modules: deskModules).say("桃源4栋2单元楼道扶手断了一截 老人上下楼危险")
        #expect(stairs.module == "repairs")
    }

    /// A newborn's medical insurance asked with the registration it waits for is social security's, not the police
    /// station's; a senior university class not held is not answered with how to enrol; a room asked free on a day is.
    @Test func officesGiveWayToTheMatterAsked() throws {
        let newborn = try TestDesk(modules: deskModules)
            .relay("请问新生儿的医保在哪里交 伢10月19号生的 还冇上户口", group: "汉口道6号邻里群", sender: "汉口道 小凤")
        #expect(newborn.module == "social-security")
        #expect(!newborn.text.contains("派出所户籍窗口"))
        let notHeld = try TestDesk(modules: deskModules)
            .relay("老年大学的书法课这周怎么冇上 我们在教室等了半个钟头 老师人都冇来", group: "奥园业主群", sender: "奥园 丁姐")
        #expect(!notHeld.text.contains("每年秋季开学前报名"))
        let room = try TestDesk(modules: deskModules)
            .relay("请问活动室周四下午有冇人用 我们合唱团想加练一场", group: "水印桃源2群", sender: "桃源 陈姐")
        #expect(room.status == .answered)
        #expect(room.text.contains("活动室"))
    }

    /// A fault told in a group with no service's word, which the model hears as the pingpong room's (a word-only
    /// service), goes to the next service it believes: a repair, not chatter.
    @Test func aFaultWithoutAServiceWordIsStillARepair() throws {
        let machine = try TestDesk(modules: deskModules)
            .relay("棋牌室那个麻将机又卡住了 洗不了牌 手动洗 手都冻僵了", group: "奥园业主群", sender: "奥园 老蒋")
        #expect(machine.module == "repairs")
        #expect(machine.caseID != nil)
    }

    /// A quarrel or smoking in a shared room, told as happening again, is a complaint to take up, not a remark.
    @Test func quarrelsAndSmokeInASharedRoomAgainAreComplaints() throws {
        let quarrel = try TestDesk(modules: deskModules)
            .relay("棋牌室今天又吵起来了 为了个位子 两个老头子差点动手 还好拉开了", group: "奥园业主群", sender: "奥园 谢小梅")
        #expect(quarrel.module == "appeals")
        #expect(quarrel.caseID != nil)
        let smoke = try TestDesk(modules: deskModules)
            .relay("棋牌室今天又有人吵 这次是为抽烟", group: "奥园业主群", sender: "奥园 谢小梅")
        #expect(smoke.module == "appeals")
    }

    /// A line in a group that names a service only to tell it done or to thank is news for the neighbours, not
    /// posted an answer; one that names it with something still open is answered.
    @Test func aServiceToldDoneInAGroupIsNotAnswered() throws {
        let done = try TestDesk(modules: deskModules)
            .relay("优待证送来了 陈网格辛苦了", group: "汉口道6号邻里群", sender: "汉口道 贝贝奶奶")
        #expect(done.status == .ignored)
        #expect(done.text.isEmpty)
        let open = try TestDesk(modules: deskModules)
            .relay("我妈的认证 我在手机上给她做了 但是显示审核中 三天了", group: "汉口道6号邻里群", sender: "汉口道 小芸")
        #expect(open.module == "elder-certification")
        #expect(!open.text.isEmpty)
    }
}
