@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The thirty-eighth round's reading, from the thirty-seventh corpus's misses: notes written on duty, someone not
/// back, a past danger named, notes still to be watched, a retirement filed for a resident, traffic lights and a
/// stairwell kept full.
@Suite("Understanding: notes on duty, someone not back, a retirement filed, a stairwell kept full")
struct ThirtyEighthReadingTests {
    /// `值班` heading a dated note, or followed by a sentence, is a note written on duty: the note is read, not
    /// answered with how to change operator. `值班` with a name still is.
    @Test func aNoteWrittenOnDutyIsReadAsANote() throws {
        let desk = try TestDesk(modules: deskModules)
        let dated = desk.say("11月3日 值班 汉口道2栋门口的路灯不亮 刘师傅说的")
        #expect(!dated.text.contains("换班"))
        #expect(dated.module == "repairs")
        let undated = try TestDesk(modules: deskModules).say("值班 3栋电梯又停了 好几个人来说")
        #expect(!undated.text.contains("换班"))
        #expect(undated.module == "repairs")
        let change = try TestDesk(modules: deskModules).say("值班 小刘")
        #expect(change.text.contains("换班请在终端提示符"))
        #expect(OperatorName.isMeantAsOne("小刘"))
        #expect(OperatorName.isMeantAsOne("小刘。"))   // a name mistyped: refused as a name at the prompt, not read as a note
        #expect(!OperatorName.isMeantAsOne("3栋电梯又停了 好几个人来说"))
    }

    /// A child or an elder not back, however it is said, is a missing person; a call or a message not answered is not.
    @Test func someoneNotBackIsMissing() throws {
        let emergencies = try TestDesk(modules: deskModules).desk.emergencies
        #expect(emergencies.emergency(in: "二年级的女孩 跳舞班散了两个钟头冇回 手表打不通")?.id == "missing")
        #expect(emergencies.emergency(in: "熊婆婆记性不好 早上去菜场买豆腐冇回 快中午了")?.id == "missing")
        #expect(emergencies.emergency(in: "熊婆婆的女儿发消息冇回 出门前说了在打牌")?.id != "missing")
        #expect(emergencies.emergency(in: "孙子放学了 微信没回我 在路上吧")?.id != "missing")
    }

    /// Staff searching for someone not back, with the police told already, are dealing with an emergency: a case,
    /// not a record of work done.
    @Test func aSearchUnderWayIsAnEmergency() throws {
        let reply = try TestDesk(modules: deskModules).say("下午3点 熊婆婆记性不好 早上去菜场买豆腐冇回 家里报了派出所 我和周师傅分头找")
        #expect(reply.caseID != nil)
        #expect(reply.text.contains("110"))
    }

    /// The one a past danger befell, named by it in brackets, is no danger now; the same words told of now are.
    @Test func aPastDangerNamedInBracketsIsNoneNow() throws {
        let emergencies = try TestDesk(modules: deskModules).desk.emergencies
        #expect(emergencies.emergency(in: "去看了葛爹爹(上个月煤气灶起火那家) 新灶用得好") == nil)
        #expect(emergencies.emergency(in: "黄爹爹（上回摔倒那个）今天自己下楼了") == nil)
        #expect(emergencies.emergency(in: "葛爹爹家煤气灶起火了") != nil)
    }

    /// A note that says what is still to be watched or gone back to is no record of work done.
    @Test func aNoteStillToWatchIsNoRecord() {
        #expect(WorkRecord.says("北头两户还在用炭火取暖 讲了开窗 他们答应了"))
        #expect(!WorkRecord.says("北头两户还在用炭火取暖 讲了开窗 要盯"))
        #expect(!WorkRecord.says("社区医生给葛婆婆量了血压 偏高 过两天我再去看看"))
    }

    /// Staff filing a retirement for a resident is the errand, registered with its documents; a question staff only
    /// answered is worked out again for them to check.
    @Test func aRetirementFiledIsTheErrand() throws {
        let desk = try TestDesk(modules: deskModules)
        let filed = desk.say("曹桂兰来报退休 女 80年2月 原50 交了17年 资料收了 下周送区里")
        #expect(filed.module == "social-security")
        #expect(filed.caseID != nil)
        #expect(filed.text.contains("退休申请"))
        let told = try TestDesk(modules: deskModules).say("贺先生 男 72年8月 问退休 已告知")
        #expect(told.status == .answered)
        #expect(told.caseID == nil)
    }

    /// A crossing's traffic lights are the traffic police's: the desk says where to call and opens nothing.
    @Test func trafficLightsAreTheTrafficPolices() throws {
        let reply = try TestDesk(modules: deskModules).say("菜场路口的红绿灯不亮了 过马路车子不让人 这归哪里管")
        #expect(reply.status == .answered)
        #expect(reply.caseID == nil)
        #expect(reply.text.contains("12345"))
    }

    /// Things a neighbour keeps in the stairwell are for the community to take up, not a repair.
    @Test func aStairwellKeptFullIsConduct() throws {
        let reply = try TestDesk(modules: deskModules).say("5栋2单元三楼那家把旧家具堆在楼道里 过不得人")
        #expect(reply.module == "appeals")
        #expect(reply.caseID != nil)
    }
}
