@testable import DeskChat
import Testing

@Suite("A reply taller than the terminal, a screen at a time")
struct PagerTests {
    let text = (1...25).map { "第\($0)行" }.joined(separator: "\n")

    @Test func screensHoldWhatFitsAndTogetherEverything() {
        let screens = Pager.screens(text, rows: 10, columns: 40)
        #expect(screens.count == 3)   // 9 rows each, one left for the "more" line
        #expect(screens.allSatisfy { $0.split(separator: "\n").count <= 9 })
        #expect(screens.joined(separator: "\n") == text)
    }

    @Test func aLineWiderThanTheScreenCountsAsTheRowsItWrapsInto() {
        let wide = String(repeating: "字", count: 30)   // 60 columns: two rows of 40
        let screens = Pager.screens((1...4).map { _ in wide }.joined(separator: "\n"), rows: 5, columns: 40)
        #expect(screens.count == 2 && screens[0].split(separator: "\n").count == 2)
    }

    @Test func shortRepliesAreOneScreenAndQStops() {
        #expect(Pager.screens("一行", rows: 10, columns: 40) == ["一行"])
        var asked: [String] = []
        Pager.show(text, rows: 10, columns: 40) { prompt in asked.append(prompt); return "q" }
        #expect(asked == ["-- 第 1/3 屏，回车看下一屏，q 结束 --"])
        asked = []
        Pager.show(text, rows: 10, columns: 40) { prompt in asked.append(prompt); return "" }
        #expect(asked.count == 2)
    }
}
