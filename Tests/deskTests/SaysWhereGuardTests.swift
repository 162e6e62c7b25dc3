@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// `Desk.saysWhere` in two steps (``Desk/whereReading(_:decision:)``, then the router's certainty only when it
/// decides), so that `freeText` looks for the sender's own case of the last hour before the router reads the line
/// again (docs/performance.md, forty-second and forty-third passes). It answers as the single function it replaced, for lines that
/// say where, lines that come near, and every kind of decision.
@Suite("Where a line says, read in two steps")
struct SaysWhereGuardTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// ``Desk/saysWhere(_:decision:)`` as it was before the split, word for word.
    static func saysWhereAsBefore(_ desk: Desk, _ text: String, decision: Router.Decision) -> Bool {
        guard text.count <= 24, !QuestionForm.asks(text) else { return false }
        if text.hasPrefix("靠"), Desk.directions.contains(where: text.prefix(5).contains), !text.contains("栋") { return true }
        if decision.isThreadRemark { return false }
        if case .act(.resolved, _) = decision { return false }
        let saysWhere: Bool
        if Desk.pointers.contains(where: text.hasPrefix) {
            saysWhere = desk.pointsTheWay(text)
        } else {
            saysWhere = (text.contains(where: \.isNumber) || !desk.placeNames.candidates(in: text).isEmpty) && desk.requestContent(text).count <= 4
        }
        return saysWhere && (!decision.isRequest || desk.router.confidence(text) < 0.5)
    }

    /// The relay bench's ten lines, places said alone or with a word (numbered, named, pointed at, by the side),
    /// news of a fix and urgings, questions, a line over 24 characters, the empty line.
    static let lines = [
        "收到", "早上好", "👍", "[图片]", "谢谢大家", "哈哈哈", "好的", "3栋1单元电梯坏了", "家里厨房漏水了", "社保卡丢了怎么补办",
        "12栋2单元楼道灯不亮", "25栋2单元1203", "B区127号车位", "就是菜场后面那个", "5组23号", "9栋1单元1203", "3栋2单元301", "厨房",
        "25栋2单元 我在5楼 应该是六七楼的", "就是正门进来右手边", "就在进门右手边那个圆花坛", "靠西边那台 东边的冇问题",
        "靠东边那一排 四盏都不亮", "靠3栋那边", "26栋电梯又好了", "电梯还冇修好 3栋", "3栋电梯坏了吗", "5栋2单元楼道灯又不亮了",
        "12栋2单元楼道灯不亮 晚上下楼全靠手机照 好几天了 物业也不来", "奥园3栋", "广场那个灯", "就是", "3", "",
    ]

    /// Every line under the decisions the router gives it in a group and at the counter, and under decisions
    /// given outright: a fix told, chatter, a service, a tie, nothing known.
    func decisions(_ line: String) -> [Router.Decision] {
        let desk = desk.desk
        let group = Message(line, channel: .group, operatorName: "relay", requester: Requester(sender: "3-1-201 住户7"), group: "水印桃源1群")
        let counter = Message(line, operatorName: "bench")
        let lift = desk.router.decide("3栋1单元电梯坏了", sender: nil, staff: false, compound: nil)
        var decisions = [desk.decide(line, group), desk.decide(line, counter), .act(.resolved, fallback: nil), .act(.chatter, fallback: nil),
                         .unknown(guesses: []), lift]
        if case .service(let ref) = lift { decisions += [.tie([ref, ref]), .act(.meToo, fallback: ref), .unknown(guesses: [ref])] }
        return decisions
    }

    @Test(arguments: lines) func answersAsBefore(line: String) {
        let desk = desk.desk
        for decision in decisions(line) {
            let reading = desk.whereReading(line, decision: decision)
            #expect(desk.saysWhere(line, decision: decision) == Self.saysWhereAsBefore(desk, line, decision: decision),
                    "\(line) \(decision)")
            // The router is asked only for a line that decides for a request.
            if reading == .unlessTheRouterIsSure { #expect(decision.isRequest) }
        }
    }

    @Test func readingsAssertedOutright() {
        let desk = desk.desk
        #expect(desk.whereReading("靠西边那台 东边的冇问题", decision: .act(.resolved, fallback: nil)) == .yes)
        #expect(desk.whereReading("26栋电梯又好了", decision: .act(.resolved, fallback: nil)) == .no)
        #expect(desk.whereReading("25栋2单元1203", decision: .act(.chatter, fallback: nil)) == .yes)
        #expect(desk.whereReading("社保卡丢了怎么补办", decision: .unknown(guesses: [])) == .no)
        let lift = desk.router.decide("3栋1单元电梯坏了", sender: nil, staff: false, compound: nil)
        #expect(lift.isRequest)
        #expect(desk.whereReading("3栋1单元电梯坏了", decision: lift) == .unlessTheRouterIsSure)
        #expect(!desk.saysWhere("3栋1单元电梯坏了", decision: lift))   // the router is sure of a lift report
    }

    /// The reordered check in `freeText`: a place said after one's own report goes on it, the same from someone
    /// without a report is left alone, and a report the router is sure of opens a case either way.
    @Test func theSendersOwnCaseIsLookedForFirst() throws {
        let report = desk.relay("我们楼上天天往下泼水 我晒在外面的衣服全湿了 物业能不能管", group: "奥园业主群", sender: "25栋 骆")
        let id = try #require(report.caseID)
        #expect(desk.relay("25栋2单元1203", group: "奥园业主群", sender: "25栋 骆").caseID == id)
        #expect(desk.relay("9栋1单元1203", group: "奥园业主群", sender: "路过的").status == .ignored)
        let lift = desk.relay("3栋1单元电梯坏了", group: "水印桃源1群", sender: "3-1-201 住户7")
        #expect(lift.status == .created || lift.status == .ask || lift.status == .duplicate)
    }
}
