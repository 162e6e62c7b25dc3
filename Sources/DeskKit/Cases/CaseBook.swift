import Foundation
import GRDBSQLite

/// Every change to a case goes through here, inside the transaction of the line being handled: the case row,
/// its event (operator, time, note), its search text and, for a case from a WeChat group, the notice to post back.
///
/// Titles, notes and the search text are stored with ID and mobile numbers masked: a resident's whole number
/// belongs in the resident register (``Residents``), where reading it is recorded. Notes are internal; what a
/// group is told is a neutral text per status, or the public text the operator gives (``PublicNote``).
public struct CaseBook {
    let db: Database
    let operatorName: String
    let now: Date
    let directory: CommunityDirectory
    /// The module opening cases through this book (id and case prefix).
    let module: (id: String, prefix: String)?
    /// Tells modules of changes to their cases (``ServiceModule/caseChanged(_:in:)``); nil only in kernel code
    /// that changes no module's case.
    let runtime: ModuleRuntime?

    init(db: Database, operatorName: String, now: Date, directory: CommunityDirectory, module: (id: String, prefix: String)?,
         runtime: ModuleRuntime? = nil) {
        self.db = db; self.operatorName = operatorName; self.now = now; self.directory = directory; self.module = module
        self.runtime = runtime
    }

    var outbox: Outbox { Outbox(db: db, now: now) }

    // MARK: Reading

    /// The case `id` names, in any form people type it (`BX-2`, `bx-0002`).
    public func find(_ id: String) throws -> CaseRecord? {
        // A statement prepared once per connection: the relay reads a case for every duplicate report.
        try CaseRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM cases WHERE id = ?"),
                                arguments: [CaseNumber.normalize(id) ?? id.uppercased()])
    }

    /// The case, or a ``DeskError`` naming the id that does not exist.
    public func require(_ id: String) throws -> CaseRecord {
        guard let found = try find(id) else { throw DeskError("unknown-case", "没有工单 \(id)，请用 列表 或 搜索 查找工单号") }
        return found
    }

    public func events(of id: String) throws -> [CaseEvent] {
        try CaseEvent.filter(Column("caseID") == id).order(Column("id")).fetchAll(db)
    }

    public func reporters(of id: String) throws -> [CaseReporter] {
        try CaseReporter.filter(Column("caseID") == id).order(Column("at")).fetchAll(db)
    }

    /// An open case of `module` with the same ``CaseRecord/dedupeKey``: the same problem at the same place.
    public func openDuplicate(module: String, key: String) throws -> CaseRecord? {
        // `INDEXED BY`: left to itself SQLite's planner takes `cases_module_status` (module and status both
        // named) and walks every open case of the module — a second of CPU per report on the million-case file,
        // 270,000 instructions a report in relay ingest — where the few cases with this key are one look-up away
        // (docs/performance.md, eighth pass). The index holds `createdAt` after the key (`kernel.dedupe-oldest-first`),
        // so the oldest comes first without a sort; of cases created at the same moment, the one inserted first, as
        // when the sort took them in the index's order of row ids (seventeenth pass).
        try CaseRecord.fetchOne(db.cachedStatement(sql: Self.openDuplicateSQL), arguments: [key, module])
    }

    /// The query of ``openDuplicate(module:key:)``, and of ``openDuplicateBrief(module:key:)`` with its four columns:
    /// written once, not interpolated on every call — the text built anew and then hashed and compared in full to
    /// find its prepared statement was some 2,400 instructions a report (docs/performance.md, sixty-ninth pass).
    private static let openDuplicateSQL = """
        SELECT * FROM cases INDEXED BY cases_dedupe
        WHERE dedupeKey = ? AND module = ? AND \(CaseStatus.isOpenSQL) ORDER BY createdAt LIMIT 1
        """
    private static let openDuplicateBriefSQL = """
        SELECT id, title, status, urgent FROM cases INDEXED BY cases_dedupe
        WHERE dedupeKey = ? AND module = ? AND \(CaseStatus.isOpenSQL) ORDER BY createdAt LIMIT 1
        """

    /// What a report's duplicate check needs of the open case it finds (``openDuplicateBrief(module:key:)``): the
    /// reply names its id, title and status, and a danger reported later escalates a case not yet urgent.
    public struct OpenCase: Sendable, Equatable {
        public let id: String
        public let title: String
        public let status: CaseStatus
        public let urgent: Bool
    }

    /// ``openDuplicate(module:key:)`` read into the four columns a report's check needs, not the whole case: every
    /// repair report asks, and most of a group's reports are duplicates, for which decoding the whole row (its
    /// fields' JSON, 27 columns looked up by name) was 95,000 instructions a report — with the row's 27 names
    /// prepared for lookup, a twentieth of relay ingest (docs/performance.md, twenty-fourth pass). The same
    /// query, so the same case.
    ///
    /// The row is read from SQLite's statement where it stands (``GRDB/Database/firstRow(_:keys:read:decode:)``,
    /// ``OpenCase/init(columnsOf:)``), GRDB's row cursor left out; an unusual row is decoded by GRDB as before.
    public func openDuplicateBrief(module: String, key: String) throws -> OpenCase? {
        try db.firstRow(Self.openDuplicateBriefSQL, keys: [key, module], read: OpenCase.init(columnsOf:)) { row in
            OpenCase(id: try row.decode(atIndex: 0), title: try row.decode(atIndex: 1),
                     status: try row.decode(atIndex: 2), urgent: try row.decode(atIndex: 3))
        }
    }

    // MARK: Opening

    /// Opens a case for `request` (or completes the case opened while fields were missing), dispatching it at
    /// once when the draft names an assignee.
    @discardableResult
    public func open(_ draft: CaseDraft, for request: ServiceRequest) throws -> CaseRecord {
        guard let module else { throw DeskError("internal", "只有服务模块可以开工单") }
        let limit = try draft.timeLimit.map { id -> CommunityDirectory.TimeLimit in
            guard let l = directory.timeLimit(id: id) else { throw DeskError("unknown-time-limit", "种子数据中没有时限「\(id)」") }
            return l
        }
        var record: CaseRecord
        if let pending = request.pendingCase, var existing = try find(pending) {
            existing.title = Masking.redact(draft.title)
            existing.fields = Self.kept(request.fields)
            existing.missing = []
            existing.category = draft.category
            existing.urgent = draft.urgent
            existing.timeLimitHours = limit?.hours
            existing.deadline = draft.deadline ?? limit.map { existing.createdAt.addingTimeInterval(Double($0.hours) * 3600) }
            existing.dedupeKey = draft.dedupeKey
            existing.address = draft.address?.description ?? existing.address
            existing.compound = draft.address?.compound ?? existing.compound
            existing.updatedAt = now
            try attachResident(&existing, request: request)
            try existing.updateRow(db)
            try event(existing.id, .completed, from: existing.status, to: existing.status, note: "信息已补全")
            try tell(.opened, existing, from: existing.status, note: "信息已补全")
            record = existing
        } else {
            let opened = now
            record = CaseRecord(
                id: try nextID(prefix: module.prefix), module: module.id, service: request.service.code,
                title: Masking.redact(draft.title), fields: Self.kept(request.fields),
                requesterName: request.requester.name, requesterPhone: request.requester.phone?.digits,
                requesterSender: request.requester.sender,
                address: (draft.address ?? request.requester.address)?.description,
                compound: (draft.address ?? request.requester.address)?.compound,
                channel: request.channel, groupName: request.group, status: .accepted, assignee: nil,
                category: draft.category, urgent: draft.urgent,
                deadline: draft.deadline ?? limit.map { opened.addingTimeInterval(Double($0.hours) * 3600) },
                timeLimitHours: limit?.hours, createdAt: opened, updatedAt: opened, closedAt: nil, rating: nil,
                dedupeKey: draft.dedupeKey, missing: [], station: request.station)
            try attachResident(&record, request: request)
            if record.residentID == nil { record.residentID = draft.resident }
            try record.insertRow(db)
            try event(record.id, .created, from: nil, to: .accepted, note: draft.urgent ? "紧急" : nil)
            try addLink(record)
            try tell(.opened, record, from: nil, note: draft.urgent ? "紧急" : nil)
        }
        try index(record, details: draft.details ?? request.text)
        if let doubt = draft.address?.unverified {
            try event(record.id, .noted, from: record.status, to: record.status, note: "地址待核实：\(doubt)")
        }
        if let assignee = draft.assignee {
            record = try dispatch(record, to: assignee, note: nil, notify: false, publicText: nil, rowIsCurrent: true)
        }
        return record
    }

    /// Links the case to the resident who asked and keeps the number to call back, when the request gives a
    /// mobile number (`王阿姨 13971234567`): the person is found in the register by that number, or added.
    private func attachResident(_ record: inout CaseRecord, request: ServiceRequest) throws {
        guard record.residentID == nil, let contact = CallbackContact(request) else { return }
        let person = try residents.record(ResidentEntry(name: contact.name, phone: contact.phone))
        record.residentID = person.id
        record.callbackPhone = contact.phone.digits
        if record.requesterPhone == nil { record.requesterPhone = contact.phone.digits }
        if record.requesterName == nil { record.requesterName = contact.name ?? person.name }
    }

    /// The fields as the case keeps them: free text with its numbers masked (the module has read the whole
    /// text already; a number needed later is a typed phone or ID field, or the callback number).
    static func kept(_ fields: [String: FieldValue]) -> [String: FieldValue] {
        fields.mapValues { if case .text(let s) = $0 { .text(Masking.redact(s)) } else { $0 } }
    }

    /// The resident register, in this book's transaction.
    var residents: Residents { Residents(db: db, now: now) }

    /// Records `phone` (and `name`) as the number to call back for case `id`, linking the case to that resident.
    @discardableResult
    public func setCallback(_ id: String, phone: PhoneNumber, name: String?) throws -> (CaseRecord, Resident) {
        var record = try require(id)
        let person = try residents.record(ResidentEntry(name: name, phone: phone))
        record.residentID = person.id
        record.callbackPhone = phone.digits
        record.updatedAt = now
        try record.updateRow(db)
        try event(record.id, .updated, from: record.status, to: record.status, note: "回访电话：" + [person.name, phone.masked].compactMap { $0 }.joined(separator: " "))
        return (record, person)
    }

    /// Opens a case for a request that still misses `missing` fields (kernel only): a relayed request, or an
    /// emergency, which is `urgent` with the emergency time limit from the start.
    func openIncomplete(_ request: ServiceRequest, missing: [Field], urgent: Bool = false) throws -> CaseRecord {
        guard let module else { throw DeskError("internal", "只有服务模块可以开工单") }
        let limit = urgent ? directory.timeLimit(id: "emergency") : nil
        var record = CaseRecord(
            id: try nextID(prefix: module.prefix), module: module.id, service: request.service.code,
            title: (urgent ? "紧急：" : "") + "\(request.service.name)（待补充：\(missing.map(\.name).joined(separator: "、"))）",
            fields: Self.kept(request.fields), requesterName: request.requester.name,
            requesterPhone: request.requester.phone?.digits, requesterSender: request.requester.sender,
            address: request.requester.address?.description, compound: request.requester.address?.compound,
            channel: request.channel, groupName: request.group, status: .accepted, assignee: nil, category: nil,
            urgent: urgent, deadline: limit.map { now.addingTimeInterval(Double($0.hours) * 3600) }, timeLimitHours: limit?.hours,
            createdAt: now, updatedAt: now, closedAt: nil, rating: nil, dedupeKey: nil, missing: missing.map(\.code),
            station: request.station)
        try attachResident(&record, request: request)
        try record.insertRow(db)
        try event(record.id, .created, from: nil, to: .accepted,
                  note: (urgent ? "紧急；" : "") + "待补充：" + missing.map(\.name).joined(separator: "、"))
        try addLink(record)
        try index(record, details: request.text)
        try tell(.opened, record, from: nil, note: urgent ? "紧急" : nil)
        return record
    }

    /// Links another resident's report of the same problem (`request`) to `open`, the open case as just read in
    /// this transaction (``openDuplicate(module:key:)``): no new case, one event. A case opened for the request
    /// while it was incomplete is cancelled as merged into it. (The case is not read again: decoding it twice was
    /// a twentieth of relay ingest — docs/performance.md, ninth pass.)
    @discardableResult
    public func link(_ request: ServiceRequest, to open: CaseRecord) throws -> CaseRecord {
        var record = open
        record.updatedAt = now
        try link(request, id: record.id, status: record.status)
        return record
    }

    /// The same, for the open case as ``openDuplicateBrief(module:key:)`` read it.
    public func link(_ request: ServiceRequest, to open: OpenCase) throws {
        try link(request, id: open.id, status: open.status)
    }

    private func link(_ request: ServiceRequest, id: String, status: CaseStatus) throws {
        let requester = request.requester
        try CaseReporter(caseID: id, name: requester.name, phone: requester.phone?.digits,
                         sender: requester.sender, channel: request.channel, at: now).insertRow(db)
        try CaseRecord.updateTimeRow(db, id: id, updatedAt: now)
        try event(id, .linked, from: status, to: status, note: requester.display)
        if let pending = request.pendingCase, pending != id {
            try cancel(pending, reason: "与工单 \(id) 是同一问题，已并入")
        }
    }

    /// Raises an open case to an emergency when a later report adds danger to a person (`有人被困`): urgent,
    /// with the emergency time limit counted from now if that is sooner. Does nothing to a case already urgent.
    @discardableResult
    public func escalate(_ id: String, reason: String) throws -> CaseRecord {
        var record = try require(id)
        guard record.status.isOpen, !record.urgent else { return record }
        let limit = directory.timeLimit(id: "emergency")
        record.urgent = true
        if let limit {
            let deadline = now.addingTimeInterval(Double(limit.hours) * 3600)
            if record.deadline.map({ deadline < $0 }) ?? true { record.deadline = deadline }
            record.timeLimitHours = limit.hours
        }
        if !record.title.contains("紧急") { record.title += "（紧急）" }
        record.updatedAt = now
        try record.updateRow(db)
        try event(record.id, .updated, from: record.status, to: record.status, note: "升级为紧急：\(reason)")
        try tell(.escalated, record, from: record.status, note: reason)
        return record
    }

    // MARK: Lifecycle

    /// 派单 / reassign. A group's case tells its group — that it was dispatched, or `publicText` — unless
    /// `notify` is off (dispatch at opening, where the reply itself says who). The note stays internal.
    @discardableResult
    public func dispatch(_ id: String, to assignee: String, note: String?, notify: Bool = true,
                         publicText: String? = nil) throws -> CaseRecord {
        try dispatch(require(id), to: assignee, note: note, notify: notify, publicText: publicText)
    }

    /// The same, on the case in hand (one just opened is not read back). `rowIsCurrent`: the case's row is this
    /// record as this transaction has just written it, so only what dispatching changes is written
    /// (``CaseRecord/updateDispatchedRow(_:)``).
    private func dispatch(_ current: CaseRecord, to assignee: String, note: String?, notify: Bool,
                          publicText: String?, rowIsCurrent: Bool = false) throws -> CaseRecord {
        let assignee = Masking.redact(assignee)
        return try transition(current, kind: .dispatched, allowed: CaseStatus.open, to: .dispatched, note: note.map { "\(assignee)：\($0)" } ?? assignee,
                              write: rowIsCurrent ? { try $0.updateDispatchedRow(db) } : nil) {
            $0.assignee = assignee
        } notice: { notify ? publicText ?? ("已派单给 \(assignee)" + ($0.deadline.map { "，请于 \(DeskFormat.time($0)) 前处理" } ?? "")) : nil }
    }

    /// 处理中.
    @discardableResult
    public func start(_ id: String, note: String?) throws -> CaseRecord {
        try transition(id, kind: .started, allowed: [.accepted, .dispatched, .reopened, .inProgress], to: .inProgress, note: note) { _ in }
    }

    /// A note on any case, whatever its status. The note is internal; a group's case tells its group
    /// `publicText` when one is given.
    @discardableResult
    ///
    /// A mobile number in the note of a case that has no number to call back (`备注 BX-0001 联系电话 13971234567`)
    /// becomes its callback number, kept whole with the resident; the note itself keeps it masked.
    public func note(_ id: String, _ text: String, publicText: String? = nil) throws -> CaseRecord {
        var record = try require(id)
        try event(record.id, .noted, from: record.status, to: record.status, note: text)
        if record.callbackPhone == nil, let phone = PhoneNumber.findAny(in: text) {
            record = try setCallback(id, phone: phone, name: CallbackContact.name(before: phone, in: text)).0
        }
        try notify(record, publicText)
        return record
    }

    /// A module's own change to a case (a document ticked, a visit recorded).
    @discardableResult
    public func record(_ id: String, _ text: String) throws -> CaseRecord {
        var record = try require(id)
        record.updatedAt = now
        try record.updateRow(db)
        try event(record.id, .updated, from: record.status, to: record.status, note: text)
        return record
    }

    /// 办结, with what was done (internal). A group's case is told `publicText`, or a neutral 已办结.
    @discardableResult
    public func close(_ id: String, note: String, publicText: String? = nil) throws -> CaseRecord {
        try transition(id, kind: .closed, allowed: CaseStatus.open, to: .closed, note: note) {
            $0.closedAt = now
        } notice: { _ in publicText ?? "已办结。如仍有问题，请在群里告诉我们" }
    }

    /// 回访 with a 1–5 rating: 3 or more is 已回访; 1–2 reopens the case as 重办 with a new deadline.
    @discardableResult
    public func followUp(_ id: String, rating: Int, comment: String?) throws -> CaseRecord {
        guard (1...5).contains(rating) else { throw DeskError("invalid-rating", "满意度评分应为 1–5 分，这里是 \(rating)") }
        let note = "评分 \(rating)" + (comment.map { "：\($0)" } ?? "")
        if rating <= 2 {
            return try transition(id, kind: .followedUp, allowed: [.closed], to: .reopened, note: note + "（不满意，重办）") {
                $0.rating = rating; $0.closedAt = nil; renewDeadline(&$0)
            } notice: { _ in "回访不满意，已重新办理" }
        }
        return try transition(id, kind: .followedUp, allowed: [.closed], to: .followedUp, note: note) { $0.rating = rating }
    }

    /// 重办: a closed or followed-up case is worked on again, with a new deadline. The reason is internal; a
    /// group's case is told `publicText`, or a neutral 已重新办理.
    @discardableResult
    public func reopen(_ id: String, reason: String, publicText: String? = nil) throws -> CaseRecord {
        try transition(id, kind: .reopened, allowed: [.closed, .followedUp], to: .reopened, note: reason) {
            $0.closedAt = nil; renewDeadline(&$0)
        } notice: { _ in publicText ?? "已重新办理" }
    }

    /// 催办: the urging is recorded on an open case (who, when, what was said); the deadline stays.
    @discardableResult
    public func urge(_ id: String, note: String?) throws -> CaseRecord {
        let record = try require(id)
        guard record.status.isOpen else {
            throw DeskError("invalid-transition", "工单 \(record.id) 现在是「\(record.status.chinese)」，不用催办" + Self.hint(for: record.status))
        }
        try event(record.id, .urged, from: record.status, to: record.status, note: note)
        return record
    }

    /// 取消 an open case, with the reason.
    @discardableResult
    public func cancel(_ id: String, reason: String) throws -> CaseRecord {
        try transition(id, kind: .cancelled, allowed: CaseStatus.open, to: .cancelled, note: reason) { _ in }
    }

    private func renewDeadline(_ record: inout CaseRecord) {
        record.deadline = record.timeLimitHours.map { now.addingTimeInterval(Double($0) * 3600) }
    }

    private func transition(_ id: String, kind: CaseEventKind, allowed: [CaseStatus], to status: CaseStatus,
                            note: String?, change: (inout CaseRecord) -> Void,
                            notice: ((CaseRecord) -> String?)? = nil) throws -> CaseRecord {
        try transition(require(id), kind: kind, allowed: allowed, to: status, note: note, change: change, notice: notice)
    }

    /// `write`: how the changed record is written, when not every column (``CaseRecord/updateRow(_:)``).
    private func transition(_ current: CaseRecord, kind: CaseEventKind, allowed: [CaseStatus], to status: CaseStatus,
                            note: String?, write: ((CaseRecord) throws -> Void)? = nil, change: (inout CaseRecord) -> Void,
                            notice: ((CaseRecord) -> String?)? = nil) throws -> CaseRecord {
        var record = current
        guard allowed.contains(record.status) else {
            throw DeskError("invalid-transition",
                            "工单 \(record.id) 现在是「\(record.status.chinese)」，不能\(kind.chinese)" + Self.hint(for: record.status))
        }
        let from = record.status
        change(&record)
        record.status = status
        record.updatedAt = now
        if let write { try write(record) } else { try record.updateRow(db) }
        try event(record.id, kind, from: from, to: status, note: note)
        try notify(record, notice?(record))
        switch kind {
        case .dispatched: try tell(.dispatched, record, from: from, note: note)
        case .started: try tell(.started, record, from: from, note: note)
        case .closed: try tell(.closed, record, from: from, note: note)
        case .reopened: try tell(.reopened, record, from: from, note: note)
        case .cancelled: try tell(.cancelled, record, from: from, note: note)
        case .followedUp: try tell(status == .reopened ? .reopened : .rated, record, from: from, note: note, rating: record.rating)
        default: break
        }
        return record
    }

    /// Tells the module owning `record` of the change, in this transaction; its refusal propagates.
    private func tell(_ kind: CaseChange.Kind, _ record: CaseRecord, from: CaseStatus?, note: String?, rating: Int? = nil) throws {
        guard let runtime else { return }
        try runtime.tell(CaseChange(kind: kind, record: record, from: from, note: note.map(Masking.redact), rating: rating,
                                    operatorName: operatorName), db: db, now: now)
    }

    /// Posts a public `text` about a group's case to its group. Only the case number and the public text go out:
    /// never the title (it may hold an address or a health detail) nor an internal note.
    private func notify(_ record: CaseRecord, _ text: String?) throws {
        guard let group = record.groupName, let text else { return }
        try outbox.post(group: group, text: "工单 \(record.id)：\(text)",
                        mentions: record.requesterSender.map { [$0] } ?? [], caseID: record.id)
    }

    private static func hint(for status: CaseStatus) -> String {
        switch status {
        case .closed: "；已办结的工单可以 回访 或 重办"
        case .followedUp: "；如需再次处理请用 重办"
        case .cancelled: "；已取消的工单不能再处理"
        default: ""
        }
    }

    /// The note is masked once, for the event and its search row alike (masked for each, it cost relay ingest
    /// 0.6 K instructions a message in links, once 0.3 K: docs/performance.md, fifty-sixth pass).
    private func event(_ id: String, _ kind: CaseEventKind, from: CaseStatus?, to: CaseStatus?, note: String?) throws {
        let masked = note.map(Masking.redact)
        let e = CaseEvent(id: nil, caseID: id, at: now, operatorName: operatorName, kind: kind,
                          fromStatus: from, toStatus: to, note: masked)
        let rowID = try e.insertRow(db)
        if let note, !note.isEmpty, let masked {
            // Under the event's own rowid, so the search row and the event can be found from each other.
            try DeskStore.writeSearchRow(db, sql: "INSERT INTO eventSearch(rowid, caseID, body) VALUES (?, ?, ?)",
                                         arguments: [rowID, id, masked])
        }
    }

    /// The case's search text, kept under the case row's rowid so that replacing it is an index lookup.
    private func index(_ record: CaseRecord, details: String) throws {
        let body = [record.title, record.address ?? "", record.category ?? "", Masking.redact(details)].joined(separator: " ")
        try DeskStore.writeSearchRow(db, sql: """
            INSERT OR REPLACE INTO caseSearch(rowid, caseID, body) VALUES ((SELECT rowid FROM cases WHERE id = ?), ?, ?)
            """, arguments: [record.id, record.id, body])
    }

    private func nextID(prefix: String) throws -> String {
        let n = try Int.fetchOne(db.cachedStatement(sql: """
            INSERT INTO caseSequences(prefix, last) VALUES (?, 1)
            ON CONFLICT(prefix) DO UPDATE SET last = last + 1
            RETURNING last
            """), arguments: [prefix])!
        return prefix + "-" + DeskFormat.padded(n, width: 4)
    }
}

extension CaseBook.OpenCase {
    /// The case read from the columns `id, title, status, urgent` of the row `statement` stands on, when they are
    /// what GRDB decodes them from without a conversion — text, text, the text of a status, an integer (`urgent`
    /// is true when it is not 0) — as GRDB reads them (a text up to its first NUL, as GRDB's copy of the row
    /// holds it); nil for any other row, which is then left to GRDB's decoding.
    init?(columnsOf statement: SQLiteStatement) {
        guard sqlite3_column_type(statement, 0) == SQLITE_TEXT, sqlite3_column_type(statement, 1) == SQLITE_TEXT,
              sqlite3_column_type(statement, 2) == SQLITE_TEXT, sqlite3_column_type(statement, 3) == SQLITE_INTEGER,
              let id = sqlite3_column_text(statement, 0), let title = sqlite3_column_text(statement, 1),
              let status = sqlite3_column_text(statement, 2),
              let status = CaseStatus(rawValue: String(cString: status)) else { return nil }
        self.init(id: String(cString: id), title: String(cString: title), status: status,
                  urgent: sqlite3_column_int64(statement, 3) != 0)
    }
}
