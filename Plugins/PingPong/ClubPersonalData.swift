import DeskKit
import Foundation

/// What the club keeps about a person, for their access and deletion requests (`居民 导出`, `居民 删除`, PIPL arts.
/// 45 and 47). The name and phone are the register's (exported and erased by the kernel); the club holds the
/// membership, its address, payments and claims.
extension PingPong: PersonalDataKeeper {
    public func personalData(of person: PersonReference, in db: Database) throws -> [String] {
        var lines: [String] = []
        for member in try Self.members(of: person, in: db) {
            lines.append("乒乓球室会员：\(member.joinedOn) 入会，\(member.statusChinese)" + (member.address.map { "，地址 \($0)" } ?? ""))
            for p in try Payment.filter(Column("memberID") == member.id!).order(Column("id")).fetchAll(db) {
                lines.append("会费 \(p.label) \(CalendarDay(p.at)) \(Money(fen: p.amountFen).plain) \(PingPong.methodName(p.method))，"
                             + "\(p.periodStart)–\(p.periodEnd)" + (p.reference.map { "，转账单号 \($0)" } ?? "") + (p.reason.map { "（\($0)）" } ?? ""))
            }
            for c in try FeeClaim.filter(Column("memberID") == member.id!).fetchAll(db) {
                lines.append("群里报的会费 \(c.caseID) \(c.paidOn) \(Money(fen: c.amountFen).plain)")
            }
        }
        return lines
    }

    /// Keeps the payments' amounts and dates (the club's accounts must add up); removes the member's address and
    /// the free-text reasons written with their payments and claims.
    public func erasePersonalData(of person: PersonReference, in db: Database) throws -> Int {
        let ids = try Self.members(of: person, in: db).map { $0.id! }
        guard !ids.isEmpty else { return 0 }
        let list = ids.map(String.init).joined(separator: ",")
        try db.execute(sql: "UPDATE pingpongMembers SET address = NULL WHERE id IN (\(list))")
        var changed = db.changesCount
        try db.execute(sql: "UPDATE pingpongPayments SET reason = NULL WHERE memberID IN (\(list)) AND reason IS NOT NULL")
        changed += db.changesCount
        try db.execute(sql: "UPDATE pingpongClaims SET reason = NULL WHERE memberID IN (\(list)) AND reason IS NOT NULL")
        changed += db.changesCount
        return changed
    }

    /// The memberships linked to the person or to an entry merged into them.
    static func members(of person: PersonReference, in db: Database) throws -> [Member] {
        try Member.filter(person.residentIDs.contains(Column("residentID"))).fetchAll(db)
    }
}
