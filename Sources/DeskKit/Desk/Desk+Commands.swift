import Foundation

/// The kernel's own commands: help, modules, show, list, search, the lifecycle, stats, reminders.
extension Desk {
    func run(_ command: KernelCommand, args: String, message: Message) -> Reply {
        switch KernelPermission.permission(for: command, channel: message.channel) {
        case .full: break
        case .refused: return Reply(status: .ignored, text: "")
        case .publicStatus: return publicStatus(args, message: message)
        }
        do {
            switch command {
            case .help:
                if args.isEmpty { return .answer(helpOverview) }
                if let page = Int(args) { return .answer(try helpPage(page)) }
                return .answer(["全部", "all"].contains(args.lowercased()) ? help : try help(for: args))
            case .modules: return .answer(modulesTable)
            case .show: return try show(args, message: message)
            case .list: return try list(args, now: message.time ?? clock.now)
            case .search: return try search(args)
            case .stats: return try stats(args, now: message.time ?? clock.now)
            case .remind:
                let first = String(args.prefix { $0 != " " })
                guard let id = CaseNumber.normalize(first, prefixes: casePrefixes) else { return try remind(args, now: message.time ?? clock.now) }
                let note = String(args.dropFirst(first.count)).trimmingSpaces
                let record = try store.write { db in try book(db, message).urge(id, note: note.isEmpty ? nil : note) }
                return Reply(module: record.module, status: .updated, caseID: record.id,
                             text: "已催办工单 \(record.id)（\(record.title)），已记入工单记录。负责：\(record.assignee ?? "未派单")"
                                + (record.deadline.map { "，期限 \(DeskFormat.time($0))" + ($0 < (message.time ?? clock.now) ? "（已超期）" : "") } ?? "") + "。")
            case .quit:
                // Only a bare 退出/quit quits: `退出 周强` is about someone leaving (a club), not the desk.
                guard args.isEmpty else { return freeText("退出 " + args, message: message) }
                return Reply(status: .answered, text: "再见！", quit: message.channel == .desk)
            case .resident: return try resident(args, message: message)
            case .reveal: return try reveal(args, message: message)
            case .accessLog: return try accessLog(args, message: message)
            case .settings: return try settings(args, message: message)
            case .jobs: return try jobs(args, message: message)
            case .operators: return try operators(args, message: message)
            case .outbox: return try outbox(args, message: message)
            case .duty:
                // `值班 汉口道2栋门口的路灯不亮 …`: a note written on duty, not a change of operator (its argument is a name).
                guard OperatorName.isMeantAsOne(args) else { return freeText("值班 " + args, message: message) }
                return .answer("换班请在终端提示符上输入「值班 姓名」并输入密码；管道、desk say 和 JSON 模式请用 --operator 姓名 和环境变量 DESK_PIN。")
            case .dispatch:
                let (id, rest) = try caseArgument(args, usage: command.usage)
                let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
                guard let named = parts.first else { throw DeskError("missing-argument", "请写出派给谁：\(command.usage)") }
                let assignee = try unit(named)
                let note = PublicNote(parts.count > 1 ? parts[1] : "")
                return try change(message) {
                    try $0.dispatch(id, to: assignee, note: note.recorded.isEmpty ? nil : note.recorded, publicText: note.publicText)
                }
            case .start:
                let (id, rest) = try caseArgument(args, usage: command.usage)
                return try change(message) { try $0.start(id, note: rest.isEmpty ? nil : rest) }
            case .note:
                let (id, rest) = try caseArgument(args, usage: command.usage)
                guard !rest.isEmpty else { throw DeskError("missing-argument", "请写出备注内容：\(command.usage)") }
                let note = PublicNote(rest)
                let record = try store.write { db in try book(db, message).note(id, note.recorded, publicText: note.publicText) }
                return Reply(module: record.module, status: .updated, caseID: record.id, text: "已添加备注：工单 \(record.id)（\(record.status.chinese)）。")
            case .close:
                let (id, rest) = try caseArgument(args, usage: command.usage)
                let note = PublicNote(rest)
                guard !note.note.isEmpty else { throw DeskError("missing-argument", "办结要写明处理结果（内部记录）：\(command.usage)") }
                try requireOwnOrPermitted(id, message: message)
                return try change(message) { try $0.close(id, note: note.recorded, publicText: note.publicText) }
            case .followUp:
                if !args.isEmpty, CaseNumber.normalize(String(args.prefix { $0 != " " }), prefixes: casePrefixes) == nil {
                    return try followUpByPlace(args, usage: command.usage, message: message)
                }
                let (id, rest) = try caseArgument(args, usage: command.usage)
                // Staff say 满意 / 一般 / 不满意 as often as a score.
                if let said = Self.satisfactionWords.first(where: { rest.hasPrefix($0.word) }) {
                    let comment = rest.dropFirst(said.word.count).trimmingCharacters(in: CharacterSet(charactersIn: " ，,"))
                    return try change(message) { try $0.followUp(id, rating: said.rating, comment: comment.isEmpty ? said.word : "\(said.word)：\(comment)") }
                }
                let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
                guard let first = parts.first, let rating = ChineseNumber.parse(first.trimmingCharacters(in: CharacterSet(charactersIn: "分星"))) else {
                    throw DeskError("missing-argument", "请写出 1–5 的评分，或 满意、基本满意、不满意（也可 非常满意、很不满意）：\(command.usage)")
                }
                return try change(message) { try $0.followUp(id, rating: rating, comment: parts.count > 1 ? parts[1] : nil) }
            case .reopen:
                let (id, rest) = try caseArgument(args, usage: command.usage)
                let note = PublicNote(rest)
                guard !note.note.isEmpty else { throw DeskError("missing-argument", "重办要写明原因：\(command.usage)") }
                return try change(message) { try $0.reopen(id, reason: note.recorded, publicText: note.publicText) }
            case .cancel:
                guard !args.isEmpty else { return .answer("现在没有正在填写的请求。取消工单请写：\(command.usage)") }
                let (id, rest) = try caseArgument(args, usage: command.usage)
                guard !rest.isEmpty else { throw DeskError("missing-argument", "取消工单要写明原因：\(command.usage)") }
                return try change(message) { try $0.cancel(id, reason: rest) }
            }
        } catch let error as DeskError {
            return .failure(error)
        } catch {
            return internalError(error, message: message)
        }
    }

    /// 回访 in words, longest first so that 不满意 is not read as 满意: the 1–5 score each stands for.
    /// rules.md §5 (12345 hotline practice): a dissatisfied follow-up reopens the case — 不满意 and worse are
    /// 1–2, which ``CaseBook/followUp(_:rating:comment:)`` reopens — and the 满意率 of the 三率 counts 满意 and
    /// 基本满意 — 3–5 (``Desk/stats(_:now:)``); 一般 is read as 基本满意.
    static let satisfactionWords: [(word: String, rating: Int)] = [
        ("非常不满意", 1), ("很不满意", 1), ("非常满意", 5), ("很满意", 5), ("基本满意", 3), ("不满意", 2), ("满意", 4), ("一般", 3),
    ]

    /// The case id at the start of `args`, and what follows it.
    private func caseArgument(_ args: String, usage: String) throws -> (String, String) {
        let first = args.prefix { $0 != " " }
        guard let id = CaseNumber.normalize(String(first), prefixes: casePrefixes) else {
            throw DeskError("missing-case-id", "请写出工单号，如 BX-0042。用法：\(usage)")
        }
        return (id, String(args.dropFirst(first.count)).trimmingSpaces)
    }

    /// A unit of the directory written short (`奥园物业` → `奥园物业服务中心`), so that one unit is not counted as
    /// two in 统计; a name that is no unit (a person, `王师傅`) is kept as written.
    private func unit(_ named: String) throws -> String {
        let units = directory.organisations.map(\.name) + directory.teams.map(\.name) + directory.grids.map(\.worker)
        if units.contains(named) { return named }
        let matching = units.filter { $0.hasPrefix(named) || (named.count >= 3 && $0.contains(named)) }
        guard matching.count <= 1 else {
            throw DeskError("ambiguous-unit", "「\(named)」可以是：\(matching.joined(separator: "、"))，请写全称")
        }
        return matching.first ?? named
    }

    /// The kernel's case book inside `db`, for the message's operator and time.
    private func book(_ db: Database, _ message: Message) -> CaseBook {
        CaseBook(db: db, operatorName: message.operatorName, now: message.time ?? clock.now, directory: directory, module: nil,
                 runtime: runtime(access: access(for: message, in: db)))
    }

    /// Runs a lifecycle change in one transaction and replies with the case's new state.
    private func change(_ message: Message, _ body: (CaseBook) throws -> CaseRecord) throws -> Reply {
        let record = try store.write { db in try body(book(db, message)) }
        var text = "工单 \(record.id) 现为「\(record.status.chinese)」"
        if let assignee = record.assignee, record.status == .dispatched { text += "，负责：\(assignee)" }
        if record.status == .reopened, let deadline = record.deadline { text += "，新期限 \(DeskFormat.time(deadline))" }
        return Reply(module: record.module, status: .updated, caseID: record.id, text: text + "。")
    }

    // MARK: Help

    /// `帮助`: a short overview — each module's commands on one line — and how to get more (frontdesk M23).
    var helpOverview: String {
        var lines = ["\(directory.community.name)服务台。直接用中文说需要办的事，或用命令（中文或英文均可）："]
        for m in registry.modules {
            lines.append("【\(m.name.chinese)】" + m.services.map { $0.verbs.first ?? $0.name }.joined(separator: "、"))
        }
        lines.append("【工单】" + KernelCommand.allCases.map(\.verbs[0]).joined(separator: "、"))
        lines.append("帮助 命令：讲一个命令，带例子（如 帮助 退休、帮助 材料、帮助 催办）；帮助 1、帮助 2…：分页列出所有命令的说明（帮助 全部 一次列出）。")
        lines.append("回答问题时输入 取消 可放弃正在填写的请求。")
        return lines.joined(separator: "\n")
    }

    /// `帮助 全部`: every command with its description.
    var help: String {
        var lines = ["\(directory.community.name)服务台。直接用中文说需要办的事，或用下面的命令（中文或英文均可）：", ""]
        for m in registry.modules {
            let verbs = m.services.map { s in
                let aliases = s.aliases.isEmpty ? "" : " / " + s.aliases.joined(separator: " / ")
                return "  \(s.verbs.first ?? s.name)\(aliases) — \(s.name)：\(s.description)"
            }
            lines.append("【\(m.name.chinese)】\(m.summary)")
            lines += verbs
        }
        lines.append("")
        lines.append("【工单】")
        lines += KernelCommand.allCases.map { "  " + $0.usage }
        lines.append("")
        lines.append("回答问题时输入 取消 可放弃正在填写的请求。")
        return lines.joined(separator: "\n")
    }

    var modulesTable: String {
        let rows = registry.modules.flatMap { m in
            m.services.map { s in
                [m.name.chinese + " " + m.id, s.name, (s.verbs + s.aliases).joined(separator: " "),
                 s.routing.prefix(6).map(\.phrase).joined(separator: " ")]
            }
        }
        return "已注册 \(registry.modules.count) 个模块：\n" + TextTable(headers: ["模块", "服务", "命令", "关键词"], rows: rows).render()
    }

    // MARK: Reading cases

    /// A case in full. Viewing a case linked to a resident is a use of their data: it goes to the access log.
    private func show(_ args: String, message: Message) throws -> Reply {
        guard let id = CaseNumber.normalize(args, prefixes: casePrefixes) ?? Self.caseID(in: args) else {
            throw DeskError("missing-case-id", "请写出工单号：\(KernelCommand.show.usage)")
        }
        let (record, events, reporters) = try store.read { db in
            let book = CaseBook(db: db, operatorName: "", now: clock.now, directory: directory, module: nil)
            let record = try book.require(id)
            return (record, try book.events(of: id), try book.reporters(of: id))
        }
        if let resident = record.residentID, message.channel == .desk {
            let access = access(for: message)
            try store.write { db in
                try AccessLog(db: db, access: access, now: message.time ?? clock.now).record(.lookup, resident: resident, caseID: record.id)
            }
        }
        let moduleName = registry.module(id: record.module)?.name.chinese ?? record.module
        let serviceName = registry.service(code: record.service)?.service.name ?? record.service
        var lines = ["工单 \(record.id) · \(moduleName)/\(serviceName) · \(record.status.chinese)\(record.urgent ? "（紧急）" : "")",
                     "标题：\(record.title)"]
        if !record.requesterDisplay.isEmpty { lines.append("报告人：\(record.requesterDisplay)") }
        if let phone = record.callbackPhone {
            lines.append("回访电话：\(Masking.phone(phone))" + (record.residentID.map { "（居民 R\($0)）" } ?? "")
                         + "，完整号码：显示号码 \(record.id) 原因")
        } else if record.status == .closed {
            lines.append("回访电话：未登记（居民 关联 \(record.id) 电话 [姓名]）")
        }
        if let address = record.address { lines.append("地址：\(address)") }
        if let group = record.groupName { lines.append("来自群：\(group)") }
        lines.append("受理驿站：" + Self.shownOrigin(record.origin))
        if let assignee = record.assignee { lines.append("负责：\(assignee)") }
        if let deadline = record.deadline {
            lines.append("期限：\(DeskFormat.time(deadline))\(record.isOverdue(at: clock.now) ? "（已超期）" : "")")
        }
        if let rating = record.rating {
            lines.append(record.status == .reopened ? "上次回访评分：\(rating)（已重办）" : "回访评分：\(rating)")
        }
        let fields = registry.service(code: record.service)?.service.fields ?? []
        // Staff read the fields' Chinese names (`老人姓名、地址`), never their codes.
        if !record.missing.isEmpty {
            lines.append("待补充：\(record.missing.map { code in fields.first { $0.code == code }?.name ?? code }.joined(separator: "、"))")
        }
        let shown = record.fields.sorted { $0.key < $1.key }.map { code, value in
            let field = fields.first { $0.code == code }
            return "\(field?.name ?? code) \(field.map { Self.shown(value, of: $0) } ?? value.description)"
        }
        if !shown.isEmpty { lines.append("内容：" + shown.joined(separator: "；")) }
        if !reporters.isEmpty {
            lines.append("其他报告人：" + reporters.map { [$0.name ?? $0.sender, $0.phone.map(Masking.phone)].compactMap { $0 }.joined(separator: " ") }.joined(separator: "、"))
        }
        lines.append("记录：")
        // The detail view is where the whole text belongs: notes are not cut.
        lines.append(TextTable(headers: ["时间", "操作人", "事件", "说明"], rows: events.map { e in
            var moved = ""
            if let from = e.fromStatus, let to = e.toStatus, from != to { moved = "（\(from.chinese)→\(to.chinese)）" }
            return [DeskFormat.timestamp(e.at), Self.operatorLabel(e.operatorName), e.kind.chinese + moved, e.note ?? ""]
        }, maxColumnWidth: 400).render())
        return Reply(module: record.module, status: .answered, caseID: record.id, text: lines.joined(separator: "\n"))
    }

    /// The station line of `查看`: the station, or why there is none.
    static func shownOrigin(_ origin: CaseOrigin) -> String {
        switch origin {
        case .station(let name): name
        case .group, .api: "无（\(origin.label)）"
        case .unrecorded: origin.label
        }
    }

    /// A value as shown: a choice by its Chinese name (`给排水/漏水`, never the key `water`).
    static func shown(_ value: FieldValue, of field: Field) -> String {
        let name = { (key: String) in field.kind.choices.first { $0.key == key }?.name ?? key }
        switch value {
        case .choice(let key): return name(key)
        case .choices(let keys): return keys.map(name).joined(separator: "、")
        default: return value.description
        }
    }

    /// The operator as shown in a case's record: the group relay has a Chinese label.
    static func operatorLabel(_ name: String) -> String { name == "relay" ? "群消息转入" : name }

    /// A case's public status for a resident in a group: its status, who is responsible and the deadline — no
    /// names, addresses, phone numbers or notes. A case of another group (or of none) is answered as unknown, so
    /// that a group cannot even learn which numbers exist.
    private func publicStatus(_ args: String, message: Message) -> Reply {
        guard let id = Self.caseID(in: args) else { return Reply(status: .ignored, text: "") }
        let record: CaseRecord?
        do {
            record = try store.read { db in try CaseRecord.fetchOne(db, key: id) }
        } catch {
            return internalError(error, message: message)
        }
        guard let record, let group = message.group, record.groupName == group else {
            return .failure(DeskError("unknown-case", "本群没有工单 \(id)。"))
        }
        var text = "工单 \(record.id)：\(record.status.chinese)"
        if let assignee = record.assignee, record.status.isOpen { text += "，负责：\(Masking.redact(assignee))" }
        if let deadline = record.deadline, record.status.isOpen {
            text += "，期限 \(DeskFormat.time(deadline))\(record.isOverdue(at: clock.now) ? "（已超期）" : "")"
        }
        return Reply(module: record.module, status: .answered, caseID: record.id, text: text + "。")
    }

    /// Filters for `列表`: a module, a status, a compound, `超期`; open cases by default.
    private func list(_ args: String, now: Date) throws -> Reply {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        var statuses: [CaseStatus] = CaseStatus.open
        var described: [String] = []
        var limit = 30
        for word in args.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "、" }).map(String.init) {
            if let module = registry.module(named: word) ?? registry.modules.first(where: { $0.services.contains { $0.verbs.contains(word) } }) {
                conditions.append("module = ?"); arguments.append(module.id); described.append(module.name.chinese)
            } else if let status = CaseStatus(words: word) {
                statuses = [status]; described.append(status.chinese)
            } else if ["全部", "all"].contains(word.lowercased()) {
                statuses = CaseStatus.allCases; described.append("全部")
            } else if ["超期", "逾期", "overdue"].contains(word.lowercased()) {
                conditions.append("deadline < ?"); arguments.append(now); described.append("超期")
            } else if ["紧急", "urgent"].contains(word.lowercased()) {
                conditions.append("urgent = 1"); described.append("紧急")
            } else if let compound = directory.compounds.first(where: { $0.allNames.contains(word) }) {
                conditions.append("compound = ?"); arguments.append(compound.id); described.append(compound.name)
            } else if let station = try? directory.station(named: word) {
                conditions.append("\(CaseOrigin.sql()) = ?"); arguments.append(station.name); described.append(station.name)
            } else if let n = Int(word), n > 0 {
                limit = min(n, 500)
            } else {
                throw DeskError("unknown-filter", "不认识的筛选条件「\(word)」。可以用：模块名、状态（受理、已派单、处理中、已办结、已回访、已取消、重办、全部）、小区名、驿站名（\(directory.stations.map(\.name).joined(separator: "、"))）、超期、紧急")
            }
        }
        conditions.append("status IN (\(statuses.map { _ in "?" }.joined(separator: ",")))")
        arguments += statuses.map(\.rawValue)
        // Emergencies first, then the newest.
        let sql = "SELECT * FROM cases WHERE \(conditions.joined(separator: " AND ")) ORDER BY urgent DESC, createdAt DESC LIMIT \(limit + 1)"
        let records = try store.read { db in try CaseRecord.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) }
        let title = described.isEmpty ? "未办结工单" : described.joined(separator: " ") + "工单"
        return .answer(caseTable(records, title: title, limit: limit, now: now))
    }

    private func search(_ args: String) throws -> Reply {
        let query = args.trimmingSpaces
        guard !query.isEmpty else { throw DeskError("missing-argument", "请写出要搜索的内容：\(KernelCommand.search.usage)") }
        let like = "%" + query.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        let records = try store.read { db -> [CaseRecord] in
            // Inside a batch, the cases its lines opened are found too.
            try DeskStore.writeHeldSearchRows(db)
            var ids: [String]
            if let phone = try? PhoneNumber(query) {
                // The search text holds numbers masked; a whole number finds the cases to call back on it.
                // So does the number written into a description or a note, where it is stored masked.
                ids = try String.fetchAll(db, sql: """
                    SELECT id FROM cases WHERE callbackPhone = ? OR requesterPhone = ?
                    UNION SELECT caseID FROM caseReporters WHERE phone = ?
                    UNION SELECT caseID FROM caseSearch WHERE caseSearch MATCH ?
                    UNION SELECT caseID FROM eventSearch WHERE eventSearch MATCH ?
                    LIMIT 31
                    """, arguments: [phone.digits, phone.digits, phone.digits, "\"" + phone.masked + "\"", "\"" + phone.masked + "\""])
            } else if query.count >= 3 {
                // Trigram FTS: the query as one quoted phrase.
                let phrase = "\"" + query.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                ids = try String.fetchAll(db, sql: "SELECT caseID FROM caseSearch WHERE caseSearch MATCH ? ORDER BY rowid DESC LIMIT 31", arguments: [phrase])
            } else {
                ids = try String.fetchAll(db, sql: "SELECT caseID FROM caseSearch WHERE body LIKE ? ESCAPE '\\' ORDER BY rowid DESC LIMIT 31",
                                          arguments: [like])
            }
            // Notes and the unit responsible (in the dispatch event's note) are searched too (`搜索 角阀` found in a
            // note, `搜索 张网格`), in their own search table.
            let more = query.count >= 3
                ? try String.fetchAll(db, sql: """
                    SELECT caseID FROM eventSearch WHERE eventSearch MATCH ? GROUP BY caseID ORDER BY MAX(rowid) DESC LIMIT 31
                    """, arguments: ["\"" + query.replacingOccurrences(of: "\"", with: "\"\"") + "\""])
                : try String.fetchAll(db, sql: """
                    SELECT caseID FROM eventSearch WHERE body LIKE ? ESCAPE '\\' GROUP BY caseID ORDER BY MAX(rowid) DESC LIMIT 31
                    """, arguments: [like])
            ids += more.filter { !ids.contains($0) }
            let found = try CaseRecord.fetchAll(db, keys: ids)
            let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
            return found.sorted { order[$0.id, default: 0] < order[$1.id, default: 0] }
        }
        return .answer(caseTable(records, title: "搜索「\(query)」", limit: 30, now: clock.now))
    }

    func caseTable(_ records: [CaseRecord], title: String, limit: Int, now: Date) -> String {
        guard !records.isEmpty else { return "\(title)：没有。" }
        let rows = records.prefix(limit).map { r in
            [r.id, r.status.chinese + (r.urgent ? "!" : ""), registry.module(id: r.module)?.name.chinese ?? r.module, r.title,
             r.assignee ?? "—", r.deadline.map { DeskFormat.time($0) + (r.isOverdue(at: now) ? " 超期" : "") } ?? "—"]
        }
        var more = records.count > limit ? "\n（只显示前 \(limit) 条，可加数字显示更多，如 列表 100）" : ""
        if records.contains(where: \.urgent) { more += "\n（状态后的 ! 表示紧急）" }
        return "\(title)：\n" + TextTable(headers: ["工单号", "状态", "模块", "标题", "负责", "期限"], rows: rows).render() + more
    }

    // MARK: Figures

    /// 催办: open cases whose deadline falls within the next N hours, and those already overdue.
    private func remind(_ args: String, now: Date) throws -> Reply {
        let hours = args.isEmpty ? 24 : ChineseNumber.parse(args.trimmingCharacters(in: CharacterSet(charactersIn: "小时h")))
        guard let hours, hours > 0, hours <= 24 * 30 else {
            throw DeskError("invalid-argument", "催办的时长应为小时数，如 催办 24，这里是「\(args)」")
        }
        let records = try store.read { db in
            try CaseRecord.fetchAll(db, sql: """
                SELECT * FROM cases WHERE deadline <= ? AND status IN \(CaseStatus.openSQL)
                ORDER BY deadline LIMIT 101
                """, arguments: [now.addingTimeInterval(Double(hours) * 3600)])
        }
        return .answer(caseTable(records, title: "\(hours)小时内到期及已超期", limit: 100, now: now))
    }
}
