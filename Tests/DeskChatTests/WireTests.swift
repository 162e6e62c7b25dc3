import DeskChat
import DeskKit
import Foundation
import Testing

@Suite("JSON wire form")
struct JSONWireTests {
    @Test func plainTextIsADeskLine() throws {
        #expect(try JSONWire.decode("报修 漏水") == JSONWire.Input(text: "报修 漏水", channel: .desk))
    }

    @Test func groupMessage() throws {
        let input = try JSONWire.decode(#"{"id": "m1", "group": "水印桃源1群", "sender": "7-1-302 李阿姨", "time": "2026-11-28T09:12:00+08:00", "text": "漏水"}"#,
                                        now: CalendarDay(year: 2026, month: 11, day: 28)!.date(hour: 10, minute: 0))
        #expect(input.channel == .group)
        #expect(input.id == "m1")
        #expect(input.time == CalendarDay(year: 2026, month: 11, day: 28)!.date(hour: 9, minute: 12))
    }

    @Test func timesWithOffsetsAndFractions() {
        let nine = CalendarDay(year: 2026, month: 11, day: 28)!.date(hour: 9, minute: 12)
        #expect(JSONWire.parseTime("2026-11-28T01:12:00Z") == nine)
        #expect(JSONWire.parseTime("2026-11-28T09:12:00.500+08:00") == nine.addingTimeInterval(0.5))
        #expect(JSONWire.parseTime("2026-11-27T20:12:00-0500") == nine)
        #expect(JSONWire.parseTime("2026-11-28 09:12") == nine)
        #expect(JSONWire.parseTime("1969-12-31T23:59:59Z") == Date(timeIntervalSince1970: -1))
        for bad in ["2026-02-30T09:00:00", "2026-11-28T25:00:00", "2026-11-28", "昨天", "2026-11-28T09:12:00+8", "2026-11-28T09:12:00 junk"] {
            #expect(JSONWire.parseTime(bad) == nil, "\(bad)")
        }
    }

    @Test func timeWithoutOffsetIsShanghai() {
        #expect(JSONWire.parseTime("2026-11-28T09:12:00") == CalendarDay(year: 2026, month: 11, day: 28)!.date(hour: 9, minute: 12))
    }

    @Test func errorsNameWhatIsWrong() {
        #expect(throws: DeskError.self) { try JSONWire.decode("{\"text\": ") }
        #expect(throws: DeskError("missing-text", "JSON 输入缺少 \"text\" 字段")) { try JSONWire.decode("{}") }
        #expect(throws: DeskError("bad-json", "字段 \"text\" 必须是字符串")) { try JSONWire.decode(#"{"text": 5}"#) }
        #expect(throws: DeskError("bad-channel", "未知的 channel「sms」：应为 desk、group 或 api")) {
            try JSONWire.decode(#"{"text": "x", "channel": "sms"}"#)
        }
    }

    @Test func outputIsOneStableLine() {
        let line = JSONWire.encode(Reply(module: "repairs", status: .created, caseID: "BX-0001", text: "已受理\n第二行"), id: "m1")
        #expect(line == #"{"case":"BX-0001","id":"m1","module":"repairs","reply":"已受理\n第二行","status":"created"}"#)
        let error = JSONWire.encode(.failure(DeskError("bad-json", "坏了")))
        #expect(error == #"{"case":null,"error":{"code":"bad-json","message":"坏了"},"module":null,"reply":"坏了","status":"error"}"#)
        let ask = JSONWire.encode(Reply(module: "repairs", status: .ask, text: "哪一类？", choices: ["电梯", "其他"]))
        #expect(ask == #"{"case":null,"choices":["电梯","其他"],"module":"repairs","reply":"哪一类？","status":"ask"}"#)
    }

    /// A line with several requests names every case in `cases` (two or more); `case` stays the first, and a
    /// station client reads both back.
    @Test func severalCasesAreAllNamed() throws {
        var reply = Reply(module: "repairs", status: .created, caseID: "BX-0001", text: "两件")
        reply.cases = ["BX-0001", "BX-0002"]
        let line = JSONWire.encode(reply)
        #expect(line == #"{"case":"BX-0001","cases":["BX-0001","BX-0002"],"module":"repairs","reply":"两件","status":"created"}"#)
        let read = try JSONWire.decodeReply(line).reply
        #expect(read.caseID == "BX-0001" && read.cases == ["BX-0001", "BX-0002"])
        reply.cases = []
        #expect(!JSONWire.encode(reply).contains("cases"))
    }

    /// The `id` of a refused line is read as far as the line is JSON (trial finding: a line cut off had none).
    @Test(arguments: [
        (#"{"id": "m7", "text": "水印桃源3栋2单元502 厨房漏水"#, "m7"),
        (#"{"text": "漏水", "id": "m8""#, "m8"),
        (#"{"text": "他说\"漏了\"", "meta": {"id": "inner", "n": [1, {"x": "}"}]}, "id": "m9", "time": "#, "m9"),
        (#"{"n": 5, "ok": true, "id": "m\u0031"} trailing"#, "m1"),
        (#"{"text": "漏水"#, nil),
        (#"{"id": 42, "text": "漏水""#, nil),
        (#"{"id": "m1"#, nil),
        ("garbage", nil),
    ] as [(String, String?)])
    func theIDOfARefusedLineIsReadAsFarAsItGoes(_ line: String, _ id: String?) {
        #expect(JSONWire.id(ofRefused: line) == id)
    }
}

@Suite("Reading lines from a pipe")
struct LineReaderTests {
    func reader(_ bytes: [UInt8], max: Int = 64) -> LineReader {
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        return LineReader(fd: fds[0], maxBytes: max)
    }

    @Test func linesInvalidUTF8AndOverlongLines() {
        var r = reader(Array("一\r\n".utf8) + [0xFF, 0x0A] + Array(repeating: 0x61, count: 200) + [0x0A] + Array("末".utf8))
        #expect(r.next() == .text("一"))
        #expect(r.next() == .invalidUTF8)
        #expect(r.next() == .tooLong(bytes: 200))
        #expect(r.next() == .text("末"))
        #expect(r.next() == nil)
    }

    @Test func aLineWaitsOnlyWhenItIsAlreadyRead() {
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        let bytes = Array("一\n二\n三".utf8)
        _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        var r = LineReader(fd: fds[0])
        #expect(!r.hasLineWaiting)          // nothing read yet
        #expect(r.next() == .text("一"))
        #expect(r.hasLineWaiting)           // 二 is already read
        #expect(r.next() == .text("二"))
        #expect(!r.hasLineWaiting)          // 三 may go on: the writer has not closed the pipe
        close(fds[1])
        #expect(r.next() == .text("三"))
        #expect(!r.hasLineWaiting)
        #expect(r.next() == nil)
    }
}
