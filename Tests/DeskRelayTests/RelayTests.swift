import DeskKit
import DeskModules
import DeskRelay
import DeskTesting
import Foundation
import Testing

/// The shipped modules, as `desk` registers them.
func allModules() -> [any ServiceModule] { ShippedModules.all }

/// Runs `items` through a relay on `desk` and returns the output lines, decoded.
func relay(_ items: [RelayItem], on desk: TestDesk) throws -> (outputs: [[String: Any]], summary: RelaySummary) {
    var iterator = items.makeIterator()
    var lines: [String] = []
    let summary = try Relay(desk: desk.desk).run(next: { iterator.next() }, write: { lines.append($0.output) })
    return (lines.map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }, summary)
}

/// A line reader over `text`, through a temporary file (a pipe would block on a large text).
func reader(_ text: String) -> LineReader {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("relay-\(UUID().uuidString).txt").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return LineReader(fd: open(path, O_RDONLY))
}

@Suite("Relay: group messages in, cases and replies out")
struct RelayTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: allModules()) }

    func message(_ id: String, _ sender: String, _ text: String, group: String = "水印桃源1群") -> RelayItem {
        .message(RelayMessage(id: id, group: group, sender: sender, time: desk.clock.now, text: text))
    }

    @Test func mixedMessagesOfAllModules() throws {
        let (out, summary) = try relay([
            message("1", "7-1-302 李阿姨", "3栋2单元电梯又坏了！有老人被困"),
            message("2", "张阿姨", "收到"),
            message("3", "3栋 王", "3栋2单元的电梯坏了，快来修"),
            message("4", "赵大爷", "我家漏水了"),
            message("5", "赵大爷", "5栋1单元201"),
            message("6", "7-1-302 李阿姨", "厨房水管漏水"),
            message("7", "老李", "我是1968年3月出生的男的，什么时候能退休？"),
            message("8", "周阿姨", "我妈今年的养老金认证还没做，她不会用手机"),
            message("9", "小陈", "口袋公园的漫步机坏了"),
            message("10", "球友老刘", "乒乓球室的空调坏了", group: "乒乓球友群"),
            message("11", "卖菜的", "[图片]"),
            message("12", "广告", "加微信领优惠券"),
        ], on: desk)
        let statuses = out.map { $0["status"] as! String }
        #expect(statuses == ["created", "ignored", "duplicate", "ask", "created", "created", "answered", "answered", "created", "created", "ignored", "ignored"])
        #expect(out.map { $0["id"] as? String } == (1...12).map { String($0) })
        #expect(out[0]["module"] as? String == "repairs")
        #expect(out[2]["case"] as? String == out[0]["case"] as? String)
        #expect(out[3]["case"] as? String == out[4]["case"] as? String)   // the answer completed the same case
        let fromNickname = try desk.case(out[5]["case"] as! String)
        #expect(fromNickname.address == "水印桃源 7栋1单元302室")            // nickname + group name
        #expect(out[6]["module"] as? String == "social-security")
        #expect(out[7]["module"] as? String == "elder-certification")
        #expect(out[8]["module"] as? String == "park-upkeep")
        #expect(out[9]["module"] as? String == "pingpong")
        #expect(summary.total("created") == 5 && summary.total("ignored") == 3)
        let outbox = try desk.outbox()
        #expect(outbox.count == 9)   // every reply but the chatter
        #expect(outbox.first { $0.caseID == out[0]["case"] as? String }?.text.contains("已受理报修") == true)
        #expect(outbox.allSatisfy { !$0.mentions.isEmpty })
        // A later status change of a group's case tells the group: a neutral text, not the internal note.
        _ = desk.say("办结 \(out[0]["case"] as! String) 电梯已修复 更换了曳引机")
        #expect(try desk.outbox().last?.text.contains("已办结") == true)
        #expect(try desk.outbox().last?.text.contains("曳引机") == false)
    }

    @Test func aRefusalInAGroupIsStillPostedBack() throws {
        let (out, _) = try relay([message("e1", "小王", "交会费 张三 年费 -5元 现金", group: "奥园业主群")], on: desk)
        #expect(out[0]["status"] as? String == "error")
        let posted = try desk.outbox().filter { $0.groupName == "奥园业主群" }
        #expect(posted.count == 1)
        #expect(posted.first?.text.hasPrefix("@小王 金额") == true)
    }

    @Test func anAddressOutsideTheLayoutIsTakenAndFlagged() throws {
        // 奥园 has 30 buildings in the (sample) layout: a resident's 40栋 is accepted for staff to check.
        let (out, _) = try relay([message("e2", "小李", "我家漏水了 奥园40栋2单元301", group: "奥园业主群")], on: desk)
        let record = try desk.case(try #require(out[0]["case"] as? String))
        #expect(record.address == "武汉奥林匹克花园 40栋2单元301室（地址待核实）")
    }

    @Test func feedingTheSameMessagesTwiceChangesNothing() throws {
        let items = [message("a", "7-1-302 李阿姨", "厨房水管漏水"), message("b", "王", "收到"), message("c", "赵大爷", "我家漏水了")]
        _ = try relay(items, on: desk)
        let before = try desk.snapshot()
        let (again, summary) = try relay(items, on: desk)
        #expect(try desk.snapshot() == before)
        #expect(summary.repeated == 3)
        #expect(again.allSatisfy { $0["repeat"] as? Bool == true })
    }

    @Test func badLinesAreNamedAndTheRestCarriesOn() throws {
        var jsonl = JSONLinesReader(lines: reader("""
            {"id": "x1", "group": "水印桃源1群", "sender": "王", "text": "3栋2单元电梯坏了"}
            {"id": "x2", "group": "水印桃源1群", "text":
            {"id": "x3", "sender": "王", "text": "漏水"}
            {"id": "x4", "group": "水印桃源1群", "time": "昨天上午", "text": "漏水"}
            {"id": "x5", "group": "水印桃源1群", "sender": "王"}
            \(String(repeating: "漏", count: 400_000))
            {"id": "x6", "group": "水印桃源1群", "sender": "王", "text": "谢谢"}
            """))
        var items: [RelayItem] = []
        while let item = jsonl.next() { items.append(item) }
        let (out, summary) = try relay(items, on: desk)
        #expect(out.count == 7)
        let codes = out.map { ($0["error"] as? [String: Any])?["code"] as? String }
        #expect(codes == [nil, "bad-json", "missing-group", "bad-time", "missing-text", "line-too-long", nil])
        // Each refused line that still shows its id carries it, a line cut off after its id too: the sender can
        // tell which message failed.
        #expect(out.map { $0["id"] as? String } == ["x1", "x2", "x3", "x4", "x5", nil, "x6"])
        #expect(summary.rejected == 5 && summary.total("error") == 0)
        #expect((out[1]["reply"] as? String)?.hasPrefix("第2行") == true)
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM relayMessages") } == 2)
    }

    @Test func weChatExport() throws {
        var export = WeChatExportReader(lines: reader("""
            2026-11-28 09:12:33 张阿姨
            3栋2单元电梯又坏了！
            [图片]

            2026-11-28 09:13:02 7-1-302 李阿姨
            「张阿姨：3栋2单元电梯又坏了！」
            - - - - - - - - - - - - - - -
            @物业小王\u{2005}3栋2单元电梯确实坏了

            2026-11-28 09:14:00 王师傅
            [表情]

            2026-11-28 09:15:00 赵大爷
            收到

            """), group: "水印桃源1群")
        var items: [RelayItem] = []
        while let item = export.next() { items.append(item) }
        #expect(items.count == 4)
        guard case .message(let first) = items[0], case .message(let second) = items[1] else { Issue.record("expected messages"); return }
        #expect(first.sender == "张阿姨" && first.text == "3栋2单元电梯又坏了！ [图片]")
        #expect(first.time == CalendarDay(year: 2026, month: 11, day: 28)!.date(hour: 9, minute: 12).addingTimeInterval(33))
        #expect(second.text == "3栋2单元电梯确实坏了")
        let (out, _) = try relay(items, on: desk)
        #expect(out.map { $0["status"] as! String } == ["created", "duplicate", "ignored", "ignored"])
    }
}
