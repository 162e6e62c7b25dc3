import DeskKit
import Foundation

/// `探访名单`: who is due for a visit and who is overdue, soonest first, in a table whose columns line up
/// (numbers masked). `探访名单 超期` lists only the overdue, `探访名单 14` the next 14 days, `探访名单 水印桃源`
/// one compound.
struct DueList {
    let context: ServiceContext
    let register: CareRegister

    static let usage = "探访名单 [超期 | 天数 | 小区]，例如 探访名单、探访名单 超期、探访名单 14、探访名单 水印桃源"

    /// A person due within the window.
    struct Row {
        var entry: CareEntry
        var person: Resident
        var standing: VisitStanding
    }

    /// Everyone on the register whose next visit falls on or before `until`, soonest first.
    func due(until: CalendarDay, compound: String? = nil) throws -> [Row] {
        try CareEntry.filter(Column("leftOn") == nil).fetchAll(context.db).compactMap { entry -> Row? in
            guard let person = try register.residents.resident(entry.residentID), person.status == .active else { return nil }
            if let compound, person.compound != compound { return nil }
            let standing = try register.standing(entry)
            return standing.due <= until ? Row(entry: entry, person: person, standing: standing) : nil
        }.sorted { ($0.standing.due, $0.person.id ?? 0) < ($1.standing.due, $1.person.id ?? 0) }
    }

    func list(_ filter: String) throws -> Reply {
        let words = filter.split(separator: " ").map(String.init)
        var days = 7
        var overdueOnly = false
        var compound: CommunityDirectory.Compound?
        for word in words {
            if ["超期", "逾期", "overdue", "过期"].contains(word) {
                overdueOnly = true
            } else if let n = Int(word.filter(\.isNumber)), word.allSatisfy({ $0.isNumber || $0 == "天" }) {
                guard (0...366).contains(n) else { throw DeskError("invalid-argument", "天数要在0到366之间：\(word)") }
                days = n
            } else if let found = context.directory.compounds.first(where: { c in c.allNames.contains(word) }) {
                compound = found
            } else {
                throw DeskError("invalid-argument", "看不懂「\(Masking.redact(word))」。\(Self.usage)")
            }
        }
        let today = context.today
        let until = overdueOnly ? today.adding(days: -1) : today.adding(days: days)
        let rows = try due(until: until, compound: compound?.id)
        let scope = (compound.map { $0.name + " " } ?? "") + (overdueOnly ? "超期未探访" : "\(days)天内应探访和超期")
        guard !rows.isEmpty else { return .answer("\(scope)：没有。", module: CareVisits.moduleID) }
        let table = context.table(["应访日期", "情况", "姓名", "风险", "住址", "电话", "上次探访"], try rows.map { row in
            [row.standing.due.description, row.standing.chinese(today: today), row.person.label, row.entry.risk.chinese,
             row.person.address ?? "未登记", try firstPhone(row.person.id!), row.standing.lastVisit?.description ?? "未探访"]
        })
        let overdue = rows.filter { $0.standing.isOverdue(today: today) }.count
        return .answer("\(scope)（共\(rows.count)人，其中超期\(overdue)人）：\n\(table)", module: CareVisits.moduleID)
    }

    private func firstPhone(_ id: Int64) throws -> String {
        try register.residents.phones(of: id).first.map { Masking.phone($0.digits) } ?? "未登记"
    }
}
