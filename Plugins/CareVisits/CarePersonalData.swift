import DeskKit
import Foundation

/// What 微关爱 keeps about a person, for their access and deletion requests (`居民 导出`, `居民 删除`, PIPL arts. 45
/// and 47): the register entry, the visits with what was found (health information), the welfare checks.
extension CareVisits: PersonalDataKeeper {
    public func personalData(of person: PersonReference, in db: Database) throws -> [String] {
        // The person's own id and those merged into it (`居民 合并`).
        let ids = person.residentIDs
        var lines: [String] = []
        for entry in try CareEntry.filter(ids.contains(Column("residentID"))).fetchAll(db) {
            lines.append("关爱名册：\(entry.risk.chinese)，\(entry.since) 由 \(entry.addedBy) 登记"
                         + (entry.leftOn.map { "，\($0) 移出（\(entry.leftReason ?? "")）" } ?? ""))
        }
        for visit in try CareVisit.filter(ids.contains(Column("residentID"))).order(Column("day")).fetchAll(db) {
            lines.append("探访 \(visit.day) \(visit.visitor)：\(visit.findings ?? "未写情况")" + (visit.followUpCase.map { "（跟进 \($0)）" } ?? ""))
        }
        for check in try CareCase.filter(ids.contains(Column("residentID"))).fetchAll(db) {
            lines.append("\(check.kind == .welfareCheck ? "紧急探视" : "定期探访")工单 \(check.caseID)")
        }
        if try CareOffers.Offer.filter(ids.contains(Column("residentID"))).fetchCount(db) > 0 { lines.append("待加入关爱名册（老年认证转来）") }
        return lines
    }

    /// Keeps the dates and counts of visits (the community's figures) and removes what they found, how the
    /// person was called in welfare checks, and a pending offer.
    public func erasePersonalData(of person: PersonReference, in db: Database) throws -> Int {
        let ids = person.residentIDs.map(String.init).joined(separator: ",")
        try db.execute(sql: "UPDATE careVisits SET findings = NULL WHERE residentID IN (\(ids)) AND findings IS NOT NULL")
        var changed = db.changesCount
        try db.execute(sql: "UPDATE careCases SET who = NULL WHERE residentID IN (\(ids)) AND who IS NOT NULL")
        changed += db.changesCount
        try db.execute(sql: "DELETE FROM careOffers WHERE residentID IN (\(ids))")
        changed += db.changesCount
        return changed
    }
}
