import Foundation

/// The window a message's own `time` must fall in. A time from outside is refused (`bad-time`), never stored:
/// one far-future time once gave a case a deadline in year 10000 that no list could read back.
public enum MessageTime {
    /// How far back a message may be dated: a year and a day (a backlog export of a whole year still reads).
    public static let earliest: TimeInterval = 366 * 86_400
    /// How far ahead: a day (clocks of phones and bridges drift; nothing is said tomorrow).
    public static let latest: TimeInterval = 86_400
    /// The largest UTC offset anywhere on Earth (UTC+14:00, Kiribati; UTC−12:00 is the smallest).
    public static let maxOffset = 14 * 3600

    /// `time` itself when it lies within [now − ``earliest``, now + ``latest``]; otherwise a `bad-time` error
    /// that names the bound that was crossed.
    public static func check(_ time: Date, text: String, now: Date) throws(DeskError) -> Date {
        let low = now.addingTimeInterval(-earliest), high = now.addingTimeInterval(latest)
        if time < low {
            throw DeskError("bad-time", "时间「\(text)」太早：消息时间不能早于一年前（\(DeskFormat.timestamp(low))）")
        }
        if time > high {
            throw DeskError("bad-time", "时间「\(text)」太晚：消息时间不能晚于现在一天以后（\(DeskFormat.timestamp(high))）")
        }
        return time
    }
}
