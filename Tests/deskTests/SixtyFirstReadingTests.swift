@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The sixty-first round's reading, from the sixtieth corpus's misses (the flood season, the children's summer
/// holidays, the night stalls): its emergencies with their own safety words, its look-alikes, the counter's errands.
@Suite("Understanding: the sixty-first round")
struct SixtyFirstReadingTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: deskModules)
    }

    /// Each danger is told apart, so its own first aid comes first: a limb caught in a gate, lime in the eyes, a man
    /// down a manhole, a flooded room round someone who cannot get up, a smell of gas behind a door nobody opens, a child
    /// burnt behind a locked door, a child gone in a crowd, a stranger climbing a drainpipe.
    @Test(arguments: [
        ("北门那个电动门把一个小伢的手夹住了 门还在往里收 他在哭", "caught"),
        ("健身器材那个转盘 伢的脚卡进去了 拔不出来", "caught"),
        ("我孙子眼睛里进了石灰 捂着眼睛在哭 睁不开", "chemical"),
        ("刷厕所的时候洁厕灵溅到眼睛里了 痛得睁不开", "chemical"),
        ("化粪池那边有个师傅下去通管子 好久冇上来了 喊也不答应", "pit"),
        ("村东头那口井 抽水的下井去修泵 倒在井底了 上面的人也要下去", "pit"),
        ("屋里进水了 我婆婆瘫在床上起不来 水快淹到床上了", "flooded"),
        ("4栋一单元好大的燃气味 602的爹爹一个人住 敲门冇人应", "gas-behind-door"),
        ("隔壁伢一个人在屋里 说烫到了 在哭 门打不开", "scald"),
        ("我屋丫丫在超市门口 一转身就冇看到了 三岁 穿黄衣服", "missing"),
        ("12栋后面有个人顺着水管往上爬 四楼的窗子开着", "violence"),
        // the look-alikes' words inside a danger's (`今天院子里`, not a stay in hospital; a phone not answered, not one dropped)
        ("今天院子里有个爹爹晕倒了 叫不应", "medical"),
        ("工人下去了半天冇上来 打他手机也不接 井里味道好冲", "pit"),
    ])
    func aDangerIsToldByItsOwnKind(_ line: String, kind: String) {
        #expect(desk.desk.emergencies.emergency(in: line)?.id == kind, "\(line)")
    }

    /// A lift's door that catches a hand stays the lift company's rescue (a repair with its safety words).
    @Test func aHandInALiftDoorIsTheLiftsRescue() {
        #expect(desk.desk.emergencies.emergency(in: "3栋电梯门夹住我屋伢的手了 拔不出来 在哭")?.id == "trapped")
    }

    /// The first aid that fits: nobody goes down after a man overcome in a manhole; lime is brushed off, then rinsed.
    @Test func theFirstAidFitsTheDanger() throws {
        let pit = desk.relay("8栋后面那个窨井 工人下去了半天冇上来 另一个也要下去", group: "顺驰泊林业主群", sender: "老叶")
        #expect(pit.text.hasPrefix("【井下有人倒下·紧急】"), "\(pit.text)")
        #expect(pit.text.contains("不要下去救人"))
        #expect(pit.text.contains("119"))
        let lime = desk.relay("快来 伢的眼睛进了石灰 在巷子口哭 说睁不开", group: "李家墩村湾群", sender: "菊芳")
        #expect(lime.text.hasPrefix("【石灰或化学品进眼·紧急】"), "\(lime.text)")
        #expect(lime.text.contains("清水冲眼睛"))
        #expect(try desk.cases().filter(\.urgent).count == 2)
    }

    /// The same words where no one is in danger: money spent, a drama binged, a stall's trade on fire, a match's
    /// score, a hospital stay told afterwards, a hand nearly caught, a cat down a drain, a warning about lime, the
    /// spikes that keep climbers off the drainpipes.
    @Test(arguments: ["昨天请客吃饭 这回大出血 花了六百多", "中毒了 我中了这个剧的毒 追到两点",
                      "那家烧烤摊着火了 原来是说生意火 排到马路上", "打起来了打起来了 老肖跟老万打到第五局 11比8",
                      "我妈那回摔了住了一个礼拜院 居民医保报了多少", "秋千的链子差点夹到伢的手 物业换个套子",
                      "我屋猫掉到下水道里 半天冇上来 哪个有长杆子", "莫让伢玩石灰 撒到眼睛里就麻烦了",
                      "9栋低层的水管装了防攀爬刺 蛮好"])
    func theSameWordsWithNoOneInDangerRaiseNothing(_ line: String) throws {
        let reply = desk.relay(line, group: "水印桃源2群", sender: "阿梅")
        #expect(!reply.text.hasPrefix("【"), "\(line) → \(reply.text)")
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }

    /// Staff at the counter writing down a retirement errand (the resident gone with to the office, a pension to be
    /// worked out by the office): the errand's case, not the retirement date's answer alone.
    @Test(arguments: ["汉 老戴 男 73年5月 62岁2个月 2035年7月到龄 缴费31年 明天陪去区社保中心",
                      "村湾 满姐 女 84年1月 原50 缴费19年 申请人社测算养老金 暂未决定"])
    func aRetirementErrandAtTheCounterIsACase(_ line: String) throws {
        let reply = desk.say(line)
        #expect(reply.module == "social-security", "\(reply.text)")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
    }

    /// The flood season's questions in the group get the office guide's answer: who pays for a flooded car or
    /// e-bike, where the sandbags are, how long the watch goes on. A flooded shed someone must see to is a case.
    @Test(arguments: [("车库要是进水 车淹了保险管不管", "车损险"), ("电瓶车泡了水 物业赔不赔啊", "车损险"),
                      ("一楼的沙袋在哪里领", "沙袋"), ("防汛值班要搞到么时候", "防汛")])
    func aFloodQuestionIsAnswered(_ line: String, expected: String) throws {
        let reply = desk.relay(line, group: "奥园业主群", sender: "阿坤")
        #expect(reply.status == .answered, "\(line) → \(reply.text)")
        #expect(reply.text.contains(expected))
        #expect(try desk.cases().isEmpty)
    }

    /// A matter staff take up with someone at the counter (asked of the city inspectors, reported to the power
    /// company, a stall keeper persuaded) is followed on a case; a notice to residents or a quarrel settled is not.
    @Test(arguments: ["8月3日周五下午 汉 2栋门口夜宵摊占了消防通道 已劝摊主挪开 请城管晚上来看",
                      "9月1日周六上午 奥 北门外公交站的雨棚破了 已报公交公司站务"])
    func aMatterTakenUpAtTheCounterIsFollowed(_ line: String) throws {
        let reply = desk.say(line)
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
    }

    @Test(arguments: ["9月28日周五 国庆值班 驿站1上午开 请大家有急事打网格员电话",
                      "9月2日周日 奥 楼下吵架的两家 私下劝了 都说冇事"])
    func aNoticeOrAQuarrelSettledOpensNothing(_ line: String) throws {
        let reply = desk.say(line)
        #expect(reply.caseID == nil, "\(line) → \(reply.text)")
        #expect(try desk.cases().isEmpty)
    }

    /// The one who raised an alarm goes on telling the scene in words that read as talk: kept on the emergency's case,
    /// silently, not dropped.
    @Test func whatTheAlarmRaiserSaysNextIsKept() throws {
        let alarm = try #require(desk.relay("快 12栋后面有个人顺着水管往上爬 四楼窗子开着", group: "水印桃源2群", sender: "小柏").caseID)
        let next = desk.relay("我下班回来看到的 他穿一身黑 我不敢喊", group: "水印桃源2群", sender: "小柏")
        #expect(next.caseID == alarm, "\(next.text)")
        #expect(next.text.isEmpty)
        #expect(try desk.events(alarm).contains { $0.note?.contains("他穿一身黑") == true })
    }
}
