@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The thirty-second round's reading, from the thirty-first corpus's misses: dangers staff type at the counter with help
/// already called, a dated entry while a question waits, a resident's question written down with the answer given, work
/// others finished, scams asked about, a follow-up written under its day, and 汉口道6号's shorthand.
@Suite("Understanding: counter dangers, dated entries, answers given, work finished, scams, 回访")
struct ThirtySecondReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// A danger staff type with help already called (`已打110`, `已打120`) is still an emergency: a knife in a quarrel,
    /// someone outside a roof's railing, a fall from a ladder, a stroke the doctor on the spot names, an elder with
    /// dementia not back. Each opens an urgent case and starts with the safety words.
    @Test func dangersTypedWithHelpCalledAreEmergencies() throws {
        let lines = ["12/1 19:20 村湾三组 两兄弟为宅基地吵起来 老二拿着菜刀 已打110 我在赶过去",
                     "12/2 16:05 泊8栋楼顶 一个女的站在护栏外 已报110 物业在跟她说话",
                     "12/3 10:10 桃6栋门口 擦玻璃的师傅从两米多高的梯子上摔下 腰疼 已打120",
                     "12/4 9:40 驿站1 下棋的华爹爹突然说不出话 嘴角歪 赵医生说像中风 已打120",
                     "12/5 18:30 奥9-1-1202 柴婆婆 老年痴呆 下午三点出门未归 已报110 家里人在找"]
        for line in lines {
            let reply = try TestDesk(modules: deskModules).say(line)
            #expect(reply.text.hasPrefix("【"), "\(line)")
            #expect(reply.caseID != nil, "\(line)")
        }
    }

    /// Dangers told in words not listed before: clouded consciousness, an elder who does not answer when called.
    @Test func cloudedConsciousnessAndNoAnswerAreDangers() throws {
        let clouded = desk.relay("村湾五组的罗爹爹坐在禾场上 意识不清 喊他名字都不晓得", group: "李家墩村湾群", sender: "五组小罗")
        #expect(clouded.text.hasPrefix("【"))
        let silent = try TestDesk(modules: deskModules).relay("我去送饭 叫她她不答应 躺在床上脸发白", group: "水印桃源1群", sender: "桃3栋小黎")
        #expect(silent.text.hasPrefix("【"))
    }

    /// Staff's next dated entry while the desk waits for a birth month is a matter of its own, not an attempt at the
    /// answer; the question keeps waiting and takes its answer afterwards.
    @Test func aDatedEntryWhileAQuestionWaitsIsItsOwnMatter() {
        let asked = desk.say("问退休 女 工人")
        #expect(asked.status == .ask)
        let entry = desk.say("11/3 桃5-2 楼道灯 物业下午换了 住户说亮了")
        #expect(!entry.text.contains("没有看到年月"))
        #expect(entry.text.contains("还差一项"))
        #expect(Desk.opensWithADay("11/3 桃5-2 楼道灯"))
        #expect(!Desk.opensWithADay("1975.4 女 工人"))
        let answered = desk.say("1975年4月")
        #expect(answered.status == .answered)
        #expect(answered.text.contains("1975年4月"))
    }

    /// A resident's question written down with the answer staff gave (`问 … 已告知 …`) is the service's answer through
    /// staff: nothing opened. A request besides it (`来报…`, `… 帮她约了`) is the line's matter.
    @Test func aQuestionAnsweredAtTheCounterOpensNothing() throws {
        let reply = desk.say("11/5 泊6-1-402 石姐 问她家伢明年的居民医保在哪里交 已告知楚税通或者湖北医保服务平台都可以")
        #expect(reply.status == .answered)
        #expect(reply.module == "social-security")
        #expect(reply.caseID == nil)
        let lookedUp = try TestDesk(modules: deskModules).say("泊林4栋2单元 程爹爹来问今年认证做了冇 查了 8月份做过了 告诉他了")
        #expect(lookedUp.status == .answered)
        #expect(lookedUp.module == "elder-certification")
        #expect(lookedUp.caseID == nil)
        #expect(AnsweredAtTheCounter.says("村湾 万姐 问认证做了冇 已告知三月份做过了"))
        #expect(!AnsweredAtTheCounter.says("来报冬季联赛 问要不要交钱 已答会员免费"))
        #expect(!AnsweredAtTheCounter.says("问她退休手续 已告知带档案 帮她约了人社窗口周三上午"))
    }

    /// Work others finished, told at the counter (`物业上午来换了`, `供电所换了灯头`, `已结束`), is a record; work still
    /// wanting (`换了还是不亮`) or a case to close (`好了 结了`) is not.
    @Test func workOthersFinishedIsARecord() {
        #expect(WorkRecord.says("12/2 奥8-1 楼道灯 物业上午来换了"))
        #expect(WorkRecord.says("村口那盏路灯 供电所换了灯头 亮了"))
        #expect(WorkRecord.says("冬至包饺子 驿站3 到了二十几位老人 已结束"))
        #expect(!WorkRecord.says("地库那盏灯 换了还是不亮"))
        #expect(!WorkRecord.says("地库灯下午换了 好了 结了"))
    }

    /// `去看球` is no worry about an elder: football talk opens no urgent welfare check. Asking someone to go and look
    /// (`能不能去看一下`) at an elder who does not answer still does.
    @Test func footballTalkIsNoWelfareCheck() throws {
        let talk = desk.relay("今晚哪个去看球 湖北对上海", group: "汉口道6号邻里群", sender: "阿伟")
        #expect(talk.caseID == nil)
        let worry = try TestDesk(modules: deskModules).relay("12栋邓婆婆一个人住 电话一直冇人接 能不能去看一下", group: "奥园业主群", sender: "12栋小邓")
        #expect(try #require(worry.caseID).hasPrefix("GA"))
    }

    /// A scam asked about — a pension "recalculation" that wants a fee, an insurance card "upgrade" through a link — is
    /// answered (the knowledge base, or the office guide's word on suspicious calls): it is a scam, and which number
    /// checks it. No consult case is opened.
    @Test func scamsAskedAboutAreAnswered() throws {
        let pension = desk.relay("我爸接到电话 说他养老金少发了 补发要先交500手续费 靠谱吗", group: "顺驰泊林业主群", sender: "泊2栋小伍")
        #expect(pension.caseID == nil)
        #expect(pension.text.contains("诈骗"))
        let card = try TestDesk(modules: deskModules).relay("[聊天记录] 短信说医保卡要升级激活 点链接填银行卡号 是真的么", group: "水印桃源2群", sender: "桃8栋小何")
        #expect(card.caseID == nil)
        #expect(card.text.contains("96110"))
    }

    /// A follow-up written under the day it was made (`11/20 回访 …`) is the 回访 command: the case at the place is
    /// found by its words and the call noted. `汉` before a figure is 汉口道6号 (`汉4-2`), not the city (`武汉5年`).
    @Test func aFollowUpUnderItsDayAndTheShorthandOfHankoudao() throws {
        let opened = desk.relay("汉口道4栋2单元 楼道灯不亮 黑漆漆的", group: "汉口道6号邻里群", sender: "4栋小蒋")
        let id = try #require(opened.caseID)
        let call = desk.say("11/20 回访 汉4-2 楼道灯 小蒋说亮了 满意")
        #expect(call.caseID == id)
        #expect(call.text.contains("回访"))
        let home = desk.desk.addresses.read("汉5-2-1902 热水器打不着火")
        #expect(home.building == 5 && home.unit == 2 && home.room == 1902)
        #expect(home.compound == "hankoudao6")
        #expect(desk.desk.addresses.read("浙江交了9年 武汉5年").compound == nil)
        #expect(desk.desk.addresses.read("回访 桃7-2-三四楼楼道灯").unit == 2)
    }

    /// Planned work asked about (`停不停`, `有冇人值班`) and a tenant asking who mends it (`找房东还是找物业`) are the
    /// repair questions' to answer: nothing is opened. (Said without `问一下`, `元旦放假 物业有冇人值班 报修的话哪个接` is
    /// still taken for a complaint the model hears, or a repair by its verb: a gap that stands.)
    @Test func plannedWorkAndWhoMendsItAreAnswered() throws {
        let outage = desk.relay("[引用：12月9日 8:00-14:00 1栋、2栋停水检修] 我们6栋停不停", group: "汉口道6号邻里群", sender: "6栋阿华")
        #expect(outage.status == .answered)
        #expect(outage.module == "repairs")
        let duty = try TestDesk(modules: deskModules).relay("问一下 元旦放假物业有冇人值班", group: "顺驰泊林业主群", sender: "泊5栋小宁")
        #expect(duty.status == .answered)
        #expect(duty.caseID == nil)
        let tenant = try TestDesk(modules: deskModules).relay("我租的房子 阳台门关不严 这个找房东还是找物业", group: "奥园业主群", sender: "21栋小屈")
        #expect(tenant.status == .answered)
        #expect(tenant.text.contains("住户自己"))
    }

    /// A pause the care team arranged, ended on a day (`送餐明天恢复`), is a request to the care team, not a remark.
    @Test func aPauseEndedIsForTheCareTeam() throws {
        let resumed = desk.say("12/8 桃4-1-301 甘婆婆从女儿家回来了 送餐明天恢复")
        #expect(try #require(resumed.caseID).hasPrefix("GA"))
    }
}
