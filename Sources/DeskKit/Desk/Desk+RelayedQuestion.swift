import Foundation

/// Staff at the counter passing on what the resident in front of them asks besides (`她顺便问今年的居民医保一个人交
/// 好多钱`, `他女儿又问高龄津贴是不是也要重新认`, `婆婆问一个月要交几多钱`) just after the desk opened that resident's
/// case: the question belongs to the case — whoever follows the case up answers it — and gets the desk's own answer
/// when a service has one. Read alone, such a line was a new matter: a second case, an answer the case never
/// heard of, or nothing at all (`他顺便问助餐过年放不放假` got a greeting).
extension Desk {
    /// The case the operator's last turn opened or updated, still open and within ``lastTurnLifetime``, when `text`
    /// passes on a resident's question (``RelayedSpeech/asks(_:)``). Nil in a group, or when the last turn only
    /// answered: a question after an answer is a question of its own.
    func counterThread(for text: String, message: Message) -> CaseRecord? {
        guard message.channel == .desk, RelayedSpeech.asks(text), pending(for: message) == nil,
              let turn = freshLastTurn(message), let record = openCase(of: turn) else { return nil }
        // `裴婆婆儿子问…` belongs to 裴婆婆's case, not to the case of someone else served just before.
        if let surname = RelayedSpeech.surnameNamed(text), !record.title.contains(surname),
           record.requesterName?.contains(surname) != true, !record.fields.values.contains(where: { $0.text?.contains(surname) == true }) {
            return nil
        }
        return record
    }

    /// The relayed question read as it would be alone; then, unless that opened a matter of its own or asks
    /// something back, kept on `thread` with the answer the desk found, or for staff to answer — also a question
    /// the router cannot place or takes for talk, which is not read alone.
    func relayedQuestion(_ text: String, on thread: CaseRecord, message: Message) -> Reply {
        let placed: Bool
        switch decide(text, message) {
        case .unknown, .act(.chatter, _): placed = false
        default: placed = true
        }
        let alone = placed ? readRequests(text, message: message) : Reply(status: .ignored, text: "")
        // A case of its own, a question asked back, or a note already made elsewhere: the matter stands by itself.
        guard alone.status == .answered || alone.status == .ignored, alone.caseID == nil else { return alone }
        let said = Masking.redact(text)
        let answered = alone.status == .answered && !alone.text.isEmpty
        var reply = addToCase(thread, note: "居民还问：\(said)" + (answered ? "（服务台已答复）" : ""), message: message,
                              reply: "已把「\(said)」记到工单 \(thread.id)" + (answered ? "。\n" + alone.text : "，由跟进的工作人员一并答复。"))
        reply.module = thread.module
        // The thread goes on: the next question passed on is the same resident's.
        remember(thread.service, reply: reply, message: message)
        return reply
    }
}

/// How staff write that the resident they serve asks something more: a person (`她`, `婆婆`, `他女儿`, `邓老师`),
/// perhaps `顺便`, `又`, `还`, then `问`, at the start of the line.
enum RelayedSpeech {
    /// Whether `text` opens by passing on a resident's question — also after `还有个问题` (`还有个问题 她弟弟问…`).
    static func asks(_ text: String) -> Bool {
        // Most lines have no `问` at all: they are set aside by their scalars, before the openings are looked for and
        // the first characters read as `Character`s — 13,000 instructions a line at the counter (docs/performance.md,
        // twenty-eighth pass). (No other scalar or sequence is canonically equivalent to `问`, so a line without the
        // scalar has no such character.)
        guard text.unicodeScalars.contains("问") else { return false }
        let line = withoutOpening(text)
        guard let ask = line.prefix(12).firstIndex(of: "问") else { return false }
        var who = line[..<ask]
        // The adverbs are compared only when `who` ends with one's last character, the kin and titles below likewise:
        // comparing all thirty-two from the end, `Character` by `Character`, was ~40 K instructions for each line with
        // `问` early (`请问…`; perf, dispatch: 4 K a line of the bench, docs/performance.md, thirty-ninth pass).
        if let last = who.last, adverbLasts.contains(last) {
            for adverb in adverbs where who.hasSuffix(adverb) {
                who = who.dropLast(adverb.count)
                break
            }
        }
        guard !who.isEmpty, !who.contains(where: { !$0.isLetter }) else { return false }
        return people.contains(String(who)) || PersonName.isName(who) || namesAKinOrATitle(who)
    }

    /// `裴婆婆儿子`, `罗爹爹老伴`, `她弟弟`, `司马先生`: someone named by their kin or a title, in a few characters —
    /// not someone else (`有个爹爹`, `另外一个爹爹`).
    private static func namesAKinOrATitle(_ who: Substring) -> Bool {
        who.count <= 6 && who.last.map(kinAndTitleLasts.contains) == true && kinAndTitles.contains { who.hasSuffix($0) }
            && !someoneElse.contains(where: who.contains)
    }

    /// The surname of the elder whose relative passes on the question (`裴婆婆儿子问` → `裴`, `孙爹爹的儿子问` → `孙`), or
    /// nil when no elder is named so: a relative's question about a named elder belongs to that elder's case only.
    static func surnameNamed(_ text: String) -> Character? {
        let line = withoutOpening(text)
        guard let first = line.first, !"她他".contains(first), asks(text),
              let title = elderTitles.first(where: { line.prefix(6).dropFirst().hasPrefix($0) }),
              kinAndTitles.contains(where: { line.dropFirst(1 + title.count).drop { $0 == "的" }.hasPrefix($0) }) else { return nil }
        return first
    }

    /// How an elder is called after the surname (`裴婆婆`).
    private static let elderTitles = ["婆婆", "爹爹", "奶奶", "爷爷", "阿姨", "师傅"]

    /// Words that speak of another resident than the one served.
    private static let someoneElse = ["有个", "一个", "刚才", "另一个", "别的"]

    /// Words between the person and `问` (`她顺便问`, `他又问`, `婆婆还问`, `老伴也在问`); the longest first.
    static let adverbs = ["还顺便", "另外", "顺便", "也在", "还在", "接着", "又", "还", "也", "再"]
    /// The last characters of ``adverbs``: words ending with none of them end with no adverb. (`Character`s, so that a
    /// character canonically equal to one is one, as `hasSuffix` has it.)
    private static let adverbLasts: Set<Character> = Set(adverbs.compactMap(\.last))
    /// `text` after a word that announces one more question (``openings``), or all of it.
    private static func withoutOpening(_ text: String) -> Substring {
        openings.first(where: text.hasPrefix).map { text.dropFirst($0.count).drop { $0 == " " } } ?? text[...]
    }

    /// Words before the person that announce one more question.
    private static let openings = ["还有个问题", "还有一个问题", "另外"]
    /// Kin and titles staff name a resident's family or the resident by.
    private static let kinAndTitles = ["儿子", "女儿", "老伴", "弟弟", "妹妹", "哥哥", "姐姐", "儿媳", "女婿", "孙子", "孙女", "外孙",
                                       "家属", "保姆", "先生", "女士", "小姐", "爹爹", "婆婆", "阿姨", "师傅", "老师"]
    /// The last characters of ``kinAndTitles``: words ending with none of them name no kin nor title (as ``adverbLasts``).
    private static let kinAndTitleLasts: Set<Character> = Set(kinAndTitles.compactMap(\.last))

    /// The residents staff speak for.
    static let people: Set<String> = ["她", "他", "婆婆", "爹爹", "老人", "阿姨", "大姐", "爷爷", "奶奶", "老伴",
                                      "她女儿", "他女儿", "她儿子", "他儿子", "她老伴", "他老伴", "她家里", "他家里", "老人家",
                                      "她妈", "他妈", "她爸", "他爸"]
}
