import Foundation

extension TimeZone {
    /// The desk's time zone: dates are Asia/Shanghai unless stated.
    public static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
}

extension Calendar {
    /// The Gregorian calendar in Asia/Shanghai, Monday first.
    public static let shanghai: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = .shanghai
        c.firstWeekday = 2
        c.locale = Locale(identifier: "zh_CN")
        return c
    }()
}

/// A day on the calendar in Asia/Shanghai, without a time. Written `2026-12-03`.
public struct CalendarDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A real day, or nil (`2026-02-30` is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(year: year, month: month) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// The day `date` falls on in Asia/Shanghai.
    public init(_ date: Date) {
        let c = Calendar.shanghai.dateComponents([.year, .month, .day], from: date)
        year = c.year!; month = c.month!; day = c.day!
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The moment this day's `hour:minute` begins in Asia/Shanghai.
    public func date(hour: Int = 0, minute: Int = 0) -> Date {
        Calendar.shanghai.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    public func adding(days: Int) -> CalendarDay {
        CalendarDay(Calendar.shanghai.date(byAdding: .day, value: days, to: date(hour: 12))!)
    }

    /// The same day `months` later, clamped to the month's end (1月31日 + 1 month = 2月28/29日).
    public func adding(months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let y = index / 12, m = index % 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, Self.daysIn(year: y, month: m)))!
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDay) -> Int {
        Calendar.shanghai.dateComponents([.day], from: date(hour: 12), to: other.date(hour: 12)).day!
    }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = Calendar.shanghai.component(.weekday, from: date(hour: 12))  // 1 = Sunday
        return w == 1 ? 7 : w - 1
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String {
        zeroPadded(year, 4) + "-" + zeroPadded(month, 2) + "-" + zeroPadded(day, 2)
    }

    /// `12月3日`.
    public var chinese: String { "\(month)月\(day)日" }

    /// A day written `2026-12-03` (as stored), or nil.
    public init?(iso text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let day = CalendarDay(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        self = day
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A month of a year: `2026-11`. Used for birth months, retirement months and monthly statements.
public struct YearMonth: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year; self.month = month
    }

    public init(_ day: CalendarDay) { year = day.year; month = day.month }

    /// Months since year 0 — handy for arithmetic.
    public var index: Int { year * 12 + month - 1 }
    public init(index: Int) { year = index / 12; month = index % 12 + 1 }

    public func adding(months: Int) -> YearMonth { YearMonth(index: index + months) }
    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.index < b.index }
    public var description: String { zeroPadded(year, 4) + "-" + zeroPadded(month, 2) }
    /// `2026年11月`.
    public var chinese: String { "\(year)年\(month)月" }
    /// The first year and month written in `text` (`2026-11`, `2026年11月`, `2026/11`), if any.
    public static func find(in text: String) -> YearMonth? {
        guard text.contains(where: \.isNumber), let found = yearMonthPattern.firstMatch(in: TextNormalizer.normalize(text)) else {
            return nil
        }
        let digits = found.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return digits.count == 2 ? YearMonth(year: digits[0], month: digits[1]) : nil
    }

    static let yearMonthPattern = TextPattern(#"(?<![0-9])[0-9]{4}\s*[-年/.]\s*[0-9]{1,2}(?![0-9])"#, clues: TextPattern.digits)

    public var firstDay: CalendarDay { CalendarDay(year: year, month: month, day: 1)! }
    public var lastDay: CalendarDay { CalendarDay(year: year, month: month, day: CalendarDay.daysIn(year: year, month: month))! }
}

/// `n` in decimal, with zeros before it to `width` characters, the sign counted — what `String(format: "%04d")`
/// gives. The scheduled jobs' periods are keyed by days and months at every start, and `String(format:)`'s first
/// call casts each argument to `CVarArg` (its protocol-conformance look-ups, 1.9 M instructions of `desk say 帮助`:
/// docs/performance.md, twenty-second pass).
func zeroPadded(_ n: Int, _ width: Int) -> String {
    let digits = String(n.magnitude)
    let sign = n < 0 ? "-" : ""
    return sign + String(repeating: "0", count: max(0, width - sign.count - digits.count)) + digits
}
