import DeskKit
import Foundation

/// Recording a visit (`探访 王秀英 11月27日 血压偏高 需跟进`): who went, when, what they found — kept internal,
/// never posted to a group — and, when someone must follow up, a case for the grid worker. A visit closes the
/// person's open visit case (a due visit or a welfare check), so the schedule and the cases agree.
struct VisitLog {
    let context: ServiceContext
    let register: CareRegister

    static let usage = "探访 姓名或R编号 [日期] [探访人 姓名] 情况 [需跟进]，例如 探访 王秀英 精神不错，冰箱空了 需跟进"

    /// Words that say someone must follow up what the visit found.
    static let followUpWords = ["需跟进", "要跟进", "需要跟进", "待跟进", "请跟进", "需要帮助", "要帮忙", "需帮忙", "需要帮忙"]

    func record(_ request: ServiceRequest) throws -> Reply {
        let text = try request.value(CareVisits.text)
        let (entry, person) = try register.find(text)
        let day = try visitDay(in: text)
        let visitor = Self.visitor(in: text, directory: context.directory) ?? context.operatorName
        let followUp = Self.followUpWords.contains { text.contains($0) }
        let findings = Self.findings(in: text, name: person.name, code: person.code, visitor: visitor)
        var visit = CareVisit(id: nil, residentID: entry.residentID, day: day, visitor: visitor, findings: findings,
                              followUp: followUp, followUpCase: nil, caseID: nil, recordedAt: context.now,
                              operatorName: context.operatorName)
        var lines = ["已记录 \(day.chinese) \(visitor) 探访 \(person.label)。"]
        let open = try openVisitCase(entry.residentID)
        visit.caseID = open?.id
        if followUp {
            let record = try openFollowUp(person, findings: findings, for: request)
            visit.followUpCase = record.id
            lines.append("需要跟进：已开工单 \(record.id) 派给 \(record.assignee ?? "社区居委会")。")
        }
        // The visit is written before its case is closed, so that closing does not record it a second time.
        try visit.insert(context.db)
        if let open {
            _ = try context.cases.close(open.id, note: "已探访：\(findings ?? "未写情况")")
            lines.insert("工单 \(open.id) 已办结。", at: 1)
        }
        let next = VisitStanding(entry: entry, lastVisit: try register.lastVisit(entry.residentID)?.day, intervals: register.intervals)
        lines.append("下次探访 \(next.due)（\(next.chinese(today: context.today))）。")
        return Reply(module: CareVisits.moduleID, status: followUp ? .created : .answered, caseID: visit.followUpCase,
                     text: lines.joined())
    }

    /// The day written in the line, today when none; a day still to come is refused.
    func visitDay(in text: String) throws -> CalendarDay {
        switch DateParser.find(in: text, today: context.today) {
        case nil: return context.today
        case .failure(let error)?: throw DeskError("invalid-date", "探访日期：\(error.description)")
        case .success(let value)?:
            guard value.day <= context.today else {
                throw DeskError("invalid-date", "探访日期 \(value.day) 还没到：只能记录已经做过的探访")
            }
            return value.day
        }
    }

    /// The open case that this visit answers: a welfare check or a due visit for the person, oldest first.
    func openVisitCase(_ residentID: Int64) throws -> CaseRecord? {
        try CaseRecord.fetchOne(context.db, sql: """
            SELECT c.* FROM cases c JOIN careCases w ON w.caseID = c.id
            WHERE w.residentID = ? AND c.status IN \(CaseStatus.openSQL) ORDER BY c.createdAt LIMIT 1
            """, arguments: [residentID])
    }

    /// A case for the grid worker of the person's compound (or the community office), with what was found as an
    /// internal note.
    func openFollowUp(_ person: Resident, findings: String?, for request: ServiceRequest) throws -> CaseRecord {
        let address = person.address.map { context.addresses.read($0) }
        let worker = person.compound.flatMap { context.directory.grid(forCompound: $0) }?.worker
            ?? context.directory.organisation(id: "community-office")?.name
        let record = try context.cases.open(
            CaseDraft(title: "关爱跟进：\(person.label)", category: "关爱跟进", timeLimit: "general", assignee: worker,
                      address: address, dedupeKey: "care-followup:\(person.code)", details: nil),
            for: request)
        if let findings { _ = try context.cases.note(record.id, "探访发现：\(findings)") }
        return record
    }

    /// A visit case closed by anyone records the visit, unless `探访 …` recorded it already; reopened, the visit
    /// it recorded is taken back (the case was closed by mistake).
    func caseChanged(_ change: CaseChange) throws {
        let id = change.record.id
        guard let link = try CareCase.fetchOne(context.db, key: id), let residentID = link.residentID else { return }
        switch change.kind {
        case .closed:
            guard try CareVisit.filter(Column("caseID") == id).fetchCount(context.db) == 0 else { return }
            var visit = CareVisit(id: nil, residentID: residentID, day: context.today,
                                  visitor: change.record.assignee ?? change.operatorName, findings: change.note, followUp: false,
                                  followUpCase: nil, caseID: id, recordedAt: context.now, operatorName: change.operatorName)
            try visit.insert(context.db)
        case .reopened:
            try context.db.execute(sql: "DELETE FROM careVisits WHERE caseID = ? AND followUpCase IS NULL", arguments: [id])
        default:
            break
        }
    }

    /// `探访人 李网格`, or a grid worker the line names.
    static func visitor(in text: String, directory: CommunityDirectory) -> String? {
        if let named = visitorPattern.firstGroups(in: text)?.groups[0] { return named }
        return directory.grids.first { text.contains($0.worker) }?.worker
    }

    static let visitorPattern = TextPattern(#"(?:探访人|走访人|上门人)[:：]?\s*(\p{Han}{2,4})"#)

    /// What was found: the line without the person, the date and the visitor.
    static func findings(in text: String, name: String?, code: String, visitor: String) -> String? {
        var rest = text
        for word in [code, name].compactMap({ $0 }) where !word.isEmpty {
            if let r = rest.range(of: word) { rest.removeSubrange(r); break }
        }
        rest = visitorPattern.replacing(in: rest, with: "")
        rest = datePattern.replacing(in: rest, with: "")
        let trimmed = rest.trimmingCharacters(in: CharacterSet(charactersIn: " ，,。；;"))
        return trimmed.isEmpty ? nil : trimmed
    }

    static let datePattern = TextPattern(#"(?:\d{4}[-年/.])?\d{1,2}[-月/.]\d{1,2}[日号]?|今天|昨天|前天"#)
}
