@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The twenty-eighth round's reading, from the twenty-seventh corpus's misses: a resident chasing their own report in
/// worried words, staff's shorthand for a compound, a new request while the callback question waits, and a 回访
/// noted by its place.
@Suite("Understanding: chases, staff shorthand and follow-ups by place")
struct TwentyEighthReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// The lift's reporter writing again that it is still stopped and asking when it will be mended goes on their own
    /// case as a chase — not ignored as talk, not a second case. Talk that merely shares a word is left alone.
    @Test func aResidentStillWaitingChasesTheirOwnCase() throws {
        let group = "奥园业主群", sender = "17栋3单元的"
        let report = desk.relay("17栋3单元电梯坏了 停在8楼不动", group: group, sender: sender)
        let id = try #require(report.caseID)
        let chase = desk.relay("电梯今天还是停的 我屋老伴要去医院透析 是抬下去还是么样 几时修好", group: group, sender: sender)
        #expect(chase.caseID == id)
        #expect(chase.text.contains("催问"))
        let remark = desk.relay("今天天气蛮好 电梯口的花开了", group: group, sender: sender)
        #expect(remark.status == .ignored)
    }

    /// A time the reporter proposes for the visit (`下午不行 … 明天上午九点行不`) is noted on their own case for the staff
    /// who arrange it; a thing to mend (`我明天请师傅来改`) or a time called off is no proposal.
    @Test func aTimeProposedGoesOnTheReportersCase() throws {
        let group = "顺驰泊林业主群", sender = "7栋小贝"
        let report = desk.relay("7栋2单元301 卫生间下水管漏水 滴到楼下了", group: group, sender: sender)
        let id = try #require(report.caseID)
        let moved = desk.relay("下午不行 我要去接伢 明天上午九点行不", group: group, sender: sender)
        #expect(moved.caseID == id)
        #expect(moved.text.contains("时间"))
        #expect(TimeProposal.says("不好意思 明天下午我加班 改后天上午行不"))
        #expect(TimeProposal.says("能不能改成中午十二点 我回来开门"))
        #expect(!TimeProposal.says("我明天请师傅来改 不好意思"))
        #expect(!TimeProposal.says("谢谢 明天早上不用了 医院说这次改成下午"))
        #expect(!TimeProposal.says("今天天气蛮好"))
    }

    /// Staff's shorthand `奥8-2-1103` with a fault and a phone, said while the desk asks another case's callback
    /// number, is a request of its own: the leak is taken, the phone is not filed as the first case's callback.
    @Test func aRequestWithAHomeIsNotTheCallbackAnswer() throws {
        let first = desk.say("汉口道5-1 洗衣机噪音 楼上半夜洗衣服")
        let complaint = try #require(first.caseID)
        #expect(first.text.contains("回访电话"))
        let leak = desk.say("奥8-2-1103 甘婆婆 厨房漏水 13800001111")
        #expect(leak.module == "repairs")
        #expect(leak.caseID != complaint)
        let record = try #require(try desk.desk.store.read { db in try CaseRecord.fetchOne(db, key: complaint) })
        #expect(record.callbackPhone == nil)
    }

    /// 回访 without a number finds the case by its place and words: a closed case gets the rating, a case still open
    /// gets the call noted and stays open; no place, no case there, or a case that speaks of something else is an
    /// error that changes nothing.
    @Test func aFollowUpFindsTheCaseByItsPlace() throws {
        let opened = desk.say("泊12-1 楼道灯不亮 请物业换 13800001111")
        let id = try #require(opened.caseID)
        #expect(opened.text.contains("顺驰泊林 12栋1单元"))

        let early = desk.say("回访 泊12-1 楼道灯 居民满意")
        #expect(early.caseID == id)
        #expect(early.text.contains("还没有办结"))
        #expect(try status(of: id) == .dispatched)

        #expect(desk.say("办结 \(id) 换了灯泡").caseID == id)
        let rated = desk.say("回访 泊12-1 楼道灯 居民满意 结案")
        #expect(rated.caseID == id)
        #expect(try status(of: id) == .followedUp)
        #expect(try desk.desk.store.read { db in try CaseRecord.fetchOne(db, key: id) }?.rating == 4)

        let again = desk.say("回访 泊12-1 楼道灯 满意")
        #expect(again.error != nil)
        #expect(again.text.contains("已经回访过"))
        let nowhere = desk.say("回访 泊3-1 楼道灯 满意")
        #expect(nowhere.error != nil)
        #expect(nowhere.text.contains("没有工单"))
        let noPlace = desk.say("回访 楼道灯 满意")
        #expect(noPlace.error?.code == "missing-case-id")
        let other = desk.say("回访 泊12-1 窗户合页 满意")
        #expect(other.error != nil)
        #expect(other.text.contains("没有说到这件事"))
        #expect(try status(of: id) == .followedUp)
    }

    /// A question about what the community does, put to the group (`哪个晓得社区今年还搞不搞四点半课堂`), gets the
    /// desk's answer; a shop's opening hours asked of the neighbours is not the ping-pong room's question.
    @Test func aQuestionAboutTheCommunityGetsAnAnswer() {
        let r = desk.relay("哪个晓得社区今年还搞不搞四点半课堂 伢放假了", group: "汉口道6号邻里群", sender: "3栋小蒋")
        #expect(r.status == .answered)
        #expect(r.text.contains("四点半课堂"))
        let shop = desk.relay("哪个晓得楼下那家面馆几点开门", group: "汉口道6号邻里群", sender: "3栋小蒋")
        #expect(shop.module != "pingpong")
        #expect(shop.status == .ignored)
        let room = desk.relay("请问球室几点开门", group: "顺驰泊林业主群", sender: "5栋周阿姨")
        #expect(room.module == "pingpong")
    }

    /// `我是泊林6栋1单元1001的` alone says only who is writing: nothing is opened, and the next line — what is wrong —
    /// is taken with that home.
    @Test func aSelfIntroductionWithAHomeWaitsForTheMatter() throws {
        let group = "顺驰泊林业主群", sender = "6栋1单元1001"
        let introduced = desk.relay("我是泊林6栋1单元1001的", group: group, sender: sender)
        #expect(introduced.status == .ignored)
        #expect(introduced.caseID == nil)
        let told = desk.relay("人在孝感老家 楼下901打电话说我屋漏水漏到他家去了", group: group, sender: sender)
        #expect(told.module == "repairs")
        #expect(told.text.contains("顺驰泊林 6栋1单元1001室"))
    }

    /// A child's scald told as a bubble risen (`烫了 起了好大一个泡`) gets the safety words first; a word that a doctor has
    /// seen to it (`医生说浅二度 包扎了`) says the danger is over.
    @Test func aScaldsBlisterIsAnEmergencyAndItsDressingIsNewsThatItIsOver() {
        let r = desk.relay("我屋伢手被电油汀烫了 起了好大一个泡 要不要去医院", group: "汉口道6号邻里群", sender: "6栋小冉")
        #expect(r.text.hasPrefix("【"))
        #expect(desk.desk.emergencies.isOver("到医院了 医生说浅二度 包扎了 谢谢陈网格"))
        #expect(desk.desk.emergencies.isOver("看了医生 二度烫伤 包好了"))
        #expect(!desk.desk.emergencies.isOver("我屋伢手被电油汀烫了 起了好大一个泡"))
    }

    private func status(of id: String) throws -> CaseStatus? {
        try desk.desk.store.read { db in try CaseRecord.fetchOne(db, key: id) }?.status
    }
}
