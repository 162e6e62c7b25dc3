import Foundation

/// A message that asks for several things at once (`厨房漏水，另外问一下我62年的男工人几时退休`, two repairs at two
/// places, an emergency and a broken lamp): each part is handled as if it had come alone, in order — an emergency
/// first — and none is dropped. A part that must wait
/// because an earlier part asked a question is kept with that question and handled when it is answered
/// (or set aside, or cancelled).
extension Desk {
    /// Free text that may hold several requests: each part handled in turn, or the whole as one. A question staff
    /// pass on for the resident whose case they have just opened goes on that case too (``relayedQuestion(_:on:message:)``);
    /// an answer to one of the questions staff listed is read with that question (``withTheListedQuestion(_:message:)``).
    func requests(_ text: String, message: Message) -> Reply {
        // `第①个 已告知在学校交` after `来了三个人问医保：①… ②… ③…`: read with the question it answers.
        let text = withTheListedQuestion(text, message: message)
        if let thread = counterThread(for: text, message: message) { return relayedQuestion(text, on: thread, message: message) }
        // `水管漏水了` after `5栋2单元301` and `厨房` from the same sender: read with the pieces sent before it.
        if let whole = withHeldPieces(text, message: message) { return readRequests(whole, message: message) }
        return readRequests(text, message: message)
    }

    /// ``requests(_:message:)`` without the counter's thread.
    func readRequests(_ text: String, message: Message) -> Reply {
        if message.channel == .desk, let left = staffLineToLeave(text) { return left }
        // `车库里的车子又一直开着！……哦 是老陈在等人`: an alarm taken back in the same breath asks nothing of anyone.
        if takesBackItsAlarm(text, message: message) { return Reply(status: .ignored, text: "") }
        if let reply = checkedNote(text, message: message) ?? numberedNote(text, message: message) ?? recordThenRequest(text, message: message) {
            return reply
        }
        if let parts = severalRequests(text, message: message) { return handleSeveral(parts, message: message) }
        let reply = freeText(text, message: message)
        guard reply.status == .ignored, reply.caseID == nil else { return reply }
        return keptOnOwnReport(text, message: message) ?? reply
    }

    /// The reply to staff's figures for a period (``Tally``): read, nothing to open.
    static let tallyReply = Reply(status: .ignored, text: "好的，这是统计和小结，不用开工单。")

    /// The reply to a station's timetable or duty roster (``StationRoster``): kept as a notice, nothing to open.
    static let rosterReply = Reply(status: .ignored, text: "好的，这是值班安排，不用开工单。")

    /// The reply to a notice typed under its heading (``NoticeHeading``): kept for the record, nothing to open.
    static let noticeReply = Reply(status: .ignored, text: "好的，这是一条通知，不用开工单。")

    /// The reply to staff's line when it is figures for a period (``isTally(_:)``), a station's roster
    /// (``StationRoster``) or a notice under its heading (``NoticeHeading``), which the desk reads and leaves; nil for
    /// any other line.
    func staffLineToLeave(_ text: String) -> Reply? {
        if isTally(text) { return Self.tallyReply }
        if StationRoster.says(text) { return Self.rosterReply }
        return NoticeHeading.says(text) ? Self.noticeReply : nil
    }

    /// Whether staff's line is a tally (``Tally``) the desk leaves: one with a heading (`年度小结：… 电梯困人2次` counts a
    /// danger past), or one of counts alone that names no danger — `3栋电梯困了2人 1人晕倒了` is an emergency in numbers.
    func isTally(_ text: String) -> Bool {
        switch Tally.kind(of: text) {
        case .headed: true
        case .counts: emergencies.emergency(in: text) == nil && !countsWorkKept(text)
        case nil: false
        }
    }

    /// Whether a line of counts tells a round of work a service keeps a record of (`泊林 认证上门3人 通过`, `奥园
    /// 居民医保代缴4户7人`): staff recording a handful of visits or errands they made, for the service to keep. Not a
    /// line ticked done (`✓`), nor what is left on a list (`未认证还剩3人`), nor a station's day or a period in dozens
    /// (`今日认证32人`, `共认证112人`): those are figures for the report (``Tally/isAHandful(_:)``).
    func countsWorkKept(_ text: String) -> Bool {
        !CheckedNote.isTicked(text) && Tally.isAHandful(text) && keeperOfWork(in: text) != nil
    }

    /// The parts of `text` that are requests of their own, in order, when there are two or more; nil when the
    /// line is one request (or not a request at all).
    ///
    /// The line is cut at sentence ends (`。！？；`) and before words that start another matter (`另外`, `还有`,
    /// `顺便`…); a piece that names no service of its own (`在3栋502`) stays with the piece before it. Neighbouring
    /// pieces of one module are one part unless they are two matters: they say different things for the same
    /// field (`5栋2单元电梯坏了，3栋1单元电梯也坏了`: two places; `厨房漏水 还有卫生间灯不亮`: two kinds of
    /// fault). A line the router reads as chatter or a notice is never cut; an emergency is cut only before a
    /// word that opens another matter, and its part comes first (``emergencyFirst(_:message:)``).
    func severalRequests(_ text: String, message: Message) -> [String]? {
        // Most lines hold none of the marks a line is cut at, and are one piece: said without walking them
        // character by character (perf, dispatch: cutting chatter was a twentieth of a line).
        guard text.unicodeScalars.contains(where: Self.cutMarks.contains) else { return nil }
        // `中暑的保洁刘阿姨 物业说住院观察一天 冇得大碍`: a record of work done is one line, whatever its pieces name.
        if message.channel == .desk, WorkRecord.says(text) { return nil }
        // `楼道里被人堆了个旧床垫 还有两把烂椅子 从三楼一直堆到四楼`: the things in the common way are one complaint,
        // however many are named — in a line of one sentence (a round's notes, `…；7栋楼道堆了两个旧沙发 …；9栋门禁坏了`,
        // are still cut).
        if CommonWayBlocked.says(text), !text.unicodeScalars.contains(where: { Self.isMark($0, Self.sentenceEndScalars) }) { return nil }
        // `转的说烧杨絮要罚款 是真的吗`: one question about a rule passed round, whose first piece alone would sound an alarm.
        if ForwardedMessage.asksIfARuleIsTrue(text) { return nil }
        let clauses = Self.clauses(of: text)
        // Inside a sentence, commas part two matters of one module (`5栋2单元电梯坏了，3栋1单元电梯也坏了`) only.
        let pieces = clauses.flatMap { clause in Self.commaPieces(of: clause).enumerated().map { (text: $0.element, sentence: $0.offset == 0) } }
        guard pieces.count > 1 else { return nil }
        let whole = decide(text, message)
        if emergency(in: text, decision: whole, message: message) != nil { return emergencyFirst(clauses, message: message) }
        guard !whole.isNotARequest else { return nil }
        var parts: [(text: String, ref: Router.ServiceRef?)] = []
        for (piece, sentence) in pieces {
            let ref = requestContent(piece).isEmpty ? nil : pieceService(piece, message: message)
            if let last = parts.last, let ref, let lastRef = last.ref,
               lastRef.module != ref.module ? sentence : twoMatters(last.text, lastRef, piece, ref, placesOnly: !sentence, message: message) {
                parts.append((piece, ref))
            } else if let last = parts.last {
                parts[parts.count - 1] = (last.text + piece, last.ref ?? ref)
            } else {
                parts.append((piece, ref))
            }
        }
        let requests = parts.filter { $0.ref != nil }
        guard requests.count > 1 else { return nil }
        // A leading piece that named nothing (`我是3栋502的`) was merged forward above; a trailing one backward.
        return parts.map { $0.text.trimmingSpaces }
    }

    /// The service the router gives a piece of a line on its own, if it names one outright. After another piece,
    /// `…也不亮` is not a neighbour's "me too" but this person's second matter: its best service counts.
    private func pieceService(_ piece: String, message: Message) -> Router.ServiceRef? {
        switch router.decide(piece, sender: message.channel == .group ? message.requester.sender : nil, staff: message.channel != .group,
                             compound: groupCompound(message)) {
        case .service(let ref), .act(.meToo, let ref?): ref
        default: nil
        }
    }

    /// Whether two neighbouring pieces of one module are two matters: what they say for the same field differs —
    /// two places, or (between sentences, or before `还有`, `另外`…) two kinds of fault. A place that only narrows
    /// the other (`3栋` and `3栋2单元`) and free text never differ. (Two services of one module after `另外` were
    /// measured as two matters too, and lost more requests on the held-out corpus than they saved.)
    private func twoMatters(_ first: String, _ firstRef: Router.ServiceRef, _ second: String, _ secondRef: Router.ServiceRef,
                            placesOnly: Bool, message: Message) -> Bool {
        let module = registry.modules[firstRef.module]
        let a = readFields(first, for: registry.services[firstRef.module][firstRef.service], module: module, message: message)
        let fields = registry.services[firstRef.module][firstRef.service].fields
        // Only two places can differ here, and the first piece names none: the second is not read (perf, dispatch:
        // `我是1968年3月出生的男的，什么时候能退休？` read both pieces' fields to compare nothing).
        if placesOnly, !fields.contains(where: { !$0.kind.isText && a[$0.code]?.address != nil }) { return false }
        let b = readFields(second, for: registry.services[secondRef.module][secondRef.service], module: module, message: message)
        return fields.contains { field in
            guard !field.kind.isText, let x = a[field.code], let y = b[field.code] else { return false }
            if let p = x.address, let q = y.address { return !Self.compatible(p, q) }
            return !placesOnly && x != y
        }
    }

    /// Whether two places can be the same one: nothing either says contradicts the other.
    static func compatible(_ a: Address, _ b: Address) -> Bool {
        func same<T: Equatable>(_ x: T?, _ y: T?) -> Bool { x == nil || y == nil || x == y }
        return same(a.compound, b.compound) && same(a.building, b.building) && same(a.unit, b.unit) && same(a.room, b.room)
            && same(a.place, b.place) && same(a.villageGroup, b.villageGroup) && same(a.house, b.house)
    }

    /// An emergency said with another matter (`3栋502冒烟了！另外楼道灯坏了好几天`): the emergency's words first,
    /// whole, then each other request. The line is cut only before a word that opens another matter, so that
    /// what the emergency is about stays with it (`电梯坏了，卡在5楼，有老人被困` is one part); nil when nothing
    /// besides the emergency is asked.
    private func emergencyFirst(_ pieces: [String], message: Message) -> [String]? {
        var segments: [String] = []
        for piece in pieces {
            if segments.isEmpty || Self.openers.contains(where: piece.hasPrefix) { segments.append(piece) } else { segments[segments.count - 1] += piece }
        }
        guard segments.count > 1 else { return nil }
        var danger: [String] = [], others: [String] = []
        for segment in segments {
            let decision = decide(segment, message)
            if emergency(in: segment, decision: decision, message: message) != nil
                || !decision.isRequest || requestContent(segment).isEmpty {
                danger.append(segment)   // the emergency, or words about it (`快来人`) that ask nothing of their own
            } else {
                others.append(segment)
            }
        }
        guard !danger.isEmpty, !others.isEmpty else { return nil }
        return [danger.joined().trimmingSpaces] + others.map(\.trimmingSpaces)
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
    /// the reply says so. In a group, where a neighbour may never answer, they are handled at once instead and
    /// the first question stays the one waiting (a question of theirs is asked after it). `later`: the parts
    /// come after others of the same message (held, then let through). `read`: how a part handled now is read, when not
    /// as any line (``freeText(_:message:)``) — parts kept with a question are read as any line when their turn comes.
    func handleSeveral(_ parts: [String], message: Message, later: Bool = false,
                       read: ((String, Message) -> Reply)? = nil) -> Reply {
        var replies: [Reply] = []
        for (i, part) in parts.enumerated() {
            var partMessage = message
            partMessage.text = part
            if later || i > 0, case .act(.meToo, let ref?) = decide(part, partMessage) {
                // `…楼道灯也不亮` after another matter is this person's own second matter, not a neighbour's "+1".
                replies.append(begin(ref, text: part, message: partMessage))
            } else {
                replies.append(read?(part, partMessage) ?? freeText(part, message: partMessage))
            }
            let rest = Array(parts.dropFirst(i + 1))
            guard !rest.isEmpty, var waiting = pending(for: message) else { continue }
            if message.channel == .group {
                forget(message.conversation)
                let others = handleSeveral(rest, message: message, later: true, read: read)
                if let theirs = pending(for: message) { waiting.resumes = [theirs] + (waiting.resumes ?? []) }
                var reply = save(waiting, for: message, reply: Self.combined(replies + [others]))
                reply.text += "\n请先回答「\(pendingName(waiting))」：\(resumeQuestion(waiting))"
                reply.choices = pendingChoices(waiting)
                return reply
            }
            waiting.queued = rest
            var reply = save(waiting, for: message, reply: Self.combined(replies))
            reply.text += "\n" + Self.queuedNotice(rest)
            return reply
        }
        return Self.combined(replies)
    }

    /// After a line ends the question that held later parts of a message (answered, cancelled or set aside),
    /// those parts are handled now and their replies follow; a new question that waits now holds them in turn.
    /// Requests an emergency set aside (``Conversation/resumes``) are asked again after them.
    func handleQueued(after before: Conversation?, reply: Reply, message: Message) -> Reply {
        guard let before else { return reply }
        let queued = before.queued ?? [], resumes = before.resumes ?? []
        guard !queued.isEmpty || !resumes.isEmpty else { return reply }
        if var waiting = pending(for: message) {
            // Still waiting (a partial answer), or set aside behind an emergency that now asks: all stays held.
            if waiting.queued == before.queued && waiting.resumes == before.resumes || waiting.resumes?.last == before { return reply }
            // Another question now waits: the parts and the set-aside requests wait behind it.
            if !queued.isEmpty, waiting.queued != before.queued { waiting.queued = (waiting.queued ?? []) + queued }
            waiting.resumes = (waiting.resumes ?? []) + resumes
            var held = save(waiting, for: message, reply: reply)
            if !queued.isEmpty { held.text += "\n" + Self.queuedNotice(queued) }
            if let first = resumes.first { held.text += "\n" + heldNotice(first) }
            return held
        }
        let handled = queued.isEmpty ? reply : Self.combined([reply, handleSeveral(queued, message: message, later: true)])
        return resumes.isEmpty ? handled : resume(resumes, after: handled, message: message)
    }

    /// Requests set aside by an emergency, taken up again after `reply`: when no question waits now, the first
    /// is asked again with what it already holds; otherwise they wait behind the question, and the reply says
    /// which request is still open.
    func resume(_ requests: [Conversation], after reply: Reply, message: Message) -> Reply {
        guard let first = requests.first else { return reply }
        if var waiting = pending(for: message) {
            waiting.resumes = (waiting.resumes ?? []) + requests
            var held = save(waiting, for: message, reply: reply)
            held.text += "\n" + heldNotice(first)
            return held
        }
        var next = first
        next.resumes = Array(requests.dropFirst()) + (first.resumes ?? [])
        if next.resumes?.isEmpty == true { next.resumes = nil }
        var asked = save(next, for: message, reply: reply)
        asked.text += "\n接着办您的「\(pendingName(first))」：\(resumeQuestion(first))"
        asked.choices = pendingChoices(first)
        return asked
    }

    /// "您的「住户报修」还没办完，回答上面的问题后接着问。"
    private func heldNotice(_ request: Conversation) -> String {
        "您的「\(pendingName(request))」\(request.pendingCase.map { "（工单 \($0)）" } ?? "")还没办完，回答上面的问题后接着问。"
    }

    /// The question `c` waits on, as asked: a field's question, the callback number, or the choice among services.
    func resumeQuestion(_ c: Conversation) -> String {
        if c.callbackFor != nil { return Self.callbackQuestion }
        if let question = pendingQuestion(c) { return question }
        let names = c.options.compactMap { registry.service(code: $0)?.service.name }
        return "您要办理的是：" + names.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " ") + "？"
    }

    /// "您还说了「…」，先回答上面的问题，接着办。"
    static func queuedNotice(_ rest: [String]) -> String {
        let named = rest.map { part -> String in
            let opener = openers.filter(part.hasPrefix).max { $0.count < $1.count } ?? ""
            return "「\(DisplayWidth.truncate(String(part.dropFirst(opener.count)).trimmingSpaces, to: 24))」"
        }.joined(separator: "")
        return "您还说了\(named)，回答上面的问题后接着办。"
    }

    /// Several parts' replies as one: the texts in order, the first case and module, every case named (for the
    /// JSON reply's `cases`), and the status of the first part that did something.
    static func combined(_ replies: [Reply]) -> Reply {
        let shown = replies.filter { !$0.text.isEmpty }
        guard var first = replies.first(where: { $0.status != .ignored }) ?? replies.first else { return Reply(status: .ignored, text: "") }
        first.text = shown.map(\.text).joined(separator: "\n")
        first.caseID = replies.lazy.compactMap(\.caseID).first
        var cases: [String] = []
        for id in replies.flatMap({ $0.cases.isEmpty ? [$0.caseID].compactMap { $0 } : $0.cases }) where !cases.contains(id) {
            cases.append(id)
        }
        first.cases = cases.count > 1 ? cases : []
        first.choices = replies.last?.choices ?? []
        return first
    }

    /// `text` cut at sentence ends and before words that open another matter; each piece keeps its words
    /// (the joining word stays at the start of the piece it opens, the punctuation at the end of the piece
    /// it closes).
    static func clauses(of text: String) -> [String] {
        if CharacterPresence.isPlain(text) { return plainClauses(of: text) }
        var pieces: [String] = []
        var current = ""
        // Whether `current` ends with a pause or a space (kept as the walk goes rather than asked of `current`'s last
        // character each time: perf, dispatch).
        var afterPause = false
        var rest = Substring(text)
        while let c = rest.first {
            if afterPause, let opener = Self.openers.first(where: { rest.hasPrefix($0) }) {
                pieces.append(current)
                current = opener
                afterPause = false   // every opener ends with an ideograph
                rest = rest.dropFirst(opener.count)
                continue
            }
            current.append(c)
            rest = rest.dropFirst()
            if Self.isMark(c, Self.sentenceEnds) {
                pieces.append(current)
                current = ""
                afterPause = false
            } else {
                afterPause = c == " " || Self.isMark(c, Self.pauses)
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces.filter { $0.contains(where: \.isLetter) }
    }

    /// ``clauses(of:)`` for a line of plain characters (``CharacterPresence/isPlain(_:)``), each of them one scalar:
    /// walked by scalar, an opener compared byte by byte, and each piece taken as a slice of the line — where
    /// walking it by `Character`, appending each to the piece and asking `hasPrefix` for each opener after a pause
    /// was 5.6 M of the dispatch bench's 1,000 lines (docs/performance.md, eleventh and twelfth passes).
    private static func plainClauses(of text: String) -> [String] {
        let scalars = text.unicodeScalars
        var pieces: [String] = []
        var start = scalars.startIndex, i = start
        var afterPause = false
        while i < scalars.endIndex {
            if afterPause, let opener = openers.first(where: { text.utf8[i...].starts(with: $0.utf8) }) {
                pieces.append(String(text[start..<i]))
                start = i
                afterPause = false   // every opener ends with an ideograph
                i = text.utf8.index(i, offsetBy: opener.utf8.count)
                continue
            }
            let c = scalars[i]
            i = scalars.index(after: i)
            if isMark(c, sentenceEndScalars) {
                pieces.append(String(text[start..<i]))
                start = i
                afterPause = false
            } else {
                afterPause = c == " " || isMark(c, pauseScalars)
            }
        }
        if start < scalars.endIndex { pieces.append(String(text[start...])) }
        return pieces.filter { $0.contains(where: \.isLetter) }
    }

    /// A clause cut after its commas (`,`, `、`, a space): each piece keeps its mark.
    static func commaPieces(of clause: String) -> [String] {
        var pieces: [String] = [], current = ""
        for c in clause {
            current.append(c)
            if Self.isMark(c, Self.commas), current.contains(where: \.isLetter) { pieces.append(current); current = "" }
        }
        if current.contains(where: \.isLetter) { pieces.append(current) } else if !current.isEmpty, !pieces.isEmpty { pieces[pieces.count - 1] += current }
        return pieces.isEmpty ? [clause] : pieces
    }

    /// Whether `c` is one of `marks`. A character that starts with an ideograph — most of a line — is none of them
    /// (no mark is canonically equivalent to one), and is not hashed: hashing each character and comparing it with
    /// the commas was a twentieth of reading a line with commas (docs/performance.md, ninth pass).
    private static func isMark(_ c: Character, _ marks: Set<Character>) -> Bool {
        guard let first = c.unicodeScalars.first, !(0x4E00...0x9FFF).contains(first.value) else { return false }
        return marks.contains(c)
    }

    /// Whether `c` is one of `marks`; an ideograph is none, and is not hashed (as for a `Character` above).
    private static func isMark(_ c: Unicode.Scalar, _ marks: Set<Unicode.Scalar>) -> Bool {
        !(0x4E00...0x9FFF).contains(c.value) && marks.contains(c)
    }

    /// Marks that end a sentence (after ``TextNormalizer``: full-width `！？；` are ASCII by then).
    private static let sentenceEnds: Set<Character> = ["。", "!", "?", ";"]
    /// The marks ``commaPieces(of:)`` cuts after.
    private static let commas: Set<Character> = [",", "、", " "]
    /// Marks after which a joining word may open another matter.
    private static let pauses: Set<Character> = [",", "、", "。", "!", "?", ";", ":"]
    /// ``sentenceEnds`` and ``pauses`` as scalars, for ``plainClauses(of:)`` (each mark is one scalar).
    private static let sentenceEndScalars = Set(sentenceEnds.map { $0.unicodeScalars.first! })
    private static let pauseScalars = Set(pauses.map { $0.unicodeScalars.first! })
    /// Every mark ``clauses(of:)`` and ``commaPieces(of:)`` cut at (sentence ends, pauses, commas, a space).
    private static let cutMarks = Set("。!?;,、: ".unicodeScalars)
    /// Words that open another matter after a pause (`…漏水，另外…`).
    /// Longest first, so that `顺便问下` is taken whole.
    private static let openers = ["另外", "还有个事", "还有一件事", "还有", "顺便问一下", "顺便问下", "顺便问", "顺便", "对了",
                                  "再问一下", "再问下", "还想问", "再就是"]
}
