import DeskKit
import DeskTesting
import SocialSecurity
import Testing

/// What the user trial of 2026-11-29 found in social security (/work/trial/report.md #13, #35).
@Suite("Social security: trial findings")
struct SocialSecurityTrialTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [SocialSecurity()]) }

    /// #35: early retirement needs the minimum contribution years by then (rules.md §1).
    @Test func earlyRetirementIsNotOfferedWithoutTheMinimumYears() {
        let short = desk.say("退休 男 1970年6月 缴费10年").text
        #expect(short.contains("不能提前退休") && !short.contains("最早可在"), "\(short)")
        #expect(short.contains("不够最低缴费年限"))
        let enough = desk.say("退休 男 1970年6月 缴费20年").text
        #expect(enough.contains("最早可在") && !enough.contains("不能提前退休"), "\(enough)")
        // Without the years paid, the window is given with its condition, as before.
        #expect(desk.say("退休 男 1970年6月").text.contains("满足最低缴费年限的，最早可在"))
    }

    /// #13: how to get retired is a question, not a calculation.
    @Test(arguments: ["办退休要带什么材料", "退休 办退休要带什么材料", "退休手续怎么办"])
    func whatToBringIsAQuestion(_ text: String) {
        let r = desk.say(text)
        #expect(r.status == .answered && r.text.contains("身份证") && !r.text.contains("哪年哪月出生"), "\(r.text)")
    }

    /// A calculation that mentions a place is still a calculation.
    @Test func aCalculationIsStillACalculation() {
        #expect(desk.say("退休 1968年3月 男").text.contains("2029年1月退休"))
    }
}
