/// A group member adding to the question the desk just answered (`请问怎么在网上交灵活就业的医保 我刚辞职` → `是武汉户口`;
/// `…是不是这个月就到退休年龄了` → `他交了二十多年了 应该够吧`): read alone, the line is no question and names no
/// service, so it was left unanswered — the asker heard nothing more. Read with the question it adds to, the same
/// service answers again (or, as it would for the question, opens a case for staff to answer it).
extension Desk {
    /// The answer to the sender's last question read together with `text`, when `text` adds to it: a line of the
    /// sender's own in the same group within ``lastTurnLifetime`` of an answer that opened no case, read as talk, as
    /// nothing or as that service's again; neither a question of its own (read alone), nor talk to a neighbour, nor
    /// thanks or an acknowledgement, nor news that something is done or over. Nil otherwise.
    func questionGoesOn(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        guard message.channel == .group, let turn = freshLastTurn(message), turn.caseID == nil, let question = turn.question,
              let ref = serviceRef(code: turn.service), pending(for: message) == nil else { return nil }
        switch decision {
        case .unknown, .act(.chatter, _): break
        case .service(let read) where read == ref: break
        default: return nil
        }
        let line = CharacterPresence(text)
        if isEllipticalQuestion(text, line) {
            // `在哪里交 手机上能交吗` after `明年的医保几时截止`: a question that names nothing of its own asks on about the
            // matter just answered.
            return begin(ref, text: question + " " + text, message: message)
        }
        guard text.count >= 4, line.containsAny(of: Self.particulars), !QuestionForm.asks(text), !router.isChatter(text),
              !line.containsAny(of: Self.acknowledgements), !line.containsAny(of: Self.ownPlans), !NeighbourTalk.signsAChain(text),
              !NeighbourTalk.repliesToANeighbour(text), !FixNews.says(text), !GoodNews.says(text), !Self.callsOff(text) else { return nil }
        return begin(ref, text: question + " " + text, message: message)
    }

    /// Whether `text` is a short question that names no matter of its own (`在哪里交`, `要带哪些证件`, `几点开始`): asked of
    /// the group, it can only be about what was just asked and answered. Not one that names a service, or talks to a
    /// neighbour.
    private func isEllipticalQuestion(_ text: String, _ line: CharacterPresence) -> Bool {
        text.filter { !$0.isWhitespace }.count <= Self.ellipticalLength && QuestionForm.asks(text) && !router.namesAServiceOutright(text)
            && !NeighbourTalk.repliesToANeighbour(text) && !line.containsAny(of: Self.acknowledgements)
    }

    /// The longest question, in characters, read as asked on about the last answer.
    static let ellipticalLength = 12

    /// Words that give what an answer turns on: where one's registered, what one worked as, what one paid, when one
    /// was born, how old (`是武汉户口`, `我是企业职工 缴费二十六年了`, `他今年58`, `他是3月份的生日`), or put the
    /// question right (`哦不是暑假 是这个月十几号就走`).
    static let particulars = ["户口", "职工", "企业", "机关", "事业单位", "农村", "城镇", "个体", "灵活就业", "交了", "缴了", "缴费",
                              "交过", "参的", "退的", "退休的", "生日", "出生", "年的", "月的", "岁", "今年", "不是"]

    /// What the sender will do next (`那我克驿站帮她交`, `那我七月再问`): the answer was enough.
    static let ownPlans = ["那我", "我再", "再问", "我去", "我克", "我跟他说", "我跟她说", "我告诉他", "我告诉她"]

    /// Words that only acknowledge an answer (`晓得了`, `好的 谢谢`): nothing added to the question.
    static let acknowledgements = ["谢", "晓得了", "知道了", "明白了", "懂了", "收到", "好的", "好滴", "好嘞", "辛苦"]
}
