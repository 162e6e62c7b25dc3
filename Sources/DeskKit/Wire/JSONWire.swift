
import Foundation

/// The JSON-lines wire form of the desk: one input line in, exactly one JSON object out.
///
/// Input: plain text, or an object `{"text": "...", "channel": "group", "group": "...", "sender": "...",
/// "time": "ISO 8601", "id": "..."}` (only `text` is required). Output: `{"id", "module", "status", "case",
/// "reply"}` plus `"error": {"code", "message"}` for errors. Keys are sorted; the form is stable.
public enum JSONWire {
    /// A decoded input line.
    public struct Input: Equatable {
        public var text: String
        public var channel: Channel
        public var group: String?
        public var sender: String?
        public var time: Date?
        public var id: String?

        public init(text: String, channel: Channel, group: String? = nil, sender: String? = nil, time: Date? = nil, id: String? = nil) {
            self.text = text; self.channel = channel; self.group = group; self.sender = sender; self.time = time; self.id = id
        }
    }

    /// Reads one input line: a JSON object when it starts with `{`, plain text otherwise.
    public static func decode(_ line: String) throws(DeskError) -> Input {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{") else { return Input(text: line, channel: .desk) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8))
        } catch {
            throw DeskError("bad-json", "这一行不是有效的 JSON：\(Self.reason(error))")
        }
        guard let dict = object as? [String: Any] else { throw DeskError("bad-json", "JSON 输入必须是一个对象 {…}") }
        func string(_ key: String) throws(DeskError) -> String? {
            guard let v = dict[key], !(v is NSNull) else { return nil }
            guard let s = v as? String else { throw DeskError("bad-json", "字段 \"\(key)\" 必须是字符串") }
            return s
        }
        guard let text = try string("text") else { throw DeskError("missing-text", "JSON 输入缺少 \"text\" 字段") }
        var channel = Channel.desk
        if let c = try string("channel") {
            guard let parsed = Channel(rawValue: c) else {
                throw DeskError("bad-channel", "未知的 channel「\(c)」：应为 desk、group 或 api")
            }
            channel = parsed
        }
        var time: Date?
        if let t = try string("time") {
            guard let parsed = parseTime(t) else { throw DeskError("bad-time", "无法识别的时间「\(t)」：应为 ISO 8601，如 2026-11-28T09:12:00+08:00") }
            time = parsed
        }
        let group = try string("group")
        if channel == .desk && group != nil { channel = .group }
        return Input(text: text, channel: channel, group: group, sender: try string("sender"), time: time, id: try string("id"))
    }

    /// ISO 8601 with an offset (`2026-11-28T09:12:00+08:00`, fractional seconds allowed) or without one (Asia/Shanghai).
    public static func parseTime(_ text: String) -> Date? {
        let withZone = ISO8601DateFormatter()
        if let d = withZone.date(from: text) { return d }
        withZone.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = withZone.date(from: text) { return d }
        let local = ISO8601DateFormatter()
        local.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        local.timeZone = .shanghai
        return local.date(from: text)
    }

    /// One output object on one line.
    public static func encode(_ reply: Reply, id: String? = nil) -> String {
        var object: [String: Any] = [
            "module": reply.module ?? NSNull(),
            "status": reply.status.rawValue,
            "case": reply.caseID ?? NSNull(),
            "reply": reply.text,
        ]
        if let id { object["id"] = id }
        if let error = reply.error { object["error"] = ["code": error.code, "message": error.message] }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private static func reason(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return String(text.prefix(120))
    }
}
