import Foundation

/// The 回访 call needs a number. When a case opened at the desk for a resident has none, the desk asks for it
/// as a question of its own — once the case is written (in the same commit), so the request is never held up by
/// it: a number answers it, `不用`/`没有` skips it, and any other line sets it aside and is read as a line of its own.
extension Desk {
    /// Asks for the callback number of the case `reply` opened, when the case has none: the question is stored
    /// in `db`, the transaction that opened the case, so that a case and its question are one commit.
    func askingForCallback(_ reply: Reply, service: Service, message: Message, db: Database) throws -> Reply {
        // Only the one column is read, not the whole record.
        guard reply.status == .created, message.channel == .desk, service.audience == .residents, let id = reply.caseID,
              try Bool.fetchOne(db.cachedStatement(sql: "SELECT callbackPhone IS NULL FROM cases WHERE id = ?"), arguments: [id]) == true
        else { return reply }
        let conversation = Conversation(service: service.code, text: "", requester: message.requester, group: message.group,
                                        channel: message.channel, startedAt: message.time ?? clock.now, callbackFor: id)
        // The case is made: the reply stays `created`, and the question waits as any other (the prompt shows it).
        try persist(conversation, key: message.conversation, at: message.time, db: db)
        var asking = reply
        asking.text += "\n" + Self.callbackQuestion
        return asking
    }

    /// The question, as asked and asked again.
    static let callbackQuestion = "请问回访电话？办结后要打电话回访（手机或带区号的座机；不留请回答 不用）"

    /// The answer to the callback question, or nil when `text` is no answer to it (the question is then set
    /// aside and the line read as any other).
    func answerCallback(_ pending: Conversation, caseID: String, text: String, message: Message) -> Reply? {
        let word = text.lowercased().trimmingCharacters(in: .punctuationCharacters)
        if Self.skipWords.contains(word) || Self.cancelWords.contains(word) {
            forget(message.conversation)
            return Reply(module: pendingModule(pending), status: .answered, caseID: caseID,
                         text: "好的，工单 \(caseID) 不记回访电话。需要时可补记：居民 关联 \(caseID) 电话 [姓名]")
        }
        let phone: PhoneNumber
        if let found = PhoneNumber.findAny(in: text) {
            // A phone inside a request of its own (`医保异地备案 代办 … 邵阿姨 138…`, another module's `… 请陪诊 5月23号
            // 岳淑珍 女儿电话139…`, or one that names a home: `奥8-2-1103 甘婆婆 厨房漏水 138…`) is that request's, not
            // this case's callback number.
            if requestContent(text).count > 8 || addresses.read(text).isHousehold,
               case let decision = decide(text, message), decision.isRequest,
               router.namesAServiceOutright(text) || !decidesFor(decision, module: pendingModule(pending)) { return nil }
            phone = found
        } else if Self.looksLikeANumber(text) {
            var problem = "「\(text)」不是电话号码"
            do { _ = try PhoneNumber(text) } catch { problem = error.description }
            return Reply(module: pendingModule(pending), status: .ask, caseID: caseID,
                         text: "\(Masking.redact(problem))。" + Self.callbackQuestion,
                         error: DeskError("invalid-field", Masking.redact(problem)))
        } else {
            return nil
        }
        let now = message.time ?? clock.now
        do {
            let (record, person) = try store.write { db in
                try persist(nil, key: message.conversation, db: db)
                let book = CaseBook(db: db, operatorName: message.operatorName, now: now, directory: directory, module: nil)
                return try book.setCallback(caseID, phone: phone, name: CallbackContact.name(before: phone, in: text))
            }
            return Reply(module: record.module, status: .updated, caseID: record.id,
                         text: "已记下工单 \(record.id) 的回访电话：\([person.name, phone.masked].compactMap { $0 }.joined(separator: " "))。")
        } catch let error as DeskError {
            forget(message.conversation)
            return .failure(error)
        } catch {
            forget(message.conversation)
            return internalError(error, message: message)
        }
    }

    /// Whether `decision` is a service of `module` (a tie: any of them).
    private func decidesFor(_ decision: Router.Decision, module: String?) -> Bool {
        let refs: [Router.ServiceRef] = switch decision {
        case .service(let ref): [ref]
        case .tie(let refs): refs
        default: []
        }
        return refs.contains { registry.modules[$0.module].id == module }
    }

    /// `不用`, `没有`…: no number to leave.
    static let skipWords: Set<String> = ["不用", "没有", "没", "无", "不留", "不留了", "没有电话", "不方便", "跳过", "skip", "no", "none", "不需要", "不要"]

    /// A number meant as the answer, even when it is not a valid one: digits (five or more), perhaps with a word
    /// that says it is a phone, and nothing else.
    static func looksLikeANumber(_ text: String) -> Bool {
        // Without an ASCII digit nothing is left to be one; most lines set the question aside here, before
        // fifteen Foundation replacements.
        guard text.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return false }
        var rest = text
        for word in ["联系电话", "电话", "手机", "座机", "号码", "是", "：", ":", "-", " ", "(", ")", "（", "）", "+"] {
            rest = rest.replacingOccurrences(of: word, with: "")
        }
        return rest.count >= 5 && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
