import Foundation

/// A person's rights under the Personal Information Protection Law: to see everything stored about them
/// (art. 45) and to have it deleted (art. 47). Deletion here is anonymisation: the person's name, numbers,
/// address, notes and the free text of their cases are replaced, while each case's figures (module, status,
/// dates, time limit, rating) and the audit trail stay, so the community's statistics do not change.
extension Residents {
    /// The cases linked to the person: by the register link, or by one of their phone numbers.
    func cases(of id: Int64) throws -> [CaseRecord] {
        try CaseRecord.fetchAll(db, sql: """
            SELECT * FROM cases WHERE residentID = ?
               OR requesterPhone IN (SELECT digits FROM residentPhones WHERE residentID = ?)
               OR callbackPhone IN (SELECT digits FROM residentPhones WHERE residentID = ?)
            ORDER BY createdAt
            """, arguments: [id, id, id])
    }

    /// Everything stored about the person, whole, as text for the person (an access request).
    func export(_ id: Int64) throws -> String {
        guard let person = try resident(id) else { throw DeskError("unknown-resident", "名册中没有居民 R\(id)") }
        var lines = ["居民 \(person.code) 的全部个人信息（\(DeskFormat.timestamp(now)) 导出）",
                     "姓名：\(person.name ?? "未留")",
                     "状态：\(person.status.chinese)",
                     "身份证号：\(person.idNumber ?? "未留")",
                     "地址：\(person.address ?? "未留")",
                     "备注（照护情况）：\(person.notes ?? "无")",
                     "登记时间：\(DeskFormat.timestamp(person.createdAt))，最后修改：\(DeskFormat.timestamp(person.updatedAt))"]
        let phones = try phones(of: id)
        lines.append("电话：" + (phones.isEmpty ? "无" : phones.map { $0.digits + ($0.label.map { "（\($0)）" } ?? "") }.joined(separator: "、")))
        let household = try household(of: person)
        if !household.isEmpty { lines.append("同户：" + household.map(\.label).joined(separator: "、")) }
        let cases = try cases(of: id)
        lines.append("工单（\(cases.count) 件）：")
        for c in cases {
            lines.append("  \(c.id) \(c.title) · \(c.status.chinese) · 受理 \(DeskFormat.timestamp(c.createdAt))"
                         + (c.callbackPhone.map { " · 回访电话 \($0)" } ?? "") + (c.address.map { " · \($0)" } ?? ""))
            let events = try CaseEvent.filter(Column("caseID") == c.id).order(Column("id")).fetchAll(db)
            for e in events {
                lines.append("    \(DeskFormat.timestamp(e.at)) \(e.operatorName) \(e.kind.chinese)" + (e.note.map { "：\($0)" } ?? ""))
            }
        }
        let log = try AccessRecord.filter(Column("residentID") == id).order(Column("id")).fetchAll(db)
        lines.append("谁查看或处理过这些信息（\(log.count) 次）：")
        for entry in log {
            lines.append("  \(DeskFormat.timestamp(entry.at)) \(entry.operatorName)（\(entry.role)）\(entry.action.chinese)"
                         + (entry.caseID.map { " \($0)" } ?? "") + (entry.reason.map { "：\($0)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// Replaces the person's name, numbers, address and notes, and the free text of their cases; returns how
    /// many cases were touched.
    func anonymise(_ id: Int64) throws -> (Resident, Int) {
        guard var person = try resident(id), person.status != .anonymised else {
            throw DeskError("unknown-resident", "名册中没有可删除的居民 R\(id)")
        }
        let name = person.name
        let phones = try phones(of: id).map(\.digits)
        let cases = try cases(of: id)
        let placeholder = "已删除居民\(person.code)"   // as in ``PersonReference/placeholder``
        // The search rows a batch still holds are scrubbed with the rest.
        try DeskStore.writeHeldSearchRows(db)
        for var c in cases {
            c.title = Self.scrub(c.title, name: name, with: placeholder)
            c.requesterName = nil
            c.requesterPhone = nil
            c.requesterSender = nil
            c.callbackPhone = nil
            c.fields = [:]
            if c.address != nil && c.address == person.address { c.address = nil }
            c.residentID = id
            try c.update(db)
            let events = try CaseEvent.filter(Column("caseID") == c.id).fetchAll(db)
            for var e in events where e.note != nil {
                let scrubbed = Self.scrub(e.note!, name: name, with: placeholder)
                if let old = e.note, scrubbed != old {
                    e.note = scrubbed
                    try e.update(db)
                    try db.execute(sql: "UPDATE eventSearch SET body = ? WHERE caseID = ? AND body = ?", arguments: [scrubbed, c.id, old])
                }
            }
            try reindexWithoutDetails(c)
            // Notices not yet posted no longer @-mention the person.
            try db.execute(sql: "UPDATE outbox SET mentions = '[]' WHERE caseID = ? AND sentAt IS NULL", arguments: [c.id])
        }
        if let name, name.count >= 2,
           try Resident.filter(Column("name") == name && Column("id") != id && Column("status") != Resident.Status.anonymised.rawValue).fetchCount(db) == 0 {
            // Cases someone else opened about them (a daughter's `帮我妈约个上门认证 她叫王淑珍`): their name in the
            // title, the fields and the notes. Only when no one else in the register has the name, so a namesake keeps theirs.
            let own = Set(cases.map(\.id))
            for var c in try CaseRecord.filter(sql: "instr(title, ?) > 0", arguments: [name]).fetchAll(db) where !own.contains(c.id) {
                c.title = Self.scrub(c.title, name: name, with: placeholder)
                try c.update(db)
                // The answers given for the request's fields (`她叫王淑珍`), kept as JSON text.
                try db.execute(sql: "UPDATE cases SET fields = replace(fields, ?, ?) WHERE id = ?", arguments: [name, placeholder, c.id])
                try reindexWithoutDetails(c)
            }
            try db.execute(sql: "UPDATE eventSearch SET body = replace(body, ?, ?) WHERE instr(body, ?) > 0", arguments: [name, placeholder, name])
            try db.execute(sql: "UPDATE caseEvents SET note = replace(note, ?, ?) WHERE instr(note, ?) > 0", arguments: [name, placeholder, name])
        }
        if let name, name.count >= 2 {
            // The audit copy of community events about them (an elder living alone, a death) names them.
            let ids = ([id] + (try mergedInto(id))).map(String.init).joined(separator: ",")
            try db.execute(sql: """
                UPDATE domainEvents SET summary = replace(summary, ?, ?), payload = replace(payload, ?, ?)
                WHERE json_valid(payload) AND json_extract(payload, '$.resident') IN (\(ids))
                """, arguments: [name, placeholder, name, placeholder])
            if let address = person.address, !address.isEmpty {
                // …and their address (`空巢老人：…（水印桃源 7栋2单元101室）`).
                try db.execute(sql: """
                    UPDATE domainEvents SET summary = replace(summary, ?, '地址已删除'), payload = replace(payload, ?, '地址已删除')
                    WHERE json_valid(payload) AND json_extract(payload, '$.resident') IN (\(ids))
                    """, arguments: [address, address])
            }
        }
        if !phones.isEmpty {
            try db.execute(sql: """
                UPDATE caseReporters SET name = NULL, phone = NULL, sender = NULL
                WHERE phone IN (\(phones.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments(phones))
        }
        for digits in phones {
            // A request of theirs still waiting for an answer holds their words: drop it.
            try db.execute(sql: "DELETE FROM conversations WHERE instr(state, ?) > 0", arguments: [digits])
        }
        try db.execute(sql: "DELETE FROM residentPhones WHERE residentID = ?", arguments: [id])
        person.name = placeholder
        person.idNumber = nil
        person.address = nil
        person.householdID = nil
        person.notes = nil
        person.status = .anonymised
        person.updatedAt = now
        try person.update(db)
        return (person, cases.count)
    }

    /// The case's search text from its (scrubbed) title and category only: the free text that may name the
    /// person is left out.
    private func reindexWithoutDetails(_ c: CaseRecord) throws {
        try db.execute(sql: "UPDATE caseSearch SET body = ? WHERE caseID = ?", arguments: [[c.title, c.category ?? ""].joined(separator: " "), c.id])
    }

    private static func scrub(_ text: String, name: String?, with placeholder: String) -> String {
        guard let name, name.count >= 2 else { return text }
        return text.replacingOccurrences(of: name, with: placeholder)
    }
}
