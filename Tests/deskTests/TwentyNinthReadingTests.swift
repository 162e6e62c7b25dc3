@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The twenty-ninth round's reading, from the twenty-eighth corpus's misses: a reporter's angry chase of their own
/// case, staff's records of work done, a complaint about a seller, a danger named as an episode past and a live wire
/// down, a care arrangement changed at the counter in words that read like a notice, and one's own application asked
/// after.
@Suite("Understanding: angry chases, records of work done, complaints about sellers")
struct TwentyNinthReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// `天台门还在响 … 是要我打12345你们才来是吧` from the one who reported the door goes on their case as a chase,
    /// found by the words they reported it in (the case's title says only 屋面); the same words from a neighbour
    /// with no case of their own start nothing.
    @Test func anAngryChaseGoesOnTheReportersCase() throws {
        let group = "顺驰泊林业主群", sender = "泊林11栋晓雯"
        let report = desk.relay("物业 11栋1单元楼顶天台门被风吹得哐哐响 锁坏了一晚上没睡好", group: group, sender: sender)
        let id = try #require(report.caseID)
        let chase = desk.relay("天台门还在响 已经两天了 是要我打12345你们才来是吧", group: group, sender: sender)
        #expect(chase.caseID == id)
        #expect(chase.text.contains("催问"))
        let other = desk.relay("天台门还在响 已经两天了 是要我打12345你们才来是吧", group: group, sender: "泊林3栋老纪")
        #expect(other.caseID != id)
        // How the matter goes, asked after (`电暖器的事么样了`), is a chase; how a person is (`那个婆婆么样了`) is not.
        #expect(Desk.stillWaits("电暖器的事么样了 晚上还要训练"))
        #expect(Desk.stillWaits("秋千换了冇 伢放假在屋里闷死了"))
        #expect(!Desk.stillWaits("前几天B1那个婆婆么样了 出院了冇"))
    }

    /// Staff recording work another party did and the resident's word on it (`物业换了进水阀 大刘打电话来确认了`,
    /// `补种了 围了绳子`, `优待证做好了 来领了`, `马蜂窝 已摘`), or a visit that found nothing asked (`无诉求`), ask for
    /// nothing: no case is opened. A fault still named is a report.
    @Test func recordsOfWorkDoneOpenNothing() {
        for line in ["奥9-2-1702 魏婆婆 马桶水箱 物业换了进水阀 大刘打电话来确认了", "口袋公园 清明烧黑的草皮 补种了 围了绳子 提醒莫踩",
                     "奥5 覃秀珍 优待证做好了 来领了", "奥23-1 楼道大件垃圾 清走了 马桶也拉走了 小艾确认",
                     "另外一户 桃8-2-601 俞爹爹 好 无诉求", "村湾三组汪家老屋屋檐马蜂窝 已摘 消防来的 提醒各家看看自己屋檐下"] {
            let reply = desk.say(line)
            #expect(reply.caseID == nil, "\(line)")
            #expect(reply.text.contains("已经办完"), "\(line)")
        }
        #expect(desk.say("奥9-2-1702 马桶水箱 物业换了进水阀 还是漏").caseID != nil)
    }

    /// A seller that will not refund (`商家不理人 社区能帮忙投诉吗`) is the market regulator's: the resident hears where
    /// to complain (12315), and no complaint case is opened for the community; a neighbour's remark is left alone.
    @Test func aComplaintAboutASellerGetsTheRegulator() {
        let asked = desk.relay("买的那个电热水壶 网上下的单 用了两天底座就烧糊了 商家不理人 社区能帮忙投诉吗",
                               group: "顺驰泊林业主群", sender: "泊林13栋余师傅")
        #expect(asked.status == .answered)
        #expect(asked.caseID == nil)
        #expect(asked.text.contains("12315"))
        let told = desk.relay("上回买的假货 后来自己退了", group: "顺驰泊林业主群", sender: "泊林6栋老孔")
        #expect(told.caseID == nil)
        #expect(told.text.isEmpty)
        // When the bulky rubbish is collected is the property company's notice to point to, not a complaint.
        let bulky = desk.relay("请问下 村里么时候收大件垃圾 屋里换下来的旧沙发要丢", group: "李家墩村湾群", sender: "三组汪婶")
        #expect(bulky.status == .answered)
        #expect(bulky.caseID == nil)
    }

    /// A danger named as an episode past by the words after it (`伢的烫伤好了`, `摔倒那里`, `煤气味那家`) is no
    /// emergency; the same danger told now still is.
    @Test func aDangerNamedAsAnEpisodePastIsNoEmergency() {
        let guide = desk.desk.emergencies
        #expect(guide.emergency(in: "各位 伢的烫伤好了 谢谢年前陆姐教的 今天出去晒太阳了") == nil)
        #expect(guide.emergency(in: "泊林后门台阶霍爹爹摔倒那里 物业铲了青苔") == nil)
        #expect(guide.emergency(in: "我屋伢烫伤了 手上起了泡") != nil)
        #expect(guide.emergency(in: "霍爹爹摔倒了 起不来") != nil)
        #expect(guide.emergency(in: "快来人 霍爹爹摔倒那里起不来") != nil)
        let thanks = desk.relay("各位 伢的烫伤好了 谢谢年前陆姐教的 今天出去晒太阳了", group: "汉口道6号邻里群", sender: "6栋2单元小冉")
        #expect(thanks.caseID == nil)
    }

    /// A wire brought down and sparking (`电线被树枝刮断落地打火`) is a danger: staff at the scene get the safety words
    /// first and an urgent case, whatever they have already called.
    @Test func aLiveWireDownIsAnEmergency() {
        let r = desk.say("奥5、6栋之间 电线被树枝刮断落地打火 已报95598 物业已拉警戒 我在现场拦人")
        #expect(r.text.hasPrefix("【"))
        #expect(r.caseID != nil)
    }

    /// Staff telling a change to what the care service arranged — a visit paused, a day moved — open the care
    /// service's request, even when the line reads like a notice or talk; a change told made is a record.
    @Test func aCareArrangementChangedAtTheCounterIsARequest() {
        let paused = desk.say("奥12-1-1101 殷婆婆 女儿今天从上海回来了 说出院后她在家陪一个月 这个月上门先暂停 她走之前再说")
        #expect(paused.module == "care-visits")
        #expect(paused.caseID != nil)
        #expect(paused.text.contains("暂停"))
        let moved = desk.say("汉口道1-2-1506殷婆婆 本周五探访改周六 已记")
        #expect(moved.module == "care-visits")
        #expect(moved.caseID != nil)
        #expect(ArrangementChange.says("苗婆婆送菜延到8月26日"))
        #expect(!ArrangementChange.says("助餐已经改成少盐的 她说合口味"))
    }

    /// One's own new card, transfer or allowance asked after (`补的卡到了冇`, `审核过了冇`) is a look-up for staff — a
    /// case — not the rules read out again.
    @Test func onesOwnApplicationAskedAfterIsALookUp() {
        let card = desk.say("桃6-1-301 林阿姨 社保卡年前挂失的 补的卡到了冇")
        #expect(card.module == "social-security")
        #expect(card.caseID != nil)
        let allowance = desk.say("奥19-1-301 邓秀英的儿子 问高龄津贴审核过了冇 1月份交的")
        #expect(allowance.module == "elder-certification")
        #expect(allowance.caseID != nil)
    }
}
