import DeskKit

/// How often a pensioner must be certified (rules.md §3).
///
/// Sources: 社会保险经办条例 (国务院令第765号, 2023-12-01) requires eligibility to be verified but sets no cycle;
/// the 12 months since the last certification is MOHRSS practice and the national platform's validity (domain
/// report §1.3); once per natural year (1 Jan – 31 Dec) is Wuhan's practice (its 2024-12 notice, unverified). Configured in
/// `seeds/elder-certification/config.yaml`; Wuhan's rule is the default.
enum CertificationCycle: String, Codable, Sendable {
    case naturalYear = "natural-year"
    case rolling12Months = "rolling-12-months"

    var chinese: String { self == .naturalYear ? "每个自然年认证一次（武汉的做法）" : "距上次认证12个月内认证一次" }

    /// Where an elder stands.
    enum Standing: Equatable, Sendable {
        /// Certified for the current cycle; the next one is due by `due`.
        case certified(due: CalendarDay)
        /// Not yet certified this cycle; due by `due`.
        case pending(due: CalendarDay)
        /// Past the deadline: payment is suspended or at risk until certified.
        case overdue(since: CalendarDay)
    }

    /// Where an elder stands on `today`, given the last certification day and the day the elder was registered.
    /// An elder never certified owes a certification for the cycle of registration, and is overdue once that
    /// cycle has passed (domain report bug 10: never-certified elders were never overdue).
    func standing(last: CalendarDay?, registered: CalendarDay, today: CalendarDay) -> Standing {
        switch self {
        case .naturalYear:
            let yearEnd = CalendarDay(year: today.year, month: 12, day: 31)!
            guard let last else {
                return registered.year >= today.year ? .pending(due: yearEnd)
                    : .overdue(since: CalendarDay(year: registered.year, month: 12, day: 31)!)
            }
            if last.year == today.year { return .certified(due: CalendarDay(year: today.year + 1, month: 12, day: 31)!) }
            if last.year == today.year - 1 { return .pending(due: yearEnd) }
            // A whole natural year went by without certification: payment is at risk.
            return .overdue(since: CalendarDay(year: last.year + 1, month: 12, day: 31)!)
        case .rolling12Months:
            let due = (last ?? registered).adding(months: 12)
            guard last != nil else { return today <= due ? .pending(due: due) : .overdue(since: due) }
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
