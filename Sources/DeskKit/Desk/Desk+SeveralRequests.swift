import Foundation

/// A message that asks for several things of different modules at once (`厨房漏水，另外问一下我62年的男工人几时
/// 退休`): each part is handled as if it had come alone, in order, and none is dropped. A part that must wait
/// because an earlier part asked a question is kept with that question and handled when it is answered
/// (or set aside, or cancelled).
extension Desk {
    /// Free text that may hold several requests: each part handled in turn, or the whole as one.
    func requests(_ text: String, message: Message) -> Reply {
        if let parts = severalRequests(text, message: message) { return handleSeveral(parts, message: message) }
        return freeText(text, message: message)
    }

    /// The parts of `text` that are requests of different modules, in order, when there are two or more; nil
    /// when the line is one request (or not a request at all).
    ///
    /// The line is cut at sentence ends (`。！？；`) and before words that start another matter (`另外`, `还有`,
    /// `顺便`…); a piece that names no service of its own (`在3栋502`) stays with the piece before it, and
    /// neighbouring pieces of one module are one part. A line the router reads as chatter, a notice or an
    /// emergency is never cut: an emergency is handled first and whole.
    func severalRequests(_ text: String, message: Message) -> [String]? {
        let pieces = Self.clauses(of: text)
        guard pieces.count > 1 else { return nil }
        let whole = decide(text, message)
        guard !whole.isNotARequest, emergency(in: text, decision: whole, sender: message.requester.sender) == nil else { return nil }
        var parts: [(text: String, module: Int?)] = []
        for piece in pieces {
            let module: Int?
            if requestContent(piece).isEmpty {
                module = nil
            } else if case .service(let ref) = router.decide(piece, sender: message.channel == .group ? message.requester.sender : nil,
                                                             staff: message.channel != .group) {
                module = ref.module
            } else {
                module = nil
            }
            if let last = parts.last, module == nil || last.module == nil || last.module == module {
                parts[parts.count - 1] = (last.text + piece, last.module ?? module)
            } else {
                parts.append((piece, module))
            }
        }
        let requests = parts.filter { $0.module != nil }
        guard requests.count > 1 else { return nil }
        // A leading piece that named nothing (`我是3栋502的`) was merged forward above; a trailing one backward.
        return parts.map { $0.text.trimmingSpaces }
    }

    /// A line said while a question waits that answers it and then asks for something else: the answer
    /// (`1962年5月`) and the requests after it (`还有我家楼道灯坏了`); nil when the line is one thing.
    func answerThenRequests(_ text: String, pending: Conversation, message: Message) -> (answer: String, rest: [String])? {
        let pieces = Self.clauses(of: text)
        guard pieces.count > 1 else { return nil }
        // Pieces that carry no request of their own (a date, an address, a name) and then a request.
        let answerPieces = pieces.prefix { requestContent($0).isEmpty }.count
        if answerPieces > 0, answerPieces < pieces.count {
            let rest = pieces[answerPieces...].joined().trimmingSpaces
            // More about the waiting request (`3栋502，厨房那边漏得厉害`) is part of the answer; another matter is
            // said as one (`水印桃源 另外楼道灯不亮`: a second repair) or belongs to another module.
            let decision = decide(rest, message)
            let waitingModule = pending.service.flatMap { registry.service(code: $0)?.module.id }
            let anotherMatter = Self.openers.contains(where: rest.hasPrefix)
                || decision.bestService.map({ registry.modules[$0.module].id }) != waitingModule
            guard decision.isRequest, anotherMatter else { return nil }
            return (pieces[..<answerPieces].joined().trimmingSpaces, severalRequests(rest, message: message) ?? [rest])
        }
        // Several requests, the first of which is about the waiting one (`68年3月的女工人好久退休？还有…`).
        guard let parts = severalRequests(text, message: message),
              !startsNewRequest(parts[0], decision: decide(parts[0], message), pending: pending, message: message) else { return nil }
        return (parts[0], Array(parts.dropFirst()))
    }

    /// Handles the parts of a message one by one. When a part leaves a question waiting (a missing field, a
    /// choice, a callback number), the parts after it are kept with that question (``Conversation/queued``) and
    /// the reply says so.
    func handleSeveral(_ parts: [String], message: Message) -> Reply {
        var replies: [Reply] = []
        for (i, part) in parts.enumerated() {
            var partMessage = message
            partMessage.text = part
            replies.append(freeText(part, message: partMessage))
            let rest = Array(parts.dropFirst(i + 1))
            guard !rest.isEmpty, var waiting = pending(for: message) else { continue }
            waiting.queued = rest
            var reply = save(waiting, for: message, reply: Self.combined(replies))
            reply.text += "\n" + Self.queuedNotice(rest)
            return reply
        }
        return Self.combined(replies)
    }

    /// After a line ends the question that held later parts of a message (answered, cancelled or set aside),
    /// those parts are handled now and their replies follow; a new question that waits now holds them in turn.
    func handleQueued(after before: Conversation?, reply: Reply, message: Message) -> Reply {
        guard let queued = before?.queued, !queued.isEmpty else { return reply }
        if var waiting = pending(for: message) {
            // Still waiting (a partial answer), or another question now waits: the parts stay held.
            if waiting.queued == queued { return reply }
            waiting.queued = (waiting.queued ?? []) + queued
            var held = save(waiting, for: message, reply: reply)
            held.text += "\n" + Self.queuedNotice(queued)
            return held
        }
        return Self.combined([reply, handleSeveral(queued, message: message)])
    }

    /// "您还说了「…」，先回答上面的问题，接着办。"
    static func queuedNotice(_ rest: [String]) -> String {
        let named = rest.map { part -> String in
            let opener = openers.filter(part.hasPrefix).max { $0.count < $1.count } ?? ""
            return "「\(DisplayWidth.truncate(String(part.dropFirst(opener.count)).trimmingSpaces, to: 24))」"
        }.joined(separator: "")
        return "您还说了\(named)，回答上面的问题后接着办。"
    }

    /// Several parts' replies as one: the texts in order, the first case and module, and the status of the
    /// first part that did something.
    static func combined(_ replies: [Reply]) -> Reply {
        let shown = replies.filter { !$0.text.isEmpty }
        guard var first = replies.first(where: { $0.status != .ignored }) ?? replies.first else { return Reply(status: .ignored, text: "") }
        first.text = shown.map(\.text).joined(separator: "\n")
        first.caseID = replies.lazy.compactMap(\.caseID).first
        first.choices = replies.last?.choices ?? []
        return first
    }

    /// `text` cut at sentence ends and before words that open another matter; each piece keeps its words
    /// (the joining word stays at the start of the piece it opens, the punctuation at the end of the piece
    /// it closes).
    static func clauses(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var rest = Substring(text)
        while let c = rest.first {
            if !current.isEmpty, current.last.map({ Self.pauses.contains($0) }) == true || current.last == " ",
               let opener = Self.openers.first(where: { rest.hasPrefix($0) }) {
                pieces.append(current)
                current = opener
                rest = rest.dropFirst(opener.count)
                continue
            }
            current.append(c)
            rest = rest.dropFirst()
            if Self.sentenceEnds.contains(c) {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces.filter { $0.contains(where: \.isLetter) }
    }

    /// Marks that end a sentence (after ``TextNormalizer``: full-width `！？；` are ASCII by then).
    private static let sentenceEnds: Set<Character> = ["。", "!", "?", ";"]
    /// Marks after which a joining word may open another matter.
    private static let pauses: Set<Character> = [",", "、", "。", "!", "?", ";", ":"]
    /// Words that open another matter after a pause (`…漏水，另外…`).
    /// Longest first, so that `顺便问下` is taken whole.
    private static let openers = ["另外", "还有个事", "还有一件事", "还有", "顺便问一下", "顺便问下", "顺便问", "顺便", "对了",
                                  "再问一下", "再问下", "还想问", "再就是"]
}
