import DeskKit
import Foundation

/// How many days may pass between two visits at each risk level.
struct VisitIntervals: Sendable, Equatable {
    var high: Int
    var medium: Int
    var low: Int

    /// The community's current settings (`高风险周期`…; weekly, fortnightly, monthly unless changed).
    init(_ settings: ModuleSettings) {
        high = settings[CareVisits.highRisk].count
        medium = settings[CareVisits.mediumRisk].count
        low = settings[CareVisits.lowRisk].count
    }

    init(high: Int, medium: Int, low: Int) { self.high = high; self.medium = medium; self.low = low }

    func days(for risk: RiskLevel) -> Int {
        switch risk {
        case .high: high
        case .medium: medium
        case .low: low
        }
    }
}

/// Where one person stands: the last visit, the day the next one is due, and how that day compares with today.
struct VisitStanding: Sendable, Equatable {
    var lastVisit: CalendarDay?
    var due: CalendarDay

    /// The next visit falls due `interval` days after the last one; someone never visited is due from the day
    /// they were put on the register.
    init(entry: CareEntry, lastVisit: CalendarDay?, intervals: VisitIntervals) {
        self.lastVisit = lastVisit
        due = lastVisit.map { $0.adding(days: intervals.days(for: entry.risk)) } ?? entry.since
    }

    /// `超期3天`, `今天`, `5天后`.
    func chinese(today: CalendarDay) -> String {
        let days = today.days(until: due)
        if days < 0 { return "超期\(-days)天" }
        return days == 0 ? "今天到期" : "\(days)天后"
    }

    func isOverdue(today: CalendarDay) -> Bool { due < today }
}
