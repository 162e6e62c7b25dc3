import DeskKit
import Foundation

/// What 老年认证 keeps about a person, for their access and deletion requests (`居民 导出`, `居民 删除`, PIPL arts.
/// 45 and 47). The name, ID number and phones are the register's (exported and erased by the kernel); this module
/// holds the certification record, the household address, the family contact and the change notes.
extension ElderCertification: PersonalDataKeeper {
    public func personalData(of person: PersonReference, in db: Database) throws -> [String] {
        var lines: [String] = []
        for elder in try Self.elders(of: person, in: db) {
            lines.append("老年认证名册：\(elder.sex.chinese)，生于 \(elder.birthDate)，地址 \(elder.address)，"
                         + "养老金 \(Elder.name(of: elder.pensionType, in: Elder.pensionTypes))，"
                         + "居住 \(Elder.name(of: elder.living, in: Elder.livingSituations))，家属联系人 \(elder.familyContact ?? "无")，"
                         + "\(elder.registeredDay) 登记" + (elder.leftOn.map { "，\($0) \(elder.leftReason ?? "注销")" } ?? ""))
            for c in try Certification.filter(Column("elderID") == elder.id!).order(Column("day")).fetchAll(db) {
                lines.append("认证 \(c.day) \(Elder.name(of: c.method, in: Certification.methods))，经办 \(c.certifiedBy)" + (c.note.map { "：\($0)" } ?? ""))
            }
            for e in try ElderEvent.filter(Column("elderID") == elder.id!).order(Column("at")).fetchAll(db) {
                lines.append("修改 \(DeskFormat.timestamp(e.at)) \(e.operatorName) \(e.action) \(e.note)")
            }
            for visit in try Row.fetchAll(db, sql: "SELECT caseID, day FROM elderVisits WHERE elderID = ? ORDER BY day", arguments: [elder.id!]) {
                lines.append("上门认证 \(visit["caseID"] as String) \(visit["day"] as String)")
            }
        }
        return lines
    }

    /// Keeps the certifications' dates and methods and the compound (the community's figures); removes the
    /// address, the family contact, what was noted at certification and the change notes.
    public func erasePersonalData(of person: PersonReference, in db: Database) throws -> Int {
        let ids = try Self.elders(of: person, in: db).map { $0.id! }
        guard !ids.isEmpty else { return 0 }
        let list = ids.map(String.init).joined(separator: ",")
        try db.execute(sql: "UPDATE elders SET address = ?, familyContact = NULL WHERE id IN (\(list))", arguments: [person.placeholder])
        var changed = db.changesCount
        // Someone who asked to be erased leaves the certification lists and reminders that day (the record and
        // its figures stay).
        try db.execute(sql: "UPDATE elders SET leftOn = ?, leftReason = ? WHERE id IN (\(list)) AND leftOn IS NULL",
                       arguments: [person.day.description, Self.erasedReason])
        try db.execute(sql: "UPDATE elderCertifications SET note = NULL WHERE elderID IN (\(list)) AND note IS NOT NULL")
        changed += db.changesCount
        try db.execute(sql: "UPDATE elderEvents SET note = ? WHERE elderID IN (\(list))", arguments: [person.placeholder])
        changed += db.changesCount
        return changed
    }

    /// Why an erased person's elder record left the lists.
    static let erasedReason = "本人要求删除个人信息"

    /// The elder rows linked to the person or to an entry merged into them.
    static func elders(of person: PersonReference, in db: Database) throws -> [Elder] {
        try Elder.filter(person.residentIDs.contains(Column("residentID"))).fetchAll(db)
    }
}
