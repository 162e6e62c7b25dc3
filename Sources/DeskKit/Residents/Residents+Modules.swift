import Foundation

/// The part of the register modules use to keep no private copies: the person behind a module's record (found by
/// name and phone together), the current names and numbers of many records at once, and corrections made through
/// a module, checked and audited like the kernel's own `居民 修改`.
extension Residents {
    public func person(name: String, phone: PhoneNumber?, address: Address?) throws -> Resident {
        if let phone {
            let sharing = try people(phone: phone)
            if var same = sharing.first(where: { $0.name == name }) ?? sharing.first(where: { $0.name == nil }) {
                if same.name == nil { same.name = name; same.updatedAt = now; try same.update(db) }
                return same
            }
            // A number shared with someone else (a couple, a parent and child): another person with the number.
            let label = sharing.first?.name.map { "与\($0)共用" }
            return try record(ResidentEntry(name: name, phone: phone, phoneLabel: label, address: address))
        }
        let same = try Resident.filter(Column("name") == name && Column("status") == Resident.Status.active.rawValue)
            .limit(2).fetchAll(db)
        if same.count == 1 { return same[0] }
        var person = Resident(id: nil, name: name, idNumber: nil, address: nil, compound: nil, householdID: nil,
                              notes: nil, status: .active, mergedInto: nil, createdAt: now, updatedAt: now)
        if let address, !address.isEmpty { try move(&person, to: address) }
        try person.insert(db)
        return person
    }

    public func people(_ ids: [Int64]) throws -> [Int64: Resident] {
        let unique = Array(Set(ids))
        var found: [Int64: Resident] = [:]
        for start in stride(from: 0, to: unique.count, by: 500) {
            for person in try Resident.filter(keys: unique[start..<min(start + 500, unique.count)]).fetchAll(db) {
                found[person.id!] = try person.status == .merged ? resident(person.id!) : person
            }
        }
        return found
    }

    public func people(phone: PhoneNumber) throws -> [Resident] {
        let ids = try Int64.fetchAll(db, sql: "SELECT residentID FROM residentPhones WHERE digits = ? ORDER BY addedAt, rowid",
                                     arguments: [phone.digits])
        var seen = Set<Int64>()
        return try ids.compactMap(resident).filter { seen.insert($0.id!).inserted }
    }

    @discardableResult
    public func correct(_ id: Int64, _ correction: ResidentCorrection, reason: String) throws -> Resident {
        guard let access else { throw DeskError("internal", "此处不能修改居民名册") }
        try access.require(.correctRegister)
        let person = try apply(correction, to: id)
        try AccessLog(db: db, access: access, now: now).record(.correct, resident: person.id, reason: reason)
        return person
    }

    /// Sets the name or ID number of the person `id` (refusing an ID number someone else has).
    func apply(_ correction: ResidentCorrection, to id: Int64) throws -> Resident {
        guard var person = try resident(id), person.status == .active || person.status == .closed else {
            throw DeskError("unknown-resident", "名册中没有在册的居民 R\(id)")
        }
        switch correction {
        case .name(let name):
            guard !name.trimmingSpaces.isEmpty else { throw DeskError("missing-argument", "请写出新的姓名") }
            person.name = name.trimmingSpaces
        case .idNumber(let number):
            if let other = try find(idNumber: number), other.id != person.id {
                throw DeskError("duplicate-id-number", "身份证号 \(number.masked) 已登记在 \(other.label)，如是同一人请用 居民 合并")
            }
            person.idNumber = number.number
        }
        person.updatedAt = now
        try person.update(db)
        return person
    }

    /// The entries merged into `id` (directly or through another), so that a module finds records linked to them.
    func mergedInto(_ id: Int64) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            WITH RECURSIVE merged(id) AS (
                SELECT id FROM residents WHERE mergedInto = ? AND status = 'merged'
                UNION SELECT r.id FROM residents r JOIN merged m ON r.mergedInto = m.id AND r.status = 'merged')
            SELECT id FROM merged ORDER BY id
            """, arguments: [id])
    }
}
