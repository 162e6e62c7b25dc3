import DeskKit

/// How often a pensioner must be certified (rules.md §3).
///
/// Source: 社会保险经办条例 (2023-12-01) art. 26 — nationally once within 12 months of the last certification;
/// Wuhan's 2024-12 notice — once per natural year (1 Jan – 31 Dec). Configured in
/// `seeds/elder-certification/config.yaml`; Wuhan's rule is the default.
enum CertificationCycle: String, Codable, Sendable {
    case naturalYear = "natural-year"
    case rolling12Months = "rolling-12-months"

    var chinese: String { self == .naturalYear ? "每个自然年认证一次（武汉）" : "距上次认证12个月内认证一次" }

    /// Where an elder stands on `today`, given the last certification day.
    enum Standing: Equatable, Sendable {
        /// Certified for the current cycle; the next one is due by `due`.
        case certified(due: CalendarDay)
        /// Not yet certified this cycle; due by `due`.
        case pending(due: CalendarDay)
        /// Past the deadline: payment is suspended or at risk until certified.
        case overdue(since: CalendarDay)
    }

    func standing(last: CalendarDay?, today: CalendarDay) -> Standing {
        switch self {
        case .naturalYear:
            let yearEnd = CalendarDay(year: today.year, month: 12, day: 31)!
            guard let last else { return .pending(due: yearEnd) }
            if last.year == today.year { return .certified(due: CalendarDay(year: today.year + 1, month: 12, day: 31)!) }
            if last.year == today.year - 1 { return .pending(due: yearEnd) }
            // A whole natural year went by without certification: payment is at risk.
            return .overdue(since: CalendarDay(year: last.year + 1, month: 12, day: 31)!)
        case .rolling12Months:
            guard let last else { return .pending(due: today) }
            let due = last.adding(months: 12)
            return today <= due ? .certified(due: due) : .overdue(since: due)
        }
    }
}

extension CertificationCycle.Standing {
    /// The day the next certification is due, unless already overdue.
    var due: CalendarDay? {
        switch self {
        case .certified(let d), .pending(let d): d
        case .overdue: nil
        }
    }

    var isOverdue: Bool { if case .overdue = self { true } else { false } }
}
