import DeskKit
import Foundation

/// An elder is a person in the kernel's resident register (docs/privacy.md): the register keeps their phone
/// numbers and ID; `elders` keeps what certification needs and the link (`residentID`). Reached only through
/// ``ServiceContext/residents``.
enum ElderPeople {
    /// Records the elder in the register (found by ID number, else added) with `phone` and `address`, and links them.
    static func link(_ elder: inout Elder, phone: PhoneNumber?, address: Address?, in register: any ResidentRegister,
                     today: CalendarDay) throws {
        let id = try? CitizenID(elder.idNumber, today: today)
        elder.residentID = try person(name: elder.name, id: id, phone: phone, address: address, in: register).id
    }

    /// The person, found by the ID number only — never by the phone: a number shared with a spouse must not link
    /// the elder to the spouse. The phone is then added to that person.
    private static func person(name: String, id: CitizenID?, phone: PhoneNumber?, address: Address?,
                               in register: any ResidentRegister) throws -> Resident {
        guard let id else { return try register.record(ResidentEntry(name: name, phone: phone, address: address)) }
        let person = try register.record(ResidentEntry(name: name, idNumber: id, address: address))
        guard let phone else { return person }
        return try register.record(ResidentEntry(phone: phone, idNumber: id))
    }

    /// The elder's own phone, whole, from the register: the one added last (a correction adds the new number).
    static func phone(of elder: Elder, in register: any ResidentRegister) throws -> String? {
        guard let id = elder.residentID else { return nil }
        return try register.phones(of: id).last { $0.label == nil }?.digits
    }

    /// Links the elders registered before the register existed, moving their phones into it.
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
}
