import Foundation
import Synchronization

/// What the desk last did for a person with a service — answered them, or opened or updated a case — so that
/// the person's next line, when it only gives particulars (`12栋3单元802 刘爹爹 刘光明`, `电话是139****0465`) or says
/// yes (`那帮我登记一个`), goes on with that matter instead of being read as a line of its own: the learned model
/// takes a bare address and an elder's name for a home-visit request, and a phone number for nothing.
///
/// Kept in memory for ``Desk/lastTurnLifetime`` per conversation key (a sender within a group, one window at the
/// desk), like a clerk's memory of the person just served: a lost turn costs only this reading.
struct LastTurn: Sendable {
    /// The service that answered or opened the case.
    var service: String
    /// The case opened or updated, if any.
    var caseID: String?
    var time: Date
    /// Whether the case was opened for danger to a person (``Emergency``): staff's next lines may be its news.
    var emergency = false
    /// The line a group member asked that the service answered without a case: their next line may add to it
    /// (``Desk/questionGoesOn(_:decision:message:)``). Kept in memory only, like the rest of the turn.
    var question: String?
}

extension Desk {
    /// How long the desk remembers what it last did for a person.
    static let lastTurnLifetime: TimeInterval = 30 * 60

    /// Remembers that `service` answered `message`'s sender with `reply` (an answer, or a case opened or updated),
    /// for an `emergency` or not.
    func remember(_ service: String, reply: Reply, message: Message, emergency: Bool = false) {
        guard [.answered, .created, .updated, .duplicate].contains(reply.status), reply.module != nil else { return }
        let asked = message.channel == .group && reply.status == .answered && reply.caseID == nil ? message.text : nil
        let turn = LastTurn(service: service, caseID: reply.caseID, time: message.time ?? clock.now, emergency: emergency,
                            question: asked)
        let key = conversationKeys.key(message.conversation)
        lastTurns.withLock { turns in
            if turns.count > 4096 {   // a busy server: forget what has expired rather than grow
                turns = turns.filter { turn.time.timeIntervalSince($0.value.time) < Self.lastTurnLifetime }
            }
            turns[key] = turn
        }
    }

    /// The person's next line after the desk's last turn with them, when it only gives particulars, says where the
    /// matter is (`就在进门右手边那个圆花坛`) or says yes: the details go on the case just opened, or begin the
    /// service the answer invited (``Service/invites``). Nil when the line is more than that, the turn is older than
    /// ``lastTurnLifetime``, or a question waits.
    func continuesLastTurn(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        guard let turn = freshLastTurn(message),
              givesParticulars(text) || givesAnIDNumber(text, message: message)
                || turn.caseID != nil && (saysWhere(text, decision: decision) || staffGoOn(text, decision: decision, message: message)),
              pending(for: message) == nil,
              // (`撤回 是我搞错了 是2单元电梯那天停电了 … 不用来人` names a place, yet calls the matter off.)
              !Self.callsOff(text) else { return nil }
        if let record = openCase(of: turn) { return addParticulars(text, to: record, message: message) }
        guard let invited = registry.service(code: turn.service)?.service.invites, let ref = serviceRef(code: invited) else { return nil }
        return begin(ref, text: text, message: message)
    }

    /// Whether staff at the counter go on about the case just opened (`他说先把屋顶修好 赔不赔再说`, `她单号不记得了`):
    /// a line the model takes for talk, more than a greeting, that neither asks, nor says it is over, nor names an
    /// office elsewhere. Staff do not chat with the desk.
    func staffGoOn(_ text: String, decision: Router.Decision, message: Message) -> Bool {
        guard message.channel == .desk, text.count >= 5, !asksOrSaysItIsOver(text), offices.office(for: text) == nil else { return false }
        switch decision {
        case .act(.chatter, _), .unknown: return !router.isChatter(text)
        default: return false   // news that it is over, a notice, a request of its own
        }
    }

    /// Whether staff at the counter give an ID number for the matter just served, with words about it (`孙女身份证…
    /// 两个都录好了请开单`, `身份证少打了最后一位 是…`, `爹爹身份证… 88岁 电话…`): the person's, not a matter of its own —
    /// unless the line asks, or names a service outright.
    func givesAnIDNumber(_ text: String, message: Message) -> Bool {
        guard message.channel == .desk, Self.carriesAnIDNumber(text) else { return false }
        return !QuestionForm.asks(text) && !router.namesAServiceOutright(text) && emergencies.emergency(in: text) == nil
    }

    /// Whether `text` holds something that may be an ID number: fifteen digits at least are counted first, which most
    /// lines fail, before the candidate is looked for.
    static func carriesAnIDNumber(_ text: String) -> Bool {
        text.utf8.count(where: { (0x30...0x39).contains($0) }) >= 15 && CitizenID.candidate(in: text) != nil
    }

    /// Whether `text` asks, or says that the matter is fixed or the danger over: a line of its own, never more
    /// about the matter just reported (``staffGoOn(_:decision:message:)``, ``keptOnOwnReport(_:message:)``).
    func asksOrSaysItIsOver(_ text: String) -> Bool {
        QuestionForm.asks(text) || FixNews.says(text) || emergencies.isOver(text)
    }

    /// The desk's last turn with `message`'s sender, unless it is older than ``lastTurnLifetime``.
    func freshLastTurn(_ message: Message) -> LastTurn? {
        guard let turn = lastTurns.withLock({ $0[conversationKeys.key(message.conversation)] }),
              (message.time ?? clock.now).timeIntervalSince(turn.time) < Self.lastTurnLifetime else { return nil }
        return turn
    }

    /// The case `turn` opened or updated, while it is still open.
    func openCase(of turn: LastTurn) -> CaseRecord? {
        guard let id = turn.caseID, let record = try? store.read({ db in try CaseRecord.fetchOne(db, key: id) }),
              record.status.isOpen else { return nil }
        return record
    }

    /// Forgets the last turn with `message`'s sender (an answer that was not posted after all).
    func forgetLastTurn(_ message: Message) {
        _ = lastTurns.withLock { $0.removeValue(forKey: conversationKeys.key(message.conversation)) }
    }

    /// Whether `text` only gives particulars: places, names of people (`刘光明`, `金爹爹`, `姓骆`), phone and ID numbers,
    /// ages, when someone is home — at least one place, number, name or time — perhaps with a yes (`那帮我登记 熊长根 村湾22号`).
    func givesParticulars(_ text: String) -> Bool {
        guard text.count <= 48, !QuestionForm.asks(text) else { return false }
        let withoutParts = withoutAnswerParts(text)
        let placeOrNumber = withoutParts != text
        // The time words, then the other words of particulars and the yeses, taken out in one walk over the line
        // (``WordsTakenOut``; Foundation's search for each word was half of dispatch: docs/performance.md, eighth
        // pass). When someone is home or may be visited (`下周二上午`) is a particular too.
        let (rest, taken) = Self.wordsOfParticulars.takingOut(of: withoutParts)
        let when = taken.contains { $0 < Self.timeWords.count }
        // `田婆婆的名字叫田淑珍`: the name after `的`, `叫` or `是` is a run of its own.
        let runs = rest.split { !$0.isLetter || Self.nameJoints.contains($0) }
        let names = runs.filter { PersonName.isName($0) }
        // A name alone with thanks (`关了 谢谢周师傅`) thanks someone; with a place or a number it gives particulars.
        guard placeOrNumber || when || !names.isEmpty && !text.contains("谢") else { return false }
        // `搞错了 是16栋2单元301 1单元是他自己屋`: a place said again to put the last one right.
        if placeOrNumber, Self.correctionWords.contains(where: text.contains) { return true }
        // An age in Chinese numerals (`八十多`) is a particular too.
        let left = runs.filter { !PersonName.isName($0) }.joined().filter { !Self.fillers.contains($0) && !Self.numerals.contains($0) }
        // A time alone says nothing else (`下周二上午`); `我明天克` says the speaker will go.
        return left.count <= (placeOrNumber || !names.isEmpty ? 1 : 0)
    }

    /// ``timeWords``, then ``particularWords`` and ``yesWords``: what ``givesParticulars(_:)`` takes out of a line.
    static let wordsOfParticulars = WordsTakenOut(timeWords + particularWords + yesWords)

    /// Words that go with particulars (`电话是…`, `上午都在屋里`, `83 独居`).
    static let particularWords = ["联系电话", "电话号码", "电话", "手机号", "手机", "座机", "号码", "身份证号", "身份证", "名字", "姓名",
                                  "老人家", "老人", "住户", "都在屋里", "在屋里",
                                  "都在家", "在家", "屋里", "独居", "一个人住", "一个人", "老伴", "今年", "岁", "多", "谢谢", "谢了",
                                  // whose number it is (`女儿电话189…`), how many meals (`每天中午一餐`)
                                  "女儿", "儿子", "侄儿", "家属", "一餐", "一顿", "两餐", "两顿",
                                  // how the home is reached (`住三楼 冇得电梯`)
                                  "冇得电梯", "没有电梯", "冇电梯", "没电梯",
                                  // how the elder is (`蔡桂英 78岁 她有高血压`, `耳朵背 敲门要敲响一点`)
                                  "高血压", "糖尿病", "心脏病", "耳朵不好", "耳朵背", "眼睛不好", "腿脚不好", "腿不好", "腿脚不方便",
                                  "行动不便", "走不动", "卧床", "坐轮椅", "她有", "他有",
                                  // any day will do (`星期几都行`, `礼拜几都行`)
                                  "几都行", "哪天都行", "都行", "随时",
                                  // the number sent privately, not into the group (`电话我私信你`)
                                  "我私信你", "私信你", "私信给你", "私信发你", "私信"]
    /// Words of a day or a time of day (`下周二上午`, `明天下午都在`).
    static let timeWords = ["下个礼拜", "下礼拜", "下周", "这周", "礼拜", "星期", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
                            "周末", "后天", "明天", "今天", "上午", "下午", "晚上", "中午", "白天", "每天", "天天", "每周",
                            // from or before an hour (`下午两点以后都在屋里`)
                            "点以后", "点之后", "点以前", "点之前", "点钟"]
    /// Characters that join a person to their name or home (`孙婆婆叫孙玉兰`, `她的名字是…`, `王婆婆住11栋…`).
    static let nameJoints: Set<Character> = ["的", "叫", "是", "住"]
    /// Chinese numerals, which say an age or a number when they stand among particulars.
    static let numerals = Set("零一二两三四五六七八九十百")
    /// Words that put a particular right (`搞错了 是5栋不是3栋`).
    static let correctionWords = ["搞错了", "弄错了", "写错了", "说错了", "打错了", "记错了", "更正", "不对 是", "不是", "应该是"]
    /// The yes that accepts what an answer offered (`那就登记上`, `要的 帮我办一个`).
    static let yesWords = ["帮我登记", "登个记", "登记一下", "登记上", "登记", "帮我办", "办一个", "帮忙办", "代办一下", "帮我报", "报一个",
                           "帮我约", "约一个", "要得", "帮我", "麻烦", "帮忙", "好的", "要的", "可以", "那就", "那"]
}
