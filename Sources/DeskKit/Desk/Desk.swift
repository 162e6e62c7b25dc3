import Foundation
import Synchronization

/// The desk: takes a line, decides what it is for, asks for what is missing, calls the module and returns
/// the reply. Every write a line causes — the module's rows, the case and its event, the pending question,
/// the outbox — commits in one transaction.
public final class Desk: Sendable {
    public let registry: ModuleRegistry
    public let store: DeskStore
    public let directory: CommunityDirectory
    public let addresses: AddressParser
    public let clock: any DeskClock
    public let logger: Logger
    let router: Router
    /// The emergencies and the offices a line is read for, built when the first line needs them.
    private let emergencyGuide: BuiltOnFirstUse<EmergencyGuide>
    private let officeGuide: BuiltOnFirstUse<OfficeGuide>
    var emergencies: EmergencyGuide { emergencyGuide.value }
    var offices: OfficeGuide { officeGuide.value }
    /// The compounds' and public places' names, found in a line in one pass.
    let placeNames: DirectoryNames
    /// How long a question waits for its answer.
    public let questionTimeouts: QuestionTimeouts
    /// The questions read from the database, by key (nil: none waiting), so that a line reads its person's
    /// question once; dropped whenever that person's question is written.
    let questionCache = Mutex<[ConversationKey: (Conversation, Date)?]>([:])
    /// When ``runDueJobsIfNeeded()`` next needs to look at the jobs (the earliest next period).
    let nextJobCheck = Mutex<Date>(.distantPast)
    /// What the desk last did for each person, by conversation key (``LastTurn``).
    let lastTurns = Mutex<[ConversationKey: LastTurn]>([:])
    /// The conversation key of the line being read, hashed once for ``lastTurns`` and ``questionCache``.
    let conversationKeys = ConversationKeys()
    /// The pieces of a request each group sender sent before saying what is wrong (``HeldPieces``).
    let heldPieces = Mutex<[String: HeldPieces]>([:])
    /// When each group sender last forwarded a message without asking about it (``forwardedQuestion(_:decision:message:)``).
    let passedOn = Mutex<[String: Date]>([:])
    /// The questions staff listed by number for people who came together, by conversation key (``ListedQuestions``).
    let listedQuestions = Mutex<[String: ListedQuestions]>([:])
    let lastDecision = Mutex<(text: String, sender: String?, group: String?, channel: Channel, decision: Router.Decision)?>(nil)
    /// Set by `--public-url`/`$DESK_PUBLIC_URL`; see ``publicURL``.
    let publicURLSetting = Mutex<String?>(nil)

    /// The longest line the desk reads, in characters.
    public static let maxLineLength = 2000

    /// - Parameters:
    ///   - seeds: where the router's examples, the emergencies and the office directory are read from
    ///     (`seeds/<module>/examples.tsv`, `seeds/desk/…`); without it, the copies kept in the database at the
    ///     last start that had them.
    public init(registry: ModuleRegistry, store: DeskStore, clock: any DeskClock = SystemClock(),
                logger: Logger = Logger(label: "desk"), seeds: SeedFiles? = nil) throws {
        self.registry = registry
        self.store = store
        self.clock = clock
        self.logger = logger
        directory = try store.directory()
        Masking.registerPublicNumbers(directory.organisations.compactMap(\.phone))
        addresses = AddressParser(directory: directory)
        placeNames = DirectoryNames(directory)
        let assets = try UnderstandingAssets.load(seeds: seeds, registry: registry, store: store, directory: directory)
        router = Router(registry: registry, examples: assets.examples, noticeSigners: UnderstandingAssets.noticeSigners(directory),
                        compoundNames: Dictionary(directory.compounds.map { ($0.id, $0.allNames) }, uniquingKeysWith: +),
                        kept: KeptForms(store: store))
        do {
            try router.prepareModel(store: store)
        } catch let error as SeedError {
            throw error   // an examples file that does not read: said at start (only a changed file is read)
        } catch {
            // Only speed is lost: a model the database could not give or keep is trained in memory (here, or on
            // the first line of free text).
            logger.warning("router model not cached", metadata: ["error": "\(error)"])
        }
        emergencyGuide = assets.emergencies
        officeGuide = assets.offices
        questionTimeouts = directory.questionTimeouts ?? QuestionTimeouts()
        try registerJobs()
    }

    /// Answers one line. Never throws: a bad line, a refused request or a failing module is an `error` reply,
    /// and whatever the line had written is rolled back.
    public func respond(to message: Message) -> Reply {
        // What modules asked to keep between starts during the line (``KeptForms``), written outside its transaction.
        defer { store.keepPendingForms() }
        var message = message
        if let given = message.station {
            // A station the community does not have is refused before anything is read: its cases would count nowhere.
            do { message.station = try directory.station(named: given).name } catch { return .failure(error) }
        }
        return withCaseLink(answer(message), for: message)
    }

    /// The sender's own words of a group line that quotes a message, read with the quoted words after them when
    /// alone they say nothing the desk can place (`「引用 球友会老陈：【国庆乒乓球联谊赛】…」我报单打 老年组`,
    /// `「引用 奥园物业客服小周：18栋2单元电梯今天检修停梯半天」半天都过了还冇好`): the quote says what they answer.
    private func withTheQuoteIfNeeded(_ own: String, line: String, message: Message) -> String {
        guard let quoted = QuotedReply.quotedWords(line) else { return own }
        switch decide(own, message) {
        case .act(.chatter, _), .act(.followUp, _), .unknown: break
        default: return own
        }
        let both = own + " " + quoted
        switch decide(both, message) {
        case .act(.chatter, _), .act(.notice, _), .act(.ad, _), .unknown: return own
        default: return both
        }
    }

    /// A line as the desk reads it: normalised (``TextNormalizer``), a character-by-character typing joined
    /// (``SpacedCharacters``), with traditional characters simplified (``TraditionalCharacters``), voice input's slips
    /// put right (``SpokenSlips``) and typed shortcuts spelled out (``TypedShortcuts``).
    static func readable(_ line: String) -> String {
        TypedShortcuts.expanded(SpokenSlips.corrected(TraditionalCharacters.simplified(SpacedCharacters.joined(TextNormalizer.normalize(line)))))
    }

    private func answer(_ message: Message) -> Reply {
        let normalized = Self.readable(message.text)
        let text = message.channel == .group ? withTheQuoteIfNeeded(QuotedReply.withoutTheName(normalized), line: normalized, message: message)
            : withoutTheDayBeforeACommand(normalized)
        if text.isEmpty { return Reply(status: .ignored, text: "") }
        guard text.unicodeScalars.count <= Self.maxLineLength else {   // scalars: combining marks count too
            return .failure(DeskError("line-too-long", "这条消息太长（\(text.unicodeScalars.count)字），最多\(Self.maxLineLength)字，请分开发送"))
        }
        if let pending = pending(for: message), !setsAsideLongWaiting(pending, text: text, message: message) {
            // Dropping or answering the waiting question and what the line then does are one commit.
            return inOneCommit(message) { respond(to: message, text: text, pending: pending) }
        }
        if Self.mayContinue(text), Self.continueWords.contains(text.lowercased()) {
            // `继续` with no question waiting continues nothing: not a request (it had opened a consult case).
            return message.channel == .group ? Reply(status: .ignored, text: "")
                : .answer("现在没有等您回答的问题，也没有放下未办完的事。需要办什么事请直接说；输入 帮助 查看全部命令。")
        }
        if let (target, rest, separated) = router.explicit(text), acceptsVerb(target, separated: separated, text: text, message: message) {
            return dispatch(target, rest: rest, message: message, abandoning: nil)
        }
        if let id = CaseNumber.normalize(text, prefixes: casePrefixes) {
            return run(.show, args: id, message: message)
        }
        if let id = CaseNumber.find(in: text), casePrefixes.contains(String(id.prefix { $0 != "-" })), Self.asksProgress(text) {
            // `我报的那个单子SQ-0001怎么样了`: the case's status (in a group, only a case of that group's, and
            // without personal data — the kernel's `查看` rule for groups).
            return run(.show, args: id, message: message)
        }
        return requests(text, message: message)
    }

    /// The answer of the service `decision` names to a question staff write down with the answer they gave (`宁先生 男
    /// 77年3月 问退休 63岁 2040-03 已告知`), when that service answers such lines (``Service/answersWhatStaffTold``) and
    /// has all it needs: staff can check what they told. Nil when it would have to ask (nothing is left waiting).
    private func answerToCheck(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        // (Only with a month written in it, `77年3月`, `1970-05`: what was looked up or told in general is a record.)
        guard case .service(let ref) = decision, registry.services[ref.module][ref.service].answersWhatStaffTold,
              Self.writesAMonthOfAYear(text), pending(for: message) == nil else { return nil }
        let before = lastTurns.withLock { $0[conversationKeys.key(message.conversation)] }
        let reply = begin(ref, text: text, message: message)
        if reply.status == .answered { return reply }
        forget(message.conversation)
        lastTurns.withLock { $0[conversationKeys.key(message.conversation)] = before }
        return nil
    }

    /// A counter line without the day staff wrote it under, and its weekday, when a command follows (`10/24 回访
    /// 泊9-1-1103 老孔 … 满意`, `12/16 周一 回访 …`: the follow-up command); any other line as it is.
    private func withoutTheDayBeforeACommand(_ text: String) -> String {
        guard let day = Self.day(openingLine: text) else { return text }
        var rest = String(text[day.upperBound...]).trimmingSpaces
        if let weekday = Self.weekdayStamp.firstRange(in: rest) { rest = String(rest[weekday.upperBound...]).trimmingSpaces }
        guard let (target, _, _) = router.explicit(rest) else { return text }
        // `12月2日 值班 泊林3栋…的儿子打来…`: the day staff were on duty, heading what they wrote — not a change of operator.
        if case .kernel(.duty) = target { return text }
        return rest
    }
    /// A weekday written after the day (`周一`, `星期三`, `礼拜六`), then a space.
    private static let weekdayStamp = TextPattern("^(?:周|星期|礼拜)[一二三四五六日天](?=[ 　])", clues: "周星礼")

    /// Whether a line opens with the day staff write their entries under (`10/24 …`, `9.3 …`, `9月3日 …`): a month
    /// and a day of one or two digits each, then a space or text — not a birth month (`1968.3`, `68年3月`).
    static func opensWithADay(_ text: String) -> Bool {
        day(openingLine: text) != nil
    }

    /// The range of the day a line opens with (``opensWithADay(_:)``). Only a line whose first character is an ASCII
    /// figure can open with one: every other line is said not to without the pattern (this runs on every counter line).
    private static func day(openingLine text: String) -> Range<String.Index>? {
        guard let first = text.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return nil }
        return dayStamp.firstRange(in: text)
    }
    private static let dayStamp = TextPattern(#"^(?:1[0-2]|0?[1-9])(?:[/.]|月)(?:[12][0-9]|3[01]|0?[1-9])(?:日|号)?(?=[ 　]|[^0-9./])"#, digits: 2)

    /// A resident's question written down with the answer staff gave (``AnsweredAtTheCounter``), for a module's service:
    /// that service's answer, given through staff — nothing to open, and not nothing. A retirement age with its birth
    /// month written is worked out again for staff to check (``answerToCheck(_:decision:message:)``).
    /// A question no service takes (`问驿站春节几号有人 已答 …`, read as a notice or talk) is the desk's own answer, given
    /// through staff.
    private func answeredAtTheCounter(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        if case .act(let act, _) = decision, act == .notice || act == .chatter || act == .outOfScope, AnsweredAtTheCounter.says(text) {
            return Reply(status: .answered, text: Self.answeredThroughStaff)
        }
        guard case .service(let ref) = decision, !(registry.modules[ref.module] is Appeals), AnsweredAtTheCounter.says(text) else { return nil }
        // (Nor one about another office's matter that names no service outright, `问带孙打疫苗 答复带接种证…`, whatever
        // service the model half hears in it.)
        if offices.office(for: text) != nil, !router.namesAServiceOutright(text) {
            return Reply(status: .answered, text: Self.answeredThroughStaff)
        }
        if let checked = answerToCheck(text, decision: decision, message: message) { return checked }
        return Reply(module: registry.modules[ref.module].id, status: .answered,
                     text: "好的，已记下：居民问的\(registry.services[ref.module][ref.service].name)已当场答复，不用开工单。")
    }

    /// A matter staff passed on to another office for a resident (``PassedToAnOffice``: `光荣牌没挂 查了登记漏了 报社区退役军人
    /// 服务站补`), kept as a 诉求 case the community follows — unless the line asks, is ticked done, or the router gives it
    /// to a module's service (`高龄津贴申请材料已收 … 已交街道` is the certification module's errand, `路灯不亮 报街道照明所`
    /// a repair).
    private func passedToAnOffice(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        guard PassedToAnOffice.says(text), !QuestionForm.asks(text), !CheckedNote.isTicked(text) else { return nil }
        switch decision {
        case .service where !isAppeal(decision), .tie: return nil
        default: break
        }
        guard let appeal = isAppeal(decision) ? decision.serviceOrGuess : appealRef(.other) else { return nil }
        return begin(appeal, text: text, message: message)
    }

    /// Words telling that something is lost (`找不到了`, `弄丢了`).
    private static let lost = ["找不到了", "弄丢了", "搞丢了", "丢了", "掉了", "不见了"]

    /// The desk's own word for a question staff answered at the counter that no service takes.
    private static let answeredThroughStaff = "好的，已记下：居民问的事已当场答复，不用开工单。"

    /// Whether `text` writes a month of a year (`77年3月`, `1970-05`, `1970年5月`), not a length of time (`12年4个月`).
    static func writesAMonthOfAYear(_ text: String) -> Bool {
        YearMonth.find(in: text) != nil || Self.twoDigitYearMonth.firstMatch(in: text) != nil
    }
    private static let twoDigitYearMonth = TextPattern(#"(?<![0-9])[0-9]{2}年[0-9]{1,2}月"#, digits: 3)

    /// Whether staff ask the desk to arrange someone's going (`请银发队排一下`, `请继续排陪诊`, `能不能登记上门`), not
    /// a question put with 请问.
    static func asksToArrange(_ text: String) -> Bool {
        text.replacingOccurrences(of: "请问", with: "").contains(anyOf: ["请", "麻烦", "能不能"], followedWithin: 6, byOneOf: "排派陪")
            || text.contains("登记上门")
    }

    /// Whether a line asks for someone to come or look (`请网格员上门看看`, `麻烦派个人来`).
    static func asksSomeoneToCome(_ text: String) -> Bool {
        ["请", "麻烦", "能不能", "帮忙"].contains(where: text.contains) && ["上门", "来看", "看看", "看一下", "派人", "派个人", "过来"].contains(where: text.contains)
    }

    /// Whether a line that names a case asks how it is going.
    static func asksProgress(_ text: String) -> Bool {
        ["怎么样", "进度", "好久", "什么时候", "么时候", "么样", "到哪", "还没", "冇", "办了没", "处理了没", "修了没", "有结果", "查一下", "查下"]
            .contains(where: text.contains)
    }

    /// A line that arrives while a question waits: the answer, a word about the question (`取消`, `?`), or a new
    /// request of its own — which is never folded into the waiting one. When the line answers and then asks for
    /// something else (`1968年3月，还有我家楼道灯坏了`), the answer goes to the question and the rest follows.
    /// Later parts of a message held by the question are handled once it ends.
    private func respond(to message: Message, text: String, pending: Conversation) -> Reply {
        var pending = pending
        var line = text
        if pending.callbackFor == nil, router.explicit(text) == nil, let (answer, rest) = answerThenRequests(text, pending: pending, message: message) {
            pending.queued = rest + (pending.queued ?? [])
            line = answer
        }
        return handleQueued(after: pending, reply: respondWhileWaiting(message, text: line, pending: pending), message: message)
    }

    private func respondWhileWaiting(_ message: Message, text: String, pending: Conversation) -> Reply {
        if let caseID = pending.callbackFor {
            // The callback number of a case already opened: a number or 不用 answers; a command or anything else
            // sets the question aside (a new request says so, a command just runs).
            let command = router.explicit(text) != nil || CaseNumber.normalize(text, prefixes: casePrefixes) != nil
            if !command, let earlier = earlierCase(suppliedBy: text, message: message), earlier.id != caseID {
                // `鲁爹爹水箱 我来补电话 他儿子的139…` while the desk asks for another case's callback number: the number
                // is the earlier matter's. The callback question still waits.
                var reply = addParticulars(text, to: earlier, message: message)
                reply.text += "\n" + Self.callbackQuestion
                return reply
            }
            if !command, let reply = answerCallback(pending, caseID: caseID, text: text, message: message) { return reply }
            if !command, requestContent(text).isEmpty || saysWhere(text, decision: decide(text, message)) || givesParticulars(text),
               let record = try? store.read({ db in try CaseRecord.fetchOne(db, key: caseID) }) {
                // `1单元` or `易婆婆 易菊芳 5-2-301 每天中午一餐` typed at the counter right after the case opened:
                // where it is, whom it is for, for the case; the callback question still waits.
                var reply = addParticulars(text, to: record, message: message)
                reply.text += "\n" + Self.callbackQuestion
                return reply
            }
            forget(message.conversation)
            var reply = respond(to: message)
            if !command && !reply.text.isEmpty {
                // Safety first: an emergency's instruction stays at the top, the note goes below it.
                let note = "（工单 \(caseID) 未记回访电话）"
                reply.text = reply.text.hasPrefix("【") ? reply.text + "\n" + note : note + "\n" + reply.text
            }
            return reply
        }
        if Self.cancelWords.contains(text.lowercased()) {
            forget(message.conversation)
            return .answer("已取消「\(pendingName(pending))」，没有保存任何内容。" + pendingCaseNote(pending))
        }
        if Self.helpWords.contains(text.lowercased()) {
            return Reply(module: pendingModule(pending), status: .ask, caseID: pending.pendingCase,
                         text: pendingHelp(pending), choices: pendingChoices(pending))
        }
        if Self.continueWords.contains(text.lowercased()) {
            // `继续`: the question again — not an answer (it had become a repair's description).
            return Reply(module: pendingModule(pending), status: .ask, caseID: pending.pendingCase,
                         text: "接着办「\(pendingName(pending))」：\(resumeQuestion(pending))", choices: pendingChoices(pending))
        }
        if let (target, rest, separated) = router.explicit(text), acceptsVerb(target, separated: separated, text: text, message: message) {
            // A command sets the waiting request aside, and says so.
            var reply = dispatch(target, rest: rest, message: message, abandoning: pending)
            reply.text = setAsideNotice(pending) + reply.text
            return reply
        }
        if message.channel == .desk, pending.emergency == nil, let left = staffLineToLeave(text) {
            // `奥园未认证还剩8人`, `清明值班表 5日王网格 …` while the desk asks something of a request: figures or a
            // notice, not the answer.
            return keepingTheQuestion(of: pending, left, message: message)
        }
        if message.channel == .desk, pending.emergency == nil, let reply = checkedNote(text, message: message) {
            // `交班：①7栋水管 物业修好了✓ ②…` while the desk asks which kind of fault a repair is: a ticked summary of other
            // matters is never the answer, nor news that the waiting request is over.
            return keepingTheQuestion(of: pending, reply, message: message)
        }
        let decision = decide(text, message)
        if message.channel == .desk, pending.emergency == nil, !answersTyped(text, pending, message), !answersChoice(text, pending),
           let question = pendingQuestion(pending) {
            let stillWaiting = "\n「\(pendingName(pending))」还差一项：\(question)"
            if let reply = recordThenRequest(text, message: message) {
                // `铁丝网拉好了 另 塘边的路灯不亮 请社区报市政` while the desk waits for something else: the new matter is
                // taken; the question keeps waiting unless the new matter asks its own.
                return keepingTheQuestion(of: pending, reply, message: message)
            }
            if saysTheDangerIsOver(text), !decision.isRequest, let record = recentCounterEmergency(message),
               !namesAnotherBuilding(text, than: record) {
                // `管婆婆120接走了 疑似股骨骨折 …` while the desk asks which kind of fault a repair is: news of the fall
                // staff reported earlier, noted on its case; the question keeps waiting.
                var reply = noteResolution(on: record, text: text, message: message, silent: false,
                                           reply: "收到，已在紧急工单 \(record.id) 上记下：\(DisplayWidth.truncate(Masking.redact(text), to: 30))。工作人员核实后办结。")
                reply.text += stillWaiting
                return reply
            }
            if LabourDispute.handled(text) {
                // `木工小周欠薪 劳动保障所约了装修老板 …` while the desk waits for something else: wages the community
                // chases, a case of their own — not the answer, nor work done.
                return keepingTheQuestion(of: pending, requests(text, message: message), message: message)
            }
            if emergency(in: text, decision: decision, message: message) == nil, WorkRecord.says(text)
                || emergencies.isOver(text) && emergencies.emergency(in: text, evenIfOver: true) != nil && !Self.asksSomeoneToCome(text) {
                // `奥园10栋1701装修 物业和我一起上门了 业主答应停到9号` while the desk waits for an elder's name: staff
                // recording another matter's progress. Nothing to register; the question keeps waiting. So is how a
                // danger reported elsewhere ended (`…在卫生间摔倒 物业拿备用钥匙开门 送协和 …`): not a member's name.
                // (A danger staff mark urgent, `紧急 …`, is one whatever help is on its way.)
                if var progress = progressOnOpenCase(text, message: message) {
                    progress.text += stillWaiting
                    return progress
                }
                if isAMatterToFollow(text) {
                    // `泊10-2-504的狗夜里叫 … 物业上门 狗主人答应这几天晚上带去乡下`: a matter someone has promised to see
                    // to, followed on a case of its own, as it would be with nothing waiting.
                    return keepingTheQuestion(of: pending, requests(text, message: message), message: message)
                }
                return Reply(status: .ignored, text: "好的，这是已经办完的情况，不用开工单。" + stillWaiting)
            }
            if case .act(.resolved, let best) = decision, text.count > Self.fewWordsForAnAnswer,
               !Self.callsOff(text), !text.contains("可以结"), !MatterClosed.says(text),
               best.map({ registry.modules[$0.module].id }) != pendingModule(pending) ?? "" {
                // `泊林球室 门口防护网补好了 老纪验收` while the desk waits for a member's name: news that another matter is
                // done, taken as it would be with nothing waiting — it does not drop the waiting request. (A matter
                // called off or closed, `不用再派了`, `…可以结了`, still ends the waiting one.)
                return keepingTheQuestion(of: pending, requests(text, message: message), message: message)
            }
            if Self.opensWithADay(text), text.count > Self.fewWordsForAnAnswer, emergency(in: text, decision: decision, message: message) == nil {
                // `10/24 汉1-1-602 电梯里抽烟的爹爹 上门说了 …` while the desk waits for a birth month asked days ago:
                // staff's next dated entry is a matter of its own, not an attempt at the answer. The question keeps
                // waiting.
                return keepingTheQuestion(of: pending, requests(text, message: message), message: message)
            }
            if waitingField(pending).map({ !$0.kind.isText }) ?? false,
               let earlier = earlierCase(suppliedBy: text, message: message), earlier.id != pending.pendingCase {
                // `邓婆婆名字叫邓桂兰 刚才漏了` while the desk asks how a certification was made: the name is the earlier
                // matter's; the question keeps waiting. (A question for free text, such as a name, takes the line itself.)
                var reply = addParticulars(text, to: earlier, message: message)
                reply.text += stillWaiting
                return reply
            }
        }
        // `送医了 医生说中暑 … 冇得大事` while the desk asks where the emergency is: the model hears talk, the words say
        // it is over.
        let overWhileAsked = pending.emergency != nil && emergencies.isOver(text)
        if case .act(let act, _) = decision, act == .resolved || act == .chatter && overWhileAsked,
           emergency(in: text, decision: decision, message: message) == nil,
           FixNews.says(text) || Self.callsOff(text) || overWhileAsked
            || !answersTyped(text, pending, message) && text.count > Self.fewWordsForAnAnswer {
            // "不用派人来了" or "人出来了 冇得事 谢谢" while the desk waits for the address: the waiting request is
            // over, not answered. `电梯好了 能坐了` names the lift, yet it answers no question about the fault. A word
            // or two the model merely leans to news of a fix (`煤气`) is a wrong answer, told what was wrong. Asked
            // where an emergency is, `找到了 … 在奥园东门 家里人接回来了` says where the lost man was found: over.
            forget(message.conversation)
            return calledOff(pending, text: text, message: message)
        }
        if emergency(in: text, decision: decision, message: message) != nil && pending.emergency == nil {
            // An emergency is never an answer to another request's question. It is handled first; the waiting
            // request is kept and asked again after it (at once, or when the emergency's own question ends).
            forget(message.conversation)
            return resume([pending], after: requests(text, message: message), message: message)
        }
        if message.channel == .group, pending.emergency == nil, emergencies.isOver(text), !answersTyped(text, pending, message),
           let record = ownEmergency(message), let over = alarmRaiserSaysItIsOver(text, record, message: message) {
            // `婆婆送医院了 说是骨折` from the one who raised the fall, while the desk asks about the stair light they
            // reported since: the emergency is over; the light's question keeps waiting.
            return over
        }
        if let pointed = pointsWhileAChoiceWaits(text, pending, message: message) { return pointed }
        let correcting = Self.corrects(text)
        if message.channel == .group, decision.isNotARequest || ventsOnly(text, decision) || takesBackItsAlarm(text, message: message),
           !answersTyped(text, pending, message), !answersChoice(text, pending), !pointsTheWay(text), !namesASpot(text),
           !correcting {
            // In a group, "收到" or a sticker while a question waits is chatter, not the answer, and so is a neighbour
            // venting (`狗又出来了`); a pointer to a place (`就是广场东边挨着篮球场的那台`) or a correction (`我说错了 不是秋千
            // 是跷跷板`) is an attempt at it.
            return keptOnTheWaitingEmergency(pending, text: text, message: message) ?? Reply(status: .ignored, text: "")
        }
        if message.channel == .group, !answersTyped(text, pending, message), !answersChoice(text, pending), !correcting,
           talksPast(text, pending, decision: decision) {
            // "我是护士 马上下来" while the desk waits for this neighbour's address: said to the group, not to the
            // desk. The question keeps waiting; an attempt at the answer (digits, a place) still gets told what
            // was wrong.
            return keptOnTheWaitingEmergency(pending, text: text, message: message) ?? Reply(status: .ignored, text: "")
        }
        if startsNewRequest(text, decision: decision, pending: pending, message: message) {
            // The new line is handled first, with the question still waiting: a side question that only needs an
            // answer (`要带什么东西吗`) keeps it, and the reply asks it again; a request of its own sets it aside.
            var reply = requests(text, message: message)
            let waiting = self.pending(for: message)
            if reply.status == .answered, waiting == nil || waiting == pending, let question = pendingQuestion(pending) {
                if waiting == nil { reply = save(pending, for: message, reply: reply) }   // the answer's own request ended
                reply.text += "\n另外，您的「\(pendingName(pending))」还差一项：\(question)"
                return reply
            }
            if waiting == pending { forget(message.conversation) }
            // (Not when the line went on the waiting request's own case: `穿蓝色短袖 … 叫何小勇` while the desk asks
            // where the lost boy was last seen.)
            if reply.caseID == nil || reply.caseID != pending.pendingCase { reply.text = setAsideNotice(pending) + reply.text }
            return reply
        }
        // `我说错了 不是秋千 是跷跷板 卡住了`: the answer is what the correction puts right.
        return continuePending(pending, answer: correcting ? Self.correctedPart(of: text) : text, message: message)
    }

    /// The raiser's own further words while the desk still asks where their emergency is (`打了120 有冇人来帮忙 不敢搬
    /// 她`): not the answer, and not lost either — kept, without a post to the group, on the emergency's case for the
    /// staff who go. Nil when the waiting question is no emergency's or its case cannot be read.
    /// Word of how it ended (`120来了 拉到中心医院了`, ``tellsHowItEnded(_:)``) ends the wait: answered on the case, the
    /// question of where no longer asked.
    func keptOnTheWaitingEmergency(_ pending: Conversation, text: String, message: Message) -> Reply? {
        guard pending.emergency != nil, let id = pending.pendingCase,
              let record = try? store.read({ db in try CaseRecord.fetchOne(db, key: id) }) else { return nil }
        if tellsItEndedOutOfDanger(text) {
            forget(message.conversation)
            return dangerEnded(on: record, text: text, message: message)
        }
        // `那个婆婆么样了` from the raiser too, once others have gone to help: a question, answered; the wait goes on.
        if let answer = askedAfterTheOneInDanger(text, message: message) { return answer }
        return addToCase(record, note: "现场补充：\(Masking.redact(text))", message: message, reply: nil)
    }

    /// What the router makes of `text` said by `message`'s sender. A line is read once: the last decision is
    /// kept for the other steps of the same line that ask again.
    func decide(_ text: String, _ message: Message) -> Router.Decision {
        let sender = message.channel == .group ? message.requester.sender : nil
        if let last = lastDecision.withLock({ $0 }), last.text == text, last.sender == sender, last.group == message.group,
           last.channel == message.channel {
            return last.decision
        }
        let decision = router.decide(text, sender: sender, staff: message.channel != .group, compound: groupCompound(message))
        lastDecision.withLock { $0 = (text, sender, message.group, message.channel, decision) }
        return decision
    }

    /// The compound of the group `message` came from (`奥园业主群` → `aoyuan`); nil at the counter.
    func groupCompound(_ message: Message) -> String? {
        guard message.channel == .group, let group = message.group else { return nil }
        return directory.compound(forGroup: group)?.id
    }

    /// The field the waiting question asks for, when it asks for one of its service's fields.
    func waitingField(_ pending: Conversation) -> Field? {
        guard let code = pending.service else { return nil }
        return pending.asking.flatMap { registry.service(code: code)?.service.field($0) }
    }

    /// Whether `text` is a valid answer to a question that wants more than free text (an address, a choice…).
    func answersTyped(_ text: String, _ pending: Conversation, _ message: Message) -> Bool {
        guard let field = waitingField(pending), !field.kind.isText else { return false }
        return (try? FieldReader.read(text, for: field, partial: pending.partial, context: prefillContext(message))) != nil
    }

    /// `reply` to another matter taken while `pending`'s question waits: the question is asked again, unless the new
    /// matter now asks its own, which sets the waiting one aside (and says so).
    private func keepingTheQuestion(of pending: Conversation, _ reply: Reply, message: Message) -> Reply {
        var reply = reply
        if self.pending(for: message) != pending {
            reply.text = setAsideNotice(pending) + reply.text
        } else if let question = pendingQuestion(pending) {
            reply.text += "\n「\(pendingName(pending))」还差一项：\(question)"
        }
        return reply
    }

    /// Whether a group line said while a typed question waits (an address, a choice, a date) carries nothing of
    /// an answer — no digit, no place the directory knows, no pointer to a place (`就在进门右手边`) — and is no
    /// request (a new request is weighed next) nor a word on the report itself (`今晚又冇水`, which goes on its case).
    private func talksPast(_ text: String, _ pending: Conversation, decision: Router.Decision) -> Bool {
        guard pending.callbackFor == nil, let code = pending.service, let (module, service) = registry.service(code: code),
              let field = pending.asking.flatMap(service.field), !field.kind.isText else { return false }
        if text.contains(where: { $0.isNumber }) || pointsTheWay(text) || namesASpot(text) || decision.isThreadRemark { return false }
        if namesACompound(text) || directory.places.contains(where: text.contains) { return false }
        return !decision.isRequest && !(decision.bestService.map { registry.modules[$0.module].id == module.id } ?? false)
    }

    /// Whether `text` picks one of the choices the waiting question offered — read as every choice answer is
    /// (``ChoiceAnswer``: `1`, `第一个`, a name) — or a number of a module's own numbered question
    /// (`1. LD-01 … 2. LD-02`). In a group, `1` is otherwise an echo.
    func answersChoice(_ text: String, _ pending: Conversation) -> Bool {
        let choices = pendingChoices(pending)
        if !choices.isEmpty { return choices.contains(text) || ChoiceAnswer.index(text, names: choices) != nil }
        guard let n = Int(text) else { return false }
        return pending.question?.contains("\(n). ") == true
    }

    /// Whether a verb at the start of the line calls its service. `报修 …` (a space, or the verb alone) always
    /// does; a residents' verb run into a sentence (`退休老人王奶奶好几天没见人了`) only when the sentence does not
    /// clearly belong elsewhere.
    private func acceptsVerb(_ target: Router.Target, separated: Bool, text: String, message: Message) -> Bool {
        // (In a group, a kernel verb run into a sentence, `回访电话打来问我满不满意…`, is a resident's words.)
        if case .kernel(let command) = target { return separated || !command.verbStandsApart && message.channel != .group }
        guard !separated, case .service(let ref) = target else { return true }
        // `活动室的空调坏了`: a room whose name starts with a verb's characters (the volunteer tasks' `活动`), not the verb.
        if Self.roomsNamedLikeAVerb.contains(where: text.hasPrefix) { return false }
        let decision = decide(text, message)
        // `活动室里有个爹爹吃饺子卡住了`: a danger told in a sentence that happens to start with a verb, whoever's verb.
        if emergency(in: text, decision: decision, message: message) != nil { return false }
        // A staff verb run into a group's sentence (`上门认证要不要收费`) is a resident's words, read as free text.
        guard registry.services[ref.module][ref.service].audience == .residents else { return message.channel != .group }
        switch decision {
        case .service(let other): return other.module == ref.module
        case .act(let act, _): return !(act == .notice || act == .ad || act == .resolved)   // `社保卡的事谢谢 拿到了`
        case .tie(let refs): return refs.contains { $0.module == ref.module }
        case .unknown: return true
        }
    }

    /// Rooms whose names start with a verb's characters (``acceptsVerb(_:separated:text:message:)``).
    static let roomsNamedLikeAVerb = ["活动室", "活动中心", "活动场地"]

    /// The service whose arrangement a line may change: the one the router chose, or at the counter its best guess
    /// for a line it reads as a notice or talk (`殷婆婆 本周五探访改周六 已记`, `郝凤英 2月26日陪诊 改到27日`: staff
    /// telling a change, which reads like a notice).
    private func arrangingService(_ decision: Router.Decision, message: Message) -> Router.ServiceRef? {
        if case .act = decision, message.channel != .desk { return nil }
        return decision.serviceOrGuess
    }

    /// Free text: an emergency first, then what the router makes of it.
    func freeText(_ text: String, message: Message) -> Reply {
        let decision = decide(text, message)
        rememberForward(text, message: message)
        // Staff telling how the emergency they just reported goes on (`已打96333 物业在撬门`, `人抬出来了 小腿骨折 已送医`).
        if let record = counterEmergency(message), let reply = goesOnCounterEmergency(text, record, decision: decision, message: message) {
            return reply
        }
        // The one who raised an emergency in the group telling where and how it goes (`20栋1单元702 伢在门里面哭`).
        if let reply = goesOnOwnEmergency(text, decision: decision, message: message) { return reply }
        if let emergency = emergency(in: text, decision: decision, message: message) {
            // `婆婆是醒的 鼻子出血 手擦破了 120到了` from the scene in the hour of the group's emergency: how it ended, though
            // it names the hurt — answered on that case, not raised again.
            if message.channel == .group, tellsItEndedOutOfDanger(text), !Self.criesForHelp(text),
               let record = emergencyThread(message) {
                return dangerEnded(on: record, text: text, message: message)
            }
            return begin(emergencyService(for: emergency, text: text, decision: decision), text: text, message: message, emergency: emergency)
        }
        if case .service(let ref) = decision, ref == appealRef(.emergency), !emergencies.isOver(text), let record = ownEmergency(message) {
            // `伢在哭 里面好闷` a minute after `电梯卡在17楼和18楼中间 我和我伢在里头`: the model hears an emergency in words
            // that name none; from the one who raised it, it is that emergency told on, not another.
            return addToCase(record, note: "现场补充：\(Masking.redact(text))", message: message, reply: "已补记到紧急工单 \(record.id)。")
        }
        // `那个伢没事吧` in a group that had an emergency these days: asked of the desk, answered with its case.
        if let answer = askedAfterTheOneInDanger(text, message: message) { return answer }
        // `家里有台闲置的电扇 想捐给需要的老人`: help offered, not the request its things name. (In an emergency's thread,
        // help offered is said about the emergency: it goes on its case. A sign-up by its service's own verb
        // (`周六除草我想报名 义务的`) is that service's; a notice or an ad asking for gifts (`📢 旧衣服可以捐到驿站`) is no offer.)
        // (A sign-up that asks how to take part, `想报名当志愿者 找哪个`, is asked, not made: answered whatever its verb.)
        if OfferOfHelp.offers(text), !(decision.isNotARequest && !decision.isTalkOrUnplaced),
           !signsUpByVerb(text, decision) || OfferOfHelp.asksHowToJoin(text),
           message.channel == .desk || emergencyThread(message) == nil {
            // `雷婆婆回来了 我下午可以去陪她` names whom the help is for: it goes to the service that records such help
            // (the request its answering service invites), with thanks; asked how to join, or for no one, it is answered.
            // (Read as talk, the line's best guess names the service: `…回来了 我下午可以去陪陪她` is care's.)
            if OfferOfHelp.namesWhoIsHelped(text), !OfferOfHelp.asksHowToJoin(text), let ref = decision.serviceOrGuess,
               let request = requestInvited(by: ref) ?? (isInvitedRequest(ref) ? ref : nil) {
                var reply = begin(request, text: text, message: message)
                reply.text = "谢谢您愿意帮忙！" + reply.text
                return reply
            }
            return .answer(Self.offerOfHelpAnswer)
        }
        // `回访的把我的不满意记成了满意`: the community's own people complained of — a complaint, however the model reads it.
        if message.channel == .group, !decision.isRequest || isAppeal(decision), StaffConduct.complainedOf(text),
           let complaint = appealRef(.complaint) {
            return begin(complaint, text: text, message: message)
        }
        // `食堂的菜里吃出一个苍蝇`: the meals complained of, with nothing asked — a complaint all the same (``MealComplaint``).
        if message.channel == .group, !decision.isRequest, MealComplaint.says(text), let complaint = appealRef(.complaint) {
            return begin(complaint, text: text, message: message)
        }
        // `工单显示办结了 可是灯还是不亮`: the resident's closed case, not done, worked on again.
        if let reopened = closedButNotFixed(text, message: message) { return reopened }
        // `上次那个鲍阿姨的楼道灯 又坏了 四楼的`: staff coming back to a resident's case, named by the resident.
        if let named = earlierMatterNamed(text, message: message) { return named }
        if message.channel == .desk, let passed = passedToAnOffice(text, decision: decision, message: message) { return passed }
        if message.channel == .desk, let errand = errandBesideTheAnswer(text, decision: decision, message: message) { return errand }
        if message.channel == .desk, let answered = answeredAtTheCounter(text, decision: decision, message: message) { return answered }
        if message.channel == .desk, let kept = keptRecord(of: text, decision: decision, message: message) { return kept }
        if let moved = visitMoved(text, decision: decision, message: message) { return moved }
        if let ref = arrangingService(decision, message: message), ArrangementChange.says(text),
           let invited = requestInvited(by: ref) ?? (isInvitedRequest(ref) ? ref : nil) {
            // `助餐停一个礼拜 下下周一再恢复`, `陪诊 从周二改到周四 已跟银发队说了`: a change to what the service
            // arranged is a request to it — not a question for its general answer, nor work done.
            return begin(invited, text: text, message: message)
        }
        if message.channel == .desk, MediationArranged.says(text) || LabourDispute.handled(text) || FraudVictim.lossSeenTo(text),
           let other = appealRef(.other) {
            // `1203和1303漏水赔偿 约了周四晚上议事厅 两家都通知了`: a dispute the community has taken on, kept as a
            // case until it is settled — not work done, nor the repair its words name. So are wages it helps residents
            // get paid (`二平等12人 包工头付了一半 剩下承诺4月初 监察大队登记在案 继续盯`): not a notice either; nor money lost
            // to a scam that it follows with the police (`刷单案：派出所冻结追回1200元 … 剩下2600元还在追`).
            return begin(other, text: text, message: message)
        }
        if message.channel == .group, !isAppeal(decision), FamilySupport.says(text), let other = appealRef(.other) {
            // `我儿子把我的养老金卡拿走了 要买药冇得钱`: the family to bring together, not a question about the card.
            return begin(other, text: text, message: message)
        }
        if case .service(let ref) = decision, TheftReported.says(text), let appeal = isAppeal(decision) ? ref : appealRef(.other) {
            // `泊林6栋1单元 这个月丢了两个快递了 都是放门口的`: a theft for the police and the community, not a repair; the
            // police come first in a resident's reply, whichever of the community's services takes it (staff at the
            // counter know it: `…调了楼道监控 报派出所`).
            var reply = begin(appeal, text: text, message: message)
            if message.channel == .group { reply.text = TheftReported.advice + reply.text }
            return reply
        }
        if case .service = decision, CommonWayBlocked.says(text), !isAppeal(decision), let complaint = appealRef(.complaint) {
            // `楼道里天天推车放在电梯口 进出都要侧着身子`: a neighbour's things in the common way, to be taken up with them —
            // not the lift's repair.
            return begin(complaint, text: text, message: message)
        }
        if case .service = decision, !isAppeal(decision), DamageDispute.says(text), let other = appealRef(.other) {
            // `我家吊顶泡坏了 谁赔 装修队说不关他们的事`: who pays is disputed — the community's to settle, not a repair.
            return begin(other, text: text, message: message)
        }
        if message.channel == .desk, WorkRecord.says(text),
           // (the community's work for one household or person is kept on its case, done or not: ``CommunityWork``)
           CommunityWork.rule(for: text, CharacterPresence(text), staff: true) == nil {
            // `今日走访奥园独居老人14户，均正常`: staff keep a record of work done; nothing is asked. A matter taken up with
            // someone and not yet done (`大刘反映广场舞音响 … 跟舞队领队约了周日晚上商量`) is followed on its case — unless
            // it is what a danger told after the fact left (`池塘落水 已联系物业今天加固假山边栏杆`). Progress on an open
            // case at the place it names goes on that case, done or not (`物业说材料到了 下礼拜一装`).
            let followed = isAMatterToFollow(text)
            if !followed, let checked = answerToCheck(text, decision: decision, message: message) { return checked }
            if let progress = progressOnOpenCase(text, message: message) { return progress }
            if !followed {
                return Reply(status: .ignored, text: "好的，这是已经办完的情况，不用开工单。如有要办的事，请写明要办什么。")
            }
        }
        // `12栋3单元802 刘爹爹 刘光明` right after the desk answered this person about care visits: the elder it asked for.
        if let reply = continuesLastTurn(text, decision: decision, message: message) { return reply }
        // `华国强的身份证号送来了 420102…`: staff adding to a matter typed earlier today, named by its person.
        if let record = earlierCase(suppliedBy: text, message: message) { return addParticulars(text, to: record, message: message) }
        // `是武汉户口` after the desk answered the sender's question about paying for their own insurance: read with it
        // (not as a question about 户口 for another office).
        if let again = questionGoesOn(text, decision: decision, message: message) { return again }
        // (Not a line said to one neighbour by name, `@新来的-小贺 武汉冇得集中供暖的 …`: that neighbour is answered.)
        // Nor staff asking the desk to arrange something the line tells of another office beside (`打流感疫苗 … 请银发队
        // 排一下`), or recording a resident's report they entered (`…反映物业贴出调整物业费的通知：录入`): the arranging,
        // the matter, is the desk's. Nor a fault reported where the office's work is done (`托管班教室的
        // 空调不制冷了 请物业来修`): a repair, whatever the office answers about the place.
        if let office = offices.office(for: text), case let present = CharacterPresence(text),
           !(message.channel == .group && (router.isNotice(text) || NeighbourTalk.repliesToANeighbour(text))),
           // (nor the community's own work for one household or person — a registration at its door, a certificate,
           // an award's nomination —, whatever papers or office it names: ``CommunityWork``)
           CommunityWork.rule(for: text, present, staff: message.channel == .desk) == nil,
           !(message.channel == .desk && (Self.asksToArrange(text) || ResidentReported.entered(text, present)
                 // (nor a note of work a service keeps a record of, asking nothing: `独居 情绪低 排银发队隔天上门 联系家庭医生`)
                 || !QuestionForm.asks(text) && keeperOfWork(in: text) != nil)),
           !decision.isNotARequest || NeighbourTalk.asksTheGroup(text) || QuestionForm.asks(text)
               // (or told by someone the scam already caught, `我点了 叫我输卡号 我输了`, whom the model hears as talk)
               || office.helpsVictims && FraudVictim.acted(text),
           !(decision.isRequest && !QuestionForm.asks(text) && present.containsAny(of: Router.faultWords)),
           office.beforeServices || !router.namesAServiceOutright(text) {
            // 居住证, 疫苗…: where to go, unless a service of the desk is named outright (代办 社保卡补办). In a group,
            // only a question (or a wish: `想开个居住证明`) gets it: `社区医院 带医保卡就行` is a neighbour's advice. A
            // question about such a topic is answered however the rest of the line reads (`物业费涨了冇 今年多少一平`,
            // `说我医保卡被冻结了 … 是不是骗子啊`), and a caller pretending to be a service's office is one even when
            // the service is named (``OfficeGuide/Office/beforeServices``).
            // A suspicious call told of is warned against all the same (``OfficeGuide/Office/warnsWhenTold``). A
            // notice in a notice's format in a group (`【反诈提醒】…`) is not answered at all.
            // (A paper lost, told without a question — `户 口 本 找 不 到 了 翻 了 一 上 午` — asks where to replace it.)
            if message.channel == .group && !QuestionForm.asks(text) && !QuestionForm.wants(text) && !office.warnsWhenTold
                && !present.containsAny(of: Self.lost) {
                return Reply(status: .ignored, text: "")
            }
            // (Nor staff's or the property's own word in the group, `算不算要区征收办认定 社区说了不算 … 有疑问当场问他们`:
            // they answer the residents, whatever their line asks back.)
            if message.channel == .group, router.isUnitAccount(message.requester.sender ?? "") {
                return Reply(status: .ignored, text: "")
            }
            // Someone who already gave the scammer something needs help, not only the warning.
            if office.helpsVictims, FraudVictim.acted(text), let help = appealRef(.other) {
                var reply = begin(help, text: text, message: message)
                reply.text = office.pointer + "\n" + reply.text
                return reply
            }
            return .answer(office.pointer)
        }
        if let answer = forwardedQuestion(text, decision: decision, message: message) { return answer }
        if emergencies.isOver(text), decision.isRequest, router.confidence(text) < 0.9 {
            // "火已扑灭，无人受伤" is news that the danger has passed, not a new request — unless it asks for someone
            // to come after it (`厨房失火 已扑灭 请网格员上门看看`): a request the desk keeps.
            if Self.asksSomeoneToCome(text), let other = appealRef(.other) { return begin(other, text: text, message: message) }
            return speechAct(.resolved, fallback: nil, text: text, message: message)
        }
        // A notice in a notice's format or from a unit's account is not news from the scene; a line the model only
        // guesses to be a notice (`已经打了燃气公司电话`) may be.
        // (The group's emergency thread, read at most once for the checks below and only where one asks for it.)
        lazy var thread = emergencyThread(message)
        if message.channel == .group,
           decision.isThreadRemark || remarksOnTheScene(text, decision: decision, message: message,
                                                        raisedTheAlarm: raisedTheGroupsAlarm(thread, message)),
           let record = thread, joinsEmergencyThread(text, record, decision: decision, message: message) {
            // A neighbour's word in the thread of an emergency ("我在楼上都闻到了", "已经打了120") goes on its case.
            // Silent: a busy thread would otherwise hear the desk after every neighbour's word. Help called off
            // (`社区不用来人了`) is answered.
            // (`@2栋-小柯 身份证号莫发群里 快撤回` calls nothing off: it is said to a neighbour.)
            if !decision.isRequest && Self.callsOff(text) && !NeighbourTalk.repliesToANeighbour(text) {
                return noteResolution(on: record, text: text, message: message, silent: false,
                                      reply: "收到，已在工单 \(record.id) 上记下您说的情况，工作人员核实后办结。")
            }
            if let over = alarmRaiserSaysItIsOver(text, record, message: message) { return over }
            // `伢么样了`, `是哪个倒了 要不要紧` in the thread: a question put to the desk, answered — not a word from the scene.
            if let answer = askedAfterTheOneInDanger(text, message: message) { return answer }
            return addToCase(record, note: "现场补充：\(Masking.redact(text))", message: message, reply: nil)
        }
        if message.channel == .group, isAppeal(decision), CharacterPresence(text).containsAny(of: Grievance.inVain),
           let record = emergencyThread(message, within: Self.aDangerStillBeingDealtWith),
           emergency(in: text, decision: decision, message: message) == nil {
            // `讲过好多回莫往楼道里推电动车 就是不听` in the thread of the fire it caused: a neighbour's word on
            // the emergency's cause, kept on its case — not a complaint of its own while the danger is dealt with.
            return addToCase(record, note: "现场补充：\(Masking.redact(text))", message: message, reply: nil)
        }
        // `是的 臭得很 走那过都要捂鼻子` under a neighbour's report: a yes, whatever the model makes of the rest.
        if let linked = confirmation(text, message: message) { return linked }
        // (``saysWhere(_:decision:)`` in two steps: the sender's own case of the last hour is looked for before the
        // router reads the line again, the dearer check. Both only read, so the order changes nothing but the cost.)
        // (The line's request content, read at most once for the checks below and only where one asks for it: it
        // depends on the line and the directory's place names alone — ``isAPiece(_:content:message:)``.)
        lazy var content = requestContent(text)
        if message.channel == .group,
           case let place = !decision.isNotARequest && content.isEmpty ? .yes : whereReading(text, decision: decision),
           place != .no, let record = recentCase(for: message, within: 3600), place == .yes || routerIsUnsure(text) {
            // `他叫秦宝山 泊林3栋1单元201` after the sender's own report: the details it was missing. So is where it
            // is (`9栋1单元1203`, `B区127号车位`, `就是菜场后面那个`), which the model takes for chatter or an ad.
            return addParticulars(text, to: record, message: message)
        }
        if decision.isRequest && (content.isEmpty || isAPiece(text, content: content, message: message)) {
            // A group's piece of a request to come (`5栋2单元301`, `厨房`): held for the line that says what is wrong.
            if message.channel == .group { hold(text, message: message) }
            // A bare address or name with no question waiting: not a request.
            return Reply(status: .ignored, text: message.channel == .group ? "" : "请说一下要办什么事，例如：\(text) 厨房漏水。")
        }
        if message.channel == .group, case .service(let ref) = decision, let remark = threadRemark(text, ref, message: message) {
            // `我屋里也是的`, `我是楼上401，我屋里没漏啊`: said about the thread's report, not a report of its own.
            return remark
        }
        if let more = anotherOfTheSame(text, decision: decision, message: message) { return more }
        // `排污泵换了个新的 井也掏干净了` from the property's manager: news for the resident's case, not a notice to no one.
        if case .act(.notice, _) = decision, let news = unitWorkNews(text, message: message) { return news }
        // `120 到了 她还清醒 上车了` from the grid worker at the scene of the group's emergency: how it ended, answered on
        // its case like a neighbour's word (``alarmRaiserSaysItIsOver(_:_:message:)``) — not a notice to no one.
        if message.channel == .group, case .act(.notice, _) = decision, router.isUnitAccount(message.requester.sender ?? ""),
           tellsHowItEnded(text), let record = emergencyThread(message) {
            return dangerEnded(on: record, text: text, message: message)
        }
        if message.channel == .group, case .act(let act, _) = decision, act == .chatter || act == .notice,
           Self.pleadsToTheCommunity(text), !isPastedNotice(text, sender: message.requester.sender),
           let reply = pleaToTheCommunity(text, message: message) {
            // `那请社区帮我办一下停保 邹宇航 …`, which the model takes for a notice: a plea put to the community is a request.
            return reply
        }
        if message.channel == .group, case .act(let act, _) = decision, act == .chatter || act == .resolved {
            // What the model takes for chatter or news of a fix may still speak of the thread: `秋千修好了冇` asks
            // after a report, `+1 早上送伢上学就冇坐成` echoes one with the sender's own story.
            if FixNews.asksIfFixed(text) { return speechAct(.followUp, fallback: nil, text: text, message: message) }
            if act == .chatter, Router.opensWithMeToo(text) { return speechAct(.meToo, fallback: nil, text: text, message: message) }
            if act == .chatter, let remark = remarkOnOwnCase(text, message: message) { return remark }
            // `那算了 我妈说不要人来` after the sender's own request: called off, whatever the model makes of it.
            if act == .chatter, Self.callsOff(text), recentCase(for: message, about: text) != nil {
                return speechAct(.resolved, fallback: nil, text: text, message: message)
            }
            if act == .chatter, Self.pleads(text), router.confidence(text) < Self.unsureTalk,
               let reply = pleaNoOneTook(text, message: message) { return reply }
        }
        if message.channel == .group, ventsOnly(text, decision) {
            // `又是鞭炮 这回是结婚 全吵醒了`: a neighbour venting in the group, no place and nothing asked of
            // anyone — not a complaint for the community to handle.
            return Reply(status: .ignored, text: "")
        }
        switch decision {
        case .service(let ref) where ref == appealRef(.emergency)
                                   && (emergencies.onlyDismissed(text) || emergencies.toldOfElsewhere(text)):
            // "没有着火，是楼下有人在烧纸钱": a danger named only to say it is not there — or to say what it turned out to
            // be (`着火了着火了 … 我跑过去一看 是在熏腊肉`), or one in a drama or a game (`昨晚看电视剧 有个老人倒在地上`).
            return message.channel == .group ? Reply(status: .ignored, text: "") : begin(appealRef(.other) ?? ref, text: text, message: message)
        case .service(let ref) where ref == appealRef(.emergency) && AnimalInTrouble.namesOnlyAnAnimal(text):
            // `小黄狗被车撞了 在路边叫`: the model's alarm, for an animal and no person — not a call for 120.
            return message.channel == .group ? Reply(status: .ignored, text: "") : begin(appealRef(.other) ?? ref, text: text, message: message)
        case .service(let ref) where ref == appealRef(.emergency) && PeopleNamed.noOne(in: CharacterPresence(text)):
            // `霜降了 晚上出门要加件毛衣`: the model's alarm with no danger named and no one in the line to help.
            return message.channel == .group ? Reply(status: .ignored, text: "") : begin(appealRef(.other) ?? ref, text: text, message: message)
        case .service(let ref) where isEmergencyService(ref) && PeopleNamed.noOne(in: CharacterPresence(text)):
            // `工钱拖到现在 包工头电话都打不通了`: someone unreachable who is nobody's elder to check on — a plea, not a
            // welfare check.
            return begin(appealRef(.other) ?? ref, text: text, message: message)
        case .service(let ref) where ref == appealRef(.emergency):
            // Taken for 紧急求助 without a kind the seed names: the general safety words still come first.
            return begin(ref, text: text, message: message, emergency: emergencies.general)
        case .service(let ref):
            let reply = begin(ref, text: text, message: message)
            // `我舅舅一个人住泊林10栋 能不能请人隔天去看一眼`: the request the general answer invites, asked for someone
            // named. (A service that itself takes such a line up, with a case, keeps it.)
            if message.channel == .group, reply.status == .answered, reply.caseID == nil, !isInvitedRequest(ref),
               let invited = requestInvited(by: ref), asksItForSomeone(text) {
                forgetLastTurn(message)
                return begin(invited, text: text, message: message)
            }
            return answeringOnlyQuestions(reply, text: text, message: message)
        case .tie(let refs):
            return askToChoose(refs, text: text, message: message)
        case .act(let act, let fallback):
            return answeringOnlyQuestions(speechAct(act, fallback: fallback, text: text, message: message), text: text, message: message)
        case .unknown(let guesses):
            if message.channel == .group {
                return remarkOnOwnCase(text, message: message) ?? pleaNoOneTook(text, guesses: guesses, message: message)
                    ?? questionNoOneTook(text, guesses: guesses, message: message)
                    ?? Reply(status: .ignored, text: "")
            }
            if !guesses.isEmpty { return askToChoose(guesses + [appealRef(.other)].compactMap { $0 }, text: text, message: message) }
            return .answer("没有听懂「\(DisplayWidth.truncate(Masking.redact(text), to: 30))」。本服务台可以办理：\(capabilities)。"
                           + "不属于这些的诉求，输入 诉求 加内容登记；输入 帮助 查看全部命令。")
        }
    }

    /// Whether a group line may be news from the scene of an emergency: it names a hotline (and is no pasted
    /// notice), or it is no request of its own, no notice or ad and more than a greeting (`我看到一个穿红衣服的
    /// 伢往北门那边跑了`, `他叫何子轩 戴个蓝帽子`) — kept on the emergency's case for those who search or help.
    /// News that it is over is the resolved speech act's.
    /// `raisedTheAlarm` is read only for a line that reads as talk.
    private func remarksOnTheScene(_ text: String, decision: Router.Decision, message: Message,
                                   raisedTheAlarm: @autoclosure () -> Bool) -> Bool {
        if isPastedNotice(text, sender: message.requester.sender) { return false }
        if Self.mentionsHotline(text) { return true }
        switch decision {
        // `我在北门那边找了 冇人` while an elder is searched for: the model hears a welfare check or an alarm in the
        // search's words, but a short line that names no danger of its own and pleads for nothing is the search told
        // on (the danger named is looked for before the thread: ``emergency(in:decision:message:)``). A plea
        // (`能不能有人去看下 … 3楼的单爹爹两天冇出门`) is another alarm.
        case .service(let ref) where isEmergencyService(ref):
            return text.count <= Self.shortRemark && !Self.pleads(text)
        case .service, .tie, .act(.notice, _), .act(.ad, _): return false
        case .act(.resolved, _): return false   // news that it is over: the resolved speech act notes or answers it
        // The one who raised the alarm goes on telling the scene (`我下夜班回来看到的 他穿黑衣服 … 在9栋后面`), though it reads
        // as talk: it is kept, silently, with the rest.
        case .act, .unknown: return text.count > 4 && (!router.isChatter(text) || raisedTheAlarm())
        }
    }

    /// Whether the sender raised `thread`, the group's emergency, and it had a word within the last
    /// ``ownEmergencyWindow`` (the thread is the group's newest by its last word, so this is the thread that window
    /// alone would find).
    private func raisedTheGroupsAlarm(_ thread: CaseRecord?, _ message: Message) -> Bool {
        guard let thread, thread.requesterSender == message.requester.sender else { return false }
        return thread.updatedAt >= (message.time ?? clock.now).addingTimeInterval(-Self.ownEmergencyWindow)
    }

    /// In a group the desk answers questions: a module's answer to `礼拜天还要加班 😭`, which the model leans
    /// towards the club's opening hours, is not posted — it was said to the neighbours. A birth year or an age is
    /// worth an answer, and so is a line that names the service outright (`我妈今年的养老金认证还没做，她不会用手机`).
    /// (Not only a few words naming it: that left such lines unanswered to spare remarks like `今天乒乓球室好多人`.)
    private func answeringOnlyQuestions(_ reply: Reply, text: String, message: Message) -> Reply {
        if message.channel == .group, reply.status == .answered, reply.caseID == nil, let module = reply.module,
           !QuestionForm.asks(text), !CharacterPresence(text).containsAny(of: Self.notParticulars),
           let record = recentCase(for: message, within: 3600), record.module == module {
            // `余爹爹电话133… 他耳朵还好` under the sender's own care request of the last hour: more about it, not a
            // question for the care answer again. (Not a question put with 吧, `会补回来吧`, nor thanks.)
            forgetLastTurn(message)
            return addParticulars(text, to: record, message: message)
        }
        // (Nor a line that names the service only to tell it done or to thank: `优待证送来了 陈网格辛苦了`, `认证做了 刷脸一次就过了`.)
        guard message.channel == .group, reply.module != nil, reply.status == .answered, reply.caseID == nil,
              !QuestionForm.asks(text), !text.contains(where: { $0.isASCII && $0.isNumber }),   // not 一 of 一个人住
              !router.namesAServiceOutright(text) || Self.tellsItDone(text) else { return reply }
        forgetLastTurn(message)   // not posted: the sender was not answered
        return Reply(status: .ignored, text: "")
    }

    /// Words that tell a matter done or thank for it (`拿到了`, `做了`, `辛苦了`): a line with one, naming a service and
    /// asking nothing, is news for the neighbours, not a question for the service's answer.
    private static let doneOrThanks = ["谢谢", "辛苦", "感谢", "拿到了", "送来了", "送到了", "激活了", "办好了", "做好了", "做了", "搞了",
                               "领到了", "到账了", "[强]"]
    /// Words that leave the matter open though it was done (`做了 但是显示审核中`) or ask after all (`不用管了吧`, `搞了没有`).
    private static let stillOpen = ["吧", "没有", "冇", "没 有", "审核中", "但是"]

    /// Whether `text` tells a matter done or thanks for it, leaving nothing open (``doneOrThanks``, ``stillOpen``).
    private static func tellsItDone(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: doneOrThanks) && !present.containsAny(of: stillOpen)
    }

    /// Words of a line that is no more particulars of one's own request: a question put with 吧, thanks, relief.
    private static let notParticulars = ["吧", "谢", "放心"]

    /// How recent an emergency's last word must be for a grievance about its cause to be a word on it (seconds).
    static let aDangerStillBeingDealtWith: TimeInterval = 15 * 60

    /// A line this short is an attempt at the waiting question's answer, however the model reads it.
    static let fewWordsForAnAnswer = 4

    /// A notice known by its form, not guessed by the model: its own format (`【通知】…`, a unit's signature) or
    /// posted from a unit's account.
    func isPastedNotice(_ text: String, sender: String?) -> Bool {
        router.isNotice(text) || sender.map(router.isUnitAccount) == true
    }

    /// The danger to a person in `text`, unless the line is a pasted notice in a notice's own format (a warning
    /// about gas is not a gas leak). A line the model only *guesses* to be a notice still counts: a notice
    /// missed costs nothing, a gas alarm missed may cost a life (`家里的燃气报警器一直在响`).
    /// At the counter, a danger staff tell of after the fact (``WorkRecord/tellsOfAPastDanger(_:)``), or record a question
    /// about an injury's insurance or cost (``WorkRecord/asksAboutAnInjury(_:)``), is a record.
    func emergency(in text: String, decision: Router.Decision, message: Message? = nil) -> Emergency? {
        // A unit's account crying out for help (`快来人 乒乓球室有个爹爹…倒了 嘴巴歪了`, from the club's manager) calls
        // like anyone; its other lines are its own answers and warnings.
        if case .act(.notice, _) = decision, router.isNotice(text)
            || (isPastedNotice(text, sender: message?.requester.sender) && !Self.criesForHelp(text)) { return nil }
        // `转的那个说小区里烧杨絮要罚款 是不是真的[链接]`: a rule passed round, asked about — its danger words are the
        // rule's, not news of a fire.
        if ForwardedMessage.asksIfARuleIsTrue(text), !Self.criesForHelp(text) { return nil }
        if message?.channel == .desk, Self.markedUrgent(text) {
            // `紧急 桃源6栋2单元 两岁男伢吞了纽扣电池 邻居开车送儿童医院 120也叫了 我跟过去`: staff mark an emergency they
            // are dealing with; what they say of help on its way does not make it over.
            return emergencies.emergency(in: text, evenIfOver: true)
        }
        // `9月11日周二下午 ✓ 老满家粉碎机卷手 婆婆两指骨折已手术 …`: staff tick the danger done — a record of it.
        if message?.channel == .desk, CheckedNote.ticksEveryMatter(text) { return nil }
        // At the counter, `下午两点 9栋一个爹爹倒在楼道里 叫不应 120已经在路上`, unmarked: help on its way is no news of
        // how it ended.
        guard let found = emergencies.emergency(in: text, helpOnTheWayIsNotOver: message?.channel == .desk) else {
            if message?.channel == .desk { return helpCalledAtTheScene(text) }
            // `婆婆脸朝下趴在车道上 … 快来人 我打了120` in a group: a cry for help with the rescue called is an emergency,
            // whatever words it tells the danger in — unless laughed (`快来人 我打了120 哈哈`).
            guard Self.criesForHelp(text), !CharacterPresence(text).containsAny(of: EmergencyGuide.laughter) else { return nil }
            return helpCalledAtTheScene(text)
        }
        if message?.channel == .desk && (WorkRecord.tellsOfAPastDanger(text) || WorkRecord.asksAboutAnInjury(text)) { return nil }
        // `在医院缝了 两根手指头骨折 谢谢各位`: thanks for the help, the hurt seen to since — it is over. (Asked only of a
        // line that names a danger: a cry for help without one is no thanks.)
        return message?.channel == .group && ThanksAfterCare.tells(text) ? nil : found
    }

    /// The danger staff tell of by the rescue they called (``HelpCalled``: `…门被吸住 在里面哭喊 已打 119 和 120`) when
    /// no kind's words are in the line: someone hurt or ill when the ambulance was called, else the seed's general kind —
    /// unless the line tells how it ended (`已打120 送医 人没事`).
    private func helpCalledAtTheScene(_ text: String) -> Emergency? {
        let called = HelpCalled.numbers(in: text)
        guard called.contains(where: HelpCalled.isRescue), !WorkRecord.tellsOfAPastDanger(text),
              !emergencies.isOver(text) || emergencies.onlyHelpOnTheWay(text) else { return nil }
        return called.contains("120") ? emergencies.kind("medical") ?? emergencies.general : emergencies.general
    }

    /// Whether `decision` is a service that needs its words (``Service/routingNeedsWord``: a sign-up) and the line uses
    /// its verb (`报名`).
    private func signsUpByVerb(_ text: String, _ decision: Router.Decision) -> Bool {
        guard case .service(let ref) = decision else { return false }
        let service = registry.services[ref.module][ref.service]
        return service.routingNeedsWord && service.verbs.contains(where: text.contains)
    }

    /// The answer to help offered (``OfferOfHelp``): where to leave one's name, and what to ask before giving things.
    static let offerOfHelpAnswer = "谢谢您愿意帮忙！请到驿站或在群里留下姓名、电话和能帮的事（例如陪老人聊天、送餐、修电器），社区登记进志愿者名单，"
        + "有合适的安排会联系您。想捐东西的，请先到驿站问清现在需要什么，再约时间送过去。"

    /// Whether a line cries out for someone to come (`快来人`, `救命`).
    static func criesForHelp(_ text: String) -> Bool {
        CharacterPresence(text).containsAny(of: ["快来人", "救命", "来人啊", "快来几个人", "快来帮忙"])
    }

    /// Whether staff open the line by calling it urgent (`紧急 …`, `【紧急】…`, `急！…`).
    static func markedUrgent(_ text: String) -> Bool {
        // The first scalar first: four of the standard library's `hasPrefix` on every line were 5.2 M of the dispatch
        // bench's 1,000 lines (docs/performance.md, twenty-eighth pass). A line that starts with none of `紧`, `【`, `急`
        // starts with none of the words (none of the three is canonically equivalent to anything else).
        guard let first = text.unicodeScalars.first, first == "紧" || first == "【" || first == "急" else { return false }
        return ["紧急", "【紧急】", "急!", "急！"].contains(where: text.hasPrefix)
    }

    /// The service an emergency goes to: the service its kind names when a module offers it (a welfare check);
    /// for a kind modules may take, the module service whose own words the line uses (`电梯` for someone trapped:
    /// a lift repair; `煤气味` in a flat: a household repair), else the model's choice when that service takes
    /// emergencies; else the kernel's 紧急求助.
    private func emergencyService(for emergency: Emergency, text: String, decision: Router.Decision) -> Router.ServiceRef {
        let fallback = appealRef(.emergency)!
        if let code = emergency.service { return serviceRef(code: code) ?? fallback }
        guard emergency.modulesMayHandle else { return fallback }
        func takesEmergencies(_ ref: Router.ServiceRef) -> Bool {
            !(registry.modules[ref.module] is Appeals) && registry.services[ref.module][ref.service].opensCaseWhenIncomplete
        }
        if let named = router.mostNamed(in: text, where: takesEmergencies) { return named }
        guard let ref = decision.bestService else { return fallback }
        return registry.services[ref.module][ref.service].opensCaseWhenIncomplete ? ref : fallback
    }

    func appealRef(_ kind: Appeals.Kind) -> Router.ServiceRef? { serviceRef(code: kind.rawValue) }

    /// Whether `decision` gives the line to one of the kernel's 诉求 services.
    func isAppeal(_ decision: Router.Decision) -> Bool {
        guard case .service(let ref) = decision else { return false }
        return registry.modules[ref.module] is Appeals
    }

    /// How long, in characters, a line the model takes for an alarm may be to count as a remark on the scene.
    static let shortRemark = 12

    /// Whether `ref` is a service that takes emergencies only: the kernel's 紧急求助, or one an emergency kind names
    /// (a welfare check).
    func isEmergencyService(_ ref: Router.ServiceRef) -> Bool {
        ref == appealRef(.emergency) || emergencies.isTakenBy(service: registry.services[ref.module][ref.service].code)
    }

    private func askToChoose(_ refs: [Router.ServiceRef], text: String, message: Message) -> Reply {
        let options = refs.map { registry.services[$0.module][$0.service] }
        let names = options.enumerated().map { "\($0.offset + 1). \($0.element.name)" }.joined(separator: " ")
        let conversation = Conversation(options: options.map(\.code), text: text, requester: message.requester,
                                        group: message.group, channel: message.channel, startedAt: message.time ?? clock.now)
        return save(conversation, for: message, reply: Reply(status: .ask, text: "您要办理的是：\(names)？",
                                                              choices: options.map(\.name)))
    }

    /// A one-line list of what the desk can do, from the registered modules.
    var capabilities: String {
        zip(registry.modules, registry.services).map { m, services in
            let verbs = services.filter { $0.audience == .residents }.flatMap(\.verbs).prefix(2)
            return verbs.isEmpty ? m.name.chinese : "\(m.name.chinese)（\(verbs.joined(separator: "、"))）"
        }.joined(separator: "、")
    }

    func dispatch(_ target: Router.Target, rest: String, message: Message, abandoning: Conversation?) -> Reply {
        if abandoning != nil { forget(message.conversation) }
        switch target {
        case .kernel(let command):
            return run(command, args: rest, message: message)
        case .service(let ref):
            return begin(ref, text: rest, message: message)
        }
    }

    /// A case id such as `BX-0042` inside `text`.
    static func caseID(in text: String) -> String? {
        CaseNumber.find(in: text)
    }

    /// The registered modules' case prefixes (`BX`, `SB`…): `bx2` alone is a case number only with one of these.
    var casePrefixes: Set<String> { registry.casePrefixes }

    static let cancelWords: Set<String> = ["取消", "cancel", "算了", "不办了", "不用了", "不要了"]
    static let helpWords: Set<String> = ["?", "？", "帮助", "help", "怎么填", "什么意思"]
    /// `继续`: go on with the question waiting, if there is one.
    static let continueWords: Set<String> = ["继续", "接着", "继续办", "接着办", "继续吧", "接着来", "continue"]
    private static let continueStarts = Set(continueWords.compactMap(\.unicodeScalars.first))

    /// Whether `text`, lowercased, may be one of ``continueWords``: `lowercased()` maps scalar by scalar, so it
    /// starts with the lowercase of the first scalar. (Lowercasing every line to look it up was 2 % of dispatch.)
    private static func mayContinue(_ text: String) -> Bool {
        text.unicodeScalars.first?.properties.lowercaseMapping.unicodeScalars.first.map(continueStarts.contains) ?? false
    }

    func internalError(_ error: any Error, message: Message, module: String? = nil) -> Reply {
        if let storage = DeskError.storage(error) { return .failure(storage, module: module) }
        logger.error("line failed", metadata: ["module": "\(module ?? "kernel")", "error": "\(error)"])
        return .failure(DeskError("internal", "处理时出错，已记录日志，没有保存任何内容。请稍后再试或联系管理员。"), module: module)
    }

    func prefillContext(_ message: Message) -> PrefillContext {
        PrefillContext(directory: directory, addresses: addresses, now: message.time ?? clock.now, channel: message.channel,
                       group: message.group, requester: message.requester, store: store)
    }
}
