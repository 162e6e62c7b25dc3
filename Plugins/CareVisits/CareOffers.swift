import DeskKit
import Foundation

/// People other modules tell the care register about, through kernel events — never by reading their tables:
/// an elder living alone registered by 老年认证 (``ElderLivesAlone``) is offered to staff (`关爱待登记`) until
/// they add the person (`关爱登记 R12 高`); a death (``ResidentDied``) takes the person off the register; a home
/// certification (``ElderCertifiedAtHome``) counts as a visit.
struct CareOffers {
    let context: ServiceContext

    /// A person offered for the register: only the link and why (`独居`), the name stays in the resident register.
    struct Offer: Codable, Sendable, FetchableRecord, PersistableRecord {
        static let databaseTableName = "careOffers"
        var residentID: Int64
        var living: String
        var source: String
        var offeredAt: Date
    }

    static let migration = ModuleMigration("v2-offers") { db in
        try db.create(table: Offer.databaseTableName) { t in
            t.primaryKey("residentID", .integer).references("residents")
            t.column("living", .text).notNull()
            t.column("source", .text).notNull()
            t.column("offeredAt", .datetime).notNull()
        }
    }

    static var subscriptions: [EventSubscription] {
        [.on(ElderLivesAlone.self) { event, context in try CareOffers(context: context).offer(event) },
         .on(ResidentDied.self) { event, context in try CareOffers(context: context).died(event) },
         .on(ElderCertifiedAtHome.self) { event, context in try CareOffers(context: context).certifiedAtHome(event) }]
    }

    /// The resident register's entry for an event's person: the id the event gives, else the one person of that
    /// name registered at that address.
    func resident(_ id: Int64?, name: String, address: String?) throws -> Int64? {
        if let id { return id }
        guard let address else { return nil }
        let found = try Residents(db: context.db, now: context.now).living(at: context.addresses.read(address))
            .filter { $0.name == name && $0.status == .active }
        return found.count == 1 ? found[0].id : nil
    }

    func offer(_ event: ElderLivesAlone) throws {
        guard let id = try resident(event.resident, name: event.name, address: event.address) else { return }
        if let entry = try CareEntry.fetchOne(context.db, key: id), entry.leftOn == nil { return }   // already visited
        try Offer(residentID: id, living: event.living, source: "老年认证", offeredAt: context.now).save(context.db)
    }

    func died(_ event: ResidentDied) throws {
        guard let id = try resident(event.resident, name: event.name, address: event.address) else { return }
        try context.db.execute(sql: "DELETE FROM careOffers WHERE residentID = ?", arguments: [id])
        guard var entry = try CareEntry.fetchOne(context.db, key: id), entry.leftOn == nil else { return }
        entry.leftOn = event.day
        entry.leftReason = "去世"
        try entry.update(context.db)
        try CareChange(residentID: id, at: context.now, operatorName: context.operatorName, action: "移出 去世（老年认证登记）").insert(context.db)
    }

    func certifiedAtHome(_ event: ElderCertifiedAtHome) throws {
        guard let id = try resident(event.resident, name: event.name, address: event.address), let entry = try CareEntry.fetchOne(context.db, key: id), entry.leftOn == nil else { return }
        var visit = CareVisit(id: nil, residentID: id, day: event.day, visitor: event.worker ?? context.operatorName,
                              findings: "上门认证", followUp: false, followUpCase: nil, caseID: nil, recordedAt: context.now,
                              operatorName: context.operatorName)
        try visit.insert(context.db)
    }

    /// `关爱待登记`: the people offered, with the command that adds each.
    func list() throws -> Reply {
        let residents = Residents(db: context.db, now: context.now)
        let offers = try Offer.order(Column("offeredAt")).fetchAll(context.db)
        let rows = try offers.compactMap { offer -> [String]? in
            guard let person = try residents.resident(offer.residentID), person.status == .active else { return nil }
            return [person.label, person.address ?? "未登记", offer.living, offer.source, "关爱登记 \(person.code) 高/中/低"]
        }
        guard !rows.isEmpty else { return .answer("没有待登记的关爱对象。", module: CareVisits.moduleID) }
        return .answer("其他模块登记的独居、空巢老人，尚未加入关爱名册（共\(rows.count)人）：\n"
                       + context.table(["姓名", "住址", "居住情况", "来源", "加入名册"], rows), module: CareVisits.moduleID)
    }
}
