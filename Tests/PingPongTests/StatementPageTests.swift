import DeskKit
import DeskTesting
import PingPong
import Testing

@Suite("The club's public page shows what 公示 says")
struct StatementPageTests {
    @Test func thePageHasTheFiguresOfTheStatement() throws {
        let desk = try TestDesk(modules: [PingPong()])
        desk.say("收入 捐款 200元 张三捐")
        desk.say("收入 会费 50元")
        desk.say("支出 电费 85.5元 11月电费单")
        let november = YearMonth(year: 2026, month: 11)!
        let text = desk.say("公示 2026-11").text
        let page = try #require(try desk.desk.modulePage(module: "pingpong", name: "公示", month: november, for: .everyone))
        #expect(page.figures.map(\.value) == ["0.00元", "250.00元", "85.50元", "164.50元"])
        for figure in page.figures { #expect(text.contains("\(figure.label)：\(figure.value)")) }
        #expect(page.tables[0].rows == [["会费", "50.00元"], ["捐款", "200.00元"]])
        #expect(page.tables[1].rows == [["电费", "85.50元"]])
        #expect(try desk.desk.modulePage(module: "pingpong", name: "公示", month: november, for: .staff) == nil)
        #expect(try desk.desk.modulePage(module: "pingpong", name: "账目", month: november, for: .everyone) == nil)
    }
}
