import Foundation

/// `还有那个饮水机 漏水 地胶都泡了` in a group, minutes after the desk took a report of the ping-pong room's light
/// there (the sender's own, or a neighbour's the sender adds to): one more thing of the same place, which alone names
/// no room, and which the model takes for talk or for the park's. Not `还有人在里面`: someone is still inside.
extension Desk {
    /// A request to the service the desk last served the sender with (``LastTurn``, within ``lastTurnLifetime``), or
    /// else of the group's case of the last ``threadWindow``, for a group line opening `还有`/`另外` that the router
    /// could not place or placed without much certainty; nil otherwise.
    func anotherOfTheSame(_ text: String, decision: Router.Decision, message: Message) -> Reply? {
        guard message.channel == .group else { return nil }
        // (The openings compared byte by byte, ``CharacterPresence/hasPrefix(_:)``: the standard library's `hasPrefix`,
        // nine words of every group line, was 4.2 K of a relayed message's 547 K; docs/performance.md, forty-eighth pass.)
        let line = CharacterPresence(text)
        guard Self.anotherOpenings.contains(where: line.hasPrefix),
              !Self.someoneStill.contains(where: line.hasPrefix), !QuestionForm.asks(text),
              let code = freshLastTurn(message)?.service ?? recentGroupCase(message, within: Self.threadWindow)?.service,
              let ref = serviceRef(code: code),
              registry.services[ref.module][ref.service].audience != .staff, decision.bestService != ref,
              !decision.isRequest || router.confidence(text) < Self.sureOfAnother else { return nil }
        return begin(ref, text: text, message: message)
    }

    /// How long a group's newest case is the thread a neighbour's `还有…` adds to.
    static let threadWindow: TimeInterval = 10 * 60
    /// Someone still somewhere (`还有人在里面`), not one more thing.
    static let someoneStill = ["还有人", "还有个人", "还有一个人", "还有伢", "还有老人"]
    /// How one more thing is added.
    static let anotherOpenings = ["还有", "另外", "再就是", "再一个"]
    /// How sure the router must be of another service for `还有…` to leave the sender's last one.
    static let sureOfAnother = 0.8
}
