@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// A place put as a question (`25栋2单元1203吗`, `靠西边那台吗`) says no place, wherever ``Desk/whereReading(_:decision:)``
/// reads the question (it is read after the checks that say no without it: docs/performance.md, fifty-ninth pass):
/// a question from the one who has just reported is not taken for where the fault is.
@Suite("A place asked about is not a place said")
struct WhereQuestionTests {
    @Test func aPlaceAskedAboutSaysNoPlace() throws {
        let desk = try TestDesk(modules: deskModules).desk
        let lift = desk.router.decide("3栋1单元电梯坏了", sender: nil, staff: false, compound: nil)
        let decisions: [Router.Decision] = [.act(.chatter, fallback: nil), .unknown(guesses: []), lift]
        // By the side it stands on, however sure the router is that the line tells of a fix.
        for decision in decisions + [.act(.resolved, fallback: nil)] {
            #expect(desk.whereReading("靠西边那台 东边的冇问题", decision: decision) == .yes, "\(decision)")
            #expect(desk.whereReading("靠西边那台吗", decision: decision) == .no, "\(decision)")
        }
        for (said, asked) in [("25栋2单元1203", "25栋2单元1203吗"), ("9栋1单元1203", "9栋1单元几楼"), ("3栋2单元301", "3栋2单元301是不是")] {
            #expect(desk.whereReading(said, decision: .act(.chatter, fallback: nil)) == .yes, "\(said)")
            for decision in decisions {
                #expect(desk.whereReading(asked, decision: decision) == .no, "\(asked) \(decision)")
                #expect(!desk.saysWhere(asked, decision: decision), "\(asked) \(decision)")
            }
        }
        // Pointed at, and asked.
        #expect(desk.whereReading("就是正门进来右手边", decision: .act(.chatter, fallback: nil)) == .yes)
        #expect(desk.whereReading("就是正门进来右手边吗", decision: .act(.chatter, fallback: nil)) == .no)
    }

    /// After one's own report a place said goes on its case; the same place asked about does not.
    @Test(arguments: [false, true]) func aPlaceAskedAboutIsNotPutOnOnesOwnCase(asked: Bool) throws {
        let desk = try TestDesk(modules: deskModules)
        let report = desk.relay("我们楼上天天往下泼水 我晒在外面的衣服全湿了 物业能不能管", group: "奥园业主群", sender: "25栋 骆")
        let id = try #require(report.caseID)
        let reply = desk.relay(asked ? "25栋2单元1203吗" : "25栋2单元1203", group: "奥园业主群", sender: "25栋 骆")
        #expect((reply.caseID == id && reply.status == .updated) == !asked)
    }
}
