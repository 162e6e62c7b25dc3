@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The thirty-fourth round's reading, from the thirty-third corpus's misses: counter notes with a sum or a volunteer's
/// job that the model alone took for a membership fee or a volunteer sign-up, a day of the week taken for a person's
/// name, elders typing in traditional characters, and a danger told as news of somewhere else.
@Suite("Understanding: fees and sign-ups by their words, weekdays, traditional characters, news")
struct ThirtyFourthReadingTests {
    /// A counter note with a sum but no word of a fee (a deposit settled, leaflets printed) is not the club's fee;
    /// a fee told with its words still is.
    @Test func aSumAtTheCounterIsNoFeeWithoutAFeesWord() throws {
        let desk = try TestDesk(modules: deskModules)
        let fee = try #require(desk.desk.serviceRef(code: "pingpong-payment"))
        for note in ["3/6 房东跟租户当面说好了 墙上打的眼扣一百五 押金退两千三 两家签了字", "3/7 提醒单又印了300张 今天发完一组二组"] {
            #expect(desk.desk.router.decide(note).bestService != fee)
        }
        let paid = desk.say("宁婆婆 年卡360 现金")
        #expect(paid.module == "pingpong")
    }

    /// A day of the week after the date (`周六`) is no person's name: a fee typed after it asks for the member named,
    /// not for a member called 周六.
    @Test func aDayOfTheWeekIsNoName() throws {
        #expect(!PersonName.isName("周六"))
        #expect(!PersonName.isName("周末"))
        #expect(PersonName.isName("周建国"))
        #expect(PersonName.isName("周婆婆"))
        let reply = try TestDesk(modules: deskModules).say("周六 宁婆婆 年卡360 现金")
        #expect(reply.module == "pingpong")
        #expect(!reply.text.contains("周六"))
    }

    /// Staff's note of a volunteer's job (`兵哥哥明天上午去看看`) is not a volunteer signing up; a resident signing up
    /// for the park's weeding is.
    @Test func aVolunteersJobIsNoSignUp() throws {
        let desk = try TestDesk(modules: deskModules)
        let signUp = try #require(desk.desk.serviceRef(code: "park-signup"))
        let job = desk.say("3/5 桃源6栋 韩婆婆的油汀不热了 兵哥哥明天上午去看看")
        #expect(job.module != "park-upkeep")
        #expect(desk.desk.router.decide("3/9 公园的灯笼 兵哥哥说后天来收").bestService != signUp)
        let resident = try TestDesk(modules: deskModules).relay("周六公园除草 我报个名 奥园5栋 何姐", group: "奥园业主群", sender: "5栋何姐")
        #expect(resident.module == "park-upkeep")
        #expect(resident.caseID != nil)
    }

    /// A resident's name and address, given while the desk waits for them, answer the question even when the model
    /// reads them as a service that needs its own word.
    @Test func particularsStillAnswerAWaitingQuestion() throws {
        let desk = try TestDesk(modules: deskModules)
        let asked = desk.relay("我妈瘫在床上好几年了 下不了楼 今年认证么样搞", group: "水印桃源1群", sender: "7-1-302 郑")
        #expect(asked.module == "elder-certification")
        let answered = desk.relay("她叫郑桂芝 7栋1单元302", group: "水印桃源1群", sender: "7-1-302 郑")
        #expect(answered.module == "elder-certification")
        #expect(answered.text.contains("郑桂芝"))
        #expect(answered.caseID == asked.caseID)
        #expect(Router.holdsAPhoneNumber("严志华 133****9034"))
        #expect(!Router.holdsAPhoneNumber("打了96333冇"))
    }

    /// An elder typing in traditional characters is read as in simplified ones and answered.
    @Test func traditionalCharactersAreRead() throws {
        let reply = try TestDesk(modules: deskModules).relay("請問社保卡丟了怎麼補辦", group: "奥园业主群", sender: "老鲁")
        #expect(reply.module == "social-security")
        #expect(reply.text.contains("挂失"))
    }

    /// A danger told as news of somewhere else, as a warning, raises no emergency; the same danger here does — and
    /// news told after an emergency here does not close it.
    @Test func newsOfADangerElsewhereIsNoEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: "新闻说汉阳有户人家烧炭取暖 一家三口中毒 大家屋里莫关窗烧炭") == nil)
        #expect(desk.desk.emergencies.emergency(in: "看到新闻 外地有个老人吃汤圆噎住了 大家小心") == nil)
        #expect(desk.desk.emergencies.emergency(in: "隔壁屋里烧炭 一家三口都晕了 喊不醒") != nil)
        #expect(!desk.desk.emergencies.isOver("我在外地看到新闻说养老金要补发 是真的吗"))
    }
}
