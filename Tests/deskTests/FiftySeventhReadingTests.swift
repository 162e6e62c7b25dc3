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
}
