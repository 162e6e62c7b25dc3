#if canImport(DeskKit)
import DeskKit   // absent when the fuzzing script compiles these files together with the kernel's parsers
#endif
import Foundation

/// The input formats `desk relay` reads.
public enum RelayFormat: String, CaseIterable, Sendable {
    /// One JSON object a line: `{"id", "group", "sender", "time", "text"}` (`id` optional).
    case jsonl
    /// The plain-text export of common WeChat backup tools (see README: a header line, the message, a blank line).
    case wechat
}

/// Reads JSON lines into relay items.
public struct JSONLinesReader {
    var lines: LineReader
    var number = 0
    /// Message times are checked against this clock (``MessageTime``).
    let clock: any DeskClock

    public init(lines: LineReader, clock: any DeskClock = SystemClock()) { self.lines = lines; self.clock = clock }

    public mutating func next() -> RelayItem? {
        guard let line = lines.next() else { return nil }
        number += 1
        let position = "第\(number)行"
        switch line {
        case .invalidUTF8:
            return .unreadable(position: position, DeskError("invalid-utf8", "\(position)不是有效的 UTF-8 文本"))
        case .tooLong(let bytes):
            return .unreadable(position: position, DeskError("line-too-long", "\(position)太长（\(bytes)字节）"))
        case .text(let text):
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return next() }
            return Self.item(text, position: position, now: clock.now)
        }
    }

    /// One message from one JSON object `{"id", "group", "sender", "time", "text"}`; `position` names where it
    /// was in errors (`第3行`); message times are checked against `now` (``MessageTime``).
    public static func item(_ text: String, position: String, now: Date) -> RelayItem {
        guard text.trimmingCharacters(in: .whitespaces).hasPrefix("{") else {
            return .unreadable(position: position, DeskError("bad-json",
                #"\#(position)不是 JSON 对象：每行应是一条消息，如 {"id": "m1", "group": "水印桃源1群", "sender": "李阿姨", "text": "3栋电梯坏了"}"#))
        }
        do {
            let input = try JSONWire.decode(text, now: now)
            guard let group = input.group, !group.isEmpty else {
                throw DeskError("missing-group", "缺少 \"group\" 字段（消息来自哪个群）")
            }
            return .message(RelayMessage(id: input.id, group: group, sender: input.sender ?? "", time: input.time, text: input.text))
        } catch let error as DeskError {
            return .unreadable(position: position, id: JSONWire.id(ofRefused: text), DeskError(error.code, "\(position)：\(error.message)"))
        } catch {
            return .unreadable(position: position, id: JSONWire.id(ofRefused: text), DeskError("bad-json", "\(position)：\(error)"))
        }
    }
}

/// Reads the plain-text export of WeChat backup tools:
///
/// ```
/// 2026-11-28 09:12:33 张阿姨
/// 3栋电梯又坏了！
/// [图片]
///
/// 2026-11-28 09:13:02 7-1-302 李阿姨
/// 「张阿姨：3栋电梯又坏了！」
/// - - - - - - - - - - - - - - -
/// @物业小王 我们这边也是
/// ```
///
/// A header line is the date, the time (Asia/Shanghai) and the sender's group nickname; the message's lines
/// follow until a blank line. A header is read as one only at the start of the file or after a blank line: a
/// header-shaped line inside a message (`2026-11-28 09:12:34 7-1-302 李阿姨` typed by someone else) is part of
/// that message's text and cannot start a message in another sender's name. Quoted replies (`「…」` and the dashed line under them) and
/// @mentions are dropped from the text; `[图片]`, `[语音]`, `[表情]` stay and are recognised as chatter.
public struct WeChatExportReader {
    var lines: LineReader
    let group: String
    var number = 0
    var header: (time: Date, sender: String, line: Int)?
    var body: [String] = []
    var pending: [RelayItem] = []
    /// Whether the previous line was blank (or there was none): the only place a header may stand.
    var atBoundary = true
    /// The body lines of a refused header are skipped with it (one error for the message, not one per line).
    var skipping = false
    let clock: any DeskClock

    public init(lines: LineReader, group: String, clock: any DeskClock = SystemClock()) {
        self.lines = lines; self.group = group; self.clock = clock
    }

    private static let headerPattern = try! NSRegularExpression(pattern: #"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\s+(.+)$"#)

    public mutating func next() -> RelayItem? {
        while pending.isEmpty {
            guard let line = lines.next() else {
                flush()
                return pending.isEmpty ? nil : pending.removeFirst()
            }
            number += 1
            switch line {
            case .invalidUTF8:
                pending.append(.unreadable(position: "第\(number)行", DeskError("invalid-utf8", "第\(number)行不是有效的 UTF-8 文本")))
            case .tooLong(let bytes):
                pending.append(.unreadable(position: "第\(number)行", DeskError("line-too-long", "第\(number)行太长（\(bytes)字节）")))
            case .text(let text):
                let ns = text as NSString
                let boundary = atBoundary
                atBoundary = text.trimmingCharacters(in: .whitespaces).isEmpty
                if boundary, let m = Self.headerPattern.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) {
                    flush()
                    let stamp = ns.substring(with: m.range(at: 1))
                    guard let parsed = JSONWire.parseTime(stamp.replacingOccurrences(of: " ", with: "T")) else {
                        pending.append(.unreadable(position: "第\(number)行", DeskError("bad-time", "第\(number)行的时间「\(stamp)」无法识别")))
                        skipping = true
                        continue
                    }
                    do {
                        header = (try MessageTime.check(parsed, text: stamp, now: clock.now), ns.substring(with: m.range(at: 2)).trimmingCharacters(in: .whitespaces), number)
                    } catch {
                        pending.append(.unreadable(position: "第\(number)行", DeskError(error.code, "第\(number)行：\(error.message)")))
                        skipping = true
                    }
                } else if text.trimmingCharacters(in: .whitespaces).isEmpty {
                    skipping = false
                    flush()
                } else if skipping {
                    continue
                } else if header != nil {
                    body.append(text)
                } else {
                    pending.append(.unreadable(position: "第\(number)行", DeskError("no-header", "第\(number)行前面没有“日期 时间 发送人”的标题行")))
                }
            }
        }
        return pending.removeFirst()
    }

    private mutating func flush() {
        guard let header else { body = []; return }
        let text = Self.clean(body)
        pending.append(.message(RelayMessage(group: group, sender: header.sender, time: header.time, text: text)))
        self.header = nil
        body = []
    }

    /// The message without quoted replies and @mentions.
    static func clean(_ lines: [String]) -> String {
        var kept: [String] = []
        var inQuote = false
        for line in lines {
            let t = line.trimmingCharacters(in: .whitespaces)
            if inQuote { if t.hasSuffix("」") { inQuote = false }; continue }
            if t.hasPrefix("「") { inQuote = !t.hasSuffix("」"); continue }
            if t.range(of: #"^[-\s]{5,}$"#, options: .regularExpression) != nil { continue }
            kept.append(line)
        }
        return kept.joined(separator: " ")
            .replacingOccurrences(of: #"@[^\s\u2005]+[\s\u2005]?"#, with: "", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
    }
}
