@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fifty-seventh round's reading, from the fifty-sixth corpus's misses (hardship and social assistance, night and
/// early morning, residents' personal data, and the counter's records of the year-end rounds).
@Suite("Understanding: the fifty-seventh round")
struct FiftySeventhReadingTests {
    /// A round of certifications or payments staff made, told in counts (`认证上门2人 都通过`, `居民医保代缴8户13人`):
    /// the service's record, a case — not figures left for the report.
    @Test(arguments: [("11月22日周三下午 泊林 认证上门2人 1人卧床 都通过", "elder-certification"),
                      ("12月29日周五上午 泊林 居民医保 最后提醒 8户未交 来交了5户 代缴", "social-security")])
    func aRoundOfWorkToldInCountsIsRecorded(_ line: String, _ module: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say(line)
        #expect(reply.module == module, "\(line) → \(reply.text)")
        #expect(reply.status == .created)
        #expect(try desk.cases().filter { $0.module == module }.count == 1)
    }

    /// A station's day or a period in dozens, what is left on a list, and a line ticked done stay figures: nothing opened.
    @Test(arguments: ["1月21日周五 驿站3 今日认证32人 刷脸不过的2人留了电话 下周上门", "12月6日周一 奥园未认证还剩3人 吴爹爹还在住院 另外两个这周来",
                      "10月22日周五 秋季认证统一办结束：驿站2共认证112人，上门7人，还差4人没做，下周逐个打电话",
                      "1月17日周一 驿站2 本周认证3人 其中卧床上门1人已约 ✓"])
    func figuresForTheReportOpenNothing(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say(line)
        #expect(reply.status == .ignored, "\(line) → \(reply.text)")
        #expect(try desk.cases().isEmpty)
    }

    /// The counts a tally is told in, and how many of them a round of work reaches.
    @Test func aHandfulIsFewerThanTwenty() {
        #expect(Tally.counts(in: "认证上门 6人通过 还剩4人 其中2人在外地") == 3)
        #expect(Tally.isAHandful("认证上门 8人通过 1人在外地过冬"))
        #expect(!Tally.isAHandful("今日认证32人 刷脸不过的2人"))
        #expect(!Tally.isAHandful("奥园未认证还剩3人"))
        #expect(!Tally.isAHandful("身份证号4201021234567890123456人"), "a long run of digits is counted without overflow")
    }

    /// A neighbour's noise at an hour of sleep is a complaint however it is put — even as a question (`这才几点`).
    @Test(arguments: ["五点钟楼上就开始打电钻 这才几点 装修不是8点以后吗", "一点半了 20栋2单元楼上还在唱K 明天要上班的",
                      "半夜楼上还在唱卡拉OK 吵得睡不着"])
    func noiseAtNightIsAComplaint(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: "水印桃源1群", sender: "小邝")
        #expect(reply.module == "appeals", "\(line) → \(reply.text)")
        #expect(reply.status == .created)
    }

    /// Night words without a nuisance are no complaint.
    @Test func theNightAloneIsNoComplaint() throws {
        let desk = try TestDesk(modules: deskModules)
        for line in ["半夜醒了睡不着 起来刷哈手机", "五点钟就醒了 年纪大了觉少"] {
            let reply = desk.relay(line, group: "水印桃源1群", sender: "小邝")
            #expect(reply.status == .ignored, "\(line) → \(reply.text)")
        }
        #expect(try desk.cases().isEmpty)
    }

    /// A neighbour asking after the one in danger while the emergency's thread goes on (`伢的手要不要紧`, `4栋的人么样了`)
    /// is answered, not kept silently on the case as a word from the scene; one's own home asked after is no such question.
    @Test func askingAfterSomeoneInTheThreadIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let group = "奥园业主群"
        let alarm = desk.relay("广场健身器材 4岁伢的手卡在转轮缝里 出血拔不出来 快来人", group: group, sender: "小柳")
        #expect(alarm.text.hasPrefix("【"))
        for line in ["伢的手要不要紧", "4栋的人么样了", "是 哪 个 倒 了 要 不 要 紧"] {
            let asked = desk.relay(line, group: group, sender: "邻居\(line.count)")
            #expect(asked.status == .answered, "\(line) → \(asked.text)")
            #expect(asked.text.contains("谢谢关心") && asked.text.contains("群里不说个人的病情"))
        }
        let own = desk.relay("张网格 我屋里冇事吧 隔壁说听到水响", group: group, sender: "邻居乙")
        #expect(!own.text.contains("谢谢关心"))
    }

    /// A household in hardship helped to assistance, told at the counter (an application handed in, a grant paid, the
    /// winter visits to poor families), is the care team's record of the family — not a notice, nor the office's answer.
    @Test(arguments: ["12月7日周四下午 泊林 阿彬哥哥重度残疾护理补贴申请 残疾证户口本收齐 递区残联",
                      "12月25日周一下午 汉5-2 单亲母亲 临时救助申请递街道 两个伢的医保查了已交",
                      "12月1日周五下午 汉口道送温暖 困难家庭和独居老人14户 米油棉被 牛爹爹由危叔代收送上楼"])
    func assistanceHelpedToIsACareRecord(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say(line)
        #expect(reply.module == "care-visits", "\(line) → \(reply.text)")
        #expect(reply.status == .created)
        #expect(reply.text.contains("已记下关爱记录"))
    }

    /// A resident asking how assistance works is answered, and nothing is opened.
    @Test func askingAboutAssistanceIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay("请问低保要么条件 要准备么事材料", group: "水印桃源1群", sender: "柏姐")
        #expect(reply.status == .answered)
        #expect(reply.text.contains("低保"))
        #expect(try desk.cases().isEmpty)
    }

    /// An alarm the line laughs at is a joke: no emergency, no case; the same alarm without the laugh is one.
    @Test func anAlarmLaughedAtIsAJoke() throws {
        let desk = try TestDesk(modules: deskModules)
        let joke = "着火了着火了 村口那一片冒烟 哈哈 是老黎屋里熏腊肉"
        #expect(desk.desk.emergencies.emergency(in: joke) == nil)
        #expect(desk.desk.emergencies.emergency(in: "初一就困人 新年开门红 呵呵") == nil)
        let reply = desk.relay(joke, group: "李家墩村湾群", sender: "黎叔")
        #expect(!reply.text.hasPrefix("【"))
        #expect(try !desk.cases().contains { $0.urgent })
        #expect(desk.desk.emergencies.emergency(in: "着火了着火了 村口那一片冒烟 火好大") != nil)
    }

    /// A month's round-up that counts the applications made (`低保申请若干`) is still figures for the report.
    @Test func aRoundUpCountingApplicationsIsATally() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("12月31日周日上午 2034年12月小结 认证全部完成 医保代缴142户 送温暖 临时救助 低保申请若干")
        #expect(reply.status == .ignored)
        #expect(reply.text.contains("统计和小结"))
        #expect(try desk.cases().isEmpty)
        #expect(!Tally.says("月小结 请帮着提醒未认证的老人"), "a round-up that still asks something is no tally")
    }
}
