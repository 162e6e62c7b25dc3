import Foundation

/// How the desk writes times and durations in replies (Asia/Shanghai).
public enum DeskFormat {
    /// `12月3日 14:00`.
    /// `10月1日` this year, `2025年10月1日` another year.
    public static func day(_ day: CalendarDay, today: CalendarDay) -> String {
        day.year == today.year ? day.chinese : "\(day.year)年\(day.chinese)"
    }

    public static func time(_ date: Date) -> String {
        let c = Calendar.shanghai.dateComponents([.month, .day, .hour, .minute], from: date)
        return "\(c.month!)月\(c.day!)日 \(padded(c.hour!, width: 2)):\(padded(c.minute!, width: 2))"
    }

    /// `n` in decimal with zeros in front up to `width` digits, as `String(format: "%0<width>d", n)` writes an
    /// `n` ≥ 0 (every use: hours, minutes, case numbers). Not through `String(format:)`: its formatter was most of
    /// ``time(_:)``, which a repair's new case writes into its reply, and of ``CaseBook``'s `nextID`
    /// (docs/performance.md, fifty-sixth pass).
    static func padded(_ n: Int, width: Int) -> String {
        let digits = String(n)
        return digits.count < width ? String(repeating: "0", count: width - digits.count) + digits : digits
    }

    /// `2026-12-03 14:00`.
    public static func timestamp(_ date: Date) -> String {
        let c = Calendar.shanghai.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    /// `2小时`, `24小时`, `7天`.
    public static func hours(_ hours: Int) -> String {
        hours >= 48 && hours % 24 == 0 ? "\(hours / 24)天" : "\(hours)小时"
    }

    /// A percentage with one decimal, or `—` when nothing was counted.
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
