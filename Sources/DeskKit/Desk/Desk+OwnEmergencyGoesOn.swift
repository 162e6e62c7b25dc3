import Foundation

/// What the one who raised an emergency in the group says next (`20栋1单元702 伢在门里面哭` after `我屋伢一个人锁在
/// 屋里了`): where it is and how it goes, which the model reads by its words — a door, a flat — as a repair of its own.
/// It goes on the emergency's case, where those who come need it.
extension Desk {
    /// How long after raising an emergency the sender's words are taken as its news.
    static let ownEmergencyWindow: TimeInterval = 30 * 60

    /// The sender's own open urgent case in this group, opened within ``ownEmergencyWindow``: their newest case, or
    /// the group's emergency when they raised it and have reported something else since (`楼梯灯一个礼拜前就坏了`
    /// after the fall on those stairs).
    func ownEmergency(_ message: Message) -> CaseRecord? {
        guard message.channel == .group, let record = recentCase(for: message, within: Self.ownEmergencyWindow) else { return nil }
        if record.urgent { return record.requesterSender == message.requester.sender ? record : nil }
        guard let thread = emergencyThread(message), thread.requesterSender == message.requester.sender,
              thread.createdAt >= (message.time ?? clock.now).addingTimeInterval(-Self.ownEmergencyWindow) else { return nil }
        return thread
    }

    /// A note of `text` on the sender's emergency (``ownEmergency(_:)``) when the line tells a place or a number, not a
    /// hotline (`是402`, `2栋1单元2501 快点`) and the model takes it for a request of another service that names no
    /// matter of its own: no danger of its own (a new danger gets its own safety words), no question, no news that
    /// it is over, no asking (`请`, `麻烦`), no fault (`1楼按钮按了不亮`), no service named outright (`我刚才说认证的
    /// 事`). Thanks, news and talk are left to the emergency thread's own reading. The sender's cases are looked up
    /// only for a line that passes the checks of its text: this runs on every free-text line of a group.
    func goesOnOwnEmergency(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        // (A tie between two services, `2栋1单元左边那台 … 按警铃冇人应`, is read for the first of them.)
        let read: Router.ServiceRef?
        switch decision {
        case .service(let ref): read = ref
        case .tie(let refs): read = refs.first
        default: read = nil
        }
        guard message.channel == .group, let ref = read,
              withoutAnswerParts(text) != text, !Self.mentionsHotline(text), !CharacterPresence(text).containsAny(of: Self.askingOrFaults),
              emergencies.emergency(in: text) == nil, !QuestionForm.asks(text), !emergencies.isOver(text), !Self.callsOff(text),
              !router.namesAServiceOutright(text), let record = ownEmergency(message), registry.modules[ref.module].id != record.module,
              !namesAMatterOfItsOwn(text, for: ref, message: message) else { return nil }
        return addToCase(record, note: "现场补充：\(Masking.redact(text))", message: message, reply: "已补记到紧急工单 \(record.id)。")
    }

    /// Asking words and faults: a line with one is a matter of its own.
    private static let askingOrFaults = ["请", "麻烦", "帮忙", "能不能"] + FixNews.stillWrong
}
