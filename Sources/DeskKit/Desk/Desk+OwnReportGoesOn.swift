import Foundation

/// What a resident adds in the group just after reporting something (`楼上是1602`, `就是那个黄色的柯基 每天早上六点多
/// 下来遛`, `车是蓝色的雅迪 停在电梯口`): the line says nothing wanted of its own, so nothing else would keep it, yet it
/// is the detail staff need to act on the report. It goes on the sender's report, silently.
extension Desk {
    /// How long after reporting a resident's next words are taken as more about the report.
    static let ownReportWindow: TimeInterval = 30 * 60

    /// A silent note of `text` on the case the sender opened in this group within ``ownReportWindow``, for a line
    /// the desk would otherwise leave alone; nil when there is no such case or the line is talk of another kind: a
    /// greeting or thanks, a question, news that it is fixed or over, a call-off, a notice.
    func keptOnOwnReport(_ text: String, message: Message) -> Reply? {
        guard message.channel == .group, text.count >= 4, !router.isChatter(text), !text.contains("谢"),
              !asksOrSaysItIsOver(text), !Self.callsOff(text),
              !isPastedNotice(text, sender: message.requester.sender),
              let record = recentCase(for: message, about: text, within: Self.ownReportWindow) else { return nil }
        return addToCase(record, note: "居民补充：\(Masking.redact(text))", message: message, reply: nil)
    }
}
