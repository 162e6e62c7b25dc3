@testable import DeskKit
import Foundation
import Testing

/// Cases and events are read and written column by column (`CaseRecord+Row.swift`); a file written through the
/// `Codable` coders before must read the same, and what is written now must be what they wrote.
@Suite("Cases stored column by column, as the Codable form stored them")
struct CaseRecordRowTests {
    /// The `Codable` form, through GRDB's own coders: a wrapper whose `Encodable` is the record's own.
    struct CodableForm: Encodable, PersistableRecord {
        static let databaseTableName = "cases"
        let record: CaseRecord
        func encode(to encoder: any Encoder) throws { try record.encode(to: encoder) }
    }

    struct CodableEvent: Encodable, PersistableRecord {
        static let databaseTableName = "caseEvents"
        let event: CaseEvent
        func encode(to encoder: any Encoder) throws { try event.encode(to: encoder) }
    }

    static let day = Date(timeIntervalSince1970: 1_796_000_000.123)

    /// Cases with every column empty and full, every kind of field, a long deadline and a missing list.
    static let records: [CaseRecord] = {
        let address = Address(compound: "sytx", compoundName: "水印桃源", building: 3, unit: 2, room: 502, place: nil)
        let full = CaseRecord(
            id: "BX-0042", module: "repairs", service: "repair", title: "水印桃源 3栋2单元 电梯故障（紧急）",
            fields: ["location": .address(address), "note": .text("厨房\"漏水\"\n楼上 139****4567"), "n": .integer(-3),
                     "fee": .money(Money(fen: 12_345)), "kind": .choice("电梯"), "many": .choices(["a", "乙"]),
                     "phone": .phone(try! PhoneNumber("13971234567")), "born": .yearMonth(YearMonth(year: 1968, month: 3)!)],
            requesterName: "王阿姨", requesterPhone: "13971234567", requesterSender: "3-2-502 王", address: "水印桃源3栋2单元502",
            compound: "sytx", channel: .group, groupName: "水印桃源1群", status: .reopened, assignee: "物业", category: "电梯",
            urgent: true, deadline: day.addingTimeInterval(7200), timeLimitHours: 2, createdAt: day, updatedAt: day.addingTimeInterval(1),
            closedAt: day.addingTimeInterval(60), rating: 2, dedupeKey: "sytx/3/2/电梯", missing: ["location", "phone"],
            residentID: 12, callbackPhone: "13971234567", station: "驿站1")
        var empty = CaseRecord(
            id: "SQ-0001", module: "appeals", service: "request", title: "", fields: [:], requesterName: nil, requesterPhone: nil,
            requesterSender: nil, address: nil, compound: nil, channel: .desk, groupName: nil, status: .accepted, assignee: nil,
            category: nil, urgent: false, deadline: nil, timeLimitHours: nil, createdAt: day, updatedAt: day, closedAt: nil,
            rating: nil, dedupeKey: nil, missing: [])
        empty.station = nil
        return [full, empty]
    }()

    func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try DeskStore.migrator(try ModuleRegistry([])).migrate(queue)
        return queue
    }

    @Test func aCaseIsWrittenAsTheCodableFormWroteIt() throws {
        for record in Self.records {
            #expect(try record.databaseDictionary == CodableForm(record: record).databaseDictionary)
        }
    }

    @Test func anEventIsWrittenAsTheCodableFormWroteIt() throws {
        for event in [CaseEvent(id: nil, caseID: "BX-0001", at: Self.day, operatorName: "小王", kind: .created, fromStatus: nil,
                                toStatus: .accepted, note: "紧急"),
                      CaseEvent(id: 7, caseID: "BX-0001", at: Self.day, operatorName: "relay", kind: .followedUp, fromStatus: .closed,
                                toStatus: .reopened, note: nil)] {
            #expect(try event.databaseDictionary == CodableEvent(event: event).databaseDictionary)
        }
    }

    @Test func aStoredCaseReadsAsTheCodableFormReadIt() throws {
        let queue = try database()
        try queue.write { db in
            for record in Self.records { try CodableForm(record: record).insert(db) }
            try CaseEvent(id: nil, caseID: "BX-0042", at: Self.day, operatorName: "小王", kind: .noted, fromStatus: .accepted,
                          toStatus: .accepted, note: "地址待核实").insert(db)
            // A deadline GRDB cannot read as a date (a file mended by hand): read as far in the future, not an error.
            try db.execute(sql: "UPDATE cases SET deadline = '10000-01-01 00:00:00.000' WHERE id = 'SQ-0001'")
        }
        try queue.read { db in
            for row in try Row.fetchAll(db, sql: "SELECT * FROM cases") {
                let byColumns = try CaseRecord(row: row)
                #expect(byColumns == (try FetchableRecordDecoder().decode(CaseRecord.self, from: row)))
            }
            #expect(try CaseRecord.fetchOne(db, key: "SQ-0001")?.deadline == StoredTime.latest)
            #expect(try Array(CaseRecord.fetchAll(db).map(\.id)) == ["BX-0042", "SQ-0001"])
            #expect(try CaseRecord.fetchOne(db, key: "BX-0042") == (try FetchableRecordDecoder().decode(CaseRecord.self,
                from: try #require(try Row.fetchOne(db, sql: "SELECT * FROM cases WHERE id = 'BX-0042'")))))
            let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM caseEvents"))
            #expect(try CaseEvent(row: row) == (try FetchableRecordDecoder().decode(CaseEvent.self, from: row)))
        }
    }

    @Test func thePreparedInsertAndUpdateStoreWhatTheCodableFormStored() throws {
        let (prepared, codable) = (try database(), try database())
        try prepared.write { db in
            for record in Self.records { try record.insertRow(db) }
            let id = try CaseEvent(id: nil, caseID: "BX-0042", at: Self.day, operatorName: "小王", kind: .noted, fromStatus: .accepted,
                                   toStatus: .accepted, note: "地址待核实").insertRow(db)
            #expect(id == 1)
        }
        try codable.write { db in
            for record in Self.records { try CodableForm(record: record).insert(db) }
            try CodableEvent(event: CaseEvent(id: nil, caseID: "BX-0042", at: Self.day, operatorName: "小王", kind: .noted,
                                              fromStatus: .accepted, toStatus: .accepted, note: "地址待核实")).insert(db)
        }
        func dump(_ queue: DatabaseQueue) throws -> [[DatabaseValue]] {
            try queue.read { db in
                try (Row.fetchAll(db, sql: "SELECT * FROM cases ORDER BY id") + Row.fetchAll(db, sql: "SELECT * FROM caseEvents"))
                    .map { Array($0.databaseValues) }
            }
        }
        #expect(try dump(prepared) == (try dump(codable)))

        var changed = Self.records[1]
        changed.status = .closed
        changed.closedAt = Self.day.addingTimeInterval(3600)
        changed.fields = ["note": .text("已修好")]
        try prepared.write { db in try changed.updateRow(db) }
        try codable.write { db in try CodableForm(record: changed).update(db) }
        #expect(try dump(prepared) == (try dump(codable)))

        var missing = changed
        missing.id = "SQ-0404"
        _ = try prepared.write { db in
            #expect(throws: RecordError.self) { try missing.updateRow(db) }
        }
    }

    /// The relay's records — a duplicate report's reporter, the reply queued for the group — written by prepared
    /// statements, as GRDB's `Codable` form wrote them (with mentions and without).
    @Test func aReporterAndAnOutboxMessageAreStoredAsTheCodableFormStoredThem() throws {
        let (prepared, codable) = (try database(), try database())
        let reporter = CaseReporter(caseID: "BX-0042", name: "王阿姨", phone: "13971234567", sender: "3-2-502 王", channel: .group,
                                    at: Self.day)
        let bare = CaseReporter(caseID: "BX-0042", name: nil, phone: nil, sender: nil, channel: .desk, at: Self.day)
        let posts = [("水印桃源1群", "@3-2-502 王 已受理，工单 BX-0042。", ["3-2-502 王", "\"引号\"/斜杠"], "BX-0042" as String?),
                     ("奥园2群", "通知", [], nil)]
        try prepared.write { db in
            try Self.records[0].insertRow(db)
            try reporter.insertRow(db)
            try bare.insertRow(db)
            for (group, text, mentions, caseID) in posts {
                let posted = try Outbox(db: db, now: Self.day).post(group: group, text: text, mentions: mentions, caseID: caseID)
                #expect(posted.id == db.lastInsertedRowID)
            }
        }
        try codable.write { db in
            try CodableForm(record: Self.records[0]).insert(db)
            try reporter.insert(db)
            try bare.insert(db)
            for (group, text, mentions, caseID) in posts {
                try OutboxMessage(id: nil, groupName: group, text: text, mentions: mentions, caseID: caseID, createdAt: Self.day,
                                  sentAt: nil, attempts: 0, lastError: nil).insert(db)
            }
        }
        func dump(_ queue: DatabaseQueue) throws -> [[DatabaseValue]] {
            try queue.read { db in
                try (Row.fetchAll(db, sql: "SELECT * FROM caseReporters ORDER BY rowid") + Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY id"))
                    .map { Array($0.databaseValues) }
            }
        }
        #expect(try dump(prepared).count == 4)
        #expect(try dump(prepared) == (try dump(codable)))
    }

    /// A case link's token never holds six digits in a row (replies mask such runs as phone numbers).
    @Test func aTokenWithSixDigitsInARowIsKnown() {
        #expect(CaseLink.holdsSixDigitsInARow("ab123456cd"))
        #expect(CaseLink.holdsSixDigitsInARow("123456"))
        #expect(!CaseLink.holdsSixDigitsInARow("ab12345-6cd"))
        #expect(!CaseLink.holdsSixDigitsInARow("a1b2c3d4e5f6g7"))
        #expect(!CaseLink.holdsSixDigitsInARow(""))
        for _ in 0..<200 {
            let link = CaseLink.new(caseID: "BX-0001", at: Self.day)
            #expect(link.token.count == 22)
            #expect(link.token.range(of: "[0-9]{6}", options: .regularExpression) == nil)
        }
    }

    /// A token's base64 is put in the URL's alphabet as Foundation's replacing did it.
    @Test func aTokenIsBase64InTheURLsAlphabet() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 15, 16, 17] + Array(repeating: 16, count: 300) {
            let base64 = Data((0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }).base64EncodedString()
            #expect(CaseLink.base64URL(base64) == base64.replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: ""), "\(base64)")
        }
        #expect(CaseLink.base64URL("+/+/==") == "-_-_")
    }

    @Test func aRowThatIsNotACaseIsAnErrorNotACrash() throws {
        let queue = try database()
        try queue.read { db in
            let noStatus = try #require(try Row.fetchOne(db, sql: "SELECT 'BX-1' AS id, 'repairs' AS module"))
            #expect(throws: (any Error).self) { try CaseRecord(row: noStatus) }
        }
        try queue.write { db in
            try CodableForm(record: Self.records[1]).insert(db)
            try db.execute(sql: "UPDATE cases SET channel = 'fax'")
            #expect(throws: (any Error).self) { try CaseRecord.fetchOne(db, key: "SQ-0001") }
        }
    }
}
