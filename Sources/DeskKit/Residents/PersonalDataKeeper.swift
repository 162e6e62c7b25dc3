/// A module that keeps personal data in its own tables (an elder register, club members, volunteers) adopts
/// this so that a person's access and deletion requests (`居民 导出`, `居民 删除`, PIPL arts. 45 and 47) cover those
/// tables too. The kernel calls it in the transaction of the request, with the person as the register knows them.
///
/// A module's records keep only the register's id (names and numbers are the register's, erased by the kernel),
/// so a keeper lists its records and removes the free text it holds about the person:
///
/// ```swift
/// extension ClubModule: PersonalDataKeeper {
///     func personalData(of person: PersonReference, in db: Database) throws -> [String] {
///         try Member.filter(person.residentIDs.contains(Column("residentID"))).fetchAll(db).map { "会员，\($0.joinedOn) 入会" }
///     }
///     func erasePersonalData(of person: PersonReference, in db: Database) throws -> Int {
///         try db.execute(sql: "UPDATE clubNotes SET text = ? WHERE residentID IN …", arguments: [person.placeholder, …])
///         return db.changesCount
///     }
/// }
/// ```
public protocol PersonalDataKeeper {
    /// Everything the module stores about `person`, whole, one line each.
    func personalData(of person: PersonReference, in db: Database) throws -> [String]
    /// Replaces or removes `person`'s data in the module's tables (keep figures the community reports on, such
    /// as amounts and dates); returns how many records changed.
    func erasePersonalData(of person: PersonReference, in db: Database) throws -> Int
}

/// A person as the register knows them, for a module to find its own records.
public struct PersonReference: Sendable, Equatable {
    public var residentID: Int64
    /// ``residentID`` and the entries merged into it (`居民 合并`): a module's records may link to any of them.
    public var residentIDs: [Int64]
    public var name: String?
    /// Digits only, whole.
    public var phones: [String]
    public var idNumber: String?
    /// What to write instead of the name when erasing (`已删除居民R12`).
    public var placeholder: String
    /// The day of the request (Asia/Shanghai): an erasure may end the person's place on a working list that day.
    public var day: CalendarDay
}

extension Residents {
    /// The person `id` as modules see them.
    func reference(_ id: Int64) throws -> PersonReference {
        guard let person = try resident(id) else { throw DeskError("unknown-resident", "名册中没有居民 R\(id)") }
        return PersonReference(residentID: id, residentIDs: [id] + (try mergedInto(id)), name: person.name, phones: try phones(of: id).map(\.digits),
                               idNumber: person.idNumber, placeholder: "已删除居民\(person.code)", day: CalendarDay(now))
    }
}
