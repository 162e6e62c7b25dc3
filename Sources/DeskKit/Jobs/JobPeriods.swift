import Foundation

extension ScheduledJob.Schedule {
    /// The period that contains `date`'s day (today, or this month), whether or not it has come due yet.
    public func period(containing date: Date) -> JobPeriod {
        let day = CalendarDay(date)
        switch self {
        case .daily: return period(day: day)
        case .monthly: return period(month: YearMonth(day))
        }
    }

    /// The latest period that has come due at `date`.
    public func lastDue(at date: Date) -> JobPeriod {
        let current = period(containing: date)
        return current.due <= date ? current : previous(current)
    }

    /// The period after `p`.
    public func next(_ p: JobPeriod) -> JobPeriod {
        switch self {
        case .daily: period(day: p.firstDay.adding(days: 1))
        case .monthly: period(month: YearMonth(p.firstDay).adding(months: 1))
        }
    }

    /// The period before `p`.
    public func previous(_ p: JobPeriod) -> JobPeriod {
        switch self {
        case .daily: period(day: p.firstDay.adding(days: -1))
        case .monthly: period(month: YearMonth(p.firstDay).adding(months: -1))
        }
    }

    private func period(day: CalendarDay) -> JobPeriod {
        guard case .daily(let time) = self else { return period(month: YearMonth(day)) }
        return JobPeriod(key: day.description, firstDay: day, lastDay: day, due: day.date(hour: time.hour, minute: time.minute))
    }

    private func period(month: YearMonth) -> JobPeriod {
        guard case .monthly(let dayOfMonth, let time) = self else { return period(day: month.firstDay) }
        let due = CalendarDay(year: month.year, month: month.month,
                              day: min(max(dayOfMonth, 1), CalendarDay.daysIn(year: month.year, month: month.month)))!
        return JobPeriod(key: month.description, firstDay: month.firstDay, lastDay: month.lastDay,
                         due: due.date(hour: time.hour, minute: time.minute))
    }
}
