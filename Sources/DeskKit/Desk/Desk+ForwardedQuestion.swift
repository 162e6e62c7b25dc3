import Foundation

extension Desk {
    /// How long a group member's forwarded message waits for their question about it.
    static let passedOnLifetime: TimeInterval = 10 * 60

    /// The answer to a group member who passes on a message and asks whether it is true (`[转发] 下个月起水费翻倍
    /// 这是真的吗`), when no service or office of the desk takes it up: where true news comes from, and what to leave
    /// alone — a resident's question is answered, never dropped. The question may come in the sender's next line
    /// (`[转发] 明天起全市小区禁止外来车`, then `这消息可信吗`): the forwarded line, left alone by itself, is remembered for
    /// ``passedOnLifetime``. Not a question put to the neighbours (`[转发] … 有冇人晓得真的假的`): theirs to answer.
    func forwardedQuestion(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        guard message.channel == .group else { return nil }
        // (Asked of one's own forward, the question is about it, whatever service its few words seem to name.)
        let ofOwnForward = asksAboutOwnForward(text, message: message) && !router.namesAServiceOutright(text)
        // (A passed-on notice asked about, `群里有人转的那个 说…全区停水一天 是真的么`, is a question whatever its news
        // seems to report, unless it names a service outright.)
        guard ofOwnForward || ForwardedMessage.asksWhetherTrue(text) && (decision.isNotARequest || !router.namesAServiceOutright(text))
        else { return nil }
        // Whether the question is put to the neighbours is asked last, of a line that asks about a forward: every check
        // above and this one only read the line (and the sender's remembered forward), so their order changes no answer,
        // and most group lines ask about no forward — asked first, this reading of the line's head was some 6,000
        // instructions a relayed message (docs/performance.md, fifty-first pass). (`群里有人转的那个 … 是真的么` tells who
        // passed it on; it does not ask the group.)
        guard !NeighbourTalk.asksTheGroup(text) || ForwardedMessage.saysPassedOn(text) && ForwardedMessage.asksIfBelievable(text)
        else { return nil }
        passedOn.withLock { _ = $0.removeValue(forKey: message.conversation) }
        return .answer(Self.forwardedNewsAnswer)
    }

    /// Remembers a group member's forwarded message that asks nothing, for their question to come.
    func rememberForward(_ text: String, message: Message) {
        guard message.channel == .group, ForwardedMessage.isForwarded(text), !ForwardedMessage.asksIfBelievable(text) else { return }
        let now = message.time ?? clock.now
        passedOn.withLock { forwards in
            if forwards.count > 4096 { forwards = forwards.filter { now.timeIntervalSince($0.value) < Self.passedOnLifetime } }
            forwards[message.conversation] = now
        }
    }

    /// Whether `text` asks whether something can be believed, a few minutes after its sender forwarded a message.
    func asksAboutOwnForward(_ text: String, message: Message) -> Bool {
        guard let forwarded = passedOn.withLock({ $0[message.conversation] }),
              (message.time ?? clock.now).timeIntervalSince(forwarded) < Self.passedOnLifetime else { return false }
        return ForwardedMessage.asksIfBelievable(text)
    }

    /// Where true news comes from, and what to leave alone.
    static let forwardedNewsAnswer = "转来的消息请以官方发布为准：社区和物业的通知会发在本群、贴在驿站和楼栋公告栏；养老金、医保等政策以人社、医保部门公布的为准。"
        + "消息里要交钱、点链接、扫码、加微信或报卡号的，先不要动，可以打 96110 反诈专线核实，也可以到驿站问工作人员。"
}
