import DeskKit
import DeskModules
import DeskTesting
import Testing

/// With every shipped module registered: what a resident says goes to the module it is about (frontdesk
/// M13, M14, M17, M18).
@Suite("Module boundaries with all modules")
struct ModuleBoundaryTests {
    let desk: TestDesk
    init() throws {
        desk = try TestDesk(modules: ShippedModules.all)
    }

    @Test func aHouseholdAirConditionerIsNeverThePingPongRooms() {
        #expect(desk.say("我家空调坏了").module == "repairs")
        _ = desk.say("取消")
        #expect(desk.say("乒乓球室的空调坏了").module == "pingpong")
    }

    @Test(arguments: [
        ("乒乓球室会费多少钱", "pingpong"), ("老年人优待证怎么办", "elder-certification"), ("高龄津贴怎么申请", "elder-certification"),
        ("失业了能领什么", "social-security"), ("缴费10年够不够", "social-security"),
    ])
    func residentsQuestionsAreAnswered(_ question: String, _ module: String) {
        let r = desk.relay(question, group: "水印桃源1群", sender: "3-2-502 李阿姨")
        #expect(r.module == module && r.status == .answered, "\(question) → \(r.module ?? "nil") \(r.text)")
    }

    @Test func leavingTheClubIsNotQuittingTheDesk() {
        #expect(!desk.say("退出 周强").quit)
        #expect(desk.say("退出").quit)
    }
}
