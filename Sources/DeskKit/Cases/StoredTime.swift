import Foundation

/// Reading stored times so that one bad value cannot make a list unreadable for everyone.
///
/// Times are bounded when they come in (``MessageTime``), but a file written by an older desk, or mended by
/// hand, may hold a deadline such as `10000-01-01`, which GRDB cannot read as a date: the whole `列表` would
/// fail. Such a value is read as the nearest time GRDB can represent (9999-12-31 or 0001-01-01), so the case
/// (or outbox message) still lists, as far in the future or past, and can be mended with the desk's own commands.
public enum StoredTime {
    static let lenient = DatabaseDateDecodingStrategy.custom(date(from:))

    /// The time a stored value says, leniently; nil for a value that is not a time at all (a number of bytes).
    static func date(from value: DatabaseValue) -> Date? {
        if let date = Date.fromDatabaseValue(value) { return date }
        guard let text = String.fromDatabaseValue(value) else { return nil }
        let year = Int(text.prefix { $0.isNumber }) ?? 0
        return year >= 10_000 ? latest : earliest
    }

    /// The time in `column` of `row`, leniently; nil for NULL or a missing column.
    static func read(_ row: Row, _ column: String) throws -> Date? {
        let stored: DatabaseValue? = try row.decode(forColumn: column)
        guard let value = stored, !value.isNull else { return nil }
        guard let date = date(from: value) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column) is not a time"))
        }
        return date
    }

    /// The time in `column` of `row`, which must be there.
    static func require(_ row: Row, _ column: String) throws -> Date {
        guard let date = try read(row, column) else {
            throw DecodingError.valueNotFound(Date.self, .init(codingPath: [], debugDescription: "\(column) is NULL"))
        }
        return date
    }

    /// 9999-12-31 23:59:59 UTC.
    static let latest = Date(timeIntervalSince1970: 253_402_300_799)
    /// 0001-01-01 00:00:00 UTC.
    static let earliest = Date(timeIntervalSince1970: -62_135_596_800)
}

extension CaseRecord {
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { StoredTime.lenient }
}

extension CaseEvent {
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { StoredTime.lenient }
}

extension OutboxMessage {
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { StoredTime.lenient }
}
