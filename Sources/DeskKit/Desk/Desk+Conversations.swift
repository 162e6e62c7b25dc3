import Foundation

/// The questions waiting for an answer: one per person (``Message/conversation``), read from the database when
/// that person says something — never all at start-up — and set aside when they expire or a new request comes.
extension Desk {
    /// The question waiting for `message`'s sender, or nil. An expired one is set aside here: recorded as
    /// abandoned, and a case opened for it (a group's request) is left for staff with a note.
    func pending(for message: Message) -> Conversation? {
        let now = message.time ?? clock.now
        guard let (conversation, updatedAt) = storedConversation(message.conversation) else { return nil }
        let limit = questionTimeouts.seconds(for: conversation.channel)
        if now.timeIntervalSince(updatedAt) <= limit { return conversation }
        expire(conversation, key: message.conversation, asked: updatedAt, now: now, operatorName: message.operatorName,
               note: "居民超过\(DeskFormat.hours(Int(limit / 3600)))未补充信息，请工作人员联系跟进")
        return nil
    }

    /// In a group, a question that has waited an hour is answered only by what it asks for — an address, a
    /// date, one of its choices. Anything else (`是的 臭得很`, `我是在建行激活的`, five hours after the desk asked)
    /// is the neighbour talking on: the question is set aside as expired, and the line read as new.
    ///
    /// An emergency's question (where it is) is answered by any line for a quarter of an hour; after that, a question of
    /// the sender's own that names no danger (`2号驿站明天上午开不开门`, half an hour after the fall was reported and
    /// dealt with) is not where the danger is: the emergency's question is set aside, its case left open for staff.
    func setsAsideLongWaiting(_ pending: Conversation, text: String, message: Message) -> Bool {
        guard message.channel == .group, pending.callbackFor == nil,
              let (_, asked) = storedConversation(message.conversation) else { return false }
        let now = message.time ?? clock.now
        if pending.emergency != nil {
            // (So is a danger told after that quarter of an hour, `…说胸口痛 脸白得像纸 一身汗` half an hour after a drunk
            // guest was reported: read as the news it is — a new emergency, or words on the old one's case — and never
            // taken for a wrong answer to where the first one was.)
            guard now.timeIntervalSince(asked) > Self.emergencyAnswerWindow,
                  case let danger = emergencies.emergency(in: text) != nil,
                  QuestionForm.asks(text) && !danger || danger && !emergencies.isOver(text) else { return false }
            expire(pending, key: message.conversation, asked: asked, now: now, operatorName: message.operatorName,
                   note: "紧急求助的追问在群里久未回答，已放下，请工作人员核实现场情况")
            return true
        }
        guard now.timeIntervalSince(asked) > Self.groupAnswerWindow, !answersTyped(text, pending, message),
              !answersChoice(text, pending) else { return false }
        expire(pending, key: message.conversation, asked: asked, now: now, operatorName: message.operatorName,
               note: "居民在群里没有回答追问，已放下，请工作人员联系跟进")
        return true
    }

    /// How long a group's question is answered by any line of its person (``setsAsideLongWaiting(_:text:message:)``).
    static let groupAnswerWindow: TimeInterval = 3600

    /// How long an emergency's question is answered by any line of its person, a question included.
    static let emergencyAnswerWindow: TimeInterval = 15 * 60

    /// The question waiting under `key`, whatever its age (for the prompt and completion).
    func pending(key: String) -> Conversation? { storedConversation(key)?.0 }

    private func storedConversation(_ key: String) -> (Conversation, Date)? {
        let hashed = conversationKeys.key(key)
        if let cached = questionCache.withLock({ $0[hashed] }) { return cached }
        let found = readConversation(key)
        questionCache.withLock { cache in
            if cache.count >= Self.questionCacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[hashed] = .some(found)
        }
        return found
    }

    /// How many people's questions (or their absence) are remembered between lines.
    static let questionCacheLimit = 10_000

    /// Forgets what is remembered of `key`'s question: the next line reads it from the database.
    func invalidateQuestion(_ key: String) {
        _ = questionCache.withLock { $0.removeValue(forKey: conversationKeys.key(key)) }
    }

    /// The question stored under `key` and when it was asked, or nil. Most keys have none (a sender's first line,
    /// every line of one who never left a question): the row is read only once a `SELECT 1` has found it
    /// (``GRDB/Database/keyedRow(probe:select:keys:)``), so finding nothing builds no row.
    private func readConversation(_ key: String) -> (Conversation, Date)? {
        let row = try? store.read { db in
            try db.keyedRow(probe: "SELECT 1 FROM conversations WHERE key = ?",
                            select: "SELECT state, updatedAt FROM conversations WHERE key = ?", keys: [key])
        }
        guard let row = row ?? nil else { return nil }
        let json: String = row["state"]
        guard let conversation = try? JSONDecoder().decode(Conversation.self, from: Data(json.utf8)) else { return nil }
        return (conversation, row["updatedAt"])
    }

    private func expire(_ conversation: Conversation, key: String, asked: Date, now: Date, operatorName: String, note: String) {
        do {
            try store.write { db in
                try persist(nil, key: key, db: db)
                // The requests held behind it (set aside by an emergency) expire with it, each recorded.
                for conversation in Self.withHeld(conversation) {
                    try db.execute(sql: """
                        INSERT INTO abandonedQuestions(service, channel, groupName, caseID, askedAt, expiredAt)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [conversation.service, conversation.channel.rawValue, conversation.group,
                                         conversation.pendingCase, asked, now])
                    guard let id = conversation.pendingCase,
                          let module = conversation.service.flatMap({ registry.service(code: $0)?.module }) else { continue }
                    let book = CaseBook(db: db, operatorName: operatorName, now: now, directory: directory,
                                        module: (module.id, module.casePrefix), runtime: runtime(access: .rolesOff(operatorName)))
                    if let record = try book.find(id), record.status.isOpen {
                        try book.note(id, note)
                    }
                }
            }
            logger.info("question expired", metadata: ["service": "\(conversation.service ?? "choice")", "case": "\(conversation.pendingCase ?? "-")"])
        } catch {
            logger.error("could not expire a question", metadata: ["error": "\(error)"])
        }
    }

    /// `conversation` and every request held behind it (``Conversation/resumes``), in the order they would be asked.
    static func withHeld(_ conversation: Conversation) -> [Conversation] {
        [conversation] + (conversation.resumes ?? []).flatMap(withHeld)
    }

    /// Stores `conversation` for the message's key and returns `reply`.
    func save(_ conversation: Conversation, for message: Message, reply: Reply) -> Reply {
        do {
            try store.write { db in try persist(conversation, key: message.conversation, at: message.time, db: db) }
            return reply
        } catch {
            return internalError(error, message: message)
        }
    }

    /// Stores `conversation` as the question waiting under `key` (nil: none), asked at `time` — the time of the
    /// message that asked it, on the same clock its answer's age is measured by (``pending(for:)``).
    func persist(_ conversation: Conversation?, key: String, at time: Date? = nil, db: Database) throws {
        invalidateQuestion(key)
        // Dropped again when the transaction ends, committed or not, so no line sees a row that was rolled back.
        db.afterNextTransaction { [self] _ in invalidateQuestion(key) } onRollback: { [self] _ in invalidateQuestion(key) }
        if let conversation {
            let json = String(decoding: try JSONEncoder().encode(conversation), as: UTF8.self)
            try db.cachedStatement(sql: """
                INSERT INTO conversations(key, state, updatedAt) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET state = excluded.state, updatedAt = excluded.updatedAt
                """).execute(arguments: [key, json, StoredTime.value(time ?? clock.now)])
        } else {
            try db.cachedStatement(sql: "DELETE FROM conversations WHERE key = ?").execute(arguments: [key])
        }
    }

    /// Drops the question waiting under `key` (nothing else changes).
    public func forget(_ key: String) {
        do {
            try store.write { db in try persist(nil, key: key, db: db) }
        } catch {
            logger.error("could not forget a question", metadata: ["error": "\(error)"])
        }
    }

    /// Whether `text`, said while `pending` waits, is a request of its own rather than the answer: it belongs
    /// to another module and is more than a short answer, or it restates the same service with a different
    /// value for something already given (a second retirement question with another birth month).
    func startsNewRequest(_ text: String, decision: Router.Decision, pending: Conversation, message: Message) -> Bool {
        let ref: Router.ServiceRef
        switch decision {
        case .service(let r): ref = r
        case .tie(let refs): ref = refs[0]
        case .act(.outOfScope, _): return text.count > 8
        default: return false
        }
        let meaningful = text.filter { $0.isLetter }.count
        let module = registry.modules[ref.module]
        let service = registry.services[ref.module][ref.service]
        let waiting = pending.service.flatMap { registry.service(code: $0) }
        // Another month than the one the waiting request was started with, in a request of the same module, is a
        // new request however few its words: `王先生问他老婆 女工人 1975年5月 退休` while the desk asks which category
        // the one born in 1968 is (the module reads the month from the request's words, not from a field). A
        // correction (`不对 是1974年7月`) puts the waiting request right instead.
        if pending.options.isEmpty, let waiting, module.id == waiting.module.id, !Self.corrects(text),
           let said = YearMonth.find(in: text), let held = YearMonth.find(in: pending.text), said != held { return true }
        // An address, a name, a number — what answers a question — is not a request of its own; a place that is
        // also a service's own word (`乒乓球室饮水机坏了`) may be one.
        if requestContent(text).count <= 6, !(router.namesAServiceOutright(text) && router.confidence(text) >= 0.9) { return false }
        if !pending.options.isEmpty {
            // Choosing among services: a number or a name is the answer; a whole sentence is a request.
            return meaningful > 8
        }
        guard let code = pending.service, let (pendingModule, pendingService) = waiting else { return true }
        let answers = pending.asking.flatMap(pendingService.field).map { field in
            (try? FieldReader.read(text, for: field, partial: pending.partial, context: prefillContext(message))) != nil
        } ?? false
        // `四组12号 汪婆婆 我摸她身上滚烫的 屋里冇开风扇`, asked in the group where an emergency is: the answer, with how
        // the person in danger is — not a request of its own that sets the emergency aside.
        if message.channel == .group, pending.emergency != nil, answers, CharacterPresence(text).containsAny(of: Self.personInDanger) {
            return false
        }
        if module.id == pendingModule.id {
            // A request of the same module that contradicts what the waiting one holds (another category, another
            // birth month) is a new one.
            let said = readFields(text, for: service, module: module, message: message)
            // Free-text fields (a description) differ in every line, so they never contradict.
            if said.contains(where: { code, value in
                !(service.field(code)?.kind.isText ?? true) && (pending.fields[code].map { $0 != value } ?? false)
            }) { return true }
            if service.code == code { return false }
        }
        if answers && meaningful <= 8 { return false }
        return meaningful > 4
    }

    /// Words for the person an emergency is about, as the one who raised it goes on.
    static let personInDanger = ["她", "他", "婆婆", "爹爹", "老人", "伢", "孩子", "小孩", "奶奶", "爷爷"]

    /// What is left of `text` once the places, names and numbers that answer questions are taken out
    /// (`他叫王德福 就住我这 4栋2单元601` leaves nothing): the letters that could make a request.
    func requestContent(_ text: String) -> String {
        withoutAnswerParts(text).filter(Self.mayAsk)
    }

    /// Whether `c` is a letter and no filler. A character of one unified ideograph (U+4E00–U+9FFF: most of a line)
    /// is a letter, and equals a filler (each one such ideograph) only when it is the same scalar: it is looked up
    /// by its scalar. `Character.isLetter` and hashing the character cost some 800 instructions a character
    /// (perf, dispatch; docs/performance.md, tenth pass).
    private static func mayAsk(_ c: Character) -> Bool {
        var scalars = c.unicodeScalars.makeIterator()
        if let first = scalars.next(), scalars.next() == nil, (0x4E00...0x9FFF).contains(first.value) {
            return !fillerScalars.contains(first)
        }
        return c.isLetter && !fillers.contains(c)
    }

    /// `text` with the places the directory knows and the ``AnswerParts`` replaced by spaces.
    func withoutAnswerParts(_ text: String) -> String {
        var rest = text
        // Only the names found in the line are searched for and taken out, in the directory's order as before.
        for name in placeNames.candidates(in: text) where rest.contains(name) {
            rest = rest.replacingOccurrences(of: name, with: " ")
        }
        return AnswerParts.blanked(rest)
    }

    /// Whether a short group line only says where something is: an address or a numbered place with hardly a
    /// word besides (`5组23号`, `25栋2单元 我在5楼 应该是六七楼的`), or a pointer (`就是正门进来右手边`) — the
    /// details of a report just made, not a request of its own (a line the router is sure of is one).
    func saysWhere(_ text: String, decision: Router.Decision) -> Bool {
        switch whereReading(text, decision: decision) {
        case .no: false
        case .yes: true
        case .unlessTheRouterIsSure: routerIsUnsure(text)
        }
    }

    /// What ``saysWhere(_:decision:)`` makes of a line before its last check, the router's certainty: a caller that
    /// has a cheaper condition besides (`freeText`'s: the sender's own case of the last hour) asks that first, and
    /// the router only when it holds. (Perf, relay: reading the line again for the certainty was 32.6 K of a relayed
    /// message's 601 K, for a report from a sender with no case open. Tried in the forty-second pass, when the look-up
    /// cost as much as the reading; kept in the forty-third, the look-up asking first whether there is a case at all;
    /// docs/performance.md.)
    enum WhereReading: Equatable { case no, yes, unlessTheRouterIsSure }

    /// ``saysWhere(_:decision:)`` without its last check (``WhereReading``).
    func whereReading(_ text: String, decision: Router.Decision) -> WhereReading {
        // A question says no place (`25栋2单元1203吗`, `靠西边那台吗`). (It is read only where the line would say one
        // otherwise, last but for the router: every check here only reads the line, so the order changes nothing but
        // the cost, and few lines say a place. Read first, the question was 6.1 K of a relayed message's 485 K; perf,
        // relay: docs/performance.md, fifty-ninth pass.)
        guard text.count <= 24 else { return .no }
        // (The openings compared byte by byte, ``CharacterPresence/hasPrefix(_:)``: the standard library's `hasPrefix`
        // walks a Chinese line's characters, and five of them a line were 5.1 K of a relayed message's 547 K; perf,
        // relay: docs/performance.md, forty-eighth pass.)
        let line = CharacterPresence(text)
        // `靠西边那台 东边的冇问题`, `靠东边那一排 四盏都不亮`: which of the things just reported, by the side it stands
        // on — however sure the router is of the fault it names again, or that it echoes a report.
        if line.hasPrefix("靠"), Self.directions.contains(where: text.prefix(5).contains), !text.contains("栋") {
            return QuestionForm.asks(text) ? .no : .yes
        }
        // News of a fix, an urging or a me-too (`26栋电梯又好了`) speaks of a case, not of where one is.
        if decision.isThreadRemark { return .no }
        if case .act(.resolved, _) = decision { return .no }
        let saysWhere: Bool
        if Self.pointers.contains(where: line.hasPrefix) {
            saysWhere = pointsTheWay(text)
        } else {
            saysWhere = (text.contains(where: \.isNumber) || placeNames.occur(in: text)) && requestContent(text).count <= 4
        }
        // Left last: reading the line again for the router's certainty is the dearest check.
        guard saysWhere, !QuestionForm.asks(text) else { return .no }
        return decision.isRequest ? .unlessTheRouterIsSure : .yes
    }

    /// The last check of ``saysWhere(_:decision:)``: whether the router, reading the line again as typed at the
    /// counter, is less than half sure of it.
    func routerIsUnsure(_ text: String) -> Bool { router.confidence(text) < 0.5 }

    /// Whether a short line points the way to a place (`就是正门进来右手边`, `就在进门右手边那个圆花坛`).
    func pointsTheWay(_ text: String) -> Bool {
        // (Its openings compared byte by byte: ``CharacterPresence/hasPrefix(_:)``.)
        guard text.count <= 24 else { return false }
        let line = CharacterPresence(text)
        return Self.pointers.contains(where: line.hasPrefix) && Self.directions.contains(where: text.contains)
    }

    /// `就是广场靠北门那台` or `三楼那个` from the one who just reported, while the desk asks which kind of fault it is:
    /// where the thing is, not the kind. It goes on the case already opened for the report, and the question is
    /// asked again — read as the answer it was an error, read as talk it was dropped. (Asked here, before a new
    /// request is looked for: the pointer path of ``continuePending(_:answer:message:)`` comes too late for it.)
    func pointsWhileAChoiceWaits(_ text: String, _ pending: Conversation, message: Message) -> Reply? {
        guard message.channel == .group, let id = pending.pendingCase, let field = waitingField(pending), case .choice = field.kind,
              pointsTheWay(text) || namesASpot(text), !answersChoice(text, pending),
              let record = try? store.read({ db in try CaseRecord.fetchOne(db, key: id) }), record.status.isOpen,
              let question = pendingQuestion(pending) else { return nil }
        var reply = addParticulars(text, to: record, message: message)
        guard reply.status == .updated else { return reply }
        reply.text += "还差一项：\(question)"
        reply.status = .ask
        return reply
    }

    /// Whether `text` names one of the community's compounds, by its name or an alias (`奥园`).
    func namesACompound(_ text: String) -> Bool {
        directory.compounds.contains { $0.allNames.contains(where: text.contains) }
    }

    /// Whether a short line names a spot the way villagers and neighbours do, without a number the layout knows
    /// (`湾子西头第三家`, `村口进来那一排`, `三巷中间那个井盖`, `塘边那根`): an attempt at the place asked for, which staff check.
    func namesASpot(_ text: String) -> Bool {
        guard text.count <= 16 else { return false }
        if Self.spotWords.contains(where: text.contains) { return true }
        // `三巷中间`, `4巷`: a lane of the village, counted.
        if let lane = text.firstIndex(of: "巷"), lane > text.startIndex,
           case let before = text[text.index(before: lane)], Self.countingNumerals.contains(before) || before.isNumber { return true }
        // `第三家`, `第2家`: the house counted along a lane.
        guard let di = text.firstIndex(of: "第"), let next = text[di...].dropFirst().first,
              Self.countingNumerals.contains(next) || next.isNumber else { return false }
        return text[di...].dropFirst(2).prefix(2).contains("家")
    }

    /// How a spot is named in a village or along a row of buildings.
    private static let spotWords = ["西头", "东头", "南头", "北头", "村口", "湾子口", "巷子口", "巷口", "塘边", "塘埂", "那一排", "那一栋", "那一户",
                                    // a floor or a gate with the thing pointed at (`三楼那个`, `菜场门口那个`, `靠北门那台`)
                                    "楼那个", "楼那盏", "门口那个", "门口那盏", "门口那根", "门那台", "门那个", "边那台", "边那个"]
    private static let countingNumerals = Set("一二三四五六七八九十")

    /// How a resident starts to show the way (`就是…`, `就在…`).
    static let pointers = ["就是", "就在", "在那个", "就那个"]
    /// Words of the way to a place.
    static let directions = ["后面", "后头", "旁边", "边上", "门口", "对面", "右手", "左手", "那边", "进来", "里面", "里头",
                             "隔壁", "楼下", "前面", "拐角", "出口", "入口", "东边", "西边", "南边", "北边", "挨着", "底下",
                             "下面", "上面", "左边", "右边", "中间", "那段", "这段"]

    /// Words that only join the parts of an answer.
    static let fillers = Set("我他她的就住在这里那是了呢啊吧哈嘛叫姓")
    /// The ``fillers``, each one unified ideograph, by scalar.
    private static let fillerScalars = Set(fillers.flatMap(\.unicodeScalars))

    /// What `text` says for `service`'s fields (the module's reading, then the kernel's), without checking.
    func readFields(_ text: String, for service: Service, module: any ServiceModule, message: Message) -> [String: FieldValue] {
        let context = prefillContext(message)
        var fields = module.prefill(text, for: service, in: context)
        for field in service.fields where fields[field.code] == nil {
            if let value = try? kernelPrefill(field, text: text, context: context, fromRequester: false) { fields[field.code] = value }
        }
        return fields
    }

    func pendingName(_ c: Conversation) -> String {
        c.service.flatMap { registry.service(code: $0)?.service.name } ?? "选择服务"
    }

    func pendingModule(_ c: Conversation) -> String? {
        c.service.flatMap { registry.service(code: $0)?.module.id }
    }

    func pendingChoices(_ c: Conversation) -> [String] {
        if !c.options.isEmpty { return c.options.compactMap { registry.service(code: $0)?.service.name } }
        guard let code = c.service, let asking = c.asking, let field = registry.service(code: code)?.service.field(asking) else { return [] }
        return field.kind.choices.map(\.name)
    }

    /// The question again, with what the service is and how to drop it: the answer to `?` while a question waits.
    func pendingHelp(_ c: Conversation) -> String {
        guard let code = c.service, let (_, service) = registry.service(code: code) else {
            return "请回答数字或服务名称，选择要办理的服务；输入 取消 放弃。"
        }
        let question = pendingQuestion(c) ?? ""
        return "正在办理「\(service.name)」（\(service.description)），还需要回答：\(question)\n输入 取消 放弃这个请求；说别的事会先放下它。"
    }

    /// The question waiting in `c`, as it was asked.
    func pendingQuestion(_ c: Conversation) -> String? {
        guard let code = c.service, let (_, service) = registry.service(code: code) else { return nil }
        return c.question ?? c.asking.flatMap(service.field).map(Self.question(for:))
    }

    /// The one-line notice that a waiting request was set aside.
    func setAsideNotice(_ c: Conversation) -> String {
        "（未完成的「\(pendingName(c))」已先放下\(pendingCaseNote(c))）\n"
    }

    /// For a request that already has a case: that the case stays for staff.
    func pendingCaseNote(_ c: Conversation) -> String {
        c.pendingCase.map { "，工单 \($0) 留给工作人员跟进" } ?? ""
    }

    /// `报修·位置`: the service and the field being asked, for the prompt.
    public func pendingLabel(conversation key: String) -> String? {
        guard let c = pending(key: key) else { return nil }
        if c.callbackFor != nil { return "回访电话" }
        guard let code = c.service, let (_, service) = registry.service(code: code) else { return "选择服务" }
        let field = c.asking.flatMap(service.field)?.name
        return field.map { "\(service.name)·\($0)" } ?? service.name
    }
}

extension FieldKind {
    /// Free text, which any line can answer.
    var isText: Bool {
        switch self {
        case .text, .longText: true
        default: false
        }
    }

    /// A place.
    var isAddress: Bool {
        if case .address = self { return true }
        return false
    }
}
