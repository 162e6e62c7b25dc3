import DeskKit
import DeskTesting
import Foundation
import Testing

@Suite("The dashboard's figures and the lists behind them")
struct DashboardTests {
    @Test func theListsBehindTheFiguresHoldTheCasesCounted() throws {
        let desk = try TestDesk(modules: [FaultModule()])
        let late = try #require(desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "王").caseID)
        let open = try #require(desk.say("故障 水印桃源3栋2单元502 漏水").caseID)
        desk.say("派单 \(late) 电工班")
        desk.say("派单 \(open) 电工班")
        desk.clock.advance(days: 30)   // past both deadlines
        desk.say("办结 \(late) 换了开关")

        let board = try desk.desk.dashboard(month: YearMonth(year: 2026, month: 11)!)
        let total = StatsRow.total(board.byModule)
        #expect(total.received == 2)
        #expect(total.overdue == 2, "one open past its deadline, one closed after it")
        #expect(board.open == 1)
        #expect(board.overdue == 1)
        #expect(try desk.desk.cases(CaseQuery(state: .late)).map(\.id).sorted() == [late, open].sorted())
        #expect(try desk.desk.cases(CaseQuery(state: .overdue)).map(\.id) == [open])
        #expect(try desk.desk.cases(CaseQuery(state: .resolved)).map(\.id) == [late])
        #expect(try desk.desk.cases(CaseQuery(unit: "电工班")).count == 2)
        #expect(try desk.desk.cases(CaseQuery(unit: "电工班", origin: .station("驿站2"))).map(\.id) == [late])
        #expect(board.trend.count == 12)
        #expect(board.trend.last?.month == YearMonth(year: 2026, month: 11))
        #expect(board.trend.last?.total == total)
    }
}
