import DeskKit
import Foundation

/// What 老年认证 does on its own: the monthly certification reminders (a job), its settings, and what it does
/// when one of its home-visit cases is closed by whoever closes it (the case event).
extension ElderCertification {
    /// How many days ahead the reminders (and `认证提醒` without a number) look.
    static let remindDays = Setting("提醒天数", default: Days(30), summary: "认证提醒包括多少天内到期的老人（及已超期的）",
                                    range: Days(1)...Days(366))

    public var settings: [any SettingDeclaration] { [Self.remindDays] }

    /// 每月1日 09:00: the certification reminders for every compound group, in the outbox (what `认证提醒` does).
    public var jobs: [ScheduledJob] {
        [ScheduledJob(id: "cert-remind", name: "认证提醒", schedule: .monthly(day: 1, at: TimeOfDay(9))) { job in
            try CertificationDesk(context: job.service).remind(days: job.settings[Self.remindDays].count).text
        }]
    }

    /// A home-visit case closed with the certification done (`办结 RZ-0003 已认证`, typed as a kernel command, or
    /// `上门结果 RZ-0003 已认证`): the certification is recorded once, and the community is told
    /// (``ElderCertifiedAtHome``). Kernel 办结 used to skip this (report defect 24).
    public func caseChanged(_ change: CaseChange, in context: ServiceContext) throws {
        guard change.kind == .closed, let note = change.note, CertificationDesk.saysCertified(note),
              let visit = try Row.fetchOne(context.db, sql: "SELECT elderID, worker FROM elderVisits WHERE caseID = ?",
                                           arguments: [change.record.id]) else { return }
        let elderID: Int64 = visit["elderID"]
        let worker: String? = visit["worker"]
        let recorded = try Bool.fetchOne(context.db, sql: """
            SELECT EXISTS(SELECT 1 FROM elderCertifications WHERE elderID = ? AND day = ? AND method = 'home')
            """, arguments: [elderID, context.today.description]) ?? false
        if !recorded {
            try Certification(elderID: elderID, day: context.today, method: "home", certifiedBy: worker ?? context.operatorName,
                              note: note, recordedAt: context.now, operatorName: context.operatorName).insert(context.db)
        }
        if let elder = try Elder.fetchOne(context.db, key: elderID).map({ try ElderPeople.load($0, in: context.residents) }) {
            try context.events.publish(ElderCertifiedAtHome(resident: elder.residentID, name: elder.name, address: elder.address,
                                                            day: context.today, worker: worker))
        }
    }
}
