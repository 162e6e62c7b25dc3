import DeskKit
import Foundation

/// The daily job (`每天 08:00`): a case for each visit due today or overdue, for the grid worker of the person's
/// compound, unless the person already has an open visit case or welfare check. Recording the visit (`探访 …`)
/// or closing the case (`办结 GA-0004 …`) records the visit and moves the schedule.
struct DueVisitCases {
    let context: ServiceContext
    let register: CareRegister

    static let job = ScheduledJob(id: "due-visits", name: "到期探访", schedule: .daily(at: TimeOfDay(8, 0))) { job in
        let register = CareRegister(context: job.service, intervals: VisitIntervals(job.service.settings))
        return try DueVisitCases(context: job.service, register: register).open(for: job.period.lastDay)
    }

    /// Opens the cases for `day`; returns the line for staff.
    func open(for day: CalendarDay) throws -> String {
        guard let service = CareVisits().services.first(where: { $0.code == CareVisits.visitRecord.rawValue }) else {
            throw DeskError("internal", "微关爱缺少探访服务")
        }
        let due = try DueList(context: context, register: register).due(until: day)
        var opened: [String] = []
        let visits = VisitLog(context: context, register: register)
        for row in due {
            guard try visits.openVisitCase(row.entry.residentID) == nil else { continue }
            let person = row.person
            let grid = person.compound.flatMap(context.directory.grid(forCompound:))
            let request = ServiceRequest(service: service, fields: [:], text: "", requester: Requester(),
                                         channel: .desk, time: context.now, operatorName: context.operatorName)
            let overdue = row.standing.isOverdue(today: day) ? "，" + row.standing.chinese(today: day) : ""
            let record = try context.cases.open(
                CaseDraft(title: "定期探访：\(person.label)（\(row.entry.risk.chinese)\(overdue)）", category: "定期探访",
                          timeLimit: nil, assignee: grid?.worker ?? context.directory.organisation(id: "community-office")?.name,
                          address: person.address.map(context.addresses.read), dedupeKey: "care-visit:\(person.code)",
                          deadline: day.date(hour: 20)),
                for: request)
            try CareCase(caseID: record.id, kind: .dueVisit, residentID: person.id, who: nil).insert(context.db)
            opened.append(record.id)
        }
        guard let first = opened.first else { return "\(day.chinese)没有到期的探访" }
        return "已为 \(opened.count) 位老人开探访工单 " + (opened.count == 1 ? first : "\(first)…\(opened.last!)")
    }
}
