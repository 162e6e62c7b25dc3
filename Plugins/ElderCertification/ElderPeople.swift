import DeskKit
import Foundation

/// An elder is a person in the kernel's resident register (docs/privacy.md): the register alone keeps their
/// name, ID number and phones; `elders` keeps what certification needs and the link (`residentID`). Reached only
/// through the kernel's ``ResidentRegister`` API.
enum ElderPeople {
    /// Records the elder in the register (found by ID number, else added) with `phone` and `address`, links them,
    /// and takes the register's name (the register is the one truth when it already knew the person).
    static func link(_ elder: inout Elder, phone: PhoneNumber?, address: Address?, in register: any ResidentRegister,
                     today: CalendarDay) throws {
        let id = try? CitizenID(elder.idNumber, today: today)
        let person = try person(name: elder.name, id: id, phone: phone, address: address, in: register)
        elder.residentID = person.id
        elder.name = person.name ?? elder.name
    }

    /// The person, found by the ID number — or by name and phone together when the number is theirs alone (a
    /// number shared with a spouse must not link the elder to the spouse). The phone is then added to that person.
    private static func person(name: String, id: CitizenID?, phone: PhoneNumber?, address: Address?,
                               in register: any ResidentRegister) throws -> Resident {
        guard let id else { return try register.person(name: name, phone: phone, address: address) }
        if let phone, try register.find(idNumber: id) == nil {
            // Already known by this name and this number alone (a club member, a repair's reporter), without an ID
            // number yet: the same person, who now gets it. Not when the number is shared: that may be a spouse.
            let sharing = try register.people(phone: phone)
            if sharing.count == 1, sharing[0].name == name, sharing[0].idNumber == nil {
                return try register.record(ResidentEntry(name: name, phone: phone, idNumber: id, address: address))
            }
        }
        let person = try register.record(ResidentEntry(name: name, idNumber: id, address: address))
        guard let phone else { return person }
        return try register.record(ResidentEntry(phone: phone, idNumber: id))
    }

    /// `elders` with the name and ID number the register has for each (after a correction or a merge, the current
    /// ones); a person the register no longer names (anonymised) shows as the register shows them.
    static func load(_ elders: [Elder], in register: any ResidentRegister) throws -> [Elder] {
        let people = try register.people(elders.compactMap(\.residentID))
        return elders.map { elder in
            var elder = elder
            let person = elder.residentID.flatMap { people[$0] }
            elder.name = person?.name ?? "未留姓名"
            elder.idNumber = person?.idNumber ?? ""
            return elder
        }
    }

    /// One elder, as ``load(_:in:)``.
    static func load(_ elder: Elder, in register: any ResidentRegister) throws -> Elder {
        try load([elder], in: register)[0]
    }

    /// The elder's own phone, whole, from the register: the one added last (a correction adds the new number).
    static func phone(of elder: Elder, in register: any ResidentRegister) throws -> String? {
        // After a merge the phones are the kept entry's.
        guard let id = try elder.residentID.flatMap({ try register.resident($0) })?.id else { return nil }
        return try register.phones(of: id).last { $0.label == nil }?.digits
    }

    /// Links the elders registered before the register existed (schema before `v4-register-only`: `name`,
    /// `idNumber` and `phone` columns), moving their phones into it.
    static func linkExisting(_ db: Database) throws {
        let now = Date()
        let register = Residents(db: db, now: now)
        for row in try Row.fetchAll(db, sql: "SELECT id, name, idNumber, phone FROM elders WHERE residentID IS NULL") {
            let id = try? CitizenID(row["idNumber"] as String, today: CalendarDay(now))
            let phone = (row["phone"] as String?).flatMap { try? PhoneNumber($0) }
            let person = try person(name: row["name"], id: id, phone: phone, address: nil, in: register)
            try db.execute(sql: "UPDATE elders SET residentID = ?, phone = NULL WHERE id = ?", arguments: [person.id, row["id"] as Int64])
        }
    }

    /// Gives the register the name and ID number of each linked elder where it has none (audited as a correction
    /// by `数据迁移`). Where the register already has a different one, the register's stays and the module's is
    /// kept in the elder's change record, so nothing is lost.
    static func moveNamesToRegister(_ db: Database) throws {
        let now = Date()
        let register = Residents(db: db, now: now, access: .rolesOff("数据迁移"))
        let reason = "老年认证名册并入居民名册"
        for row in try Row.fetchAll(db, sql: "SELECT id, name, idNumber, residentID FROM elders") {
            guard let person = try register.resident(row["residentID"]) else { continue }
            let name: String = row["name"]
            let number: String = row["idNumber"]
            var differing: [String] = []
            if person.name == nil {
                try register.correct(person.id!, .name(name), reason: reason)
            } else if person.name != name {
                differing.append("姓名「\(name)」")
            }
            var given = false
            if person.idNumber == nil, let id = try? CitizenID(number, today: CalendarDay(now)) {
                given = (try? register.correct(person.id!, .idNumber(id), reason: reason)) != nil
            }
            if !given && person.idNumber != number { differing.append("身份证号 \(number)") }
            guard !differing.isEmpty else { continue }
            try ElderEvent(elderID: row["id"], at: now, operatorName: "数据迁移", action: "并入居民名册",
                           note: "本模块原记录的\(differing.joined(separator: "、"))与居民名册 \(person.code) 不同，以名册为准").insert(db)
        }
    }
}
