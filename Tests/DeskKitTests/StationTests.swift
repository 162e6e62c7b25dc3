import DeskKit
import DeskTesting
import Foundation
import Testing

/// Issue #19: the service station a case was received at, and the figures by station.
@Suite("Cases record the station they were received at")
struct StationTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [FaultModule()]) }

    @Test func aCaseTypedAtAStationRecordsItAnd查看ShowsIt() throws {
        let id = try #require(desk.say("故障 水印桃源3栋2单元502 漏水", at: "驿站2").caseID)
        #expect(try desk.case(id).station == "驿站2")
        #expect(desk.say("查看 \(id)").text.contains("受理驿站：驿站2"))
        // A station's id is taken for its name.
        let other = try #require(desk.say("故障 顺驰泊林1栋1单元101 灯不亮", at: "station-3").caseID)
        #expect(try desk.case(other).station == "驿站3")
    }

    @Test func aGroupMessageIsReceivedAtTheStationOfItsCompound() throws {
        // 水印桃源1群 → 水印桃源 → 驿站2 (community.yaml stations); 汉口道6号 has no station: the group only.
        let served = try #require(desk.relay("5栋1单元的灯不亮", group: "水印桃源1群", sender: "王").caseID)
        #expect(try desk.case(served).station == "驿站2")
        let unserved = try #require(desk.relay("2栋1单元的灯不亮", group: "汉口道6号邻里群", sender: "李").caseID)
        let record = try desk.case(unserved)
        #expect(record.station == nil)
        #expect(record.origin == .group)
        #expect(desk.say("查看 \(unserved)").text.contains("受理驿站：无（微信群）"))
    }

    @Test func aCaseWithoutAStationIsUnrecorded() throws {
        let id = try #require(desk.say("故障 水印桃源3栋2单元502 漏水").caseID)
        #expect(try desk.case(id).origin == .unrecorded)
        #expect(desk.say("查看 \(id)").text.contains("受理驿站：未记录"))
    }

    @Test func anUnknownStationIsRefusedNamingTheCommunitysAndNothingIsSaved() throws {
        let reply = desk.say("故障 水印桃源3栋2单元502 漏水", at: "驿站9")
        #expect(reply.error?.code == "unknown-station")
        #expect(reply.text == "没有驿站「驿站9」。社区的驿站：驿站1、驿站2、驿站3")
        #expect(try desk.cases().isEmpty)
    }

    @Test func 统计ByStationCountsWhatTheDashboardAndTheListsShow() throws {
        desk.say("故障 水印桃源3栋2单元502 漏水", at: "驿站2")
        desk.say("故障 水印桃源4栋1单元201 灯不亮", at: "驿站2")
        desk.say("故障 奥园1栋1单元101 灯不亮", at: "驿站1")
        desk.relay("2栋1单元的灯不亮", group: "汉口道6号邻里群", sender: "李")
        let stats = desk.say("统计 今天 驿站").text
        #expect(stats.hasPrefix("今天（11月28日）统计（按受理驿站）：\n驿站"))
        // The community's stations in their order, then the group no station serves.
        #expect(stats.hasSuffix("""
            驿站1   1     0     0     0.0%    0.0%    —
            驿站2   2     0     0     0.0%    0.0%    —
            微信群  1     0     0     0.0%    0.0%    —
            合计    4     0     0     0.0%    0.0%    —
            """))
        #expect(desk.say("stats station").text == desk.say("统计 本月 按站点").text)

        let board = try desk.desk.dashboard()
        #expect(board.todayByStation.modules == ["faults"])
        #expect(board.todayByStation.rows.map(\.origin.label) == ["驿站1", "驿站2", "驿站3", "微信群"])
        #expect(board.todayByStation.rows.map(\.total) == [1, 2, 0, 1])
        #expect(board.monthByStation == board.todayByStation)
        let rows = try desk.desk.statistics(from: CalendarDay(year: 2026, month: 11, day: 28)!.date(),
                                            to: CalendarDay(year: 2026, month: 11, day: 29)!.date(), by: .station, now: desk.clock.now)
        #expect(rows.map(\.name) == ["驿站1", "驿站2", "微信群"])
        #expect(rows.map(\.received) == [1, 2, 1])

        #expect(try desk.desk.cases(CaseQuery(origin: .station("驿站2"))).count == 2)
        #expect(try desk.desk.cases(CaseQuery(origin: .group)).count == 1)
        let list = desk.say("列表 驿站2").text
        #expect(list.hasPrefix("驿站2工单"))
        #expect(list.contains("水印桃源 3栋2单元502室") && !list.contains("奥林匹克花园"))
        #expect(desk.say("列表 驿站9").text.contains("驿站名（驿站1、驿站2、驿站3）"))
    }

    @Test func aJSONLineMayNameItsStation() throws {
        let input = try JSONWire.decode(#"{"text": "故障 水印桃源3栋2单元502 漏水", "station": "驿站3"}"#, now: desk.clock.now)
        #expect(input.station == "驿站3")
        let message = input.message(operatorName: "测试员", conversation: "desk:json", addresses: desk.desk.addresses)
        let id = try #require(desk.desk.respond(to: message).caseID)
        #expect(try desk.case(id).station == "驿站3")
        #expect(throws: DeskError.self) { try JSONWire.decode(#"{"text": "x", "station": 3}"#) }
    }
}
