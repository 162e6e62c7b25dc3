@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fifty-fourth round's reading, from the fifty-third corpus's misses (graduates and jobseekers, babies and young
/// families, the social-security card and pensions) and a probe set's lines for the fifty-fourth's angles.
@Suite("Understanding: the fifty-fourth round")
struct FiftyFourthReadingTests {
    private static let group = "顺驰泊林业主群"

    /// A desk with an emergency just raised in the group by one resident.
    private func deskWithAnEmergency() throws -> (TestDesk, CaseRecord) {
        let desk = try TestDesk(modules: deskModules)
        let alarm = desk.relay("泊林6栋门口 一个骑车的爹爹被电动车撞倒了 头上在流血 起不来", group: Self.group, sender: "凤姐")
        #expect(alarm.module == "appeals")
        let record = try #require(try desk.cases().first { $0.urgent })
        return (desk, record)
    }

    /// A neighbour or a grid worker at the scene who tells the group how it ended (`人扶到椅子上了 清醒的 120到了`) is
    /// answered on the emergency: the group hears that the desk has it — not a silent note, not a new case.
    @Test func aNeighbourTellingHowTheDangerEndedIsAnswered() throws {
        let (desk, record) = try deskWithAnEmergency()
        let news = desk.relay("120到了 爹爹清醒的 能说话 抬上车了", group: Self.group, sender: "小邓")
        #expect(news.status == .answered)
        #expect(news.module == nil)
        #expect(news.text.contains(record.id))
        #expect(try desk.cases().count == 1)
        #expect(try desk.events(record.id).contains { $0.note?.contains("抬上车了") == true })
    }

    /// So is the grid worker at the scene, whose account the desk otherwise hears as staff's notices; but a door opened
    /// on someone still in danger is no ending.
    @Test func theGridWorkerTellingHowItEndedIsAnsweredButNotADangerGoingOn() throws {
        let (desk, record) = try deskWithAnEmergency()
        let stillInDanger = desk.relay("门开了 爹爹躺在地上叫不醒 120在路上", group: Self.group, sender: "小邓")
        #expect(!stillInDanger.text.contains("办结"))
        let staff = desk.relay("120 到了 人还清醒 抬上车了 家属跟着去了", group: Self.group, sender: "刘网格")
        #expect(staff.status == .answered)
        #expect(staff.text.contains(record.id))
    }

    /// Relief, thanks and a fright that was none need no answer, even in the emergency's hour.
    @Test func reliefAndThanksFromNeighboursAreNotAnswered() throws {
        let (desk, _) = try deskWithAnEmergency()
        let relief = desk.relay("找到了就好 以后骑车都慢点", group: Self.group, sender: "小邓")
        #expect(relief.status != .answered)
        #expect(relief.text.isEmpty)
        let fright = desk.relay("我还以为着火了 原来是楼下在烧艾草 人冇事", group: Self.group, sender: "老孔")
        #expect(fright.status != .answered)
        #expect(!fright.text.contains("紧急工单"))
    }

    /// A neighbour asking after the one the emergency was about, the same hour or days later (`那个爹爹出院了冇`), is
    /// answered with the case that follows it, and never with the person's health.
    @Test func askingAfterThePersonIsAnsweredWithTheCaseNotTheirHealth() throws {
        let (desk, record) = try deskWithAnEmergency()
        desk.clock.advance(days: 2)
        let asked = desk.relay("那个被撞的爹爹出院了冇", group: Self.group, sender: "王嫂")
        #expect(asked.status == .answered)
        #expect(asked.module == nil)
        #expect(asked.text.contains(record.id))
        #expect(asked.text.contains("不说个人的病情"))
        #expect(try desk.cases().count == 1)
        // Said to one neighbour, it is theirs to answer; a matter asked after is the case's own follow-up.
        #expect(desk.relay("@凤姐 那个爹爹么样了", group: Self.group, sender: "王嫂").status != .answered)
        #expect(!desk.relay("我婆婆认证的事么样了", group: Self.group, sender: "王嫂").text.contains("不说个人的病情"))
    }

    /// The cheap first look lets every word of asking after someone through (a word without its characters would
    /// never be heard), and stops a line with none of them.
    @Test func theFirstLookForAskingAfterKeepsEveryWord() {
        for word in Desk.askingAfter { #expect(Desk.mayAskAfter("那个婆婆" + word), "\(word)") }
        #expect(!Desk.mayAskAfter("泊林3栋电梯又停了 里面有人"))
    }

    /// With no emergency in the group these days, the same question is talk between neighbours.
    @Test func askingAfterSomeoneWithNoEmergencyIsLeftToTheNeighbours() throws {
        let desk = try TestDesk(modules: deskModules)
        let asked = desk.relay("那个婆婆么样了", group: Self.group, sender: "王嫂")
        #expect(asked.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    /// Questions for offices the community does not run — the summer enlistment, veterans' papers, the committee's
    /// election, a lost identity card — are told where to go; a veterans' plaque that fell is no question of where to go.
    @Test func enlistmentVeteransAndTheElectionAreToldWhereToGo() throws {
        let desk = try TestDesk(modules: deskModules)
        func asked(_ text: String) -> Reply { desk.relay(text, group: Self.group, sender: "庞哥") }
        let enlist = asked("我屋伢今年高中毕业 想去当兵 在哪里报名啊")
        #expect(enlist.status == .answered)
        #expect(enlist.text.contains("全国征兵网"))
        let card = asked("退役军人优待证在哪里办 我爸七几年退伍的")
        #expect(card.status == .answered)
        #expect(card.text.contains("退役军人服务站"))
        #expect(!card.text.contains("年满60周岁"))
        let proxy = asked("选举那天我要去医院 委托投票怎么弄")
        #expect(proxy.status == .answered)
        #expect(proxy.text.contains("委托"))
        #expect(proxy.text.contains("选举委员会"))
        #expect(desk.desk.offices.office(for: "楼下门上的光荣牌掉了一块")?.id != "veterans")
        #expect(try desk.cases().isEmpty)
    }

    /// A question written down at the counter with the answer given, `答复` or `告知` without `已`, is answered through
    /// staff: no case. Work done for the resident before the answer (`已联系物业 答复…`) keeps the line a request; a
    /// question for another office is the desk's own answer, not the module the model half hears.
    @Test func aQuestionAnsweredAtTheCounterWithoutYiIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let nursery = desk.say("7月3日周一上午 泊林 小符问附近有冇托育班 答复区卫健公布了备案的托育机构 社区不办")
        #expect(nursery.status == .answered)
        #expect(nursery.module == nil)
        let told = desk.say("7月4日周二上午 奥园 文爹爹问今年认证做了冇 告知上个月刷脸已经做了")
        #expect(told.status == .answered)
        #expect(told.module == "elder-certification")
        #expect(try desk.cases().isEmpty)
        #expect(AnsweredAtTheCounter.says("老孔问顶楼渗水几时修 答复天晴就做"))
        #expect(!AnsweredAtTheCounter.says("老孔问顶楼渗水几时修 已联系物业 答复天晴就做"))
        #expect(!AnsweredAtTheCounter.says("老孔问顶楼渗水几时修 等答复"))
    }
}
