import Foundation

// Cases and their events are read and written column by column instead of through GRDB's `Codable` coders: the
// coders walked every property through a keyed container, encoded `fields` and `missing` by first failing as a
// single value (a thrown error each time) and built a new JSON coder per column — a third of the durable
// intake's time. The stored form is unchanged (the same columns, the same JSON text, the same date text):
// `CaseRecordRowTests` compares both ways with the `Codable` form. Dates are bound as GRDB's text written by hand
// (``StoredTime/value(_:)``).

extension CaseRecord {
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        module = try row.decode(forColumn: "module")
        service = try row.decode(forColumn: "service")
        title = try row.decode(forColumn: "title")
        fields = try StoredJSON.decode([String: FieldValue].self, row, "fields", reading: StoredJSON.fields)
        requesterName = try row.decode(forColumn: "requesterName")
        requesterPhone = try row.decode(forColumn: "requesterPhone")
        requesterSender = try row.decode(forColumn: "requesterSender")
        address = try row.decode(forColumn: "address")
        compound = try row.decode(forColumn: "compound")
        channel = try StoredText.decode(Channel.self, row, "channel")
        groupName = try row.decode(forColumn: "groupName")
        status = try row.decode(forColumn: "status")
        assignee = try row.decode(forColumn: "assignee")
        category = try row.decode(forColumn: "category")
        urgent = try row.decode(forColumn: "urgent")
        deadline = try StoredTime.read(row, "deadline")
        timeLimitHours = try row.decode(forColumn: "timeLimitHours")
        createdAt = try StoredTime.require(row, "createdAt")
        updatedAt = try StoredTime.require(row, "updatedAt")
        closedAt = try StoredTime.read(row, "closedAt")
        rating = try row.decode(forColumn: "rating")
        dedupeKey = try row.decode(forColumn: "dedupeKey")
        missing = try StoredJSON.decode([String].self, row, "missing", reading: StoredJSON.list)
        residentID = try row.decode(forColumn: "residentID")
        callbackPhone = try row.decode(forColumn: "callbackPhone")
        station = try row.decode(forColumn: "station")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        for (column, value) in zip(Self.columns, try values()) { container[column] = value }
    }

    /// The columns of `cases`, in the order of ``values()``.
    static let columns = ["id", "module", "service", "title", "fields", "requesterName", "requesterPhone", "requesterSender",
                          "address", "compound", "channel", "groupName", "status", "assignee", "category", "urgent", "deadline",
                          "timeLimitHours", "createdAt", "updatedAt", "closedAt", "rating", "dedupeKey", "missing", "residentID",
                          "callbackPhone", "station"]

    /// The record's values, in the order of ``columns``.
    func values() throws -> [(any DatabaseValueConvertible)?] {
        [id, module, service, title, try StoredJSON.compact(fields) ?? StoredJSON.encode(fields), requesterName, requesterPhone, requesterSender, address,
         compound, channel.rawValue, groupName, status, assignee, category, urgent, deadline.map(StoredTime.value),
         timeLimitHours, StoredTime.value(createdAt), StoredTime.value(updatedAt), closedAt.map(StoredTime.value), rating,
         dedupeKey, StoredJSON.compact(missing), residentID, callbackPhone, station]
    }

    private static let insertSQL = "INSERT INTO cases(\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    private static let updateSQL = "UPDATE cases SET \(columns.dropFirst().map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"

    /// Inserts the case with one statement prepared once per connection (GRDB's `insert` builds its statement
    /// from the record's columns on every call).
    func insertRow(_ db: Database) throws {
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(try values()))
    }

    /// Writes only case `id`'s `updatedAt` (a reporter linked to it changes nothing else): rewriting every
    /// column rewrote every index of the row too — 230,000 instructions a link in relay ingest, where a
    /// duplicate report is linked to its case (docs/performance.md, eighth pass).
    static func updateTimeRow(_ db: Database, id: String, updatedAt: Date) throws {
        try db.cachedStatement(sql: "UPDATE cases SET updatedAt = ? WHERE id = ?").execute(arguments: [StoredTime.value(updatedAt), id])
        guard db.changesCount > 0 else { throw RecordError.recordNotFound(databaseTableName: "cases", key: ["id": id.databaseValue]) }
    }

    /// Writes every column of the case (by its id) with one statement prepared once per connection; a case that
    /// is not there is an error, as GRDB's `update` makes it.
    func updateRow(_ db: Database) throws {
        try db.cachedStatement(sql: Self.updateSQL).execute(arguments: StatementArguments(try values().dropFirst() + [id]))
        guard db.changesCount > 0 else { throw RecordError.recordNotFound(databaseTableName: "cases", key: ["id": id.databaseValue]) }
    }

    /// Writes only what dispatching changes — the status, the assignee and `updatedAt` — for a case whose row
    /// holds every other column as this record does (one this transaction has just written). The row ends as
    /// ``updateRow(_:)`` leaves it; but SQLite rewrites an index's entry for every column a statement sets, and
    /// `cases` has twelve indexes: dispatching a repair as it was opened rewrote them all, 200,000 instructions
    /// a case in relay ingest (docs/performance.md, twenty-third pass).
    func updateDispatchedRow(_ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE cases SET status = ?, assignee = ?, updatedAt = ? WHERE id = ?")
            .execute(arguments: [status, assignee, StoredTime.value(updatedAt), id])
        guard db.changesCount > 0 else { throw RecordError.recordNotFound(databaseTableName: "cases", key: ["id": id.databaseValue]) }
    }
}

extension CaseEvent {
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        caseID = try row.decode(forColumn: "caseID")
        at = try StoredTime.require(row, "at")
        operatorName = try row.decode(forColumn: "operatorName")
        kind = try row.decode(forColumn: "kind")
        fromStatus = try row.decode(forColumn: "fromStatus")
        toStatus = try row.decode(forColumn: "toStatus")
        note = try row.decode(forColumn: "note")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["caseID"] = caseID
        container["at"] = at
        container["operatorName"] = operatorName
        container["kind"] = kind
        container["fromStatus"] = fromStatus
        container["toStatus"] = toStatus
        container["note"] = note
    }

    /// Inserts the event with one statement prepared once per connection, and returns its id.
    func insertRow(_ db: Database) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO caseEvents(caseID, at, operatorName, kind, fromStatus, toStatus, note) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [caseID, StoredTime.value(at), operatorName, kind, fromStatus, toStatus, note])
        return db.lastInsertedRowID
    }
}

extension CaseReporter {
    /// Inserts the reporter with one statement prepared once per connection (the relay links every duplicate
    /// report); the same columns and text as GRDB's `Codable` form.
    func insertRow(_ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO caseReporters(caseID, name, phone, sender, channel, at) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [caseID, name, phone, sender, channel.rawValue, StoredTime.value(at)])
    }
}

/// A text column read as one of `T`'s raw values; another text is an error, as the `Codable` form made it.
enum StoredText {
    static func decode<T: RawRepresentable<String>>(_ type: T.Type, _ row: Row, _ column: String) throws -> T {
        let text: String = try row.decode(forColumn: column)
        guard let value = T(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column): \(text) is not a \(T.self)"))
        }
        return value
    }
}

/// JSON columns in the form GRDB's `Codable` records give them (``FetchableRecord/databaseJSONDecoder(for:)``,
/// ``EncodableRecord/databaseJSONEncoder(for:)``: sorted keys, the text stored as a string). The case's `fields`
/// and lists are written and read by hand where they can be (`StoredJSON+Fields.swift`).
enum StoredJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.dataEncodingStrategy = .base64
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.nonConformingFloatEncodingStrategy = .throw
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The column's value: read by `reading` when it reads the text, by `JSONDecoder` otherwise.
    static func decode<T: Decodable>(_ type: T.Type, _ row: Row, _ column: String,
                                     reading: (UnsafeRawBufferPointer) -> T? = { _ in nil }) throws -> T {
        try row.withUnsafeData(named: column) { data in
            guard let data else {
                throw DecodingError.valueNotFound(Data.self, .init(codingPath: [], debugDescription: "\(column) is NULL"))
            }
            if let value = data.withUnsafeBytes(reading) { return value }
            let decoder = JSONDecoder()
            decoder.dataDecodingStrategy = .base64
            decoder.dateDecodingStrategy = .millisecondsSince1970
            decoder.nonConformingFloatDecodingStrategy = .throw
            return try decoder.decode(type, from: data)
        }
    }
}
