@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The thirty-ninth round's reading, from the thirty-eighth corpus's misses: a certification ticked done, a pause that
/// names what stops, an application staff follow, care kept up, and an ambulance that took the person.
@Suite("Understanding: a certification ticked done, an application followed, care kept up, an ambulance gone")
struct ThirtyNinthReadingTests {
    /// A counter line that ticks a certification made is recorded by the certification service, as it is unticked.
    @Test func aCertificationTickedDoneIsRecorded() throws {
        let desk = try TestDesk(modules: deskModules)
        let ticked = desk.say("奥园 14 栋 邓婆婆 88 岁 腿不方便 上门 用平板人脸 做完了 今天上午 ✓")
        #expect(ticked.module == "elder-certification")
        #expect(ticked.caseID != nil)
        #expect(!ticked.text.contains("打了✓的都是已经办完的情况"))
        // Ticked or not, the same record.
        let unticked = try TestDesk(modules: deskModules).say("奥园 14 栋 邓婆婆 88 岁 腿不方便 上门 用平板人脸 做完了 今天上午")
        #expect(unticked.module == ticked.module)
        #expect(unticked.caseID != nil)
    }

    /// A numbered day's summary with every matter ticked tells work recorded as it was done: nothing opened again.
    @Test func aTickedSummaryOpensNothing() throws {
        let reply = try TestDesk(modules: deskModules).say("今日小结：①邓婆婆人脸做完✓ ②3栋楼道灯换好了✓")
        #expect(reply.caseID == nil)
        #expect(reply.text.contains("打了✓的都是已经办完的情况"))
    }

    /// `先停` with no care named (a neighbour's building work, a karaoke) is no pause of care visits; a pause of the
    /// cleaning help is.
    @Test func aPauseNamesWhatStops() throws {
        let conduct = try TestDesk(modules: deskModules).say("汉口道 4 栋 顶楼加盖的铁皮房 上去看了 跟业主说先停 报了执法队")
        #expect(conduct.module != "care-visits")
        let pause = try TestDesk(modules: deskModules).say("桃源 9 栋 顾婆婆的女儿说 她妈住院一个礼拜 这几天助洁先停")
        #expect(pause.module == "care-visits")
        #expect(pause.caseID != nil)
    }

    /// Staff telling where a benefit-card application they took stands follow it as an errand: a case, not the
    /// card's general answer.
    @Test func anApplicationUnderwayIsAnErrand() throws {
        let reply = try TestDesk(modules: deskModules).say("泊林 3 栋 宁爹爹的优待证 在制卡 街道说下周到 到了打电话给他")
        #expect(reply.module == "elder-certification")
        #expect(reply.caseID != nil)
        #expect(reply.text.contains("代办"))
        #expect(!reply.text.contains("请准备"))   // the papers are in already
        let allowance = try TestDesk(modules: deskModules).say("村湾五组 龚婆婆 高龄津贴 材料收了 报街道 批了告诉她儿子")
        #expect(allowance.module == "elder-certification")
        #expect(allowance.caseID != nil)
        // A question about the card still gets the answer.
        let asked = try TestDesk(modules: deskModules).say("优待证要带什么材料")
        #expect(asked.status == .answered)
        #expect(asked.caseID == nil)
    }

    /// Calls kept up and things the care team brings round are care work to record.
    @Test func careKeptUpIsRecorded() throws {
        let calls = try TestDesk(modules: deskModules).say("村湾四组 龚爹爹 出院回家了 女儿陪着 取暖器也换好了 以后每晚打电话问一声")
        #expect(calls.module == "care-visits")
        #expect(calls.caseID != nil)
        let brought = try TestDesk(modules: deskModules).say("汉口道 2 栋 1 单元 戚婆婆 今天去看了 给她的被子送到了 她说暖和多了")
        #expect(brought.module == "care-visits")
        #expect(brought.caseID != nil)
    }

    /// The one who raised a fall telling the group the ambulance took the person is answered on the emergency's case.
    @Test func theAmbulanceTookThePerson() throws {
        let desk = try TestDesk(modules: deskModules)
        let raised = desk.relay("泊林 6 栋楼梯口 我爸下楼滑倒了 头磕到台阶 在流血", group: "顺驰泊林业主群", sender: "泊林 小蒋")
        let id = try #require(raised.caseID)
        let over = desk.relay("120 刚把我爸接走了 他女婿跟车去了", group: "顺驰泊林业主群", sender: "泊林 小蒋")
        #expect(over.status == .answered)
        #expect(over.text.contains(id))
        #expect(try desk.events(id).contains { $0.note?.contains("接走了") ?? false })
        #expect(desk.desk.emergencies.isOver("120 刚把我爸接走了"))
    }

    /// A neighbour's grievance about an emergency's cause, said while it is dealt with, is a word on its case — not a
    /// complaint of its own; the same grievance with no danger near is a complaint.
    @Test func aGrievanceAboutAnEmergencysCauseGoesOnItsCase() throws {
        let desk = try TestDesk(modules: deskModules)
        let fire = desk.relay("汉口道 3 栋 1 单元一楼楼梯下面的电动车烧起来了 好大的烟", group: "汉口道6号邻里群", sender: "汉口道 阿琳")
        let id = try #require(fire.caseID)
        let grievance = desk.relay("讲过好多回莫往楼道里推电动车 就是不听", group: "汉口道6号邻里群", sender: "汉口道 鲁师傅")
        #expect(grievance.caseID == id)
        #expect(grievance.text.isEmpty)
        let calm = try TestDesk(modules: deskModules)
            .relay("讲过好多回莫往楼道里推电动车 3 栋一楼还是停满了 就是不听", group: "汉口道6号邻里群", sender: "汉口道 鲁师傅")
        #expect(calm.module == "appeals")
        #expect(calm.caseID != nil)
    }

    /// A fault staff passed to the property is still to be put right: not a record of work done.
    @Test func aFaultPassedToThePropertyIsStillOpen() throws {
        let passed = try TestDesk(modules: deskModules).say("泊林 7 栋大厅的信报箱 锁坏了两个 上门看了 跟物业说了 已报物业")
        #expect(passed.module == "repairs")
        #expect(passed.status != .ignored)
        let done = try TestDesk(modules: deskModules).say("泊林 7 栋大厅的信报箱 锁坏了两个 上门看了 跟物业说了 换好了")
        #expect(done.caseID == nil)
        #expect(done.status == .ignored)
    }

    /// A grid worker named by the post is staff, never the elder a certification is recorded for.
    @Test func aGridWorkerIsNoElder() throws {
        #expect(!PersonName.isName("李网格"))
        #expect(PersonName.isName("李桂香"))
        let reply = try TestDesk(modules: deskModules).say("上门认证 人脸做完了 今天上午 陈网格去的")
        #expect(reply.module == "elder-certification")
        #expect(!reply.text.contains("名册中没有陈网格"))
    }

    /// An emergency's question of where it is, left unanswered for more than a quarter of an hour, does not take the
    /// sender's next question about something else as the place; within the quarter hour any line still answers it.
    @Test func anOldEmergencyQuestionDoesNotTakeALaterQuestion() throws {
        let desk = try TestDesk(modules: deskModules)
        let fall = desk.relay("公园亭子旁边一个老人滑倒了 起不来 腿在流血", group: "水印桃源1群", sender: "桃源 阿英")
        let id = try #require(fall.caseID)
        #expect(fall.text.contains("哪个小区"))
        desk.clock.advance(hours: 0.5)
        let later = desk.relay("2 号驿站明天上午开不开门", group: "水印桃源1群", sender: "桃源 阿英")
        #expect(!later.text.contains("马上赶到现场"))
        #expect(try desk.case(id).status != .closed)
        // Soon after, a place given is the emergency's.
        let again = try TestDesk(modules: deskModules)
        let second = again.relay("3栋楼下一个老人滑倒了 起不来 腿在流血", group: "水印桃源1群", sender: "桃源 阿英")
        let secondID = try #require(second.caseID)
        again.clock.advance(hours: 0.05)
        let place = again.relay("水印桃源3栋2单元", group: "水印桃源1群", sender: "桃源 阿英")
        #expect(place.caseID == secondID)
    }
}
