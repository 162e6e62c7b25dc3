import Foundation

/// What the desk does with a line that is not a new request of its own: chatter and notices are left alone, a
/// question for another office gets a pointer, and what a reporter says about an earlier report (fixed, still
/// broken, "+1") goes to that report's case instead of opening another.
extension Desk {
    /// Where a resident finds the community's own arrangements, for a question about them no office answers.
    static let communityArrangements = "社区和驿站的安排（放假值班、活动和发放、通知）以各小区群里的通知和驿站公告栏为准；没看到的，可以到驿站或打社区电话问工作人员。"

    /// Whether `text` asks about what the community arranges (``asksAboutTheCommunity(_:)``) without thanking for it
    /// (`谢谢社区 这几天有人来陪我妈`) or telling a neighbour where to ask (`你去问社区撒`, `我下午克驿站`).
    static func asksWhatTheCommunityArranges(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return asksAboutTheCommunity(text) && !present.containsAny(of: thanksOrGoingToAsk) && !NeighbourTalk.matches(text)
    }

    /// Thanks, and going (or telling a neighbour to go) to the station or the community to ask.
    private static let thanksOrGoingToAsk = ["谢谢", "感谢", "多谢", "克驿站", "去驿站", "克社区", "去社区", "克问社区", "去问社区"]

    func speechAct(_ act: KernelLabel, fallback best: Router.ServiceRef?, text: String, message: Message) -> Reply {
        let group = message.channel == .group
        // The best service is a fallback only for a line that says what is wanted: `2栋` alone starts nothing.
        // (Weighed only by the acts that use a fallback: most lines that come here are chatter.)
        var fallback: Router.ServiceRef? { best.flatMap { requestContent(text).isEmpty ? nil : $0 } }
        switch act {
        case .chatter where group && (Self.asksTheDesk(text) || Self.asksAboutTheCommunity(text)) && !text.hasPrefix("@"):
            // A question for another office put to the desk (`问一下我们小区今年有冇得集中供暖啊`) reads as talk to the
            // model; the office directory has its answer. (Not a neighbour's answer: `武汉哪有集中供暖 自己装`, `@宝妈琪琪 去东门菜鸟驿站问下`.)
            // One about the community that no office answers (`驿站过年放几天`) is pointed to where the community's
            // arrangements are posted and asked — not left without a word.
            guard let office = offices.office(for: text) else {
                return Self.asksWhatTheCommunityArranges(text) ? .answer(Self.communityArrangements) : Reply(status: .ignored, text: "")
            }
            return .answer(office.pointer)
        case .chatter, .ad:
            return Reply(status: .ignored, text: group ? "" : "您好！需要办什么事请直接说，输入 帮助 查看全部命令。")
        case .notice:
            if !group, MatterTakenUp.says(text), let ref = fallback ?? appealRef(.other) {
                // `大门外烧烤摊把炭灰倒进雨水口 已劝止 请城管告诫`: a matter staff take up with someone, to follow until done.
                return begin(ref, text: text, message: message)
            }
            return Reply(status: .ignored, text: group ? "" : "这是一条通知，不需要办理。如要登记，请写明要办的事。")
        case .outOfScope:
            if let office = offices.office(for: text), !group || QuestionForm.asks(text) { return .answer(office.pointer) }
            // `中秋活动几点开始 在哪里`, `新搬来的要不要到社区报个到`: the community's own gathering or arrangement, asked after in
            // the group — where it is posted, whatever service the model half hears in it (unless the line names a
            // service by its words: `我的医保卡不见了 要去哪补办 社区办得了吗`).
            if group, Self.asksAboutACommunityEvent(text)
                || Self.asksWhatTheCommunityArranges(text) && !(fallback != nil && router.mostNamed(in: text, where: { _ in true }) != nil) {
                return .answer(Self.communityArrangements)
            }
            if let fallback { return begin(fallback, text: text, message: message) }
            return group ? Reply(status: .ignored, text: "") : .answer("这件事不在本服务台办理范围内。可以输入 诉求 加内容登记，由社区居委会转办。")
        case .resolved:
            // News that it is fixed (`电梯好了 👏`, `来电了 谢谢`) needs no answer in the group; "不用来了" does (the
            // resident waits for someone).
            let silent = group && !Self.callsOff(text)
            guard let record = recentCase(for: message, about: text) ?? (group ? emergencyThread(message) : nil) else {
                if silent { return Reply(status: .ignored, text: "") }
                if var progress = progressOnOpenCase(text, message: message) {
                    // A visit called off (`她儿子回来修好了 不用来了`) is answered, as a resident's is (``noteResolution``),
                    // once noted on its case; news of a fix is noted; a case closed by it is changed.
                    if progress.status == .ignored, Self.callsOff(text) { progress.status = .answered; progress.module = nil }
                    return progress
                }
                // At the counter, news of a fix with no case to note it on (`汉口道2栋大厅的灯修好了`) is a record that
                // asks nothing; a matter called off or closed (`不用再跟了 可以结了`, `…地板换了 满意 结了`) or a danger over
                // (`范婆婆找到了 冇事`) is answered.
                if !group && !Self.callsOff(text) && !text.contains("可以结") && !MatterClosed.says(text) && !emergencies.isOver(text) {
                    return Reply(status: .ignored, text: "好的，没有需要登记的。")
                }
                return .answer(group ? "好的，收到，不用派人了。" : "好的，没有需要登记的。")
            }
            if let over = alarmRaiserSaysItIsOver(text, record, message: message) { return over }
            return noteResolution(on: record, text: text, message: message, silent: silent,
                                  reply: "收到，已在工单 \(record.id) 上记下您说的情况，工作人员核实后办结。")
        case .followUp:
            guard let record = recentCase(for: message, about: text) ?? (group ? groupCase(about: text, message) : nil) else {
                // A chase with no case to find (`上个月说的银发队来看我婆婆 么还冇来`) asks again for what was asked
                // before: the request the module's question invites, not its general answer.
                // News passed on (`物业说下午来人修`) chases nothing: only a line that asks or still waits does.
                // The service the line's words name comes before the model's second guess (`说好中午来水 停水到现在还冇来`:
                // the water, not a complaint).
                if let chased = router.mostNamed(in: text, where: { _ in true }) ?? fallback, Self.chases(text) {
                    return begin(requestInvited(by: chased) ?? chased, text: text, message: message)
                }
                // Asked to chase someone else's promise that no service of the desk names (`燃气公司约了礼拜六 冇来 帮我催
                // 一下`): the community's help, not dropped.
                if CharacterPresence(text).containsAny(of: Self.asksTheDeskToChase), let help = appealRef(.other) {
                    return begin(help, text: text, message: message)
                }
                return group ? Reply(status: .ignored, text: "") : .answer("请告诉我工单号，或说明是哪里的什么问题。")
            }
            var reply = "您的工单 \(record.id)（\(record.title)）现在是「\(record.status.chinese)」"
            if let assignee = record.assignee { reply += "，由 \(assignee) 处理" }
            if let deadline = record.deadline { reply += "，期限 \(DeskFormat.time(deadline))" }
            reply += "。已把您的催问记在工单上，会提醒处理单位。"
            return addToCase(record, note: "居民催问：\(Masking.redact(text))", message: message, reply: reply)
        case .meToo:
            if group, let record = recentGroupCase(message), Router.opensWithMeToo(text) || Self.echoes(text, record) {
                return linkEcho(to: record, text: text, message: message)
            }
            if let fallback { return begin(fallback, text: text, message: message) }
            return Reply(status: .ignored, text: group ? "" : "请说一下要办什么事，例如：\(DisplayWidth.truncate(text, to: 16)) 厨房漏水。")
        }
    }

    /// Whether `text` chases: it asks, or says that the wait goes on (`到现在冇人来`, `换了没有 都半个月了`).
    static func chases(_ text: String) -> Bool {
        QuestionForm.asks(text) || CharacterPresence(text).containsAny(of: stillWaiting)
    }

    /// Whether `text` says in so many words that a matter is still not done or asks when it will be (`还是停的`,
    /// `几时修好`, `又开始渗了`) — narrower than ``chases(_:)``, whose `冇` and `又` every remark holds.
    static func stillWaits(_ text: String) -> Bool { CharacterPresence(text).containsAny(of: stillNotDone) }

    /// Words of a matter still not done, or asked when it will be.
    private static let stillNotDone = ["还是", "还冇", "还没", "几时", "么时候", "什么时候", "到现在", "进度", "下文", "催", "又开始", "又停", "又坏",
                                       "又响", "又漏",
                                       // still going on (`天台门还在响 已经两天了`), and the wait made a threat of (`周五不亮就12345`)
                                       "还在响", "还在漏", "还在滴", "还在渗", "还在冒", "还在飞", "还围着", "12345", "要我打",
                                       // asked how it goes or whether it was done (`电暖器的事么样了`, `秋千换了冇`)
                                       "的事么样了", "的事怎么样了", "办了冇", "办好了冇", "查到了冇", "来了冇", "换了冇", "弄了冇", "修了冇"]

    /// Words that ask the desk itself to chase or ask after something (`帮我催一下`, `社区帮忙问一下`).
    private static let asksTheDeskToChase = ["帮我催", "帮忙催", "帮我们催", "帮着催", "帮我问一下", "帮忙问一下", "帮我们问一下", "帮我问下",
                                             "帮忙问下", "你们催一下", "社区催一下"]

    /// Words of a wait that goes on.
    private static let stillWaiting = ["还冇", "还没", "还是", "冇人", "没人", "冇得人", "到现在", "一直", "又", "几时", "么时候", "什么时候",
                                       "到底", "有下文", "进度", "催", "结果", "没有", "冇", "好久", "个礼拜", "几天了"]

    /// Whether `ref` is a request some answering service invites (the care request, a certification's home visit): the
    /// service that arranges what a change speaks of (`送餐明天恢复`, `助洁改到周五上午`), when the router names it itself.
    func isInvitedRequest(_ ref: Router.ServiceRef) -> Bool {
        let code = registry.services[ref.module][ref.service].code
        return registry.services.joined().contains { $0.invites == code }
    }

    /// The request service that the answering service `ref` invites (``Service/invites``), if any.
    func requestInvited(by ref: Router.ServiceRef) -> Router.ServiceRef? {
        registry.services[ref.module][ref.service].invites.flatMap(serviceRef(code:))
    }

    /// A group line the model gives to `ref` that says nothing wanted of its own but speaks of the thread's
    /// report: a me-too without a fault or place (`我屋里也是的`) is linked to the group's newest open case as one
    /// more reporter; a denial (`我是楼上401，我屋里没漏啊`) is a silent note on it. Nil when the line asks for
    /// something (`我家厨房也漏水了` names its fault: a report of its own).
    func threadRemark(_ text: String, _ ref: Router.ServiceRef, message: Message) -> Reply? {
        let present = CharacterPresence(text)   // (Foundation's search, word after word, was 3 % of relaying: perf)
        let denial = present.first(of: Self.denials)
        let meToo = denial == nil && present.containsAny(of: Self.meTooMarks)
        guard denial != nil || meToo else { return nil }
        let said = denial.map { text.replacingOccurrences(of: $0, with: " ") } ?? text
        if namesAMatterOfItsOwn(said, for: ref, message: message) { return nil }
        if meToo {
            guard requestContent(text).count <= 8 else { return nil }
            return speechAct(.meToo, fallback: nil, text: text, message: message)
        }
        guard let record = recentGroupCase(message) else { return Reply(status: .ignored, text: "") }
        return addToCase(record, note: "群内说明：\(Masking.redact(text))", message: message, reply: nil)
    }

    /// Whether `text`, read for the service `ref`, says more than where: a fault, a kind, a number of its own (an
    /// address only says whose home it is).
    func namesAMatterOfItsOwn(_ text: String, for ref: Router.ServiceRef, message: Message) -> Bool {
        let module = registry.modules[ref.module], service = registry.services[ref.module][ref.service]
        let fields = readFields(text, for: service, module: module, message: message)
        return fields.contains { code, value in value.address == nil && !(service.field(code)?.kind.isText ?? true) }
    }

    /// `也是的`, `也一样`: the sender has the same trouble as the thread's report.
    private static let meTooMarks = ["也是的", "也是这样", "也一样", "也这样", "一样的", "同样的情况", "也是一样"]
    /// A fault named only to say it is not there (`没漏`, `好好的`).
    private static let denials = ["没漏", "没有漏", "不漏", "冇漏", "没坏", "没有坏", "冇坏", "好好的", "都正常", "是正常的"]

    /// The reply to "不用派人来了" said while `pending` waits: the waiting request is not saved; when it already has
    /// a case (a group report taken before its questions), the word goes on that case for staff to close.
    func calledOff(_ pending: Conversation, text: String, message: Message) -> Reply {
        let name = pendingName(pending)
        let silent = message.channel == .group && !Self.callsOff(text)
        guard let id = pending.pendingCase, let record = try? store.read({ db in try CaseRecord.fetchOne(db, key: id) }) else {
            return silent ? Reply(status: .ignored, text: "") : .answer("好的，「\(name)」不办了，没有保存任何内容。")
        }
        // `吐出来了 能喘气了 冇得事` while the desk still asks where the emergency is: over, said by the one who raised it.
        if let over = alarmRaiserSaysItIsOver(text, record, message: message) { return over }
        return noteResolution(on: record, text: text, message: message, silent: silent,
                              reply: "好的，「\(name)」不用再问了，已在工单 \(record.id) 上记下您说的情况，工作人员核实后办结。")
    }

    /// The one who raised the alarm telling the group that the danger is over (`120拉走了`, `找到了 谢谢大家`), within
    /// the hour of the urgent case: noted on it and answered — the group hears that the desk has it, and staff
    /// close the case (issue 13: a resolution from the reporter is offered a note on the case). So is a neighbour's or a
    /// grid worker's word from the scene, in the emergency's hour, that tells how it ended (``tellsHowItEnded(_:)``); the
    /// raiser's shorter words (`出来了`) only from the raiser. News of a fix (`管子换好了`) stays a silent note: it needs
    /// no answer.
    /// `record` is the case the line was heard on; when it is not the raiser's emergency (a neighbour opened another
    /// on the same lift since, or the raiser's next words were taken for a repair), the raiser's own emergency of
    /// the last hour is the one that is over — unless the line also tells a place or a number, which is the case's
    /// (`人出来了 … 窗户那个不急 11栋3单元503` gives the address of the window reported since).
    /// The raiser may say it in fewer words on the case itself (`出来了 关了二十分钟`, `手拿出来了`, `关了 不喷了`).
    func alarmRaiserSaysItIsOver(_ text: String, _ record: CaseRecord, message: Message) -> Reply? {
        let over = emergencies.isOver(text), ended = tellsHowItEnded(text)
        guard message.channel == .group, over || ended || CharacterPresence(text).containsAny(of: Self.outOfItForTheRaiser),
              !FixNews.says(text) else { return nil }
        // (The raiser's own emergency of the hour, though another urgent case of the group's is newer: `120拉走了 说过敏性
        // 休克前兆` after a neighbour's alarm on the same danger.)
        let raisedHere = record.urgent && record.requesterSender == message.requester.sender
            && (emergencyThread(message)?.id == record.id || emergencyRaised(by: message)?.id == record.id)
        let own = !(over || raisedHere) ? nil : raisedHere ? record : withoutAnswerParts(text) == text ? emergencyRaised(by: message) : nil
        // A neighbour or a grid worker at the scene telling how it ended (`120到了 她还清醒 上车了`, `接进来了 冇受伤`) is
        // answered on the emergency too: the group waiting for news hears that the desk has it.
        guard let record = own ?? (ended && record.urgent && emergencyThread(message)?.id == record.id ? record : nil) else { return nil }
        return dangerEnded(on: record, text: text, message: message)
    }

    /// Word that the danger is over, noted on its urgent `record` for staff to close, and answered: the group hears that
    /// the desk has it.
    func dangerEnded(on record: CaseRecord, text: String, message: Message) -> Reply {
        noteResolution(on: record, text: text, message: message, silent: false,
                       reply: "收到，已在紧急工单 \(record.id) 上记下，工作人员会跟进、核实后办结。")
    }

    /// Whether a group's `text` takes back the alarm it began with (``AlarmTakenBack``: `流血了止不住！……是我家伢把西瓜汁
    /// 打翻了 吓我一跳`) — a danger, or anything cried out (`地库进水了！……哦 是洗车的水管冇关`) — and tells no danger after
    /// the pause. (`楼道灯坏了……原来是灯泡松了` is no alarm taken back: a fault found.)
    func takesBackItsAlarm(_ text: String, message: Message) -> Bool {
        // (The guide reads such a line for what follows the pause: `after` is read here, not the line all over again.)
        guard message.channel == .group, let (before, after) = AlarmTakenBack.parts(of: text), emergencies.emergency(in: after) == nil else {
            return false
        }
        return before.hasSuffix("！") || before.hasSuffix("!") || emergencies.emergency(in: before) != nil
    }

    /// Whether a neighbour's `text` tells, from the scene, how the danger ended — someone got out, the fire out, help
    /// come (`接进来了 冇受伤`, `120到了 她还清醒`) — and does not look back on it: thanks (`谢谢大家`), relief (`找到了就好`),
    /// the days after (`出院了`), a fright that was none (`还以为着火了 原来是…`) need no answer.
    /// (Read without its spaces: `120 到了` is typed as often as `120到了`.)
    func tellsHowItEnded(_ text: String) -> Bool {
        tellsHowItEnded(text, present: CharacterPresence(text.withoutSpaces))
    }

    /// Whether `text` tells how the danger ended (``tellsHowItEnded(_:)``) and not that the one in danger is in danger
    /// still (``stillInDanger``: `拉上来了 伢在吐水 快打120` is an alarm).
    func tellsItEndedOutOfDanger(_ text: String) -> Bool {
        let present = CharacterPresence(text.withoutSpaces)
        return tellsHowItEnded(text, present: present) && !present.containsAny(of: Self.stillInDanger)
    }

    /// ``tellsHowItEnded(_:)`` with the characters of the line, read without its spaces, at hand.
    private func tellsHowItEnded(_ text: String, present: CharacterPresence) -> Bool {
        present.containsAny(of: Self.endedAtTheScene) && !present.containsAny(of: Self.afterwards)
            && !NeighbourTalk.repliesToANeighbour(text)
    }

    /// Words from the scene of how a danger ended (``tellsHowItEnded(_:)``).
    /// (Not how the one in danger is, `人还清醒 在喊疼`, nor a door opened on them, `门开了 婆婆叫不醒`: that is told while
    /// the danger goes on. Nor a line put to one neighbour, `@老章 保安到了 …`.)
    private static let endedAtTheScene = ["120到了", "120来了", "120拉走", "120接走", "拉上来了", "捞上来了", "捞起来了", "抱出来了", "抱进来了",
                                          "拉出来了", "拉进来了", "接进来了", "救出来了", "火灭了", "灭了", "扑灭了", "吐出来了", "哭出来了",
                                          "冇受伤", "没受伤", "找到了",
                                          // the ambulance's people at work, the bleeding stopped, someone brought out (`120 先到了 伢在哭
                                          // 能喘气`, `120 在抬`, `血止住了 人清醒`, `阿姨扶出来了 在外面能说话`, `门扒开了 婆婆出来了`)
                                          "120先到了", "120在抬", "120抬上车", "120在上楼", "120在量", "在上氧", "血止住了", "扶出来了",
                                          "扒开了",
                                          // carried up or out, seen to, put in the ambulance, come round enough to answer (`消防和120把他
                                          // 抬上来了 清醒`, `120在包`, `在洗胃`, `醒了 能说名字 上车了`, `叫得应`, `电了一下 有气了`)
                                          // (Not breathing still, `人有呼吸 已经打了120`: the danger goes on.)
                                          "抬上来了", "抬出来了", "在包扎", "120在包", "在洗胃", "上车了", "叫得应", "叫得醒", "有气了",
                                          "有呼吸了", "能说名字",
                                          // come round, breathing again, the bleeding held, the ambulance gone (`婆婆是醒的 …`,
                                          // `爹爹能出气了 在哼`, `血按住了`, `120带走了`, `120抬下去了`)
                                          "是醒的", "能出气了", "血按住了", "120抬下", "120带走",
                                          // the ambulance come in at the gate, a dog pulled off, oxygen flowing again, a child
                                          // pulled in (`120进大门了`, `120在东门口 保安带着进来`, `狗架开了`, `制氧机开了 吸上了`,
                                          // `保安从屋里把伢拽进去了`)
                                          // (Not someone pulled out of it, `人拖出来了 还是迷迷糊糊的`, nor a fit eased while help
                                          // is on its way, `120在路上 伢现在不抽了在哭`: the danger may go on.)
                                          "120进大门", "120进湾", "120进小区", "120在大门", "120在东门", "120在南门", "120在西门",
                                          "120在北门", "120在门口", "架开了", "吸上了", "拽进去了",
                                          // the ambulance turned in or at the lane's mouth, the one in danger at or nearly at
                                          // hospital (`120拐进来了`, `120在路口了`, `快到医院了`)
                                          // (Not `120进不来`: each gate is named. Nor the firemen come, `消防来了 在顶车`: their
                                          // work has begun, not ended.)
                                          "120拐进", "120进东门", "120进南门", "120进西门", "120进北门", "120在路口", "120到路口",
                                          "120到湾口", "120在湾口", "到医院了", "快到医院"]

    /// Words that the one in danger is in danger still, though they are out of it or help has come (`拉上来了 伢在吐水`,
    /// `人在流血 按住了还在冒`, `快打120`): an alarm, not how it ended.
    private static let stillInDanger = ["吐水", "在流血", "还在冒", "还在流", "快打", "哪个打",
                                        // help still to call (`她衣服着了被我们扑灭了 脸上起大泡 … 快叫救护车`)
                                        "快叫", "快送"]

    /// Words of thanks, relief, the days after and a fright that was none (``tellsHowItEnded(_:)``).
    private static let afterwards = ["谢谢", "感谢", "多亏", "就好", "幸亏", "幸好", "还好", "出院", "应该冇", "应该没", "演练", "以为",
                                     "原来是"]

    /// Short words that the danger is over, taken so only from the one who raised it, on its case: someone out of a
    /// lift or a hand out of its door (`出来了`, `手拿出来了`), a leak or sparks stopped (`不喷了`, `不冒了`, `味道散了`).
    /// So are help come and gone and a collapse that did not come (`120来了 抬上车了`, `警察来了 两个都带走了`, `雪铲下来了
    /// 棚子顶住了 冇塌`).
    private static let outOfItForTheRaiser = ["出来了", "拿出来了", "抽出来了", "拔出来了", "不冒了", "不冒烟了", "不喷了", "味道散了",
                                             "气味散了", "劝下来了", "救下来了", "抬上车了", "上了救护车", "都带走了", "冇塌", "没塌",
                                             "铲下来了"]

    /// The sender's own open urgent case in this group, raised within the last hour: the emergency their news is about.
    func emergencyRaised(by message: Message) -> CaseRecord? {
        guard let group = message.group, let sender = message.requester.sender else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-3600)
        return try? store.read { db in
            try CaseRecord.fetchOne(db, sql: """
                SELECT * FROM cases WHERE requesterSender = ? AND groupName = ? AND createdAt >= ? AND urgent
                  AND status IN \(CaseStatus.openSQL) ORDER BY createdAt DESC LIMIT 1
                """, arguments: [sender, group, since])
        }
    }

    /// The reporter's word that it is over, kept on `record` for staff to confirm and close: silent in a group
    /// unless it calls someone off; otherwise `reply` is said by the desk itself (no module: no new request).
    func noteResolution(on record: CaseRecord, text: String, message: Message, silent: Bool, reply: String) -> Reply {
        guard !silent else { return addToCase(record, note: "居民反馈已解决：\(Masking.redact(text))", message: message, reply: nil) }
        var answered = addToCase(record, note: "居民反馈已解决或不再需要：\(Masking.redact(text))", message: message, reply: reply)
        if answered.status == .updated { answered.status = .answered; answered.module = nil }
        return answered
    }

    /// `是的是的 昨天我差点蹭到柱子` under a neighbour's report of the last hour: a neighbour confirming it with
    /// their own experience, linked to that case as one more reporter. Nil when the line does not open with a
    /// yes or there is no such case.
    /// So is a neighbour seconding it (`附议 我屋老娘也拿回来一盒`, `赞成 最好带个靠背的`, `支持 加一`), said as a word
    /// of its own at the start of the line.
    /// (An emergency is not seconded: `同意 下次议事会讨论` under it answers a neighbour.)
    func confirmation(_ text: String, message: Message) -> Reply? {
        guard message.channel == .group, let first = text.unicodeScalars.first else { return nil }
        // (The first scalar first: this runs on every group line, and counting a line's characters walks it.)
        let affirms = Self.affirmationStarts.contains(first) && text.count > 6 && Self.affirmations.contains(where: text.hasPrefix)
        guard affirms || Self.seconds(text), let record = recentGroupCase(message, within: 3600), affirms || !record.urgent else { return nil }
        return linkEcho(to: record, text: text, message: message)
    }

    /// How a neighbour's "yes, that's right" opens.
    private static let affirmations = ["是的", "对的", "对对", "没错", "确实", "真的是", "就是的", "是啊", "是滴"]
    /// The first scalar of each of ``affirmations``.
    private static let affirmationStarts = Set(affirmations.compactMap(\.unicodeScalars.first))

    /// Whether `text` opens by seconding what was just asked (`附议`, `赞成！`, `+1 带座位的那种`): the word alone, or
    /// followed by a space or a stop. (`同意` is left out: it as often answers a neighbour.)
    static func seconds(_ text: String) -> Bool {
        // (Only a line that starts with a seconding word's first scalar is compared: this runs on every group line.)
        guard let first = text.unicodeScalars.first, secondingStarts.contains(first) else { return false }
        return secondings.contains { word in
            guard text.hasPrefix(word) else { return false }
            guard let next = text.dropFirst(word.count).first else { return true }
            return " ，,！!。".contains(next)
        }
    }

    /// Words that second a neighbour's complaint or suggestion.
    private static let secondings = ["附议", "赞成", "支持", "+1", "十1", "加一", "顶"]
    /// The first scalar of each of ``secondings``.
    private static let secondingStarts = Set(secondings.compactMap(\.unicodeScalars.first))

    /// The sender's own open case from the same group within the last 30 days: of their newest five, the first
    /// whose title shares a word with `text` (`楼上还是半夜拖椅子` is about the noise, not the certification asked
    /// for since), else the newest.
    func recentCase(for message: Message, about text: String? = nil, within seconds: TimeInterval = 30 * 86400) -> CaseRecord? {
        guard message.channel == .group, let sender = message.requester.sender, let group = message.group else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-seconds)
        // The window's start bound as the text `createdAt` is stored as, written by hand (`StoredTime.value`): through
        // GRDB's `DateFormatter` it cost some 15,000 instructions an ask (perf, relay: docs/performance.md,
        // fifty-seventh pass).
        let stored = StoredTime.value(since)
        // A statement prepared once per connection: every free-text line in a group asks this (the emergency's own
        // news among others), and compiling it, with GRDB's authorizer called for each column, cost some 0.77 M
        // instructions a message in relay ingest (docs/performance.md, fifteenth pass).
        //
        // The sender's cases come first, each by an index of `kernel.sender-cases` (their own cases in the group,
        // the cases they reported on), and only these are read and sorted: asked as one `WHERE … AND (requesterSender
        // = ? OR id IN …)`, SQLite read every open case of the last 30 days in any group and scanned all of
        // `caseReporters`, some 1.25 M instructions an ask (seventeenth pass). `CROSS JOIN` keeps that order of the
        // tables. Cases created at the same moment come as that query gave them, which visited `cases_status` from
        // the last status down and each status's rows newest inserted first: `status DESC, rowid DESC`.
        let own = (try? store.read { db -> [CaseRecord] in
            // Most senders have no case at all (in a busy group, nearly every line's): whether either half of the
            // union below finds an id is asked first, by the same conditions and the same indexes, with positional
            // arguments and no temporary table. When neither does, the query below finds no row either. (Perf, relay:
            // the query below costs some 135 K instructions an ask with nothing to find — its named arguments, the
            // union's temporary table, the sorter; docs/performance.md, forty-third pass.) The check is a probe
            // (``GRDB/Database/hasRow(_:keys:)``): a row exactly when the `EXISTS … OR EXISTS …` it asked through
            // GRDB's value cursor was true, the window's start bound as the same text — 24,500 instructions an ask
            // through the cursor and the arguments, 12,800 as a probe (docs/performance.md, seventy-first pass).
            guard try db.hasRow("""
                SELECT 1 WHERE EXISTS (SELECT 1 FROM cases WHERE requesterSender = ? AND groupName = ? AND createdAt >= ?)
                    OR EXISTS (SELECT 1 FROM caseReporters WHERE sender = ?)
                """, keys: [sender, group, StoredTime.text(since), sender]) else { return [] }
            return try CaseRecord.fetchAll(db.cachedStatement(sql: """
                SELECT cases.* FROM (
                    SELECT id FROM cases WHERE requesterSender = :sender AND groupName = :group AND createdAt >= :since
                    UNION SELECT caseID FROM caseReporters WHERE sender = :sender) AS senders
                CROSS JOIN cases ON cases.id = senders.id
                WHERE groupName = :group AND status IN \(CaseStatus.openSQL) AND createdAt >= :since
                ORDER BY createdAt DESC, status DESC, cases.rowid DESC LIMIT 5
                """), arguments: ["sender": sender, "group": group, "since": stored])
        }) ?? []
        guard let text, own.count > 1 else { return own.first }
        let words = Self.hanPairs(text)
        return own.first { !words.isDisjoint(with: Self.hanPairs($0.title + " " + ($0.category ?? ""))) } ?? own.first
    }

    /// Whether `text` can be an echo of `record`: short (`+1`, `我们这栋也停了`), or sharing a word with its title
    /// (`燃气灶打不着火` is not an echo of a lift case).
    private static func echoes(_ text: String, _ record: CaseRecord) -> Bool {
        text.count <= 10 || !hanPairs(text).isDisjoint(with: hanPairs(record.title + " " + (record.category ?? "")))
    }

    /// The group's open case of the last week that `text` speaks of (a word of its title: `秋千修好了冇` after a
    /// neighbour's report of the swing), newest first.
    private func groupCase(about text: String, _ message: Message) -> CaseRecord? {
        guard let group = message.group else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-7 * 86400)
        let open = (try? store.read { db in
            try CaseRecord.fetchAll(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND status IN \(CaseStatus.openSQL) AND updatedAt >= ?
                ORDER BY updatedAt DESC LIMIT 20
                """, arguments: [group, since])
        }) ?? []
        let words = Self.hanPairs(text)
        return open.first { !words.isDisjoint(with: Self.hanPairs($0.title + " " + ($0.category ?? ""))) }
    }

    /// The group's newest open case of the last day: what a "+1" in the thread refers to.
    func recentGroupCase(_ message: Message, within seconds: TimeInterval = 86400) -> CaseRecord? {
        guard let group = message.group else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-seconds)
        return try? store.read { db in
            try CaseRecord.fetchOne(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND status IN \(CaseStatus.openSQL) AND updatedAt >= ?
                ORDER BY updatedAt DESC LIMIT 1
                """, arguments: [group, since])
        }
    }

    func book(_ db: Database, _ record: CaseRecord, _ message: Message) -> CaseBook {
        let module = registry.module(id: record.module)
        return CaseBook(db: db, operatorName: message.operatorName, now: message.time ?? clock.now, directory: directory,
                        module: module.map { ($0.id, $0.casePrefix) }, runtime: runtime(access: access(for: message, in: db)))
    }

    /// The group's urgent open case with a word in the last `window` seconds (an hour unless told): the thread a
    /// neighbour's remark belongs to.
    func emergencyThread(_ message: Message, within window: TimeInterval = 3600) -> CaseRecord? {
        guard let group = message.group else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-window)
        return try? store.read { db in
            try CaseRecord.fetchOne(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND urgent AND status IN \(CaseStatus.openSQL) AND updatedAt >= ?
                ORDER BY updatedAt DESC LIMIT 1
                """, arguments: [group, since])
        }
    }

    /// Words that call off a visit or a search (`不用来了`, `取消`, `不用找了`): the resident expects an answer.
    static let cancelInside = ["不用来", "不用派", "不用过来", "取消", "撤单", "撤销", "撤回", "不需要", "不用管", "不用修", "不用找",
                                       "不用再派", "不用再来", "不用上门", "不用克", "不用跟", "不用查", "不用催"]

    /// Words that call a matter off when they open the line.
    static let cancelFirst = ["不用了", "那不用了", "那算了", "不要了", "那就不要了"]

    /// Words of "no need" that call a matter off when coming, sending or searching follows a few characters on.
    static let noNeed = ["不用", "不要", "无需", "不需要"]

    /// Whether `text` calls off a visit, a repair or a search (`不用派人来了`, `不用你们派人了`, `不用物业来了`).
    /// So does a line that opens by saying so (`不用了 自己通好了`, `那算了 我妈说不要人来`).
    ///
    /// The words are searched in the line read once (``CharacterPresence``: Foundation's `contains` and the standard
    /// library's `hasPrefix`, byte by byte on a plain line), and the "no need" words are looked for near what follows
    /// them only in a line that holds one. Asked of every group line the desk would leave alone or add to a report,
    /// the eighteen `contains` by Foundation and the four searches of the "no need" words cost some 133,000
    /// instructions a call, 71 K a relayed message on the relay bench (docs/performance.md, forty-first pass).
    static func callsOff(_ text: String) -> Bool {
        let line = CharacterPresence(text)
        if line.containsAny(of: cancelInside) || cancelFirst.contains(where: line.hasPrefix) { return true }
        // "No need" with coming, sending or searching a few characters on. (`克` is Wuhan speech for 去: `那社区就
        // 不用克了`.) A line with none of the words has none of them followed by anything.
        return line.containsAny(of: noNeed) && text.contains(anyOf: noNeed, followedWithin: 5, byOneOf: "派来找修管克跟查催")
    }

    /// Whether a remark in a group during an emergency is about the emergency: a hotline (`打了120`) or an echo
    /// is; an urging (`大门门禁还冇修好`) is about the sender's own open case when they have one, and is not about
    /// the emergency when it names another module's matter.
    func joinsEmergencyThread(_ text: String, _ record: CaseRecord, decision: Router.Decision, message: Message) -> Bool {
        if Self.mentionsHotline(text) { return true }
        // A question about a gathering or another office's matter (`元旦那天驿站几点开门`) is asked of the desk, not said
        // of the emergency.
        if QuestionForm.asks(text), CommunityEvent.isNamed(CharacterPresence(text)) || offices.office(for: text) != nil { return false }
        if case .act(.meToo, _) = decision, let newest = recentGroupCase(message), newest.id != record.id,
           newest.updatedAt > record.updatedAt {
            // `附议 下午开就行` just after a neighbour asked the club something: the newest matter, not the emergency
            // still open from earlier.
            return false
        }
        guard case .act(.followUp, _) = decision else { return true }
        // An urging that names another module's matter (`我上个礼拜报的厨房漏水 么样还冇人来`) is not about it.
        if let named = router.mostNamed(in: text, where: { _ in true }), registry.modules[named.module].id != record.module { return false }
        // An urging is about the sender's own open case when they have one other than the emergency.
        return recentCase(for: message, about: text).map { $0.id == record.id } ?? true
    }

    /// The group's open case of `service` from the last three hours that `text` is about: its title shares a
    /// word with the text (`电梯`). An emergency that says no place takes that case's place.
    func relatedOpenCase(_ service: String, text: String, message: Message) -> CaseRecord? {
        guard let group = message.group else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-3 * 3600)
        let candidates = (try? store.read { db in
            try CaseRecord.fetchAll(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND service = ? AND status IN \(CaseStatus.openSQL) AND updatedAt >= ?
                ORDER BY updatedAt DESC LIMIT 5
                """, arguments: [group, service, since])
        }) ?? []
        let words = Self.hanPairs(text)
        return candidates.first { !words.isDisjoint(with: Self.hanPairs($0.title)) }
    }

    /// Calls to those around an emergency to get help (`快打电话`, `快叫人`).
    static let callsForHelp = ["快打电话", "快报警", "快叫人", "快来人", "快喊人", "快去叫", "快去喊", "赶快打电话", "赶紧打电话"]

    /// Every pair of adjacent Chinese characters in `text` (`电梯`, `梯里`…).
    static func hanPairs(_ text: String) -> Set<String> {
        let han = text.map { $0.unicodeScalars.first!.properties.isIdeographic ? $0 : " " }
        return Set(zip(han, han.dropFirst()).filter { $0 != " " && $1 != " " }.map { String([$0, $1]) })
    }

    /// The emergency lines a line may name by number (96333: the lift rescue line, seeds/community.yaml's
    /// `lift-rescue`).
    static let hotlineNumbers = ["120", "119", "110", "96333"]
    /// ``hotlineNumbers`` in UTF-8, for ``holdsAHotline(_:)``.
    private static let hotlineBytes = hotlineNumbers.map { Array($0.utf8) }

    /// Who is called to the scene of an emergency or comes to it (`救护车`, `燃气公司`, `警察`).
    static let helpToTheScene = ["救护车", "消防车", "急救", "燃气公司", "抢修的", "消防队", "派出所", "警察"]

    /// `已经打了120`, `已打96333`, `打了燃气公司电话`, `消防车来了`, `快叫人`: news from the scene of an emergency, or a
    /// call for help to those around it. A hotline's digits count only standing alone (`1202` is a room).
    static func mentionsHotline(_ text: String) -> Bool {
        let present = CharacterPresence(text)   // (read once: this runs on every group line during an emergency's hour)
        // (The words a constant list, not a literal at the call: an array built and freed at every call.)
        if present.containsAny(of: helpToTheScene) || present.containsAny(of: callsForHelp) {
            return true
        }
        if present.allPlain {
            // Every character of a plain line is one scalar (``CharacterPresence``), so its runs of ASCII digit
            // characters are its runs of digit bytes. Walking the line as an array of `Character`s, for every line of
            // a group, was 13,000 instructions a line in relay ingest (docs/performance.md, twenty-third pass).
            var text = text
            return text.withUTF8(Self.holdsAHotline)
        }
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            if Self.hotlineNumbers.contains(String(chars[i..<j])) { return true }
            i = j
        }
        return false
    }

    /// Whether a whole run of ASCII digits in `bytes` (no digit byte just before or after it) is one of
    /// ``hotlineNumbers``: the runs `split` gives at every byte that is no digit, walked in place. (Split into an
    /// array of runs, each compared with the numbers through the generic `elementsEqual`, a line's runs were some
    /// 3 K instructions of a relayed message's 546 K; docs/performance.md, forty-ninth pass.)
    static func holdsAHotline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        var start = 0
        while start < bytes.count {
            guard isDigit(bytes[start]) else { start += 1; continue }
            var end = start + 1
            while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if hotlineBytes.contains(where: { $0.count == run.count && $0.elementsEqual(run) }) { return true }
            start = end
        }
        return false
    }

    /// Notes `note` on `record`. With a `reply`, the person hears it; without one the note is silent — in a
    /// group, a word that needs no answer (a neighbour's remark in an emergency's thread, thanks for a repair)
    /// is kept for staff without a post to everyone (`ignored`, with the case it went to).
    /// Particulars said after a case was opened (where it is, a name, a phone), noted on it: a resident's in a
    /// group (`居民补充：…`), staff's at the counter (`补充：…`, echoed back).
    func addParticulars(_ text: String, to record: CaseRecord, message: Message) -> Reply {
        let said = Masking.redact(text)
        if Self.corrects(text) {
            // `不对 是302`, `打错了 是4单元`: what the case says is to be corrected; staff see it as a correction.
            let by = message.channel == .group ? "居民更正" : "更正"
            return addToCase(record, note: "\(by)：\(said)", message: message,
                             reply: "已把您的更正（\(said)）记到工单 \(record.id)，工作人员会按更正后的情况处理。")
        }
        if message.channel == .group {
            return addToCase(record, note: "居民补充：\(said)", message: message, reply: "已把您补充的情况记到工单 \(record.id)。")
        }
        return addToCase(record, note: "补充：\(said)", message: message, reply: "已把「\(said)」补记到工单 \(record.id)。")
    }

    /// Whether a line corrects what was said before (`不对 是302`, `打错了`, `我说错了 不是电梯 是门禁`, `更正：`).
    static func corrects(_ text: String) -> Bool {
        correctionOpenings.contains(where: text.hasPrefix)
    }

    private static let correctionOpenings = ["不对", "打错了", "写错了", "说错了", "我说错了", "搞错了", "更正", "纠正一下", "不是的 是", "我说的是"]

    /// What a correction puts right, without the word that says it is one or what it is not: `我说错了 不是秋千 是跷跷板
    /// 卡住了` → `跷跷板 卡住了`, `我说的是池塘对面那块空地 不是入口` → `池塘对面那块空地`.
    static func correctedPart(of text: String) -> String {
        var rest = Substring(text)
        if let word = correctionOpenings.filter({ text.hasPrefix($0) }).max(by: { $0.count < $1.count }) { rest = rest.dropFirst(word.count) }
        let words = rest.split(whereSeparator: { " ，,。".contains($0) }).filter { !$0.hasPrefix("不是") }
        let kept = words.map { $0.hasPrefix("是") ? $0.dropFirst() : $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return kept.isEmpty ? text : kept
    }

    func addToCase(_ record: CaseRecord, note: String, message: Message, reply: String?) -> Reply {
        do {
            try store.write { db in _ = try book(db, record, message).note(record.id, note) }
            guard let reply else { return Reply(module: record.module, status: .ignored, caseID: record.id, text: "") }
            return Reply(module: record.module, status: .updated, caseID: record.id, text: reply)
        } catch {
            return internalError(error, message: message, module: record.module)
        }
    }

    /// A neighbour's "+1": linked to the case as one more reporter, escalated if it adds danger.
    func linkEcho(to record: CaseRecord, text: String, message: Message) -> Reply {
        guard let (_, service) = registry.service(code: record.service) else { return Reply(status: .ignored, text: "") }
        let request = ServiceRequest(service: service, fields: [:], text: text, requester: message.requester,
                                     channel: message.channel, time: message.time ?? clock.now,
                                     operatorName: message.operatorName, group: message.group)
        do {
            try store.write { db in
                let cases = book(db, record, message)
                _ = try cases.link(request, to: cases.require(record.id))   // as it is now, inside the write
            }
            return Reply(module: record.module, status: .duplicate, caseID: record.id,
                         text: "这个问题已有工单 \(record.id)（\(record.title)，\(record.status.chinese)），已把您登记为报告人。")
        } catch {
            return internalError(error, message: message, module: record.module)
        }
    }
}
