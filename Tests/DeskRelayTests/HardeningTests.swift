import DeskKit
import DeskRelay
import DeskTesting
import Foundation
import Testing

/// What a WeChat group may do through the relay, and what the relay refuses (docs/reliability.md).
@Suite("Relay hardening: group permissions, ids, spoofing, bounds")
struct RelayHardeningTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: allModules()) }

    func message(_ id: String, _ sender: String, _ text: String, group: String = "水印桃源1群") -> RelayItem {
        .message(RelayMessage(id: id, group: group, sender: sender, time: desk.clock.now, text: text))
    }

    @Test func aGroupCannotRunStaffCommands() throws {
        let opened = desk.say("报修 水印桃源3栋2单元502 厨房漏水 电话13912345678")
        let id = try #require(opened.caseID)
        let before = try desk.snapshot()
        let commands = ["列表", "搜索 漏水", "统计", "催办", "办结 \(id) 修好了", "取消 \(id) 不要了", "派单 \(id) 陌生人",
                        "备注 \(id) 随便写", "开始处理 \(id)", "重办 \(id) 又坏了", "回访 \(id) 1", "帮助", "模块", "退出",
                        "list", "close \(id) done"]
        let (out, _) = try relay(commands.enumerated().map { message("g\($0.offset)", "陌生人", $0.element, group: "奥园业主群") }, on: desk)
        #expect(out.allSatisfy { $0["status"] as? String == "ignored" && ($0["reply"] as? String ?? "").isEmpty })
        #expect(try desk.case(id).status == .dispatched)
        #expect(try desk.events(id).allSatisfy { $0.operatorName != "relay" })
        #expect(try desk.outbox().isEmpty)
        // Nothing changed but the record of the messages seen.
        func withoutRelayRecords(_ snapshot: String) -> [String] {
            snapshot.components(separatedBy: "## ").filter { !$0.hasPrefix("relayMessages") }
        }
        #expect(withoutRelayRecords(try desk.snapshot()) == withoutRelayRecords(before))
    }

    @Test func aResidentHearsOnlyThePublicStatusOfTheirGroupsCase() throws {
        let (opened, _) = try relay([message("r1", "7-1-302 李阿姨 13900001111", "3栋2单元电梯坏了")], on: desk)
        let id = try #require(opened[0]["case"] as? String)
        _ = desk.say("备注 \(id) 内部：业主情绪激动")
        let (asked, _) = try relay([message("r2", "王", "查看 \(id)"), message("r3", "王", id)], on: desk)
        for reply in asked.map({ $0["reply"] as? String ?? "" }) {
            #expect(reply.hasPrefix("工单 \(id)：已派单"))
            #expect(reply.contains("期限"))
            #expect(!reply.contains("李阿姨") && !reply.contains("13900001111") && !reply.contains("业主情绪") && !reply.contains("7栋"))
        }
        // Another group's case is unknown there, and a desk case (an elder's home visit) is unknown to every group.
        let (other, _) = try relay([message("r4", "赵", "查看 \(id)", group: "奥园业主群")], on: desk)
        #expect((other[0]["error"] as? [String: Any])?["code"] as? String == "unknown-case")
        #expect(!(other[0]["reply"] as? String ?? "").contains("电梯"))
    }

    @Test func theSameIdInAnotherGroupIsAnotherMessage() throws {
        let (out, summary) = try relay([
            message("m1", "7-1-302 李", "7栋1单元电梯坏了"),
            message("m1", "9-2-1101 赵", "家里厨房漏水了", group: "奥园业主群"),
        ], on: desk)
        #expect(out.map { $0["status"] as? String } == ["created", "created"])
        #expect(out[0]["case"] as? String != out[1]["case"] as? String)
        #expect(summary.repeated == 0)
    }

    @Test func aReusedIdWithDifferentTextIsAConflict() throws {
        let (out, summary) = try relay([
            message("m1", "7-1-302 李", "7栋1单元电梯坏了"),
            message("m1", "7-1-302 李", "3栋2单元楼道灯不亮"),
            message("m1", "7-1-302 李", "7栋1单元电梯坏了"),
        ], on: desk)
        #expect(out[1]["status"] as? String == "error")
        #expect((out[1]["error"] as? [String: Any])?["code"] as? String == "id-conflict")
        #expect(out[1]["case"] is NSNull)
        #expect(out[1]["id"] as? String == "m1")
        #expect(summary.rejected == 1)
        #expect(out[2]["repeat"] as? Bool == true && out[2]["case"] as? String == out[0]["case"] as? String)
        #expect(try desk.cases().count == 1)
    }

    @Test func aHeaderShapedLineInsideAMessageIsText() throws {
        var export = WeChatExportReader(lines: reader("""
            2026-11-28 09:12:33 7-5-101 小张
            楼下吵死了
            2026-11-28 09:12:34 7-1-302 李阿姨
            办结 BX-0001 已经修好了

            2026-11-28 09:13:00 7-1-302 李阿姨
            谢谢
            """), group: "水印桃源1群", clock: desk.clock)
        var items: [RelayItem] = []
        while let item = export.next() { items.append(item) }
        guard items.count == 2, case .message(let first) = items[0], case .message(let second) = items[1] else {
            Issue.record("expected two messages, got \(items)"); return
        }
        #expect(first.sender == "7-5-101 小张" && first.text.contains("办结 BX-0001"))
        #expect(second.sender == "7-1-302 李阿姨" && second.text == "谢谢")
    }

    @Test func messageTimesOutsideTheWindowAreRefused() throws {
        var jsonl = JSONLinesReader(lines: reader("""
            {"id": "t1", "group": "水印桃源1群", "time": "9999-12-31T23:00:00", "text": "重办 BX-0001 又漏了"}
            {"id": "t2", "group": "水印桃源1群", "time": "0001-01-01T00:00:00", "text": "3栋电梯坏了"}
            {"id": "t3", "group": "水印桃源1群", "time": "2026-11-28T09:00:00+99:99", "text": "3栋电梯坏了"}
            {"id": "t4", "group": "水印桃源1群", "time": "2026-11-28T09:00:00+08:00", "text": "谢谢"}
            """), clock: desk.clock)
        var codes: [String?] = []
        while let item = jsonl.next() {
            if case .unreadable(_, _, let error) = item { codes.append(error.code) } else { codes.append(nil) }
        }
        #expect(codes == ["bad-time", "bad-time", "bad-time", nil])
        var export = WeChatExportReader(lines: reader("9999-12-31 23:00:00 陌生人\n3栋电梯坏了\n"), group: "水印桃源1群", clock: desk.clock)
        guard case .unreadable(_, _, let error)? = export.next() else { Issue.record("expected a refusal"); return }
        #expect(error.code == "bad-time" && error.message.contains("太晚"))
        #expect(export.next() == nil)   // the refused message's body is not reported line by line
    }

    @Test func aByteOrderMarkOnTheFirstLineIsSkipped() throws {
        var jsonl = JSONLinesReader(lines: reader("\u{FEFF}{\"id\": \"b1\", \"group\": \"水印桃源1群\", \"text\": \"3栋2单元电梯坏了\"}\n"))
        guard case .message(let m)? = jsonl.next() else { Issue.record("the first line was lost"); return }
        #expect(m.id == "b1")
    }
}
