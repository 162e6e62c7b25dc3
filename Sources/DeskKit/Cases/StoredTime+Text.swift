import Foundation

extension StoredTime {
    /// The value GRDB stores for `date` — the text `yyyy-MM-dd HH:mm:ss.SSS` in UTC — written digit by digit.
    ///
    /// GRDB formats a `Date` argument with a `DateFormatter` (ICU): about 11,500 instructions a date, 51 M of the
    /// relay's 1,148 M for 1,000 messages (callgrind, docs/performance.md, thirteenth pass). This gives the same
    /// text: the milliseconds since 1970 taken as Foundation hands them to ICU (a `Double`, the reference date's
    /// offset added, times 1,000) and rounded to the nearest whole millisecond, halves up, as this platform's
    /// formatter rounds them (`1.2345` s is `.235`, `59.9996` s is `00:01:00.000`); the day by the
    /// proleptic Gregorian calendar, which ICU's agrees with after 1582. A date before 1970 or after 9999 (and a
    /// NaN) is left to GRDB. `StoredTimeTextTests` compares the two on dates near every boundary.
    public static func value(_ date: Date) -> DatabaseValue {
        let millis = ((date.timeIntervalSinceReferenceDate + 978_307_200) * 1000).rounded()
        guard millis >= 0, millis < 253_402_300_800_000 else { return date.databaseValue }
        let whole = Int(millis)
        let days = whole / 86_400_000, inDay = whole % 86_400_000
        // Days since 1970 to a civil date (H. Hinnant's `civil_from_days`, for days ≥ 0).
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153                     // months from March
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let text = String(unsafeUninitializedCapacity: 23) { buffer in
            var i = 0
            func put(_ value: Int, digits: Int) {
                var divisor = 1
                for _ in 1..<digits { divisor *= 10 }
                while divisor > 0 {
                    buffer[i] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    i += 1
                    divisor /= 10
                }
            }
            func put(_ byte: Unicode.Scalar) {
                buffer[i] = UInt8(ascii: byte)
                i += 1
            }
            put(year, digits: 4); put("-"); put(month, digits: 2); put("-"); put(day, digits: 2); put(" ")
            put(inDay / 3_600_000, digits: 2); put(":"); put(inDay / 60_000 % 60, digits: 2); put(":")
            put(inDay / 1000 % 60, digits: 2); put("."); put(inDay % 1000, digits: 3)
            return i
        }
        return text.databaseValue
    }

    /// The text ``value(_:)`` gives for `date`, as a `String`: a key a probe binds as text
    /// (``GRDB/Database/hasRow(_:keys:)``) binds what GRDB binds for the value.
    static func text(_ date: Date) -> String {
        // Every date's value is text: written above, or GRDB's own (`Date.databaseValue`, its formatter's string).
        guard case .string(let text) = value(date).storage else { preconditionFailure("a date is stored as text") }
        return text
    }
}
