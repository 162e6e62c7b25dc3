@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The forty-fifth round's reading, from the forty-fourth corpus's misses and lines written for the forty-fifth's
/// angles (going home for the holiday, elders and their phones, weddings, births and funerals): a service's verb run
/// into a longer word, life after retiring, forwards asked about, the group's own order, carbon monoxide before a gas
/// leak, a roof's edge, wages owed, a carer who cannot cope, staff's tallies, scalds, and other offices' questions.
@Suite("Understanding: verbs in longer words, life after retiring, forwards, tallies, scalds, carers, wages, other offices")
struct FortyFifthReadingTests {
    /// `退休金…` starts with the retirement service's verb but asks about a pension: the question's own service takes
    /// it, not the retirement age's birth-month question. A retirement told as settled with a question on 医保 gets the
    /// knowledge base's answer; a question on when one retires still gets the calculation's question.
    @Test func verbsInLongerWordsAndLifeAfterRetiring() throws {
        let desk = try TestDesk(modules: deskModules)
        let pension = desk.relay("退休金这个月么样还冇到", group: "顺驰泊林业主群", sender: "泊林 庹师傅")
        #expect(pension.module == "social-security")
        #expect(!pension.text.contains("哪年哪月出生"))
        let insurance = desk.relay("我下个月退休了 职工医保还要接着交么", group: "奥园业主群", sender: "奥园 冉姐")
        #expect(insurance.status == .answered)
        #expect(insurance.text.contains("退休后不再交医保费"))
        let when = desk.relay("我是男的 想问下几时能退休", group: "奥园业主群", sender: "奥园 邬师傅")
        #expect(when.text.contains("出生"))
    }

    /// A notice passed on and asked about is answered with where true news comes from — Wuhan's 么 for 吗, whether it
    /// is this community's, a forward told in words whose news reads like a report — and one put to the neighbours is not.
    @Test func forwardsAskedAbout() throws {
        let desk = try TestDesk(modules: deskModules)
        let told = desk.relay("群里有人转的那个 说下礼拜整个片区停电两天 是真的么", group: "水印桃源1群", sender: "桃源 翠姐")
        #expect(told.text == Desk.forwardedNewsAnswer)
        let ours = desk.relay("[转发] 各户月底前交清洁费50元 到楼长处登记 这个是我们这里的吗", group: "顺驰泊林业主群", sender: "泊林 小柯")
        #expect(ours.text == Desk.forwardedNewsAnswer)
        let neighbours = desk.relay("[转发] 下月起电动车不准进小区 有冇人晓得真的假的", group: "顺驰泊林业主群", sender: "泊林 小柯")
        #expect(neighbours.text != Desk.forwardedNewsAnswer)
    }

    /// Asked how to join this group or where a poll is voted: answered, not left in silence.
    @Test func theGroupsOwnOrder() throws {
        let desk = try TestDesk(modules: deskModules)
        let join = desk.relay("我表妹刚租了6栋的房子 能拉她进这个群么", group: "汉口道6号邻里群", sender: "汉口道 阿菲")
        #expect(join.status == .answered)
        #expect(join.text.contains("网格员"))
        let poll = desk.relay("那个投票在哪里投 我翻了半天冇找到", group: "奥园业主群", sender: "奥园 老甘")
        #expect(poll.status == .answered)
        #expect(poll.text.contains("链接"))
    }

    /// Someone who does not answer in the bath, or beside a smell of gas, is in danger of carbon monoxide — its
    /// instruction keeps the gas leak's don'ts; a smell of gas alone is still the gas leak; someone sitting at a roof's
    /// edge is a threat to life.
    @Test func carbonMonoxideBeforeAGasLeakAndARoofsEdge() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        let bath = guide.emergency(in: "我爸在卫生间洗澡快一个钟头了 喊不应 门反锁着")
        #expect(bath?.id == "charcoal")
        #expect(bath?.instruction.contains("不要开关电灯电器") == true)
        #expect(guide.emergency(in: "楼道里一股燃气味 喊了两声屋里冇人应 怕是晕倒了")?.id == "charcoal")
        #expect(guide.emergency(in: "灶台那边一股很冲的煤气味 阀门关了还有")?.id == "gas")
        #expect(guide.emergency(in: "有个年轻人爬到11栋楼顶 在边上坐着 不肯下来")?.id == "violence")
        #expect(guide.emergency(in: "楼顶边上的隔热板翘起来了") == nil)
        // A character set apart by the space bar, as an elder types, still spells the danger.
        #expect(guide.emergency(in: "我 老伴 摔 倒 了 起 不 来")?.id == "medical")
        #expect(guide.emergency(in: "他们两个 都 站 不起来了") != nil)
        #expect(guide.emergency(in: "今天 我 去 菜场 买 了 鱼") == nil)
    }

    /// A scald gets first aid of its own; one already treated, or a dish too hot, is no emergency. A bottle raised at
    /// someone is a threat.
    @Test func scaldsAndABottleRaised() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        let scald = guide.emergency(in: "我孙子把热水壶碰倒了 脚背烫得起泡 一直哭")
        #expect(scald?.id == "scald")
        #expect(scald?.instruction.contains("凉水") == true)
        #expect(guide.emergency(in: "上个月烫伤的手 医生看了 今天去换药") == nil)
        #expect(guide.emergency(in: "这碗藕汤太烫了 放一下再喝") == nil)
        #expect(guide.emergency(in: "喝多了的那个人抡起板凳 要打他表哥")?.id == "violence")
    }

    /// Wages owed, told by the workers, are a plea for the community's help; a carer who cannot cope alone asks for
    /// help for that household.
    @Test func wagesOwedAndACarerWhoCannotCope() throws {
        let desk = try TestDesk(modules: deskModules)
        let wages = desk.relay("装修老板把我们三个人的工钱拖了两个月 一直说等甲方 快过年了", group: "李家墩村湾群", sender: "村湾 小覃")
        #expect(wages.module == "appeals")
        #expect(wages.caseID != nil)
        let carer = desk.relay("我妈最近有点糊涂 夜里老起来翻东西 我白天上班 就我一个 照顾不过来 桃源5栋2单元602", group: "水印桃源2群",
                               sender: "桃源 小岑")
        #expect(carer.module == "care-visits")
        #expect(carer.caseID != nil)
    }

    /// Staff's figures for a period are read and left: no case for each matter they count, and no emergency for the
    /// one they count; a tally that still leaves something to do is not one.
    @Test func staffsTallies() throws {
        #expect(Tally.says("1月31日 驿站2一月小结：量血压210人次 上门探访48户 调解4起"))
        #expect(Tally.says("奥园未认证还剩5人"))
        #expect(Tally.says("春节值班 来办事的19人 问医保的7人"))
        #expect(!Tally.says("未认证还剩2人 请王网格明天上门"))
        #expect(!Tally.says("奥园3栋1单元 水管滴水 物业说后天来"))
        #expect(Tally.counts(in: "男 69年8月 延14个月 61岁2个月") == 0)
        let desk = try TestDesk(modules: deskModules)
        let year = desk.say("2月1日 村湾年度小结：火灾1起 老人走失2次 调解纠纷9件")
        #expect(year.status == .ignored)
        #expect(year.caseID == nil)
        #expect(!year.text.contains("紧急"))
        // Counts alone that tell a danger are the danger, not figures.
        let danger = desk.say("5栋电梯里困了2人 1人晕过去了")
        #expect(danger.text.contains("紧急"))
        #expect(danger.caseID != nil)
    }

    /// Questions for other offices in the holiday's season: what to turn off before going away, an elder's phone, the
    /// electronic social-security card, a death in the family, a banquet to report, a red packet behind a link.
    @Test func questionsForOtherOfficesInTheHolidaySeason() throws {
        let desk = try TestDesk(modules: deskModules)
        let away = desk.relay("初二全家去宜昌 屋里水电气要不要关", group: "奥园业主群", sender: "奥园 阿雯")
        #expect(away.text.contains("燃气总阀"))
        let phone = desk.relay("我婆婆的手机来电不响 是么回事 么样弄", group: "水印桃源1群", sender: "桃源 翠姐")
        #expect(phone.text.contains("驿站"))
        #expect(phone.caseID == nil)
        let told = desk.relay("她手机都不会用 我替她讲 5栋1单元厕所堵了", group: "水印桃源1群", sender: "桃源 翠姐")
        #expect(!told.text.contains("手机的设置"))
        let card = desk.relay("电子社保卡在手机上么样领", group: "顺驰泊林业主群", sender: "泊林 庹师傅")
        #expect(card.text.contains("实名认证"))
        let death = desk.relay("我外婆前天过世了 要办什么手续", group: "李家墩村湾群", sender: "村湾 小覃")
        #expect(death.text.contains("死亡证明"))
        let banquet = desk.relay("正月初六在湾子里摆酒 要不要跟社区报备", group: "李家墩村湾群", sender: "村湾 秋姐")
        #expect(banquet.text.contains("消防通道"))
        let packet = desk.relay("有个群发链接 点进去领过年红包 要输身份证 能信么", group: "水印桃源2群", sender: "桃源 小甄")
        #expect(packet.text.contains("96110"))
    }
}
