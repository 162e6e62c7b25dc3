import DeskKit
import DeskTesting
import LostAndFound
import Testing

@Suite("Lost and found (the worked example)")
struct LostAndFoundTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [LostAndFound()]) }

    @Test func foundItemOpensACase() throws {
        let r = desk.say("捡到 一串钥匙 水印桃源东门")
        #expect(r.status == .created)
        #expect(r.caseID == "SW-0001")
        let c = try desk.case("SW-0001")
        #expect(c.title == "拾到 一串钥匙（水印桃源 东门）")
        #expect(c.assignee == "李家墩社区居委会")
    }

    @Test func missingPlaceIsAsked() {
        #expect(desk.say("捡到 一把伞").text == "在哪里捡到的？例如 水印桃源东门")
        #expect(desk.say("顺驰泊林北门").status == .created)
    }

    @Test func lostItemFindsWhatWasHandedIn() {
        _ = desk.say("捡到 一串钥匙 水印桃源东门")
        let r = desk.say("我的钥匙丢了")
        #expect(r.status == .answered)
        #expect(r.text.contains("SW-0001"))
        #expect(desk.say("丢了 手机").text.contains("暂时没有人交来「手机」"))
    }

    @Test func claimedItemsAreNoLongerOffered() {
        _ = desk.say("捡到 一串钥匙 水印桃源东门")
        _ = desk.say("办结 SW-0001 失主已认领")
        #expect(desk.say("丢了 钥匙").text.contains("暂时没有"))
    }

    @Test func unclaimedItemsGoToThePoliceAfterTheKeepingTime() throws {
        let desk = try TestDesk(modules: [LostAndFound()], seedOverlay: ["lost-and-found/settings.yaml": "保管天数: 7天"])
        _ = desk.say("捡到 一串钥匙 水印桃源东门")
        desk.clock.advance(days: 8)
        // Eight days on, the desk catches up once (the days it passed over are noted).
        #expect(desk.desk.runDueJobs().first?.summary.hasPrefix("已移交派出所 1 件：SW-0001（补跑") == true)
        #expect(try desk.case("SW-0001").status == .closed)
        #expect(desk.say("丢了 钥匙").text.contains("暂时没有"))
    }

    @Test func aReopenedCaseOffersTheItemAgain() {
        _ = desk.say("捡到 一串钥匙 水印桃源东门")
        _ = desk.say("办结 SW-0001 失主已认领")
        _ = desk.say("重办 SW-0001 认错了，不是他的")
        #expect(desk.say("丢了 钥匙").text.contains("SW-0001"))
    }
}
