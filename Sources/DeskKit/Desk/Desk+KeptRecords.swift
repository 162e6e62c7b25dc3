/// Work staff tell done or arranged that a service keeps a record of (``Service/recordsWork``): a certification made
/// at home is the certification module's to register, where a visit told done is otherwise a note the desk keeps
/// nothing of.
extension Desk {
    /// `认证上门 余德茂 做好了`, `认证约了明天上午10点 人脸识别`: the reply of the service that keeps a record of the work
    /// staff tell — when it records it (a case opened or changed). Otherwise (`走访 邵秀兰 认证补好了以后 养老金已经到了`)
    /// nil, and the line is the record it reads as; the service's answer is not remembered as the desk's last turn.
    /// At the counter an arrangement typed as a note, asking nothing (`曹婆婆 银发队上午去一趟 助餐送上楼`), is such
    /// work too (``arrangedAtTheCounter(_:decision:message:)``).
    func keptRecord(of text: String, decision: Router.Decision, message: Message) -> Reply? {
        guard let keeper = serviceKeepingRecord(of: text, decision: decision)
                ?? arrangedAtTheCounter(text, decision: decision, message: message) else { return nil }
        return recorded(by: keeper, text: text, message: message)
    }

    /// `keeper`'s reply to `text` when it opens or changes a case; otherwise nil, and the reply is not remembered as
    /// the desk's last turn.
    func recorded(by keeper: Router.ServiceRef, text: String, message: Message) -> Reply? {
        let before = lastTurns.withLock { $0[conversationKeys.key(message.conversation)] }
        let reply = begin(keeper, text: text, message: message)
        if reply.status == .created || reply.status == .updated { return reply }
        lastTurns.withLock { $0[conversationKeys.key(message.conversation)] = before }
        return nil
    }

    /// The service that records the work `text` tells done or arranged, or nil when the line tells no such work.
    func serviceKeepingRecord(of text: String, decision: Router.Decision) -> Router.ServiceRef? {
        guard let keeper = keeperOfWork(in: text) else { return nil }
        if case .act(.resolved, _) = decision { return keeper }
        // (`走访 韩爹爹 … 身体还好 … 他想报助餐 1月4号起送中饭`: news that all is well, and an arrangement to keep.)
        return WorkRecord.says(text) || emergencies.isOver(text) ? keeper : nil
    }

    /// The service that keeps a record of an arrangement staff type as a note at the counter (`清明那几天 每天上门看一眼
    /// 银发队排好了`): what the service is to do, not a question for its general answer. Only a note that says what is
    /// arranged (``arrangementMarks``); not a question, nor a note ticked done (`… 助餐换成软的 ✓`), nor a line the router
    /// reads, surely, as another module's request (`球友会的比赛 每周六下午`, `雨季每周掏一次沟`): there the arrangement
    /// belongs to that request.
    func arrangedAtTheCounter(_ text: String, decision: Router.Decision, message: Message) -> Router.ServiceRef? {
        guard message.channel == .desk, !QuestionForm.asks(text), !CheckedNote.isTicked(text),
              case let present = CharacterPresence(text), present.containsAny(of: Self.arrangementMarks),
              !present.containsAny(of: Self.madeAlready), let keeper = keeperOfWork(in: text) else { return nil }
        if case .service(let ref) = decision, ref.module != keeper.module, router.confidence(text) >= Self.sureOfAnotherRequest {
            return nil
        }
        return keeper
    }

    /// Words that say what is arranged: a rhythm (`每天`, `隔天`, `一周两次`), a rota (`排`), a delivery (`送`), a change or
    /// a going on (`改`, `继续`, `照旧`), an application. A note without one (`帮我妈约个上门认证`, `刚才现场刷脸认完了`) is
    /// read as before, and so is one that tells the delivery made (`…送到了`): work done, not arranged.
    static let arrangementMarks = ["每天", "每周", "每晚", "每月", "隔天", "一周", "礼拜", "两次", "一次", "周一到周五", "排", "照旧",
                                   "继续", "改", "送", "申请"]
    /// Words that tell a delivery or a visit made.
    static let madeAlready = ["送到", "送完", "已送", "送了"]

    /// How sure the router must be of another module's request for a counter note's arrangement to be left to it.
    static let sureOfAnotherRequest = 0.8

    /// The service that keeps a record of the work `text` names (``Router/keepsRecord(of:)``), unless the line only
    /// answers a look-up (`查了 8月份做过了 告诉他了`) or finds nothing to arrange (`说冇得事 儿子每周回来`).
    func keeperOfWork(in text: String) -> Router.ServiceRef? {
        guard let keeper = router.keepsRecord(of: text), !WorkRecord.answersALookUp(text), !WorkRecord.findsNothingToDo(text) else { return nil }
        return keeper
    }

    /// The errand staff ran for a resident, told beside what its module works out (`来报退休 男 72年3月 … 资料报了`):
    /// begun with the module's service that records such work (``Service/recordsWork``) — the answer is not what is
    /// left to do. Nil when the line names no such work, or that service would not take it in one go (what it would
    /// have asked is dropped, and a question that waited before it waits again).
    func errandBesideTheAnswer(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        guard case .service(let ref) = decision, registry.services[ref.module][ref.service].answersWhatStaffTold,
              let keeper = router.keepsRecord(of: text), keeper.module == ref.module, keeper != ref else { return nil }
        let waiting = pending(for: message)
        if let reply = recorded(by: keeper, text: text, message: message) { return reply }
        if let waiting {
            _ = save(waiting, for: message, reply: Reply(status: .ignored, text: ""))
        } else {
            forget(message.conversation)
        }
        return nil
    }
}
