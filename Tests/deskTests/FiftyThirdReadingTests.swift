@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fifty-third round's reading, from the fifty-second corpus's misses (清明 and the elders' outings, household waste
/// and bins, trees and spring pests) and a probe set's lines for the fifty-third's angles (the social-security card and
/// pensions, graduates and jobseekers, babies and young families).
@Suite("Understanding: the fifty-third round")
struct FiftyThirdReadingTests {
    /// Staff who have called the ambulance or the fire brigade for someone are reporting an emergency in hand, whatever
    /// words tell of it: the safety words and an urgent case, not "work already done". Someone hurt when 120 was called
    /// gets the injury's instruction; 119 alone, the general one.
    @Test func staffWhoCalledForRescueReportAnEmergency() throws {
        let crushed = try TestDesk(modules: deskModules)
            .say("下午2点 泊林5栋后面工地 一个老爹爹被倒下来的脚手架压住腿 人清醒 已打120和119")
        #expect(crushed.module == "appeals")
        #expect(crushed.status == .created)
        #expect(crushed.text.hasPrefix("【有人受伤或急病·紧急】"))
        let shutIn = try TestDesk(modules: deskModules)
            .say("泊林3栋车库 一个小伢钻进丢掉的旧衣柜 柜门扣死了 已打 119 保安在撬")
        #expect(shutIn.module == "appeals")
        #expect(shutIn.text.hasPrefix("【有人呼救·紧急】"))
    }

    /// Not every call is news of a danger now: a fall told after the patient came home is a record, and the police
    /// called for a theft or the money a member paid is no rescue.
    @Test func aCallToldAfterwardsOrAFeeIsNoEmergency() throws {
        let over = try TestDesk(modules: deskModules).say("上周三 桃源6栋刘婆婆在家摔了 已打120 送协和 现在出院了 人没事")
        #expect(over.status == .ignored)
        #expect(!over.text.contains("紧急"))
        let theft = try TestDesk(modules: deskModules).say("奥园3栋 上午有人在车棚偷电瓶 已报110 派出所来人看了监控")
        #expect(!theft.text.contains("紧急"))
        #expect(HelpCalled.numbers(in: "已打 119 和 120 我和保安过去") == ["119", "120"])
        #expect(HelpCalled.numbers(in: "已报110 在调监控") == ["110"])
        #expect(!HelpCalled.callsForRescue("已报110 在调监控"))
        #expect(HelpCalled.numbers(in: "120已经在路上").isEmpty)
        #expect(HelpCalled.numbers(in: "帮汪爹爹交乒乓球年费120").isEmpty)
        #expect(HelpCalled.numbers(in: "已打1203的电话 冇人接").isEmpty)
    }

    /// Dangers the earlier words missed: blood told by where it is, a baby who cannot get its breath, an elder out since
    /// the morning and not back (staff's `至今未回`). Not: the marks of a blow told after the police took the man away.
    @Test func moreDangersAreRecognised() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "婆婆在楼梯上磕了一下 头上全是血 坐在那里发呆")?.id == "medical")
        #expect(guide.emergency(in: "我家宝宝喝奶呛到了 出不了气 脸发白")?.id == "medical")
        #expect(guide.emergency(in: "桃源8栋朱爹爹 82岁 记性不好 早上出门买早点 至今未回")?.id == "missing")
        #expect(guide.emergency(in: "女的下楼了 手臂上都是血印子 警察把男的带走了") == nil)
    }

    /// What staff found on the estate and passed to the property company (`…地砖翘起一块 放了锥桶 转物业`) is a repair
    /// to follow, however dated and terse the line reads — not a notice. The arrangements for a gathering that ask the
    /// property company for something (`国庆邻里节后天 场地灯光请物业检查`) are not one.
    @Test func whatStaffPassToThePropertyCompanyIsARepair() throws {
        let paving = try TestDesk(modules: deskModules).say("10月9日周四 下午 奥园 12 栋门口人行道地砖翘起一块 放了锥桶 转物业")
        #expect(paving.module == "repairs")
        #expect(paving.status != .ignored)
        let gathering = try TestDesk(modules: deskModules).say("10月10日周五 国庆邻里节后天 场地灯光请物业检查 桌椅借学校")
        #expect(gathering.module != "repairs")
        #expect(gathering.status == .ignored)
    }

    /// A tick after the day and the part of it (`5月19日周五下午 ✓ …`) ticks what follows: work done, no new case — not
    /// the day taken for the matter done and the work for one still to do (an enquiry opened for a card already changed).
    @Test func aTickAfterTheDayAndItsPartTicksWhatFollows() throws {
        let note = try #require(CheckedNote("5月19日周五下午 ✓ 奥12付婆婆 三代卡已换 旧卡注销 养老金跟新卡走", items: []))
        #expect(note.toDo.isEmpty)
        #expect(note.ticked == ["奥12付婆婆 三代卡已换 旧卡注销 养老金跟新卡走"])
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("5月19日周五下午 ✓ 奥12付婆婆 三代卡已换 旧卡注销 养老金跟新卡走")
        #expect(reply.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    /// Work ticked done at a place with an open case about it goes on that case, for staff to close and call back —
    /// no second case; the same words where no case is open are a record.
    @Test func workTickedDoneGoesOnItsOpenCase() throws {
        let desk = try TestDesk(modules: deskModules)
        let opened = desk.say("泊林 2 栋 1 单元门禁坏了 刷卡开不了门")
        let id = try #require(opened.caseID)
        let done = desk.say("11月7日周一下午 ✓ 泊林 2 栋 1 单元门禁修好")
        #expect(done.caseID == id)
        #expect(done.status == .updated)
        #expect(done.text.contains("已办好"))
        #expect(try desk.cases().count == 1)
        #expect(try desk.events(id).contains { $0.note?.contains("门禁修好") == true })
        let elsewhere = desk.say("11月7日周一下午 ✓ 奥园 9 栋 2 单元门禁修好")
        #expect(elsewhere.status == .ignored)
        #expect(try desk.cases().count == 1)
    }

    /// The social-security card and the pension's account, a graduate's file and the childcare subsidy, asked in a
    /// group: answered where and how — not an enquiry for staff to look into within a week, nor a birth month asked for
    /// a retirement age. The subsidy is the health commission's, pointed to as another office's.
    @Test func cardsPensionAccountsFilesAndTheSubsidyAreAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let bank = askedInAoyuan("退休金能不能换到离家近的那个银行卡上", of: desk)
        #expect(bank.module == "social-security")
        #expect(bank.status == .answered)
        #expect(bank.text.contains("变更"))
        let locked = askedInAoyuan("社保卡密码输错三次锁了 么办", of: desk)
        #expect(locked.status == .answered)
        #expect(locked.text.contains("重置"))
        let file = askedInAoyuan("今年毕业的 档案是学校寄到哪里 要自己去拿吗", of: desk)
        #expect(file.status == .answered)
        #expect(file.text.contains("档案"))
        let first = askedInAoyuan("刚办了退休 第一次领退休金几月能拿到", of: desk)
        #expect(first.status == .answered)
        #expect(first.text.contains("次月"))
        let subsidy = askedInAoyuan("育儿补贴在哪里申请啊 伢一岁半", of: desk)
        #expect(subsidy.status == .answered)
        #expect(subsidy.module != "social-security")
        #expect(subsidy.module != "elder-certification")
        #expect(subsidy.text.contains("3周岁"))
        #expect(try desk.cases().isEmpty)
    }

    /// A neighbour's things left in the common way (tiles at the stairs, an old wardrobe and bags of cement up two
    /// floors) are one complaint for the community to take up — not the lift's or the wall's repair, nor one case for
    /// each thing named. What is left on the floor to sweep up is the property company's cleaning.
    @Test func thingsLeftInTheCommonWayAreAComplaint() throws {
        let tiles = try askedInAoyuan("5栋1单元楼梯口堆了一堆瓷砖 好几天了 冇人管", of: TestDesk(modules: deskModules))
        #expect(tiles.module == "appeals")
        #expect(tiles.text.contains("投诉"))
        let desk = try TestDesk(modules: deskModules)
        let things = askedInAoyuan("6栋楼道里被人堆了个旧衣柜 还有几袋水泥 从二楼堆到三楼", of: desk)
        #expect(things.module == "appeals")
        #expect(try desk.cases().count == 1)
        #expect(CommonWayBlocked.says("楼道里全是红纸和鞭炮壳 物业扫一下") == false)
    }

    /// The bins and burning asked about in a group: which day bulky waste goes, whether sorting wrong is fined, whether
    /// burning paper is against the law — answered where the rules are posted (and that no one collects a fine by QR
    /// code), not a complaint opened.
    @Test func binsAndBurningAskedAreAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let bulky = askedInAoyuan("旧床垫这种大件垃圾哪天收啊", of: desk)
        #expect(bulky.status == .answered)
        #expect(bulky.text.contains("大件垃圾"))
        let fine = askedInAoyuan("垃圾分错了要罚款吗 楼下贴了个单子", of: desk)
        #expect(fine.status == .answered)
        #expect(fine.text.contains("城管"))
        let burning = askedInAoyuan("在楼下路口烧纸违法不", of: desk)
        #expect(burning.status == .answered)
        #expect(burning.text.contains("烧"))
        #expect(try desk.cases().isEmpty)
    }

    /// `text` said by a resident in 奥园's group to `desk`.
    private func askedInAoyuan(_ text: String, of desk: TestDesk) -> Reply {
        desk.relay(text, group: "奥园业主群", sender: "奥园 小芳")
    }
}
