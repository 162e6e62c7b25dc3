@testable import DeskKit
import Foundation
import DeskTesting
@testable import SocialSecurity
import Testing
@testable import desk

/// The sixty-second round's reading, from the sixty-first corpus's misses (a requisition in the village, vegetables
/// and poultry on the estates, giving and collecting): its dangers and their look-alikes, thanks once the hurt are
/// seen to, staff's ticked records, a matter staff went to talk someone out of, the certification list's progress.
@Suite("Understanding: the sixty-second round")
struct SixtySecondReadingTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: deskModules)
    }

    /// Dangers told in words the seed lacked: poison in a child's mouth, someone trodden on in a crowd, a fire
    /// spreading sideways, a leg caught between a lift and the landing, a firecracker gone off in a hand.
    @Test(arguments: [
        ("楼下那家撒的老鼠药 我孙子捡起来往嘴里塞", "medical"),
        ("超市门口抢鸡蛋 一个爹爹被挤倒了 后面的人踩到他了", "medical"),
        ("火往隔壁的柴堆那边烧 烟往楼道里灌", "fire"),
        ("电梯开着门往下走 一个小伙子的脚卡在电梯和楼板中间", "trapped"),
        ("鞭炮在伢手里炸开了 血直流", "medical"),
    ])
    func aDangerIsToldByItsOwnKind(_ line: String, kind: String) {
        #expect(desk.desk.emergencies.emergency(in: line)?.id == kind, "\(line)")
    }

    /// The same words where no one is in danger: an opponent beaten at ping-pong, a faint said many times over, a
    /// bill to faint at, a sky like fire, a notice against open flames, rubbish tipped where children play.
    @Test(arguments: ["打了一晚上球 把老周杀得喊救命", "周末去看我妈 路上堵车 我晕过去了好几回", "看到这个月的燃气费 要晕倒了",
                      "今天傍晚的火烧云 半边天像着了火", "电梯口贴了告示 楼道里不准明火", "不晓得哪个在花坛边倒了一堆烂菜 伢还在里面翻"])
    func theSameWordsWithNoOneInDangerRaiseNothing(_ line: String) throws {
        let reply = desk.relay(line, group: "水印桃源2群", sender: "阿梅")
        #expect(!reply.text.hasPrefix("【"), "\(line) → \(reply.text)")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    /// Thanks from the family once the hurt have been seen to in hospital is news that it is over, not a new alarm;
    /// a plea in the same line still is one.
    @Test func thanksAfterTheHospitalRaiseNoAlarm() throws {
        let thanks = desk.relay("我爸在医院缝了六针 腿骨折了 谢谢湾里的人", group: "李家墩村湾群", sender: "小戚")
        #expect(!thanks.text.hasPrefix("【"), "\(thanks.text)")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
        let plea = desk.relay("谢谢大家 我妈从医院回来又倒了 快来人", group: "李家墩村湾群", sender: "小戚")
        #expect(plea.text.hasPrefix("【"), "\(plea.text)")
    }

    /// A record staff tick done at its head tells of a danger past: no alarm, no case.
    @Test func aDangerTickedDoneAtTheCounterIsARecord() throws {
        let reply = desk.say("11月2日周一上午 ✓ 6栋鞭炮炸伤手的伢 医院处理好了 提醒湾里莫捡哑炮")
        #expect(!reply.text.hasPrefix("【"), "\(reply.text)")
        #expect(reply.caseID == nil)
        #expect(try desk.cases().isEmpty)
    }

    /// The one who raised the alarm, asked where it is, asking after the one in danger once others have gone: the
    /// question is answered, not taken for more news of the scene; a line that still calls for help is no word that it
    /// ended.
    @Test func theRaiserAskingAfterTheOneInDangerIsAnswered() throws {
        let alarm = desk.relay("一个爹爹在门口倒了 叫不应", group: "水印桃源1群", sender: "阿翠")
        #expect(alarm.text.hasPrefix("【"))
        let asked = desk.relay("那个爹爹么样了", group: "水印桃源1群", sender: "阿翠")
        #expect(asked.status == .answered, "\(asked.text)")
        #expect(asked.text.contains("谢谢关心"))
        let more = desk.relay("火扑灭了 她手上全是泡 快叫救护车", group: "水印桃源1群", sender: "阿翠")
        #expect(!more.text.contains("核实后办结"), "\(more.text)")
    }

    /// What a resident reported, or what staff went to talk a neighbour out of, when no service's own word names it:
    /// an appeal followed on a case — not a home certification visit because the line says `上门`.
    @Test(arguments: ["10月3日周三 泊 9栋楼道里有户养鸽子 老卢反映 跟物业上门劝",
                      "10月4日周四 奥 26栋楼下绿化带有人种了一排葱 跟物业上门劝了 答应拔掉"])
    func aMatterStaffWentToTalkSomeoneOutOfIsAnAppeal(_ line: String) throws {
        let reply = desk.say(line)
        #expect(reply.module == "appeals", "\(line) → \(reply.text)")
        #expect(reply.caseID != nil)
    }

    /// Contributions staff paid for residents are an errand kept on a case; `代缴` told as what can be done, or as what a
    /// fund does, is an answer's word.
    @Test func contributionsPaidForResidentsAreAnErrand() {
        #expect(SocialSecurity.paidForThem("居民医保代缴6户9人"))
        #expect(SocialSecurity.paidForThem("查了明年的居民医保还冇交 代缴 已缴 截图发给她儿子"))
        #expect(SocialSecurity.paidForThem("帮她代缴了两个人的"))
        #expect(SocialSecurity.paidForThem("驿站代缴 今天办了4户"))
        #expect(!SocialSecurity.paidForThem("缴费期以医保局公布为准 驿站可以帮代缴，公布了在群里发"))
        #expect(!SocialSecurity.paidForThem("领失业金期间职工医保由失业保险基金代缴 不用自己交 已告知"))
    }

    /// A social-security errand staff did on the resident's own app is the errand's case; so is a station's
    /// appointment booked for them.
    @Test func aSocialSecurityErrandAtTheCounterIsACase() throws {
        #expect(SocialSecurity.booksAnOffice("失业登记 约礼拜四上午来驿站3 材料清单发给他了"))
        let line = "奥 龚姐 灵活就业参保 帮她在湖北智慧人社上提交了 选60%档"
        let reply = desk.say(line)
        #expect(reply.module == "social-security", "\(line) → \(reply.text)")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
    }

    /// Staff telling how the year's list of elders not yet certified goes, in the words they write it with (`冇认`,
    /// `清单`, a count of elders): a case to see the list through, not the general answer.
    @Test(arguments: ["11月5日周一 奥 年底认证清单出来了 还有15人冇认 分给志愿者打电话",
                      "11月6日周二 桃 年底认证 桃源还剩6人冇认 名单给楼栋长了 约来驿站2刷脸"])
    func theCertificationListsProgressIsACase(_ line: String) throws {
        let reply = desk.say(line)
        #expect(reply.module == "elder-certification", "\(line) → \(reply.text)")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
    }
}
