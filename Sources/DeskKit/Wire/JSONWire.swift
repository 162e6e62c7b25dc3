
import Foundation

/// The JSON-lines wire form of the desk: one input line in, exactly one JSON object out.
///
/// Input: plain text, or an object `{"text": "...", "channel": "group", "group": "...", "sender": "...",
/// "time": "ISO 8601", "id": "...", "station": "驿站1"}` (only `text` is required). Output: `{"id", "module", "status", "case",
/// "reply"}` plus `"error": {"code", "message"}` for errors, `"choices"` when the desk asks to choose and
/// `"quit": true` after `退出`. Keys are
/// sorted; the form is stable.
public enum JSONWire {
    /// A decoded input line.
    public struct Input: Equatable {
        public var text: String
        public var channel: Channel
        public var group: String?
        public var sender: String?
        public var time: Date?
        public var id: String?
        /// The service station the line was typed at (`驿站1`), checked by the desk against the community's.
        public var station: String?

        public init(text: String, channel: Channel, group: String? = nil, sender: String? = nil, time: Date? = nil, id: String? = nil,
                    station: String? = nil) {
            self.text = text; self.channel = channel; self.group = group; self.sender = sender; self.time = time; self.id = id
            self.station = station
        }
    }

    /// Reads one input line: a JSON object when it starts with `{`, plain text otherwise. A `time` outside
    /// ``MessageTime``'s window around `now` is refused (`bad-time`); so are duplicate keys and trailing commas.
    public static func decode(_ line: String, now: Date = Date()) throws(DeskError) -> Input {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{") else { return Input(text: line, channel: .desk) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8))
        } catch {
            throw DeskError("bad-json", "这一行不是有效的 JSON：\(Self.reason(error))")
        }
        try JSONStrictness.check(trimmed)
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
            guard let parsed = parseTime(t) else {
                throw DeskError("bad-time", "无法识别的时间「\(t)」：应为 ISO 8601，如 2026-11-28T09:12:00+08:00，时区偏移在 ±14:00 以内")
            }
            time = try MessageTime.check(parsed, text: t, now: now)
        }
        let group = try string("group")
        if channel == .desk && group != nil { channel = .group }
        return Input(text: text, channel: channel, group: group, sender: try string("sender"), time: time, id: try string("id"),
                     station: try string("station"))
    }

    /// ISO 8601 with an offset (`2026-11-28T09:12:00+08:00`, `Z`, fractional seconds allowed) or without one
    /// (Asia/Shanghai, which has no daylight saving: +08:00). A space may stand for the `T`. An offset beyond
    /// ±14:00 (or with minutes of 60 or more) does not exist and is not read.
    public static func parseTime(_ text: String) -> Date? {
        let b = Array(text.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= b.count else { return nil }
            var n = 0
            for _ in 0..<digits {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30); i += 1
            }
            return n
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1; return true
        }
        guard let y = number(4), expect(0x2D), let mo = number(2), expect(0x2D), let d = number(2),
              expect(0x54) || expect(0x20), let h = number(2), expect(0x3A), let mi = number(2) else { return nil }
        var sec = 0.0
        if expect(0x3A) {
            guard let s = number(2) else { return nil }
            sec = Double(s)
            if expect(0x2E) {
                var scale = 0.1
                while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { sec += Double(b[i] - 0x30) * scale; scale /= 10; i += 1 }
            }
        }
        var offset = 8 * 3600
        if i < b.count {
            if expect(0x5A) {
                offset = 0
            } else if b[i] == 0x2B || b[i] == 0x2D {
                let sign = b[i] == 0x2D ? -1 : 1
                i += 1
                guard let oh = number(2) else { return nil }
                _ = expect(0x3A)
                guard let om = number(2), om < 60, oh * 3600 + om * 60 <= MessageTime.maxOffset else { return nil }
                offset = sign * (oh * 3600 + om * 60)
            } else {
                return nil
            }
        }
        guard i == b.count, CalendarDay(year: y, month: mo, day: d) != nil, h < 24, mi < 60, sec < 61 else { return nil }
        // Days from 1970-01-01 to the civil date (Howard Hinnant's algorithm).
        let yy = mo <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Date(timeIntervalSince1970: Double(days * 86400 + h * 3600 + mi * 60 - offset) + sec)
    }

    /// One output object on one line, keys sorted.
    public static func encode(_ reply: Reply, id: String? = nil) -> String {
        // Room for the reply's text, its id and the keys and short values around them (a line longer grows as before).
        var object = JSONObjectWriter(reserving: reply.text.utf8.count + (id?.utf8.count ?? 0) + 128)
        object.add("case", reply.caseID)
        if reply.cases.count > 1 { object.add("cases", reply.cases) }
        if !reply.choices.isEmpty { object.add("choices", reply.choices) }
        if let error = reply.error {
            object.add("error") { $0.add("code", error.code); $0.add("message", error.message) }
        }
        if let id { object.add("id", id) }
        object.add("module", reply.module)
        if reply.quit { object.add("quit", true) }
        object.add("reply", reply.text)
        object.add("status", reply.status.rawValue)
        return object.text
    }

    private static func reason(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return String(text.prefix(120))
    }
}
