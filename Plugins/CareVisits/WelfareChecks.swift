import DeskKit
import Foundation

/// An urgent welfare check: a neighbour writes `7栋的王奶奶好几天没见人了，电话也不接`. The kernel recognises the
/// danger (`welfare` in `seeds/desk/emergencies.yaml`), answers with the safety instruction first and hands the
/// line here: a case is opened at once for the grid worker, linked to the person when the care register knows
/// her, and later messages about the same person (`我也好久没看到王奶奶了`) are linked to the same case.
struct WelfareChecks {
    let context: ServiceContext
    let register: CareRegister

    func handle(_ request: ServiceRequest) throws -> Reply {
        let who = request[CareVisits.who]
        let place = request[CareVisits.place]
        let person = try knownPerson(who: who, place: place, text: request.text)
        if let open = try openCheck(person: person, who: who, place: place) {
            var record = try context.cases.link(request, to: open)
            if !record.urgent { record = try context.cases.escalate(open.id, reason: "又有人反映联系不上") }
            return Reply(module: CareVisits.moduleID, status: .duplicate, caseID: record.id,
                         text: "这位老人已有紧急工单 \(record.id)（\(record.status.chinese)），网格员正在查看，已把您的消息记在工单上，谢谢关心。")
        }
        let compound = person?.compound ?? place?.compound
        let grid = compound.flatMap { context.directory.grid(forCompound: $0) }
        let assignee = grid?.worker ?? context.directory.organisation(id: "community-office")?.name
        let home = person?.address.map { context.addresses.read($0) } ?? place
        let named = who ?? person?.name ?? "独居老人"
        let record = try context.cases.open(
            CaseDraft(title: "紧急探视：\(place.map { $0.description + " " } ?? "")\(named)联系不上", category: "安全探视",
                      timeLimit: "emergency", urgent: true, assignee: assignee, address: home,
                      dedupeKey: person.map { "welfare:\($0.code)" } ?? "welfare:\(named)"),
            for: request)
        try CareCase(caseID: record.id, kind: .welfareCheck, residentID: person?.id, who: who).insert(context.db)
        let dispatched = assignee.map { "已派给 \($0)" + (grid.map { "（\($0.name)）" } ?? "") + "，请马上上门查看。" } ?? ""
        guard request.channel != .group else {
            // The group learns that someone is going, never what the register knows about the person.
            return Reply(module: CareVisits.moduleID, status: .created, caseID: record.id,
                         text: "已开紧急工单 \(record.id)，已通知网格员马上上门查看。谢谢您的关心，有消息会告诉您。")
        }
        var text = "已开紧急工单 \(record.id)：\(record.title)。\(dispatched)"
        if let person, let entry = try CareEntry.fetchOne(context.db, key: person.id!) {
            let standing = try register.standing(entry)
            text += "关爱名册：\(person.label)，\(person.address ?? "住址未登记")，\(entry.risk.chinese)，上次探访 "
                + "\(standing.lastVisit?.description ?? "没有")；电话 \(try register.phoneText(person.id!))。办结时写明探访情况，记为一次探访。"
        } else {
            text += "关爱名册中没有认出这位老人；查到后请用 关爱登记 加入名册。"
        }
        return Reply(module: CareVisits.moduleID, status: .created, caseID: record.id, text: text)
    }

    /// The person on the care register the line means: a full name it contains, or a surname with a title
    /// (`王奶奶`) at the building or compound given — only when exactly one person fits.
    func knownPerson(who: String?, place: Address?, text: String) throws -> Resident? {
        let people = try CareEntry.filter(Column("leftOn") == nil).fetchAll(context.db).compactMap {
            try register.residents.resident($0.residentID)
        }.filter { $0.status == .active }
        let byName = people.filter { p in p.name.map { $0.count >= 2 && text.contains($0) } ?? false }
        if byName.count == 1 { return byName[0] }
        guard let surname = who.flatMap({ Self.surname(of: $0) }) else { return nil }
        let fitting = people.filter { p in
            guard p.name?.first == surname else { return false }
            let home = p.address.map { context.addresses.read($0) }
            if let compound = place?.compound, let theirs = p.compound, compound != theirs { return false }
            if let building = place?.building, let theirs = home?.building, building != theirs { return false }
            return true
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// The open welfare check about the same person: by the register's person, else by the same name at a
    /// compatible place.
    func openCheck(person: Resident?, who: String?, place: Address?) throws -> CaseRecord? {
        let open = try CaseRecord.fetchAll(context.db, sql: """
            SELECT c.* FROM cases c JOIN careCases k ON k.caseID = c.id
            WHERE k.kind = ? AND c.status IN \(CaseStatus.openSQL) ORDER BY c.createdAt
            """, arguments: [CareCase.Kind.welfareCheck.rawValue])
        for record in open {
            guard let check = try CareCase.fetchOne(context.db, key: record.id) else { continue }
            if let person, check.residentID == person.id { return record }
            guard check.residentID == nil || person == nil, let who, check.who == who else { continue }
            if let compound = place?.compound, let theirs = record.compound, compound != theirs { continue }
            return record
        }
        return nil
    }

    /// The surname of `王奶奶`, `王秀英`.
    static func surname(of who: String) -> Character? {
        guard let first = who.first, surnames.contains(first) else { return nil }
        return first
    }

    /// Who a line is about: `王奶奶`, `李爹爹`, `独居的刘婆婆` — a surname followed by a title; nil when it names no one.
    static func who(in text: String) -> String? {
        guard let found = titlePattern.firstGroups(in: text)?.groups, let surname = found[0], let title = found[1],
              let first = surname.first, surnames.contains(first) else { return nil }
        return surname + title
    }

    static let titlePattern = TextPattern(#"(\p{Han})(奶奶|婆婆|爷爷|爹爹|嗲嗲|阿姨|大爷|大妈|太婆|老太|老爷子|婆|爹|伯伯|叔叔)"#)

    /// The commonest surnames, so that `的奶奶` or `楼上婆婆` are not read as names.
    static let surnames = Set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柯喻詹聂胡易")
}
