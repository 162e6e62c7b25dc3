@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The twenty-fourth round's reading: pests about the homes, changes to what was arranged, neighbours' chains and
/// warnings, someone asked to go with an elder, the club's own matters, and a question that goes on in its next line.
@Suite("Understanding: pests, arrangements changed, chains and warnings, escorts, the club, a question that goes on")
struct TwentyFourthReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// Cockroaches or mosquitoes about the homes, with treatment asked for, are a complaint for the property company
    /// or the health campaign — nothing there to repair.
    @Test(arguments: ["这几天楼道里蟑螂好多 物业能不能来消杀一下", "一楼蚊子多得吓人 晚上窗户都不敢开 能不能打点药"])
    func pestsAboutTheHomesAreAComplaint(_ line: String) throws {
        let r = desk.relay(line, group: "奥园业主群", sender: "小范")
        #expect(r.status == .created)
        #expect(r.module == "appeals")
        #expect(try desk.case(#require(r.caseID)).category == "投诉")
    }

    /// Meals paused for a week, an escort moved to another day — in a group or told at the counter — are a care
    /// request, not the general answer about care (which a group does not even hear) nor work done.
    @Test func aChangeToCareArrangedIsARequest() throws {
        let paused = desk.relay("我妈下礼拜去我姐那里住 助餐停一个礼拜 回来再恢复", group: "顺驰泊林业主群", sender: "小陶")
        #expect(paused.status == .created)
        #expect(paused.module == "care-visits")
        #expect(try desk.case(#require(paused.caseID)).title.contains("关爱申请"))
        let moved = desk.say("桃源5栋林婆婆陪诊 从周三改到周五上午 已跟银发队说了")
        #expect(moved.status == .created)
        #expect(moved.module == "care-visits")
        #expect(!moved.text.contains("已经办完"))
    }

    /// A pension stopped by the office (`暂停发放`) is no arrangement of the resident's to change.
    @Test func aPensionStoppedIsNoChangeOfArrangement() {
        #expect(!ArrangementChange.says("打电话问说是认证过期了暂停发放 现在么样补认证"))
        #expect(ArrangementChange.says("下礼拜起不用每天来 一周来两次就行"))
        #expect(!ArrangementChange.says("助餐已经改成少盐的 她说合口味"))
    }

    /// Someone asked to go with an elder to the hospital is a care request.
    @Test func anEscortAskedForIsACareRequest() throws {
        let r = desk.relay("我爸下礼拜二去协和复查 能不能派人陪一下 我要上班走不开", group: "水印桃源1群", sender: "小俞")
        #expect(r.status == .created)
        #expect(r.module == "care-visits")
    }

    // MARK: Neighbours among themselves.

    /// A neighbour signing a group-buy under its number is talk, whatever it names; a numbered fault is not.
    @Test func aChainSignedUnderItsNumberIsTalk() throws {
        let r = desk.relay("2. 5栋2单元小芦 西瓜2个", group: "汉口道6号邻里群", sender: "小芦")
        #expect(r.status == .ignored)
        #expect(try desk.cases().isEmpty)
        #expect(NeighbourTalk.signsAChain("3. 小宋一家三口"))
        #expect(!NeighbourTalk.signsAChain("1. 厨房漏水了 水一直往下滴"))
        #expect(!NeighbourTalk.signsAChain("2.5斤就够了"))
    }

    /// A warning or a rule of thumb given to the neighbours, and tips asked of them, are no request to the desk.
    @Test(arguments: ["先把屋里的电闸拉了 千万莫用水浇", "卫生间墙上又长霉了 一股味 有冇得好办法"])
    func warningsAndTipsAreNeighboursTalk(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源2群", sender: "周姐")
        #expect(r.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    // MARK: The club.

    /// A rule asked of the club, or a grievance about how the room is run, goes to its managers as a case — not
    /// the fee list read out.
    @Test func aRuleAskedOfTheClubGoesToItsManagers() throws {
        let r = desk.relay("乒乓球室晚上人太多了 能不能规定每人只打一个小时", group: "奥园业主群", sender: "老蒲")
        #expect(r.status == .created)
        #expect(r.module == "pingpong")
        #expect(!r.text.contains("年费"))
    }

    /// The club's member card lost is the club's, not a bank card's answer. (With an estate and a building before it,
    /// `奥园3栋 卜老师 乒乓球会员卡丢了 要补一张` still reads like a social-security card to replace: not yet.)
    @Test func theClubsCardLostIsTheClubs() {
        let r = desk.say("卜老师乒乓球会员卡丢了 要补一张")
        #expect(r.module == "pingpong")
        #expect(!r.text.contains("银行卡"))
    }

    // MARK: A question that goes on.

    /// `是武汉户口` after the desk answered the sender's question is read with it and answered again (it named 户口,
    /// which alone would be another office's topic and, not asked, left unanswered); thanks, or the sender's own plan,
    /// are not.
    @Test func aQuestionThatGoesOnIsAnsweredAgain() throws {
        let first = desk.relay("请问灵活就业的医保在网上么样交 我刚辞职 以前是单位交的", group: "汉口道6号邻里群", sender: "小柴")
        #expect(first.status == .answered)
        #expect(first.module == "social-security")
        let more = desk.relay("是武汉户口", group: "汉口道6号邻里群", sender: "小柴")
        #expect(more.status == .answered)
        #expect(more.module == "social-security")
        #expect(!more.text.isEmpty)
        let thanks = desk.relay("好的 晓得了 谢谢", group: "汉口道6号邻里群", sender: "小柴")
        #expect(thanks.status == .ignored)
        // Someone else's line in the same group is no part of that question.
        let other = desk.relay("是武汉户口", group: "汉口道6号邻里群", sender: "老乔")
        #expect(other.status == .ignored)
    }

    // MARK: Between neighbours, in the park, after the fact.

    /// The flat above's air conditioner dripping on the one below is a complaint for the community to mediate; a
    /// leak from the ceiling stays a repair.
    @Test func aNeighboursDrippingAirConditionerIsAComplaint() throws {
        let drip = desk.relay("楼上的外机滴水 天天滴在我屋阳台上 说了也不管", group: "汉口道6号邻里群", sender: "小邝")
        #expect(drip.module == "appeals")
        #expect(drip.status == .created)
        let leak = desk.relay("卫生间顶上往下滴水 楼上冇人在屋 4栋2单元602", group: "汉口道6号邻里群", sender: "小邝")
        #expect(leak.module == "repairs")
    }

    /// The park's own tap or toilet is the park's upkeep, whatever is wrong with it.
    @Test func theParksTapIsItsUpkeep() throws {
        let r = desk.relay("公园厕所的水龙头关不紧 一直在流", group: "水印桃源1群", sender: "老晏")
        #expect(r.module == "park-upkeep")
        #expect(r.status == .created)
    }

    /// Which of the things just reported, by the side it stands on, goes on the sender's report: no second case.
    @Test func whichOneBySideGoesOnTheReport() throws {
        let first = desk.relay("口袋公园的漫步机踩上去咯吱咯吱响", group: "水印桃源1群", sender: "老晏")
        let id = try #require(first.caseID)
        let which = desk.relay("靠东边那台 西边的好的", group: "水印桃源1群", sender: "老晏")
        #expect(which.caseID == id)
        #expect(try desk.cases().count == 1)
    }

    /// Staff noting the water gone and the reporter content is news of a fix: nothing to open.
    @Test func staffNotingWaterGoneIsNoReport() throws {
        let r = desk.say("桃源3栋门口那块积水 物业挖了排水沟 积水退了 老郑看了说好")
        #expect(r.caseID == nil)
        #expect(try desk.cases().isEmpty)
    }

    /// Waste sorting's times asked about get where to go, not a complaint.
    @Test func wasteSortingAskedIsAnswered() throws {
        let r = desk.relay("问下垃圾几点能扔 我下班回来桶都收了", group: "奥园业主群", sender: "小霍")
        #expect(r.status == .answered)
        #expect(r.text.contains("垃圾分类"))
        #expect(try desk.cases().isEmpty)
    }

    /// Several people sick after one meal, and a child stung by a swarm, are emergencies: the safety words first.
    @Test(arguments: ["昨天村里摆酒 今天好多人拉肚子吐 我屋里就有三个", "公园里马蜂把一个伢蛰了 好多马蜂追着他跑"])
    func sicknessAfterAMealAndStingsAreEmergencies(_ line: String) throws {
        let r = desk.relay(line, group: "李家墩村湾群", sender: "田婶")
        #expect(r.text.hasPrefix("【有人受伤或急病·紧急】"))
        #expect(try desk.case(#require(r.caseID)).urgent)
    }

    /// Asked where an emergency is, the caller's answer with how the person is (a fan off, windows shut) answers it:
    /// the emergency's case gets the place, no repair is opened and nothing is set aside.
    @Test func anEmergencysPlaceGivenWithWhatIsSeenAnswersIt() throws {
        let alarm = desk.relay("快来人 隔壁婆婆睡在地上喊她不答应 身上好烫", group: "李家墩村湾群", sender: "老熊")
        #expect(alarm.text.hasPrefix("【"))
        let id = try #require(alarm.caseID)
        let place = desk.relay("四组12号 汪婆婆 我摸她身上滚烫的 屋里冇开风扇 窗户关到的", group: "李家墩村湾群", sender: "老熊")
        #expect(place.caseID == id)
        #expect(!place.text.contains("已先放下"))
        #expect(try desk.cases().allSatisfy { $0.module == "appeals" })
    }

    /// A call-off right after one's own report that names a place (`是2单元…`) calls it off: it is no particulars for the
    /// case.
    @Test func aCallOffThatNamesAPlaceIsStillACallOff() throws {
        let report = desk.relay("6栋2单元电梯里的空调不制冷 闷得很", group: "汉口道6号邻里群", sender: "小葛")
        let id = try #require(report.caseID)
        let off = desk.relay("撤回 是我搞错了 是2单元那天停电了空调冇开 今天好了 不用来人", group: "汉口道6号邻里群", sender: "小葛")
        #expect(off.caseID == id)
        #expect(off.text.contains("记下您说的情况"))
        #expect(!off.text.contains("补充"))
    }

    /// The station's summer childcare class asked about gets where to look, not the club's fee list.
    @Test func aSummerClassAskedAboutIsTheAfterSchoolClass() {
        let r = desk.relay("问一下社区 暑假驿站有冇托管班 要不要钱", group: "奥园业主群", sender: "小单")
        #expect(r.text.contains("四点半课堂"))
        #expect(!r.text.contains("年费"))
    }
}
