@testable import DeskKit
import Foundation
import Testing

@Suite("The reply line, written by hand, is byte for byte what JSONSerialization wrote")
struct JSONWireWriterTests {
    /// The reply line as it was written before (`JSONSerialization`, sorted keys, slashes not escaped).
    static func serialized(_ reply: Reply, id: String?) -> String {
        var object: [String: Any] = [
            "module": reply.module ?? NSNull(), "status": reply.status.rawValue, "case": reply.caseID ?? NSNull(), "reply": reply.text,
        ]
        if let id { object["id"] = id }
        if !reply.choices.isEmpty { object["choices"] = reply.choices }
        if let error = reply.error { object["error"] = ["code": error.code, "message": error.message] }
        if reply.quit { object["quit"] = true }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Every ASCII character (controls, quotes, backslash, slash, DEL), Chinese, emoji, combining marks, the
    /// line and paragraph separators, a right-to-left mark.
    static let texts: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + [
        "", "已受理报修，工单 BX-0001：水印桃源 3栋2单元502室\n给排水/漏水。", "\"引号\" \\反斜杠\\ /斜杠/ \t制表",
        "👍🏻👨‍👩‍👧", "e\u{301}", "\u{2028}\u{2029}\u{200F}\u{FEFF}", "139****4567", "a\u{0}b\u{1F}c\u{7F}d", "</script>",
    ]

    @Test func everyKindOfReplyIsWrittenAsBefore() {
        var compared = 0
        for (i, text) in Self.texts.enumerated() {
            let other = Self.texts[(i * 31 + 7) % Self.texts.count]
            let replies = [
                Reply(status: .answered, text: text),
                Reply(module: "repairs", status: .created, caseID: "BX-0001", text: text, choices: [text, other, "第三"]),
                Reply(module: other, status: .ask, text: text, choices: [other]),
                Reply.failure(DeskError("bad-json", text)),
                Reply(status: .ignored, text: "", quit: true),
                Reply(module: text, status: .error, caseID: other, text: other, error: DeskError(text, other), quit: true),
            ]
            for reply in replies {
                for id in [nil, "m42", text] {
                    #expect(JSONWire.encode(reply, id: id) == Self.serialized(reply, id: id), "\(reply) \(id ?? "nil")")
                    compared += 1
                }
            }
        }
        #expect(compared == Self.texts.count * 18)
    }

    /// The room a writer reserves is only room: for every text, none, too little, exactly enough and far more give the
    /// same line, and the same as `JSONWire.encode`, which reserves for the reply's text (seventy-second pass).
    @Test func theRoomReservedDoesNotChangeTheLine() {
        for (i, text) in Self.texts.enumerated() {
            let other = Self.texts[(i * 31 + 7) % Self.texts.count]
            func written(_ object: inout JSONObjectWriter) -> String {
                object.add("case", nil)
                object.add("choices", [text, other])
                object.add("error") { $0.add("code", other); $0.add("message", text) }
                object.add("id", other)
                object.add("quit", true)
                object.add("reply", text + text)
                return object.text
            }
            var plain = JSONObjectWriter()
            let expected = written(&plain)
            for room in [0, 1, 2, text.utf8.count, expected.utf8.count - 1, expected.utf8.count, expected.utf8.count + 1, 4096] {
                var reserved = JSONObjectWriter(reserving: room)
                #expect(written(&reserved) == expected, "\(room) \(text)")
            }
            let reply = Reply(module: other, status: .ask, caseID: text, text: String(repeating: text, count: 200), choices: [other])
            #expect(JSONWire.encode(reply, id: other) == Self.serialized(reply, id: other))
        }
    }

    @Test func theLineReadsBackAsTheReply() throws {
        let reply = Reply(module: "repairs", status: .ask, caseID: "BX-0002", text: "请问3栋是哪个小区？\n（奥园、水印桃源）", choices: ["奥园", "水印桃源"])
        let (back, id) = try JSONWire.decodeReply(JSONWire.encode(reply, id: "m\"1"))
        #expect(back == reply && id == "m\"1")
    }
}
