import DeskKit
import Foundation
import Synchronization

/// A clock that stands still until a test moves it.
public final class FixedClock: DeskClock, Sendable {
    private let current: Mutex<Date>

    public init(_ date: Date) { current = Mutex(date) }

    /// A clock at `year-month-day hour:minute` in Asia/Shanghai.
    public convenience init(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 10, _ minute: Int = 0) {
        self.init(CalendarDay(year: year, month: month, day: day)!.date(hour: hour, minute: minute))
    }

    public var now: Date { current.withLock { $0 } }

    public func set(_ date: Date) { current.withLock { $0 = date } }

    /// Moves the clock forward by `hours` (backward when negative).
    public func advance(hours: Double) { current.withLock { $0 = $0.addingTimeInterval(hours * 3600) } }

    /// Moves the clock forward by `days`.
    public func advance(days: Int) { advance(hours: Double(days) * 24) }
}
