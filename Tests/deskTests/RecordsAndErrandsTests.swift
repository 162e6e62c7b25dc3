@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The eleventh round's reading of errands: what staff type to keep a record of work done is kept, not taken for a
/// resident's news that a fault is fixed; a wish for care said at the counter, meals resumed, an errand asked of
/// the volunteers again, a benefit card to be replaced and the ping-pong club's errands (leaving, a match) reach
/// their module. So do a child signed up for the club's class, meals paused for a few days and a visit asked after.
@Suite("Understanding: records and errands")
struct RecordsAndErrandsTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func aCertificationDoneIsRecordedNotTakenForAFix() throws {
        let r = desk.say("5月12日 泊林6栋的甘国强 认证上门做好了 人脸识别通过 他儿子在场")
        #expect(r.module == "elder-certification" && r.status == .created)
        #expect(try desk.case(#require(r.caseID)).title == "认证待补登记：甘国强")
        // News of a fix is still that.
        let fixed = desk.say("电梯修好了 刚才物业打电话说的")
        #expect(fixed.caseID == nil && fixed.text == "好的，没有需要登记的。")
    }

    @Test(arguments: ["程婆婆说想每个月请志愿者上门帮她理个发 她自己出不了门", "孔爹爹说想请人陪他去一趟医院复查 下个礼拜二"])
    func aWishForHelpToldAtTheCounterIsACareRequest(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.module == "care-visits" && r.status == .created)
        #expect(try desk.case(#require(r.caseID)).module == "care-visits")
    }

    @Test(arguments: [("退会的钱么时候退 上个月就说了不打了", "退会"), ("老宋报名比赛 男子单打 他是会员", "比赛报名")])
    func theClubsErrandsGoToItsManagers(_ line: String, _ errand: String) throws {
        let r = desk.relay(line, group: "水印桃源2群", sender: "球友小宋")
        #expect(r.module == "pingpong" && r.status == .created)
        #expect(r.text.contains(errand))
    }

    @Test(arguments: ["我爸从武昌回来了 下个月1号开始助餐恢复吧 还是每天中午", "上回买的菜吃完了 下礼拜能不能再帮我带一次",
                      "我腿脚不方便 一个人住 有冇得志愿者能来帮我买点菜", "泊林5栋汤婆婆的助餐 儿子接她去武昌住一个月 下礼拜一开始暂停"])
    func mealsPausedOrResumedOrAnErrandAskedIsACareRequest(_ line: String) throws {
        let r = desk.relay(line, group: "奥园业主群", sender: "奥园9栋小严")
        #expect(r.module == "care-visits" && r.status == .created)
    }

    @Test func aBenefitCardLostOrOutOfDateIsAnErrandForStaff() throws {
        let lost = desk.relay("我妈的优待证丢了 麻烦社区帮她补一张", group: "奥园业主群", sender: "奥园3栋小田")
        #expect(lost.module == "elder-certification" && lost.status == .created && lost.text.contains("已登记代办"))
        let expired = desk.say("卢爹爹的优待证过期了 他女儿请我们帮忙换个新的")
        #expect(try desk.case(#require(expired.caseID)).title.hasPrefix("代办：老年人优待证"))
    }

    @Test func aChildSignedUpForTheClubsClassIsAnErrandForTheManagers() throws {
        let r = desk.relay("乒乓球少儿班第二期还有冇得位置 帮我报一个 伢叫杨一诺 8岁", group: "奥园业主群", sender: "奥园5栋杨妈妈")
        #expect(r.module == "pingpong" && r.status == .created && r.text.hasPrefix("已登记少儿班报名"))
        #expect(try desk.case(#require(r.caseID)).title.hasPrefix("少儿班报名："))
        // The phone said next goes on that case.
        let phone = desk.relay("我电话13098712246", group: "奥园业主群", sender: "奥园5栋杨妈妈")
        #expect(phone.caseID == r.caseID && !phone.text.contains("13098712246"))
    }

    @Test func mealsPausedForAFewDaysArePausedNotAnswered() throws {
        let r = desk.say("她说下礼拜一到三去女儿屋里住 这三天助餐停一下")
        #expect(r.module == "care-visits" && r.status == .created && r.text.contains("已登记暂停"))
        #expect(try desk.case(#require(r.caseID)).title.hasPrefix("暂停关爱服务"))
    }

    @Test func aVisitAskedAfterIsAQuestionForTheWorkerNotANewApplication() throws {
        let r = desk.relay("我妈这礼拜还是不肯开空调 社区的人来劝过冇", group: "汉口道6号邻里群", sender: "汉口道4栋小吴")
        #expect(r.module == "care-visits" && r.status == .created && r.text.hasPrefix("已记下您问的事"))
        #expect(try desk.case(#require(r.caseID)).title.hasPrefix("关爱问询"))
        #expect(!r.text.contains("关爱申请"))
    }
}
