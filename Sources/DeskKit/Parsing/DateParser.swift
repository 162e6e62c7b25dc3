import Foundation

/// A day with an optional time of day, as people say it at the desk (`明天下午`, `12月3日 9点半`).
public struct DateTimeValue: Hashable, Codable, Sendable, CustomStringConvertible {
    public var day: CalendarDay
    public var hour: Int?
    public var minute: Int?

    public init(day: CalendarDay, hour: Int? = nil, minute: Int? = nil) {
        self.day = day; self.hour = hour; self.minute = minute
    }

    /// The moment in Asia/Shanghai (midnight when no time was given).
    public var date: Date { day.date(hour: hour ?? 0, minute: minute ?? 0) }

    /// `2026-12-03 14:00`, or `2026-12-03` without a time.
    public var description: String {
        guard let hour else { return day.description }
        return day.description + String(format: " %02d:%02d", hour, minute ?? 0)
    }
}

/// Why a text is not a date.
public enum DateError: Error, Equatable, Sendable, CustomStringConvertible {
    case notADate(String)
    case noSuchDay(month: Int, day: Int)
    case badMonth(Int)
    case badTime(String)

    public var description: String {
        switch self {
        case .notADate(let t): "「\(t)」不是可识别的日期，可以写 今天、明天下午、12月3日、2026-12-03、周六"
        case .noSuchDay(let m, let d): "\(m)月没有\(d)日"
        case .badMonth(let m): "没有\(m)月"
        case .badTime(let t): "「\(t)」不是有效的时间"
        }
    }
}

/// Reads dates and times in Chinese and ISO forms, relative to a given day in Asia/Shanghai.
public enum DateParser {
    private static let numeral = "[0-9零〇一二两三四五六七八九十]{1,3}"
    private static let absolute = try! NSRegularExpression(pattern: #"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?"#)
    private static let monthDay = try! NSRegularExpression(pattern: "(\(numeral))\\s*月\\s*(\(numeral))\\s*[日号]?")
    private static let relative = try! NSRegularExpression(pattern: "大后天|后天|明天|明日|今天|今日|今儿|昨天|前天")
    private static let weekdayPattern = try! NSRegularExpression(pattern: "(下下|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])")
    private static let time = try! NSRegularExpression(
        pattern: "(上午|早上|早晨|中午|下午|晚上|傍晚)?\\s*(?:(\(numeral)|\\d{1,2})\\s*[点:时]\\s*(半|\\d{1,2}|\(numeral))?\\s*分?)")
    private static let period = try! NSRegularExpression(pattern: "上午|早上|早晨|中午|下午|晚上|傍晚")

    /// Reads the whole of `text` as a date (and optional time).
    public static func parse(_ text: String, today: CalendarDay) throws(DateError) -> DateTimeValue {
        let normalized = TextNormalizer.normalize(text)
        guard let (value, covered) = try scan(normalized, today: today) else { throw .notADate(text) }
        let leftover = normalized.utf16.enumerated()
            .filter { !covered.contains($0.offset) && $0.element != 0x20 && $0.element != 0x09 }
        guard leftover.isEmpty else { throw .notADate(text) }
        return value
    }

    /// Finds a date in free text (`周六上午除草` → the coming Saturday, 9:00), or nil when there is none.
    public static func find(in text: String, today: CalendarDay) -> Result<DateTimeValue, DateError>? {
        do {
            guard let (value, _) = try scan(TextNormalizer.normalize(text), today: today) else { return nil }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    /// The date found and the UTF-16 offsets it covered.
    private static func scan(_ text: String, today: CalendarDay) throws(DateError) -> (DateTimeValue, Set<Int>)? {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var covered = Set<Int>()
        func cover(_ r: NSRange) { covered.formUnion(r.location..<(r.location + r.length)) }
        func group(_ m: NSTextCheckingResult, _ i: Int) -> String? {
            let r = m.range(at: i)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }

        var day: CalendarDay?
        if let m = absolute.firstMatch(in: text, range: whole) {
            let y = Int(group(m, 1)!)!, mo = Int(group(m, 2)!)!, d = Int(group(m, 3)!)!
            guard (1...12).contains(mo) else { throw .badMonth(mo) }
            guard let found = CalendarDay(year: y, month: mo, day: d) else { throw .noSuchDay(month: mo, day: d) }
            day = found; cover(m.range)
        } else if let m = monthDay.firstMatch(in: text, range: whole),
                  let mo = ChineseNumber.parse(group(m, 1)!), let d = ChineseNumber.parse(group(m, 2)!) {
            guard (1...12).contains(mo) else { throw .badMonth(mo) }
            guard let found = CalendarDay(year: today.year, month: mo, day: d) else { throw .noSuchDay(month: mo, day: d) }
            day = found; cover(m.range)
        } else if let m = relative.firstMatch(in: text, range: whole) {
            let offsets = ["大后天": 3, "后天": 2, "明天": 1, "明日": 1, "今天": 0, "今日": 0, "今儿": 0, "昨天": -1, "前天": -2]
            day = today.adding(days: offsets[ns.substring(with: m.range)]!); cover(m.range)
        } else if let m = weekdayPattern.firstMatch(in: text, range: whole) {
            let names: [String: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7]
            let w = names[group(m, 2)!] ?? Int(group(m, 2)!)!
            let modifier = group(m, 1) ?? ""
            var delta = (w - today.weekday + 7) % 7           // the coming one, today included
            if modifier.hasPrefix("下下") { delta = w - today.weekday + 14 }
            else if modifier.hasPrefix("下") { delta = w - today.weekday + 7 }
            else if modifier.hasPrefix("这") || modifier == "本" { delta = w - today.weekday }
            day = today.adding(days: delta); cover(m.range)
        }

        var hour: Int?, minute: Int?
        if let m = time.firstMatch(in: text, range: whole), let h = ChineseNumber.parse(group(m, 2)!) {
            var h24 = h
            switch group(m, 1) {
            case "下午", "晚上", "傍晚": if h < 12 { h24 += 12 }
            case "中午": if h < 6 { h24 += 12 }
            default: break
            }
            let minutePart = group(m, 3)
            let mins = minutePart == "半" ? 30 : minutePart.flatMap { ChineseNumber.parse($0) } ?? 0
            guard (0...23).contains(h24), (0...59).contains(mins) else { throw .badTime(ns.substring(with: m.range)) }
            hour = h24; minute = mins; cover(m.range)
        } else if let m = period.firstMatch(in: text, range: whole) {
            let starts = ["上午": 9, "早上": 8, "早晨": 8, "中午": 12, "下午": 14, "晚上": 19, "傍晚": 18]
            hour = starts[ns.substring(with: m.range)]; minute = 0; cover(m.range)
        }

        guard day != nil || hour != nil else { return nil }
        return (DateTimeValue(day: day ?? today, hour: hour, minute: minute), covered)
    }
}
