import DeskKit
import Foundation

/// Recording certifications, the lists grid workers carry, home visits and reminders.
struct CertificationDesk {
    let context: ServiceContext
    let config: ElderConfig

    init(context: ServiceContext) throws {
        self.context = context
        config = try ElderConfig.load(context.db)
    }

    /// Every elder still on the register (not deceased or moved away) with the day of their last certification;
    /// with `pensionersOnly`, those who must be certified.
    func register(compound: String? = nil, pensionersOnly: Bool = false) throws -> [(elder: Elder, last: CalendarDay?)] {
        try Self.register(context.db, in: context.residents, compound: compound, pensionersOnly: pensionersOnly)
    }

    /// The same, on any connection (the dashboard's read-only page).
    static func register(_ db: Database, compound: String? = nil, pensionersOnly: Bool = false) throws -> [(elder: Elder, last: CalendarDay?)] {
        try register(db, in: Residents(db: db, now: Date()), compound: compound, pensionersOnly: pensionersOnly)
    }

    private static func register(_ db: Database, in residents: any ResidentRegister, compound: String?,
                                 pensionersOnly: Bool) throws -> [(elder: Elder, last: CalendarDay?)] {
        var sql = "SELECT e.*, (SELECT MAX(day) FROM elderCertifications c WHERE c.elderID = e.id) AS last FROM elders e"
            + " WHERE e.leftOn IS NULL" + (pensionersOnly ? " AND e.pensionType != 'none'" : "")
        var arguments: StatementArguments = []
        if let compound { sql += " AND e.compound = ?"; arguments = [compound] }
        let rows = try Row.fetchAll(db, sql: sql + " ORDER BY e.compound, e.address, e.id", arguments: arguments)
        let elders = try ElderPeople.load(rows.map { try Elder(row: $0) }, in: residents)
        return zip(elders, rows).map { (elder: $0, last: ($1["last"] as String?).flatMap(CalendarDay.init(iso:))) }
    }

    /// `认证登记 王秀英 人脸识别 [日期] [备注]`.
    func certify(_ request: ServiceRequest) throws -> Reply {
        let name = try request.value(ElderFields.elder)
        let elder: Elder
        do {
            elder = try ElderRegister.find(name, in: context)
        } catch let error as DeskError where error.code == "unknown-elder" && !name.contains(" ") {
            // Told as done in a sentence (`孙玉珍 刚来驿站做了现场认证`), or in staff's shorthand that names the
            // certification (`田桂珍 现场认证 本人来的 村湾14号`): the visit is kept on a case. The command itself
            // (`认证登记 孙玉珍 社区现场`, whose text is the words after the verb) names a register entry, so a name not
            // on it is an error.
            // To be done (`认证 不会手机 明天来驿站现场做`, `昝爹爹 … 手机视频教着刷冇过 约明天来驿站`): an arrangement to
            // follow up, not a certification made.
            if let arranged = try toldArrangement(request) { return arranged }
            if Self.toldPast.firstMatch(in: request.text) != nil || request.text.contains("认证") {
                // (The field may have taken a word of the sentence: `5栋何秀英 2月15日 上门 刷脸通过` is 何秀英's.)
                // `已经现场刷脸认完了 3月4日上午` names nobody: the name is asked for on the case.
                return try unregisteredCertification(Self.personNamed(in: request.text) ?? (PersonName.isName(Substring(name)) ? name : nil),
                                                     request: request)
            }
            throw DeskError("unknown-elder", "名册中没有\(name)。先登记：老人登记 \(name) 身份证号 住址 养老金类型 居住情况；再记认证：认证登记 \(name) 社区现场。")
        }
        return try record(elder, day: request["date"]?.datetime?.day ?? context.today, method: try request.value(ElderFields.method),
                          by: request["by"]?.text, note: request["note"]?.text)
    }

    private func record(_ elder: Elder, day: CalendarDay, method: String, by: String?, note: String?) throws -> Reply {
        guard day <= context.today else { throw DeskError("future-date", "认证日期 \(day) 在今天之后") }
        // The same certification entered twice (two staff, or a retyped line) is said, not stored twice.
        if let earlier = try Certification.filter(Column("elderID") == elder.id! && Column("day") == day.description && Column("method") == method)
            .fetchOne(context.db) {
            throw DeskError("duplicate-certification", "\(elder.name) \(day.chinese)的\(Elder.name(of: method, in: Certification.methods))认证"
                            + "已经登记过（经办 \(earlier.certifiedBy)），没有重复登记")
        }
        try Certification(elderID: elder.id!, day: day, method: method, certifiedBy: by ?? context.operatorName,
                          note: note, recordedAt: context.now, operatorName: context.operatorName).insert(context.db)
        let standing = config.cycle.standing(last: day, registered: elder.registeredDay, today: context.today)
        return Reply(module: "elder-certification", status: .updated,
                     text: "已登记 \(elder.name)（\(elder.maskedID)）\(day.chinese) \(Elder.name(of: method, in: Certification.methods))认证。"
                        + (standing.due.map { "下次认证：\(DeskFormat.day($0, today: context.today))前。" } ?? ""))
    }

    /// `认证了`, `做了现场认证`, `刚来驿站认证`, `刷了脸`, `上门做好了`, `刷脸认完了`, `审核通过`, and the counter's
    /// shorthand `认证 现场 ok`, `上门 完成`, `人脸 过了`, `当场刷脸做了`, `改人工核验 已做`, `人脸刷了 一次过`, `走人工 … 表交了`,
    /// `驿站平板刷 通过`, `人脸识别 第二次通过`, `驿站用国家社保平台认证 通过`:
    /// a certification told as done (or handed in for the manual check) — not asked after (`认证做了冇`).
    static let toldPast = TextPattern(#"认证(了|过了|好了|完了|通过|成功)|刷过了|(做|搞|认)(好了|完了|完)|审核通过|(做了|做过|刚|已经|来)[^,，。]{0,6}认证|刷了脸|(人脸|刷脸|识别|刷|认证)\s*(第.次|第.回)?\s*(过了|通过)|完成|(?i:\bok\b)|\s(做了|搞了|过了)(\s|$)|(刷脸|人脸|现场)\S{0,2}(做了|做好了|认了)|已做|(人脸|刷脸|认证)\s*(刷了|做了|搞了)(?![冇没吗])|一次过|人工.{0,12}表交了"#)

    /// Staff telling the desk that an elder on the register was certified (`周桂兰今天来驿站现场认证了`): recorded
    /// as a 认证登记 would, with the method and day the sentence gives (frontdesk M9). Nil when the sentence is
    /// a question or names no registered elder.
    func toldCertification(_ request: ServiceRequest) throws -> Reply? {
        let text = request.text
        let asking = ["吗", "?", "？", "没有", "还没", "要不要", "怎么", "成功冇", "成功没", "通过冇", "通过没", "不晓得", "不知道", "哪里"]
        guard Self.toldPast.firstMatch(in: text) != nil, !asking.contains(where: text.contains) else { return nil }
        let named = try onRegister().filter { text.contains($0.name) }
        guard let elder = named.max(by: { $0.name.count < $1.name.count }) else {
            guard let name = unregisteredName(in: text) else { return nil }
            return try unregisteredCertification(name, request: request)
        }
        let method = Self.method(toldIn: text)
        var day = context.today
        if case .success(let d)? = DateParser.find(in: text, today: context.today) { day = d.day }
        return try record(elder, day: day, method: method, by: nil, note: text)
    }

    /// The elder a line about someone not on the register names: a name leading the line (`孙玉珍 刚来驿站…`), the
    /// elder as staff call them (`纪婆婆驿站刷过了`), or the first name after the compound and the building (`村湾 认证上门
    /// 四组17号 余德茂 …`, `汉口道 上门认证 3栋 贝爹爹 90 卧床`). A place is no name.
    func unregisteredName(in text: String) -> String? {
        let places = ElderCertification.placeNames(in: context.directory)
        let words = text.split(separator: " ").map(String.init)
        if let lead = ElderCertification.leadingName(words.first ?? text), !ElderCertification.notAName(lead, places: places) { return lead }
        if let spoken = Self.leadingAddress(text) { return spoken }
        for word in words where !ElderCertification.shorthandWords.contains(word) && !word.hasSuffix("网格") {
            // After the compound's name (`顺驰泊林3栋的汪爹爹来做认证` → 汪爹爹), never the compound's name itself.
            let place = places.filter(word.hasPrefix).max { $0.count < $1.count }
            let rest = String(word.dropFirst(place?.count ?? 0))
            if let name = Self.personNamed(in: rest) ?? Self.leadingAddress(rest) { return name }
        }
        return nil
    }

    /// A surname and a form of address at the start of the line (`纪婆婆驿站刷过了` → 纪婆婆).
    static func leadingAddress(_ text: String) -> String? {
        let chars = Array(text.prefix(3))
        guard chars.count == 3, chars[0].unicodeScalars.first!.properties.isIdeographic,
              ["婆婆", "爹爹", "奶奶", "爷爷"].contains(String(chars[1...])) else { return nil }
        return String(chars)
    }

    /// The way of certifying a sentence names (`刷脸`, `上门`), else at the community's station.
    static func method(toldIn text: String) -> String {
        Certification.methods.first { c in ([c.name] + c.aliases).contains { text.contains($0) } }?.key ?? "station"
    }

    /// A certification told at the counter for someone not on the register (`孙玉珍 刚来驿站做了现场认证`): kept
    /// as a case so the visit is not lost, with how to register the elder and then record it the way it was made.
    /// - Parameter name: nil when the sentence names nobody (`已经现场刷脸认完了`): the case asks for the name.
    private func unregisteredCertification(_ name: String?, method: String? = nil, request: ServiceRequest) throws -> Reply {
        let (address, worker) = context.placeAndWorker(in: request.text, request: request)
        let record = try context.cases.open(
            CaseDraft(title: "认证待补登记：\(name ?? "姓名待补")", category: "认证待登记", timeLimit: "general", assignee: worker,
                      address: address.isEmpty ? nil : address, details: request.text),
            for: request)
        let way = Elder.name(of: method ?? Self.method(toldIn: request.text), in: Certification.methods)
        guard let name else {
            return Reply(module: "elder-certification", status: .created, caseID: record.id,
                         text: "这次认证先记在工单 \(record.id) 上，但没有说是哪位老人。请补上姓名，再补登记：老人登记 姓名 身份证号 住址 "
                            + "养老金类型 居住情况；再记认证：认证登记 姓名 \(way)。")
        }
        // Named as staff call them (`纪婆婆`): the register wants the full name first.
        let entry = Self.leadingAddress(name) == name ? "姓名" : name
        return Reply(module: "elder-certification", status: .created, caseID: record.id,
                     text: "名册中没有\(name)，这次认证先记在工单 \(record.id) 上。请补登记：老人登记 \(entry) 身份证号 住址 养老金类型 居住情况；"
                        + "再记认证：认证登记 \(entry) \(way)。")
    }

    /// `认证名单 [未认证|即将到期|超期|全部] [N天] [小区|网格]`.
    func list(_ text: String) throws -> Reply {
        let days = text.range(of: #"[0-9]+"#, options: .regularExpression).map { Int(text[$0])! } ?? 30
        var compound: CommunityDirectory.Compound?
        if let grid = context.directory.grids.first(where: { text.contains($0.name) }) { compound = context.directory.compound(id: grid.compound) }
        if let c = context.directory.compounds.first(where: { c in c.allNames.contains { text.contains($0) } }) { compound = c }
        let scope = text.contains("超期") ? "超期" : text.contains("到期") ? "即将到期" : text.contains("全部") ? "全部" : "未认证"
        let today = context.today
        let rows = try register(compound: compound?.id, pensionersOnly: true).compactMap { entry -> [String]? in
            let standing = config.cycle.standing(last: entry.last, registered: entry.elder.registeredDay, today: today)
            let keep: Bool
            switch scope {
            case "超期": keep = standing.isOverdue
            case "即将到期": keep = standing.due.map { today.days(until: $0) <= days } ?? false
            case "全部": keep = true
            default:
                if case .certified = standing { keep = false } else { keep = true }
            }
            guard keep else { return nil }
            let state: String = switch standing {
            case .certified(let due): "已认证（\(due) 前再认证）"
            case .pending(let due): "未认证（\(due) 前）"
            case .overdue(let since): "超期（\(since) 起）"
            }
            return [entry.elder.name, entry.elder.maskedID, "\(entry.elder.age(on: today))", entry.elder.address, state,
                    entry.last?.description ?? "—", entry.elder.bedridden ? "卧床，需上门" : ""]
        }
        let title = "\(compound?.name ?? "全社区") \(scope)\(scope == "即将到期" ? "（\(days)天内）" : "")名单，\(config.cycle.chinese)"
        guard !rows.isEmpty else { return .answer("\(title)：没有。", module: "elder-certification") }
        return .answer("\(title)，共 \(rows.count) 人：\n" + context.table(["姓名", "身份证", "年龄", "地址", "状态", "上次认证", "备注"], rows),
                       module: "elder-certification")
    }

    /// `上门认证 王秀英 12月3日上午 [网格员]`: a case for the grid worker, due at the appointment. A past day with
    /// its result (`上门认证 … 郑玉梅 2月15日下午 人脸识别 通过`) is a visit made: its certification is recorded.
    func scheduleVisit(_ request: ServiceRequest) throws -> Reply {
        let name = try request.value(ElderFields.elder)
        let when = try request.value(ElderFields.date)
        if when.day < context.today, Self.toldPast.firstMatch(in: request.text) != nil {
            return try visitMade(name, on: when.day, request: request)
        }
        guard when.day >= context.today else { throw DeskError("past-date", "上门日期 \(when.day) 已经过去") }
        let elder: Elder
        do {
            elder = try ElderRegister.find(name, in: context)
        } catch let error as DeskError where error.code == "unknown-elder" && !name.contains(" ") {
            return try unregisteredVisit(name, when: when, request: request)
        }
        let worker = request["worker"]?.text ?? elder.compound.flatMap(context.directory.grid(forCompound:))?.worker ?? "网格员"
        let record = try context.cases.open(
            CaseDraft(title: "上门认证：\(elder.name)（\(elder.address)）", category: "上门认证", timeLimit: nil, assignee: worker,
                      address: context.addresses.read(elder.address), details: elder.name,
                      // Due by the end of the appointment day, not overdue the minute after the appointment.
                      deadline: when.day.adding(days: 1).date(), resident: elder.residentID),
            for: request)
        let time = when.hour.map { String(format: "%02d:%02d", $0, when.minute ?? 0) }
        try context.db.execute(sql: "INSERT INTO elderVisits(caseID, elderID, day, worker, time) VALUES (?, ?, ?, ?, ?)",
                               arguments: [record.id, elder.id!, when.day.description, worker, time])
        return Reply(module: "elder-certification", status: .created, caseID: record.id,
                     text: "已预约上门认证，工单 \(record.id)：\(worker) \(when.day.chinese)\(time.map { " \($0)" } ?? "") 到 \(elder.address) 为 \(elder.name) 认证。")
    }

    /// A home visit made, told with its result: the certification recorded as made at home on that day (by the
    /// grid worker named, else the operator), or kept on a case when the elder is not on the register.
    private func visitMade(_ name: String, on day: CalendarDay, request: ServiceRequest) throws -> Reply {
        do {
            let elder = try ElderRegister.find(name, in: context)
            return try record(elder, day: day, method: "home", by: request["worker"]?.text, note: request.text)
        } catch let error as DeskError where error.code == "unknown-elder" && !name.contains(" ") {
            return try unregisteredCertification(Self.personNamed(in: request.text) ?? name, method: "home", request: request)
        }
    }

    /// The first word of `text` shaped like a person's name, perhaps after a building (`5栋何秀英` → 何秀英); else
    /// the first three characters inside a run that are (`4月27日覃三元上门认证做完` → 覃三元), leaving out a
    /// grid worker (`刘网格`).
    static func personNamed(in text: String) -> String? {
        let runs = text.split(whereSeparator: { !$0.isLetter })
        for run in runs {
            for length in [3, 2, 4] where run.count >= length {   // most names have three characters
                let tail = run.suffix(length)
                if PersonName.isName(tail), !["婆婆", "爹爹", "奶奶", "爷爷", "家属"].contains(String(tail)) { return String(tail) }
            }
        }
        for run in runs where run.count > 3 {
            let characters = Array(run)
            for start in 0...(characters.count - 3) {
                let window = String(characters[start..<start + 3])
                if PersonName.isName(Substring(window)), !window.contains("网格"), !window.hasSuffix("社区") { return window }
            }
        }
        return nil
    }

    /// A home visit booked at the counter for someone not on the register (`上门认证 周爹爹 泊林3-2-801 卧床
    /// 下周二上午`): the appointment is kept on a case, due on its day, with a word to register the elder on the visit.
    private func unregisteredVisit(_ name: String, when: DateTimeValue, request: ServiceRequest) throws -> Reply {
        let (address, worker) = context.placeAndWorker(in: request.text, request: request)
        let assignee = request["worker"]?.text ?? worker
        let record = try context.cases.open(
            CaseDraft(title: "上门认证：\(name)（名册中没有）", category: "上门认证", timeLimit: nil, assignee: assignee,
                      address: address.isEmpty ? nil : address, details: request.text + "（名册中没有这位老人，上门时请登记）",
                      deadline: when.day.adding(days: 1).date()),
            for: request)
        return Reply(module: "elder-certification", status: .created, caseID: record.id,
                     text: "名册中没有\(name)，上门认证先记在工单 \(record.id) 上：\(assignee) \(when.day.chinese)上门。"
                        + "上门时请补登记：老人登记 \(name) 身份证号 住址 养老金类型 居住情况。")
    }

    /// `上门结果 RZ-0001 已认证 [备注]` or another outcome noted on the case.
    func visitOutcome(_ text: String) throws -> Reply {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let id = parts.first?.uppercased(),
              try Row.fetchOne(context.db, sql: "SELECT * FROM elderVisits WHERE caseID = ?", arguments: [id]) != nil else {
            throw DeskError("unknown-case", "请写出上门认证的工单号：上门结果 RZ-0001 已认证")
        }
        let outcome = parts.count > 1 ? parts[1] : ""
        guard !outcome.isEmpty else { throw DeskError("missing-argument", "请写出结果：上门结果 \(id) 已认证（或 未见到本人，改约…）") }
        if Self.saysCertified(outcome) {
            // The certification is recorded by the case event (ElderCertification.caseChanged), as for a kernel 办结.
            try context.cases.close(id, note: outcome)
            return Reply(module: "elder-certification", status: .updated, caseID: id, text: "\(id) 已办结，已登记上门认证（\(context.today.chinese)）。")
        }
        try context.cases.note(id, outcome)
        return Reply(module: "elder-certification", status: .updated, caseID: id, text: "已记录：\(outcome)。\(id) 仍未办结，可 改派 或重新预约。")
    }

    /// Whether a visit's outcome says the certification was done.
    static func saysCertified(_ outcome: String) -> Bool {
        ["已认证", "认证成功", "完成认证", "已完成"].contains(where: outcome.contains)
    }

    /// `上门计划`: open home visits, soonest first, at the appointment's day and time (the case's deadline is the
    /// end of that day, which is not when the grid worker goes).
    func upcomingVisits() throws -> Reply {
        let visits = try Row.fetchAll(context.db, sql: """
            SELECT c.id, c.assignee, c.title, v.day, v.time FROM cases c JOIN elderVisits v ON v.caseID = c.id
            WHERE c.status IN \(CaseStatus.openSQL) ORDER BY v.day, v.time IS NULL, v.time, c.id
            """)
        guard !visits.isEmpty else { return .answer("没有待上门的认证。", module: "elder-certification") }
        let rows = visits.map { row -> [String] in
            let day = (row["day"] as String?).flatMap(CalendarDay.init(iso:))
            let when = day.map { DeskFormat.day($0, today: context.today) + ((row["time"] as String?).map { " \($0)" } ?? "（时间待约）") } ?? "—"
            return [row["id"], when, (row["assignee"] as String?) ?? "—", row["title"]]
        }
        return .answer("待上门认证 \(visits.count) 件：\n" + context.table(["工单号", "时间", "网格员", "内容"], rows), module: "elder-certification")
    }

    /// `认证提醒 [N天]`: a message to each due elder's compound group, in the outbox.
    func remind(days: Int) throws -> Reply {
        var queued = 0
        var skipped: [String] = []
        for entry in try register(pensionersOnly: true) {
            let standing = config.cycle.standing(last: entry.last, registered: entry.elder.registeredDay, today: context.today)
            let dueSoon = standing.isOverdue || (standing.due.map { context.today.days(until: $0) <= days } ?? false)
            guard dueSoon else { continue }
            if case .certified = standing, config.cycle == .naturalYear { continue }
            guard let group = context.directory.groups.first(where: { $0.compound == entry.elder.compound }) else {
                skipped.append(entry.elder.name); continue
            }
            let when = standing.due.map { "请在 \($0.chinese) 前" } ?? "已超期，请尽快"
            let family = entry.elder.maskedFamily.map { "请\($0)留意：" } ?? ""
            try context.outbox.post(group: group.name, text: "【养老金资格认证提醒】\(family)\(entry.elder.name)（\(entry.elder.address)）本周期还没有认证，\(when)完成。"
                                        + "可用“湖北智慧人社”App刷脸认证，或到驿站现场认证；行动不便的可预约网格员上门认证。")
            queued += 1
        }
        var text = queued == 0 ? "没有需要提醒的老人。" : "已生成 \(queued) 条认证提醒，放入待发消息，由群消息程序发到各小区群。"
        if !skipped.isEmpty { text += "\(skipped.count) 位老人所在小区没有配置微信群，未生成：\(skipped.joined(separator: "、"))。" }
        return Reply(module: "elder-certification", status: .updated, text: text)
    }

    /// A resident's question in free text.
    func question(_ request: ServiceRequest) throws -> Reply {
        let text = request.text
        if request.channel == .desk, let recorded = try toldCertification(request) ?? toldArrangement(request) ?? listWork(request) {
            return recorded
        }
        let known = request.channel == .desk ? try mentionedElder(text) : nil
        let help = known == nil ? try helpRequested(request) : nil
        var lines: [String] = []
        switch config.cycle {
        case .naturalYear:
            lines.append("武汉的养老金资格认证每个自然年做一次（1月1日至12月31日），即使去年认证过，今年（\(context.today.year)年）仍要再认证一次。")
        case .rolling12Months:
            lines.append("养老金资格认证在上次认证后12个月内做一次。")
        }
        // rules.md §3: the methods.
        lines.append("方式：1. 大数据比对（静默认证）：社保部门根据就医、出行等记录自动认证，收到通知已认证的就不用再做；"
                     + "2. 人脸识别：国家社会保险公共服务平台、“掌上12333”、“湖北12333”或“湖北智慧人社”App刷脸；"
                     + "3. 带身份证到社区驿站现场认证（社会化服务）；4. 行动不便、卧床的老人，网格员可以上门认证。")
        // rules.md §3: a missed certification suspends payment; resumption with back pay is local practice.
        if ["停", "不发", "没做", "没认证", "忘了", "过期", "超期", "扣"].contains(where: text.contains) {
            lines.append("没有按时认证：养老金会暂停发放；补做认证后一般会恢复发放，并补发暂停期间的养老金（这是武汉的做法，不是全国统一规定，以社保部门通知为准）。")
        }
        if ["不会用手机", "不会弄", "不会操作", "行动不便", "走不动", "卧床", "瘫"].contains(where: text.contains) {
            lines.append("不会用手机没关系：可以来驿站，我们帮着做；行动不便的可以预约上门，告诉我们老人的姓名和住址，网格员上门认证。")
        }
        if request.channel == .desk, let elder = try mentionedElder(text) {
            let last = try String.fetchOne(context.db, sql: "SELECT MAX(day) FROM elderCertifications WHERE elderID = ?", arguments: [elder.id!]).flatMap(CalendarDay.init(iso:))
            switch config.cycle.standing(last: last, registered: elder.registeredDay, today: context.today) {
            case .certified(let due): lines.append("\(elder.name)（\(elder.address)）本周期已于 \(last!.chinese) 认证，下次 \(due) 前。")
            case .pending(let due): lines.append("\(elder.name)（\(elder.address)）本周期还没有认证，请在 \(due.chinese) 前完成。")
            case .overdue(let since): lines.append("\(elder.name)（\(elder.address)）已超期未认证（\(since) 起），养老金可能暂停发放，请尽快认证；认证后一般会恢复并补发（武汉的做法，非全国统一规定）。")
            }
        }
        lines.append("依据：社会保险经办条例（国务院令第765号）要求核验领取资格；认证周期按武汉的做法，以社保部门通知为准。")
        if Self.asksACost(text) {
            // What it costs, asked (`到驿站认证收不收费`): first, as it is the answer. Certification is the social-security
            // office's own check, offered free; a call asking money for it is the fraud the office directory warns of.
            lines.insert("认证不收任何费用：App 刷脸、到驿站认证、网格员上门认证都免费。有人打电话、发短信说认证要交钱，或要银行卡号、验证码的，是诈骗，不要理会，可以打 96110 反诈专线核实。", at: 0)
        }
        if var help {
            help.text += "\n" + lines.joined(separator: "\n")
            return help
        }
        return .answer(lines.joined(separator: "\n"), module: "elder-certification")
    }

    /// Staff at the counter telling how the list of elders not yet certified goes
    /// (`第一批认证名单38人 做了31个 还有7个在外地`, `未认证名单 12人打了8个`): a case for the operator to see the list
    /// through, not the general answer they know. A list told done (`认证名单全部完成`) is a record asking nothing; a bare
    /// count left (`未认证还剩8人`) is a tally the desk keeps before it reaches here.
    private func listWork(_ request: ServiceRequest) throws -> Reply? {
        let text = request.text
        guard Self.aboutTheList.contains(where: text.contains) || text.contains("认证") && Self.countsElders(text),
              Self.listProgress.contains(where: text.contains), !Self.listDone.contains(where: text.contains) else { return nil }
        let record = try context.cases.open(
            CaseDraft(title: "认证名单跟进：" + String(Masking.redact(text).prefix(30)), category: "认证名单", timeLimit: "general",
                      assignee: request.operatorName, details: text),
            for: request)
        return Reply(module: "elder-certification", status: .created, caseID: record.id,
                     text: "已记下认证名单的进度，工单 \(record.id)，由 \(request.operatorName) 跟进；名单做完后在工单上记一笔办结。")
    }

    /// Words of the list of elders not yet certified (`今年冇认`, `秋季认证清单`).
    static let aboutTheList = ["未认证", "认证名单", "认证清单", "冇认", "没认", "未认"]
    /// Words of a list being worked through: what is left, calls made, elders done or booked, the list handed out
    /// (`名单给楼栋长`, `分给几个志愿者打电话`), a session's faces checked (`来了9个老人 7个过了`).
    static let listProgress = ["剩", "打了", "打电话", "打完", "做了", "做完", "约了", "划掉", "提醒", "名单给", "分给", "约来", "过了",
                               "继续打"]

    /// Whether `text` counts elders (`27人`, `9个老人`): a list's figures, not one elder's certification.
    static func countsElders(_ text: String) -> Bool {
        var previousWasDigit = false
        for character in text {
            if previousWasDigit, character == "人" || character == "个" { return true }
            previousWasDigit = character.isASCII && character.isNumber
        }
        return false
    }
    /// Words of a list finished.
    static let listDone = ["全部完成", "全部做完", "都完成", "都做完", "全做完"]

    /// Whether `text` asks what certification costs (`上门认证要不要钱`, `认证收费吗`).
    static func asksACost(_ text: String) -> Bool {
        ["收费", "要钱", "收钱", "多少钱", "好多钱", "几多钱", "交钱", "免费", "费用"].contains(where: text.contains)
    }

    /// `王爹爹`, `李婆婆`: one elder of that surname and sex, or a full name found in the text.
    func mentionedElder(_ text: String) throws -> Elder? {
        let elders = try onRegister()
        for elder in elders where text.contains(elder.name) { return elder }
        let honorifics: [(String, Sex)] = [("爹爹", .male), ("爷爷", .male), ("大爷", .male), ("婆婆", .female), ("奶奶", .female), ("阿姨", .female)]
        for (word, sex) in honorifics {
            guard let r = text.range(of: word), r.lowerBound > text.startIndex else { continue }
            let surname = String(text[text.index(before: r.lowerBound)])
            let found = elders.filter { $0.name.hasPrefix(surname) && $0.sex == sex }
            if found.count == 1 { return found[0] }
        }
        return nil
    }

    /// The elders on the register (not deceased or moved away), with their names from the resident register.
    private func onRegister() throws -> [Elder] {
        try ElderPeople.load(Elder.filter(Column("leftOn") == nil).fetchAll(context.db), in: context.residents)
    }
}
