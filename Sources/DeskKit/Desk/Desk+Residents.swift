import Foundation

/// The kernel's commands on the resident register: look up, register, correct, merge, close, link a callback
/// number, export and delete a person's data; the audited reveal of a whole number; the access log.
/// Each use of a person's data is written to the access log in the same transaction as the use.
extension Desk {
    /// `居民 …`.
    func resident(_ args: String, message: Message) throws -> Reply {
        try requireDesk(message)
        let access = access(for: message)
        let now = message.time ?? clock.now
        var words = args.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first else { throw DeskError("missing-argument", "请写出要查的居民：\(KernelCommand.resident.usage)") }
        words.removeFirst()
        switch verb {
        case "登记", "新增":
            return try registerResident(words, access: access, now: now)
        case "修改", "更正":
            try access.require(.correctRegister)
            guard words.count >= 3, let id = Residents.code(words[0]), let field = ResidentField(words: words[1]) else {
                throw DeskError("missing-argument", "用法：居民 修改 R编号 姓名|电话|删电话|身份证|地址|备注 新值")
            }
            let value = words.dropFirst(2).joined(separator: " ")
            let person = try store.write { db in
                let person = try Residents(db: db, now: now).correct(id, field: field, value: value, addresses: addresses, today: CalendarDay(now))
                try AccessLog(db: db, access: access, now: now).record(.correct, resident: id, reason: words[1])
                return person
            }
            return Reply(status: .updated, text: "已修改 \(person.label) 的\(words[1])。")
        case "合并":
            try access.require(.correctRegister)
            guard words.count == 2, let kept = Residents.code(words[0]), let dropped = Residents.code(words[1]) else {
                throw DeskError("missing-argument", "用法：居民 合并 R保留 R并入（后者的电话和工单归到前者）")
            }
            let person = try store.write { db in
                let person = try Residents(db: db, now: now).merge(dropped, into: kept)
                let log = AccessLog(db: db, access: access, now: now)
                try log.record(.merge, resident: kept, reason: "并入 R\(dropped)")
                try log.record(.merge, resident: dropped, reason: "并入 R\(kept)")
                return person
            }
            return Reply(status: .updated, text: "已把 R\(dropped) 合并到 \(person.label)。")
        case "注销":
            try access.require(.correctRegister)
            guard words.count >= 2, let id = Residents.code(words[0]) else { throw DeskError("missing-argument", "用法：居民 注销 R编号 原因（迁出、去世…）") }
            let reason = words.dropFirst().joined(separator: " ")
            let person = try store.write { db in
                let person = try Residents(db: db, now: now).close(id)
                try AccessLog(db: db, access: access, now: now).record(.close, resident: id, reason: reason)
                return person
            }
            return Reply(status: .updated, text: "已注销 \(person.label)：\(reason)。")
        case "关联", "回访电话":
            return try linkCallback(words, message: message, access: access, now: now)
        case "导出":
            try access.require(.exportPersonalData)
            guard let target = words.first else { throw DeskError("missing-argument", "用法：居民 导出 R编号|姓名|电话 [原因]") }
            let reason = words.count > 1 ? words.dropFirst().joined(separator: " ") : "本人申请查阅（个人信息保护法第四十五条）"
            let text = try store.write { db in
                let register = Residents(db: db, now: now)
                let person = try one(target, in: register)
                try AccessLog(db: db, access: access, now: now).record(.export, resident: person.id, reason: reason)
                var lines = [try register.export(person.id!)]
                let reference = try register.reference(person.id!)
                var silent: [String] = []
                for module in registry.modules {
                    guard let keeper = module as? any PersonalDataKeeper else { silent.append(module.name.chinese); continue }
                    let kept = try keeper.personalData(of: reference, in: db)
                    lines.append("【\(module.name.chinese)】" + (kept.isEmpty ? "没有记录" : "\n" + kept.map { "  " + $0 }.joined(separator: "\n")))
                }
                if !silent.isEmpty { lines.append("以下模块未接入名册导出，请在模块中另行查询：\(silent.joined(separator: "、"))") }
                return lines.joined(separator: "\n")
            }
            return Reply(revealing: text)
        case "删除":
            try access.require(.exportPersonalData)
            guard words.count >= 2, let id = Residents.code(words[0]) else {
                throw DeskError("missing-argument", "用法：居民 删除 R编号 原因（先用 居民 姓名 查到编号）")
            }
            let reason = words.dropFirst().joined(separator: " ")
            let (person, cases) = try store.write { db in
                let register = Residents(db: db, now: now)
                let reference = try register.reference(id)
                for case let keeper as any PersonalDataKeeper in registry.modules {
                    _ = try keeper.erasePersonalData(of: reference, in: db)
                }
                let done = try register.anonymise(id)
                try AccessLog(db: db, access: access, now: now).record(.anonymise, resident: id, reason: reason)
                return done
            }
            return Reply(status: .updated, text: "已删除 R\(id) 的个人信息（现为「\(person.name ?? "")」）：姓名、电话、身份证号、地址、备注和 \(cases) 件工单中的个人内容已清除，工单的统计数字和操作记录保留。")
        default:
            return try lookup(args, access: access, now: now)
        }
    }

    /// Exactly one person for `target` (`R12`, a name, a phone), or a refusal listing the candidates.
    private func one(_ target: String, in register: Residents) throws -> Resident {
        let found = try register.lookup(target)
        guard found.count == 1 else {
            if found.isEmpty { throw DeskError("unknown-resident", "名册中没有「\(target)」") }
            throw DeskError("ambiguous-resident", "「\(target)」有 \(found.count) 人：\(found.map(\.label).joined(separator: "、"))，请用 R编号")
        }
        return found[0]
    }

    private func lookup(_ query: String, access: Access, now: Date) throws -> Reply {
        let (found, details) = try store.write { db -> ([Resident], String?) in
            let register = Residents(db: db, now: now)
            let address = addresses.read(query)
            let found = address.building != nil || address.room != nil ? try register.living(at: address) : try register.lookup(query)
            let log = AccessLog(db: db, access: access, now: now)
            for person in found { try log.record(.lookup, resident: person.id) }
            guard found.count == 1 else { return (found, nil) }
            return (found, try describe(found[0], register: register))
        }
        if let details { return .answer(details) }
        guard !found.isEmpty else { return .answer("名册中没有「\(query)」。登记：居民 登记 姓名 电话 [身份证] [地址]") }
        let rows = try store.read { db in
            try found.map { p in
                [p.code, p.name ?? "—", try Residents(db: db, now: now).phones(of: p.id!).first.map { Masking.phone($0.digits) } ?? "—",
                 p.address ?? "—", p.status.chinese]
            }
        }
        return .answer("找到 \(found.count) 人：\n" + TextTable(headers: ["编号", "姓名", "电话", "地址", "状态"], rows: rows).render())
    }

    /// One person, masked: phones, ID, address, notes, household and cases.
    private func describe(_ p: Resident, register: Residents) throws -> String {
        var lines = ["居民 \(p.code)：\(p.name ?? "未留姓名") · \(p.status.chinese)"]
        let phones = try register.phones(of: p.id!)
        if !phones.isEmpty {
            lines.append("电话：" + phones.map { Masking.phone($0.digits) + ($0.label.map { "（\($0)）" } ?? "") }.joined(separator: "、"))
        }
        if let id = p.idNumber { lines.append("身份证号：\(Masking.idNumber(id))") }
        if let address = p.address { lines.append("地址：\(address)") }
        if let notes = p.notes { lines.append("情况：\(notes)") }
        let household = try register.household(of: p)
        if !household.isEmpty { lines.append("同户：" + household.map(\.label).joined(separator: "、")) }
        let cases = try register.cases(of: p.id!)
        if !cases.isEmpty {
            lines.append("工单：" + cases.suffix(10).map { "\($0.id) \($0.status.chinese)" }.joined(separator: "、"))
        }
        lines.append("完整号码：显示号码 \(p.code) 原因（有权限的同事，记入访问记录）")
        return lines.joined(separator: "\n")
    }

    /// `居民 登记 姓名 电话 [身份证] [地址] [独居…]`.
    private func registerResident(_ words: [String], access: Access, now: Date) throws -> Reply {
        var entry = ResidentEntry()
        var rest: [String] = []
        var notes: [String] = []
        for word in words {
            if entry.phone == nil, let phone = try? PhoneNumber(word) {
                entry.phone = phone
            } else if entry.idNumber == nil, let candidate = CitizenID.candidate(in: word) {
                do { entry.idNumber = try CitizenID(candidate, today: CalendarDay(now)) } catch {
                    throw DeskError("invalid-field", "身份证号：\(error.description)")
                }
            } else if Self.careWords.contains(word) || word.hasPrefix("备注") {
                notes.append(word.hasPrefix("备注") ? String(word.dropFirst(2)).trimmingCharacters(in: CharacterSet(charactersIn: "：:")) : word)
            } else {
                rest.append(word)
            }
        }
        if let first = rest.first, addresses.read(first).isEmpty { entry.name = first; rest.removeFirst() }
        if !rest.isEmpty {
            let address = addresses.read(rest.joined(separator: " "))
            guard !address.isEmpty else { throw DeskError("invalid-field", "没有识别出「\(rest.joined(separator: " "))」：请按 居民 登记 姓名 电话 [身份证] [地址] [独居…] 写") }
            entry.address = address
        }
        entry.notes = notes.isEmpty ? nil : notes.joined(separator: "、")
        guard entry.name != nil || entry.phone != nil else { throw DeskError("missing-argument", "用法：居民 登记 姓名 电话 [身份证] [地址] [独居…]") }
        let person = try store.write { db in
            let person = try Residents(db: db, now: now).record(entry)
            try AccessLog(db: db, access: access, now: now).record(.register, resident: person.id)
            return person
        }
        return Reply(status: .updated, text: "已登记居民 \(person.label)" + (entry.phone.map { "，电话 \($0.masked)" } ?? "") + "。")
    }

    /// Vulnerability words kept as the person's care notes.
    static let careWords: Set<String> = ["独居", "卧床", "失能", "半失能", "空巢", "孤寡", "残疾", "低保", "高龄", "行动不便", "失智"]

    /// `居民 关联 工单号 电话 [姓名]`: the number to call back for a case.
    private func linkCallback(_ words: [String], message: Message, access: Access, now: Date) throws -> Reply {
        guard words.count >= 2, let id = Self.caseID(in: words[0]) else {
            throw DeskError("missing-argument", "用法：居民 关联 工单号 电话 [姓名]")
        }
        let phone: PhoneNumber
        do { phone = try PhoneNumber(words[1]) } catch { throw DeskError("invalid-field", error.description) }
        let name = words.count > 2 ? words[2] : nil
        let (record, person) = try store.write { db in
            let book = CaseBook(db: db, operatorName: message.operatorName, now: now, directory: directory, module: nil)
            let linked = try book.setCallback(id, phone: phone, name: name)
            try AccessLog(db: db, access: access, now: now).record(.link, resident: linked.1.id, caseID: id)
            return linked
        }
        return Reply(module: record.module, status: .updated, caseID: record.id,
                     text: "工单 \(record.id) 的回访电话：\(person.label) \(phone.masked)。")
    }

    /// `显示号码 工单号|R编号 原因`: the whole number, to an operator allowed to see it, with the access recorded.
    func reveal(_ args: String, message: Message) throws -> Reply {
        try requireDesk(message)
        let access = access(for: message)
        try access.require(.revealNumbers)
        let words = args.split(separator: " ", maxSplits: 1).map(String.init)
        guard let target = words.first else { throw DeskError("missing-argument", "用法：\(KernelCommand.reveal.usage)") }
        guard Self.caseID(in: target) != nil || target.uppercased().hasPrefix("R") && Int(target.dropFirst()) != nil else {
            // `显示号码 王秀英`: a name is not enough — say how to find the number first, not "add a reason".
            throw DeskError("bad-target", "「\(Masking.redact(target))」不是工单号或居民编号（如 BX-0001、R12）。先用 居民 \(Masking.redact(target)) 查到编号，再：显示号码 R编号 回访")
        }
        guard words.count == 2, !words[1].trimmingSpaces.isEmpty else {
            throw DeskError("missing-reason", "显示完整号码要写明原因（如 回访、上门），会记入访问记录：显示号码 \(target) 回访")
        }
        let reason = words[1].trimmingSpaces
        let now = message.time ?? clock.now
        let text = try store.write { db -> String in
            let register = Residents(db: db, now: now)
            let log = AccessLog(db: db, access: access, now: now)
            if let caseID = Self.caseID(in: target), caseID == target.uppercased() {
                let book = CaseBook(db: db, operatorName: message.operatorName, now: now, directory: directory, module: nil)
                let record = try book.require(caseID)
                guard let phone = record.callbackPhone ?? record.requesterPhone else {
                    throw DeskError("no-callback", "工单 \(caseID) 没有回访电话。记录一个：居民 关联 \(caseID) 电话 [姓名]")
                }
                try log.record(.reveal, resident: record.residentID, caseID: caseID, reason: reason)
                let name = try record.residentID.flatMap(register.resident)?.name ?? record.requesterName
                return "工单 \(caseID) 的回访电话：\([name, phone].compactMap { $0 }.joined(separator: " "))"
                    + "\n（\(access.operatorName) \(DeskFormat.time(now)) 因「\(reason)」查看，已记入访问记录）"
            }
            guard let id = Residents.code(target), let person = try register.resident(id) else {
                throw DeskError("unknown-resident", "「\(target)」不是工单号或居民编号（如 BX-0001、R12）")
            }
            try log.record(.reveal, resident: id, reason: reason)
            let phones = try register.phones(of: id).map { $0.digits + ($0.label.map { "（\($0)）" } ?? "") }
            var lines = ["\(person.label)：电话 \(phones.isEmpty ? "无" : phones.joined(separator: "、"))"]
            if let number = person.idNumber { lines.append("身份证号 \(number)") }
            lines.append("（\(access.operatorName) \(DeskFormat.time(now)) 因「\(reason)」查看，已记入访问记录）")
            return lines.joined(separator: "\n")
        }
        return Reply(revealing: text)
    }

    /// `访问记录 [R编号] [条数]`.
    func accessLog(_ args: String, message: Message) throws -> Reply {
        try requireDesk(message)
        let access = access(for: message)
        try access.require(.readAccessLog)
        var resident: Int64?
        var limit = 50
        for word in args.split(separator: " ").map(String.init) {
            if let id = Residents.code(word) { resident = id } else if let n = Int(word), n > 0 { limit = min(n, 1000) } else {
                throw DeskError("unknown-filter", "用法：\(KernelCommand.accessLog.usage)")
            }
        }
        let entries = try store.read { db in
            try AccessLog(db: db, access: access, now: clock.now).latest(resident: resident, limit: limit)
        }
        guard !entries.isEmpty else { return .answer("访问记录：没有。") }
        let rows = entries.map { e in
            [DeskFormat.timestamp(e.at), e.operatorName, e.role, e.action.chinese, e.residentID.map { "R\($0)" } ?? "—",
             e.caseID ?? "—", e.reason ?? "—"]
        }
        return .answer("访问记录（最近 \(entries.count) 条）：\n"
                       + TextTable(headers: ["时间", "操作人", "角色", "操作", "居民", "工单", "原因"], rows: rows).render())
    }
}
