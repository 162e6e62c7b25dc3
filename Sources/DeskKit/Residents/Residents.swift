import Foundation

/// What a module may do with the resident register. Modules reach people only through this protocol
/// (``ServiceContext/residents``): they link their own records (an elder, a club member, a volunteer) to a
/// ``Resident`` by its id instead of keeping private copies of names and phone numbers.
///
/// ```swift
/// let person = try context.residents.record(ResidentEntry(name: "王秀英", phone: phone, idNumber: id, address: home))
/// elder.residentID = person.id
/// ```
public protocol ResidentRegister {
    /// The person with this phone number, if any (active or closed; merged entries lead to the one kept).
    func find(phone: PhoneNumber) throws -> Resident?
    /// The person with this ID number, if any.
    func find(idNumber: CitizenID) throws -> Resident?
    /// The entry `id` (`R12` is 12).
    func resident(_ id: Int64) throws -> Resident?
    /// The person's phone numbers, whole (for the module's own logic; show them through ``Masking``).
    func phones(of id: Int64) throws -> [ResidentPhone]
    /// Finds or adds the person `entry` describes (by ID number, then phone), filling in what the entry knows
    /// and the register does not. Never overwrites what is stored: corrections go through staff (`居民 修改`).
    @discardableResult
    func record(_ entry: ResidentEntry) throws -> Resident
    /// The person a module's own record (a club member, a volunteer) stands for, from the name and phone it was
    /// given together: among the people with that phone, the one of that name (or the one the register has no name
    /// for), else a new entry — a number a couple shares links two people, each with the number, and never merges
    /// them. Without a phone, the one active person of exactly that name; a new entry when there is none or when
    /// several have it (staff merge duplicates with `居民 合并`, which every module follows).
    func person(name: String, phone: PhoneNumber?, address: Address?) throws -> Resident
    /// The current entries for `ids`, by the id asked for: a merged entry gives the person it was merged into.
    /// Unknown ids are left out. Modules show names and numbers from here, never from copies of their own.
    func people(_ ids: [Int64]) throws -> [Int64: Resident]
    /// Everyone with this phone number (a shared family phone gives several), in the order they got it.
    func people(phone: PhoneNumber) throws -> [Resident]
    /// Corrects a person's name or ID number for a module (the register is the one truth: the elder module's
    /// `老人修改 … 身份证号` corrects it here). Refused unless the operator's role may correct the register;
    /// recorded in the access log like `居民 修改`, with `reason`.
    @discardableResult
    func correct(_ id: Int64, _ correction: ResidentCorrection, reason: String) throws -> Resident
}

/// What a module may correct in the register on staff's behalf.
public enum ResidentCorrection: Sendable, Equatable {
    case name(String)
    case idNumber(CitizenID)
}

/// What is known about a person at one moment: all optional but at least a name, phone or ID number.
public struct ResidentEntry: Sendable {
    public var name: String?
    public var phone: PhoneNumber?
    /// What the phone is (`本人`, `儿子`); nil for the person's own.
    public var phoneLabel: String?
    public var idNumber: CitizenID?
    public var address: Address?
    public var notes: String?

    public init(name: String? = nil, phone: PhoneNumber? = nil, phoneLabel: String? = nil, idNumber: CitizenID? = nil,
                address: Address? = nil, notes: String? = nil) {
        self.name = name; self.phone = phone; self.phoneLabel = phoneLabel; self.idNumber = idNumber
        self.address = address; self.notes = notes
    }
}

/// The register in the database, inside the caller's transaction.
public struct Residents: ResidentRegister {
    let db: Database
    let now: Date
    /// Who is asking, for the corrections modules make (``correct(_:_:reason:)``); nil outside a request.
    let access: Access?

    public init(db: Database, now: Date, access: Access? = nil) { self.db = db; self.now = now; self.access = access }

    // MARK: Reading

    public func resident(_ id: Int64) throws -> Resident? {
        guard let found = try Resident.fetchOne(db, key: id) else { return nil }
        if found.status == .merged, let kept = found.mergedInto, kept != id { return try resident(kept) }
        return found
    }

    public func find(phone: PhoneNumber) throws -> Resident? {
        let id = try Int64.fetchOne(db, sql: "SELECT residentID FROM residentPhones WHERE digits = ? ORDER BY addedAt LIMIT 1",
                                    arguments: [phone.digits])
        return try id.flatMap(resident)
    }

    public func find(idNumber: CitizenID) throws -> Resident? {
        try Resident.filter(Column("idNumber") == idNumber.number).fetchOne(db).flatMap { try resident($0.id!) }
    }

    public func phones(of id: Int64) throws -> [ResidentPhone] {
        // Added at the same moment: in the order they were added.
        try ResidentPhone.filter(Column("residentID") == id).order(Column("addedAt"), Column.rowID).fetchAll(db)
    }

    /// `R12`, a phone number (whole or some of its digits), an ID number, or part of a name.
    public func lookup(_ query: String) throws -> [Resident] {
        let q = query.trimmingSpaces
        if let code = Self.code(q) { return try resident(code).map { [$0] } ?? [] }
        let digits = q.filter(\.isNumber)
        if digits.count >= 4 && digits.count == q.filter({ !"- ".contains($0) }).count {
            return try Resident.fetchAll(db, sql: """
                SELECT DISTINCT r.* FROM residents r LEFT JOIN residentPhones p ON p.residentID = r.id
                WHERE (p.digits LIKE ? OR r.idNumber = ?) AND r.status != 'merged' ORDER BY r.id LIMIT 20
                """, arguments: ["%" + digits + "%", q.uppercased()])
        }
        if let id = CitizenID.candidate(in: q) {
            return try Resident.filter(Column("idNumber") == id.uppercased()).fetchAll(db)
        }
        return try Resident.filter(Column("name").like("%\(q)%") && Column("status") != Resident.Status.merged.rawValue)
            .order(Column("id")).limit(20).fetchAll(db)
    }

    /// The people registered at `address` (a household), active first.
    public func living(at address: Address) throws -> [Resident] {
        try Resident.filter(Column("address") == address.description && Column("status") != Resident.Status.merged.rawValue)
            .order(Column("status"), Column("id")).limit(20).fetchAll(db)
    }

    /// `R12` → 12.
    public static func code(_ text: String) -> Int64? {
        guard let first = text.first, first == "R" || first == "r" else { return nil }
        return Int64(text.dropFirst())
    }

    /// The others at the same household.
    public func household(of resident: Resident) throws -> [Resident] {
        guard let household = resident.householdID else { return [] }
        return try Resident.filter(Column("householdID") == household && Column("id") != resident.id!
                                   && Column("status") == Resident.Status.active.rawValue).fetchAll(db)
    }

    // MARK: Writing

    @discardableResult
    public func record(_ entry: ResidentEntry) throws -> Resident {
        var person: Resident
        if let id = entry.idNumber, let found = try find(idNumber: id) {
            person = found
        } else if let phone = entry.phone, let found = try find(phone: phone), entry.phoneLabel == nil {
            person = found
        } else {
            guard entry.name != nil || entry.phone != nil || entry.idNumber != nil else {
                throw DeskError("missing-argument", "登记居民至少要有姓名、电话或身份证号")
            }
            person = Resident(id: nil, name: entry.name, idNumber: nil, address: nil, compound: nil, householdID: nil,
                              notes: nil, status: .active, mergedInto: nil, createdAt: now, updatedAt: now)
            try person.insert(db)
        }
        var changed = false
        if person.name == nil, let name = entry.name { person.name = name; changed = true }
        if person.idNumber == nil, let id = entry.idNumber { person.idNumber = id.number; changed = true }
        if person.address == nil, let address = entry.address, !address.isEmpty { try move(&person, to: address); changed = true }
        if let notes = entry.notes, !(person.notes ?? "").contains(notes) {
            person.notes = [person.notes, notes].compactMap { $0 }.joined(separator: "；"); changed = true
        }
        if changed { person.updatedAt = now; try person.update(db) }
        if let phone = entry.phone { try addPhone(phone, label: entry.phoneLabel, to: person.id!) }
        return person
    }

    func addPhone(_ phone: PhoneNumber, label: String?, to id: Int64) throws {
        try db.execute(sql: """
            INSERT INTO residentPhones(residentID, digits, label, addedAt) VALUES (?, ?, ?, ?)
            ON CONFLICT(residentID, digits) DO NOTHING
            """, arguments: [id, phone.digits, label, now])
    }

    /// Sets the person's address and household (the household at that address, created when new).
    func move(_ person: inout Resident, to address: Address) throws {
        person.address = address.description
        person.compound = address.compound
        let key = address.description
        if let household = try Household.filter(Column("address") == key).fetchOne(db) {
            person.householdID = household.id
        } else {
            var household = Household(id: nil, address: key, compound: address.compound, createdAt: now)
            try household.insert(db)
            person.householdID = household.id
        }
    }

    /// A correction by staff: one field (`姓名`, `电话`, `删电话`, `身份证`, `地址`, `备注`).
    func correct(_ id: Int64, field: ResidentField, value: String, addresses: AddressParser, today: CalendarDay) throws -> Resident {
        guard var person = try resident(id), person.status == .active || person.status == .closed else {
            throw DeskError("unknown-resident", "名册中没有在册的居民 R\(id)")
        }
        switch field {
        case .name:
            guard !value.isEmpty else { throw DeskError("missing-argument", "请写出新的姓名") }
            return try apply(.name(value), to: id)
        case .phone, .removePhone:
            let phone: PhoneNumber
            do { phone = try PhoneNumber(value) } catch { throw DeskError("invalid-field", error.description) }
            // To the entry kept when `id` was merged into another.
            if field == .phone {
                try addPhone(phone, label: nil, to: person.id!)
            } else {
                try db.execute(sql: "DELETE FROM residentPhones WHERE residentID = ? AND digits = ?", arguments: [person.id!, phone.digits])
                guard db.changesCount > 0 else { throw DeskError("unknown-phone", "R\(id) 没有电话 \(phone.masked)") }
            }
        case .idNumber:
            let number: CitizenID
            do { number = try CitizenID(value, today: today) } catch { throw DeskError("invalid-field", error.description) }
            return try apply(.idNumber(number), to: id)
        case .address:
            let address = addresses.read(value)
            guard address.compound != nil || address.building != nil else { throw DeskError("invalid-field", "没有识别出地址「\(value)」") }
            try move(&person, to: address)
        case .notes:
            person.notes = value.isEmpty ? nil : value
        }
        person.updatedAt = now
        try person.update(db)
        return person
    }

    /// Moves `dropped`'s phones and cases to `kept`, fills in what `kept` lacks, and marks `dropped` merged.
    func merge(_ dropped: Int64, into kept: Int64) throws -> Resident {
        guard dropped != kept else { throw DeskError("invalid-argument", "不能把 R\(kept) 合并到它自己") }
        guard var target = try Resident.fetchOne(db, key: kept), target.status == .active,
              var source = try Resident.fetchOne(db, key: dropped), source.status == .active || source.status == .closed else {
            throw DeskError("unknown-resident", "合并的两人都必须在名册中（R\(kept)、R\(dropped)）")
        }
        try db.execute(sql: """
            INSERT OR IGNORE INTO residentPhones(residentID, digits, label, addedAt)
            SELECT ?, digits, label, addedAt FROM residentPhones WHERE residentID = ?
            """, arguments: [kept, dropped])
        try db.execute(sql: "DELETE FROM residentPhones WHERE residentID = ?", arguments: [dropped])
        try db.execute(sql: "UPDATE cases SET residentID = ? WHERE residentID = ?", arguments: [kept, dropped])
        if target.name == nil { target.name = source.name }
        if target.idNumber == nil { target.idNumber = source.idNumber; source.idNumber = nil }
        if target.address == nil { target.address = source.address; target.compound = source.compound; target.householdID = source.householdID }
        if let notes = source.notes { target.notes = [target.notes, notes].compactMap { $0 }.joined(separator: "；") }
        target.updatedAt = now
        try target.update(db)
        source.status = .merged
        source.mergedInto = kept
        source.updatedAt = now
        try source.update(db)
        return target
    }

    /// Closes an entry (moved away, deceased): kept for the record, no longer offered.
    func close(_ id: Int64) throws -> Resident {
        guard var person = try resident(id), person.status == .active else {
            throw DeskError("unknown-resident", "名册中没有在册的居民 R\(id)")
        }
        person.status = .closed
        person.updatedAt = now
        try person.update(db)
        return person
    }
}

/// A field staff may correct with `居民 修改 R12 字段 新值`.
enum ResidentField: CaseIterable {
    case name, phone, removePhone, idNumber, address, notes

    init?(words: String) {
        switch words {
        case "姓名", "名字": self = .name
        case "电话", "手机", "加电话": self = .phone
        case "删电话", "删除电话": self = .removePhone
        case "身份证", "身份证号": self = .idNumber
        case "地址", "住址": self = .address
        case "备注", "情况": self = .notes
        default: return nil
        }
    }
}
