@testable import DeskKit
import Foundation
import Testing

/// Dates are bound as the text GRDB's `DateFormatter` gives them, written by hand (`StoredTime+Text.swift`):
/// the same text on every date, near the boundaries of a millisecond, a day, a month, a leap year, and outside
/// the years written by hand.
@Suite("Stored dates written by hand, as GRDB writes them")
struct StoredTimeTextTests {
    static func same(_ date: Date) -> Bool { StoredTime.value(date) == date.databaseValue }

    @Test func randomDates() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let date = Date(timeIntervalSince1970: Double.random(in: 0..<253_402_300_800, using: &random))
            #expect(Self.same(date), "\(date.timeIntervalSinceReferenceDate)")
        }
    }

    @Test func boundaries() {
        // Midnights of days around month ends, leap days and centuries; each ± a fraction of a millisecond.
        var seconds: [Double] = [0, 951_782_400, 951_868_800, 4_107_542_400, 4_107_628_800, 253_402_300_799, 1_796_000_000.123]
        for year in stride(from: 1970, through: 9999, by: 37) {
            let y = year - 1   // Jan 1 of `year`: the leap days after 1969 (477 up to it) counted
            seconds.append(Double((year - 1970) * 365 + y / 4 - y / 100 + y / 400 - 477) * 86_400)
        }
        for base in seconds {
            for delta in [-0.001, -0.000_4, -0.000_000_1, 0, 0.000_000_1, 0.000_4, 0.000_999_9, 0.001, 0.999, 59.999_5, 86_399.999] {
                #expect(Self.same(Date(timeIntervalSince1970: base + delta)), "\(base) + \(delta)")
            }
        }
        // Clock times like the desk's own: whole and fractional seconds from a reference-date double.
        for i in 0..<5_000 {
            #expect(Self.same(Date(timeIntervalSinceReferenceDate: 786_000_000 + Double(i) * 0.001_7)))
        }
    }

    @Test func outsideTheYearsByHandIsGRDBs() {
        for date in [Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: -62_135_596_800), Date.distantFuture,
                     Date(timeIntervalSince1970: 253_402_300_800)] {
            #expect(Self.same(date))
        }
    }

    /// `StoredTime.text` (a probe's key, `Desk.recentCase`) is the string `value` binds, by hand and GRDB's alike.
    @Test func theTextIsTheValuesString() {
        var random = SystemRandomNumberGenerator()
        let dates = (0..<2_000).map { _ in
            Date(timeIntervalSince1970: Double.random(in: 0..<253_402_300_800, using: &random))
        }
            + [Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: -62_135_596_800), Date.distantFuture,
               Date(timeIntervalSince1970: 253_402_300_800), Date(timeIntervalSince1970: 0)]
        for date in dates {
            #expect(StoredTime.text(date).databaseValue == StoredTime.value(date),
                    "\(date.timeIntervalSinceReferenceDate)")
        }
    }
}
