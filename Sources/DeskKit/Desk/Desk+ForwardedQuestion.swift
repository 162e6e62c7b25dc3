extension Desk {
    /// The answer to a group member who passes on a message and asks whether it is true (`[转发] 下个月起水费翻倍
    /// 这是真的吗`), when no service or office of the desk takes it up: where true news comes from, and what to leave
    /// alone — a resident's question is answered, never dropped. Not a question put to the neighbours
    /// (`[转发] … 有冇人晓得真的假的`): theirs to answer.
    func forwardedQuestion(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        guard message.channel == .group, decision.isNotARequest, ForwardedMessage.asksWhetherTrue(text),
              !NeighbourTalk.asksTheGroup(text) else { return nil }
        return .answer(Self.forwardedNewsAnswer)
    }

    /// Where true news comes from, and what to leave alone.
    static let forwardedNewsAnswer = "转来的消息请以官方发布为准：社区和物业的通知会发在本群、贴在驿站和楼栋公告栏；养老金、医保等政策以人社、医保部门公布的为准。"
        + "消息里要交钱、点链接、扫码、加微信或报卡号的，先不要动，可以打 96110 反诈专线核实，也可以到驿站问工作人员。"
}
