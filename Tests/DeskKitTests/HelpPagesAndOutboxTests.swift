@testable import DeskKit
import DeskTesting
import Testing

@Suite("The long help in pages, and the outbox at the prompt")
struct HelpPagesAndOutboxTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [FaultModule(), GardenModule()]) }

    @Test func theFullHelpComesInPagesThatTogetherHoldEverything() throws {
        let whole = desk.say("帮助 全部").text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let count = desk.desk.helpPages.count
        #expect(count >= 2)
        var paged: [String] = []
        for n in 1...count {
            let page = desk.say("帮助 \(n)").text.split(separator: "\n").map(String.init)
            #expect(page.count <= Desk.helpPageLines + 1)
            #expect(page.last == "（第 \(n)/\(count) 页，\(n < count ? "输入 帮助 \(n + 1) 看下一页" : "已是最后一页")；帮助 全部 一次列出）")
            paged += page.dropLast()
        }
        #expect(paged == whole)
        let beyond = desk.say("帮助 \(count + 1)")
        #expect(beyond.error?.code == "unknown-page" && beyond.text.contains("共 \(count) 页"))
    }

    @Test func theOutboxShowsWhatWaitsForTheGroupsMasked() throws {
        #expect(desk.say("发件箱").text == "发件箱：没有待发消息。")
        let r = desk.relay("3栋2单元502灯坏了", group: "水印桃源1群", sender: "王阿姨13971234567")
        let id = try #require(r.caseID)
        _ = desk.say("办结 \(id) 已更换灯泡 公开：已修好，电话13971234567有事找我")
        let shown = desk.say("outbox")
        #expect(shown.text.contains("发件箱：") && shown.text.contains("水印桃源1群") && shown.text.contains(id))
        #expect(shown.text.contains("139****4567") && !shown.text.contains("13971234567"))
        #expect(desk.say("发件箱 水印桃源1群").text.contains(id))
        #expect(desk.say("发件箱 没有这个群").error?.code == "unknown-group")
        // A group cannot read the outbox.
        #expect(desk.relay("发件箱", group: "水印桃源1群", sender: "李四").status == .ignored)
    }
}
