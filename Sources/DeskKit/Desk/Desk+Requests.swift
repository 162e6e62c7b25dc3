import Foundation

/// How a line becomes a request: fields read from the text, missing ones asked one at a time, then the module.
extension Desk {
    /// Starts a request for the service at `ref`, reading what `text` already says. With an `emergency`, the
    /// case is opened at once and the reply starts with the safety instruction, before any question.
    func begin(_ ref: Router.ServiceRef, text: String, message: Message, emergency: Emergency? = nil) -> Reply {
        let module = registry.modules[ref.module]
        let service = registry.services[ref.module][ref.service]
        if message.channel == .group && service.audience == .staff { return Reply(status: .ignored, text: "") }
        var context = prefillContext(message)
        context.urgent = emergency != nil
        var conversation = Conversation(service: service.code, text: text, requester: message.requester,
                                        group: message.group, channel: message.channel, emergency: emergency,
                                        startedAt: message.time ?? clock.now)
        var fields = text.isEmpty ? [:] : module.prefill(text, for: service, in: context)
        do {
            for field in service.fields where fields[field.code] == nil {
                if let value = try kernelPrefill(field, text: text, context: context, fromRequester: true) { fields[field.code] = value }
            }
            for field in service.fields {
                guard let value = fields[field.code] else { continue }
                if case .address(let home) = field.kind, let address = value.address {
                    let reading = try FieldReader.readAddress("", field: field, home: home, partial: address, context: context)
                    switch reading {
                    case .value(let v):
                        fields[field.code] = v
                    case .partial(let v, _, _) where !field.required:
                        // An optional place is not worth a question: what was said is kept as it is.
                        fields[field.code] = v
                    case .partial(let v, let question, _):
                        fields[field.code] = nil
                        conversation.asking = field.code
                        conversation.partial = v
                        conversation.question = question
                    }
                } else {
                    try FieldReader.check(value, for: field, context: context)
                }
            }
        } catch let error as DeskError {
            return .failure(error, module: module.id)
        } catch {
            return internalError(error, message: message, module: module.id)
        }
        if let emergency, let same = sameEmergencyInGroup(emergency, text: text,
                                                          place: fields.values.lazy.compactMap(\.address).first, message: message) {
            return withSafety(linkEcho(to: same, text: text, message: message), emergency)
        }
        if emergency != nil, message.channel == .group, let related = relatedOpenCase(service.code, text: text, message: message) {
            // "我孙子在电梯里面出不来了" six minutes after "3栋2单元电梯又坏了" in the same group: the place is that
            // report's, and the module (finding the open case there) raises it instead of asking "哪里？".
            for field in service.fields where field.kind.isAddress && fields[field.code] == nil {
                guard let place = related.fields[field.code] else { continue }
                fields[field.code] = place
                if conversation.asking == field.code { conversation.asking = nil; conversation.partial = nil; conversation.question = nil }
            }
        }
        conversation.fields = fields
        return withSafety(proceed(conversation, message: message), emergency)
    }

    /// An emergency's reply starts with what to do and whom to call.
    func withSafety(_ reply: Reply, _ emergency: Emergency?) -> Reply {
        guard let emergency else { return reply }
        var reply = reply
        reply.text = emergency.safetyText + "\n" + reply.text
        return reply
    }

    /// What the kernel reads for any module: addresses (also from a group nickname or the group's compound),
    /// phone and ID numbers, amounts with a unit; the requester's phone and name.
    /// A room number said for a door near the sender's (`1502屋里`, `楼上1502的`, `1502那户`).
    static let neighboursRoom = TextPattern(#"(?<![0-9])([1-9][0-9]{2,3})(?=\s*(?:屋|室|家|的|那|户|号房))"#, clues: TextPattern.digits)

    /// `fromRequester`: whether what is known of the requester (the nickname's address, the phone, the name)
    /// fills what the text does not say.
    func kernelPrefill(_ field: Field, text: String, context: PrefillContext, fromRequester: Bool) throws -> FieldValue? {
        switch field.kind {
        case .address:
            var address = text.isEmpty ? Address() : addresses.read(text)
            if address.compound == nil, context.channel != .group, field.required, let unknown = addresses.unknownCompound(in: text) {
                // At the counter a mistyped compound is said at once; in a group, and for an optional place,
                // the question for the compound follows instead.
                let error = AddressError.unknownCompound(unknown, suggestions: addresses.suggestions(for: unknown))
                throw FieldReader.invalid(field, error.description)
            }
            if fromRequester, address.building == nil && address.place == nil, let home = context.requester.address {
                address = address.filled(from: home)
                // `1502屋里好像有个老人…` said by 12-2-1603: the neighbour's door in the sender's building and unit,
                // not the sender's own.
                if home.building != nil, let room = Self.neighboursRoom.firstGroups(in: text)?.groups.first.flatMap({ $0.flatMap(Int.init) }) {
                    address.room = room
                }
            }
            return address.isEmpty ? nil : .address(address)
        case .phone:
            return (PhoneNumber.find(in: text) ?? (fromRequester ? context.requester.phone : nil)).map(FieldValue.phone)
        case .idNumber:
            guard let candidate = CitizenID.candidate(in: text) else { return nil }
            do { return .idNumber(try CitizenID(candidate, today: context.today)) } catch {
                throw FieldReader.invalid(field, error.description)
            }
        case .money:
            switch Money.find(in: text) {
            case .success(let m): return .money(m)
            case .failure(let e): throw FieldReader.invalid(field, e.description)
            case nil: return nil
            }
        case .yearMonth:
            return YearMonth.find(in: text).map(FieldValue.yearMonth)
        case .text where field.code == "name" && fromRequester:
            return context.requester.name.map(FieldValue.text)
        default:
            return nil
        }
    }

    /// Asks for the next missing field, or hands the complete request to the module.
    func proceed(_ start: Conversation, message: Message) -> Reply {
        var conversation = start
        guard let code = conversation.service, let (module, service) = registry.service(code: code) else {
            forget(message.conversation)
            return .failure(DeskError("unknown-service", "服务已不存在"))
        }
        if conversation.asking == nil || conversation.partial == nil {
            let missing = service.fields.filter {
                ($0.required || conversation.requested.contains($0.code)) && conversation.fields[$0.code] == nil
            }
            guard let next = missing.first else { return handle(conversation, module: module, service: service, message: message) }
            conversation.asking = next.code
            conversation.question = nil
        }
        let field = service.field(conversation.asking!)!
        let question = conversation.question ?? Self.question(for: field)
        let choices = field.kind.choices.map(\.name)
        let missingNames = service.fields.filter { $0.required && conversation.fields[$0.code] == nil }.map(\.code)

        let opensNow = message.channel == .group || conversation.emergency != nil
        if opensNow && service.opensCaseWhenIncomplete && conversation.pendingCase == nil {
            // A relayed request, or an emergency, is accepted at once; the reply asks for what is missing.
            do {
                let request = makeRequest(conversation, service: service, message: message)
                let opened = try store.write { db -> CaseRecord in
                    let book = CaseBook(db: db, operatorName: message.operatorName, now: message.time ?? clock.now,
                                        directory: directory, module: (module.id, module.casePrefix),
                                        runtime: runtime(access: access(for: message, in: db)))
                    let record = try book.openIncomplete(request, missing: missingNames.compactMap(service.field),
                                                         urgent: conversation.emergency != nil)
                    conversation.pendingCase = record.id
                    try persist(conversation, key: message.conversation, at: message.time, db: db)
                    return record
                }
                let accepted = conversation.emergency != nil ? "已开紧急工单 \(opened.id)，工作人员马上处理。" : "已受理，工单 \(opened.id)。"
                return Reply(module: module.id, status: .ask, caseID: opened.id, text: accepted + question, choices: choices)
            } catch {
                return internalError(error, message: message, module: module.id)
            }
        }
        return save(conversation, for: message, reply: Reply(module: module.id, status: .ask, caseID: conversation.pendingCase,
                                                             text: question, choices: choices))
    }

    /// The field's question, with its choices listed.
    static func question(for field: Field) -> String {
        let choices = field.kind.choices
        guard !choices.isEmpty else { return field.question }
        return field.question + "（" + choices.enumerated().map { "\($0.offset + 1). \($0.element.name)" }.joined(separator: " ") + "）"
    }

    /// Reads the answer to the pending question (or the choice among tied services).
    func continuePending(_ pending: Conversation, answer: String, message: Message) -> Reply {
        if !pending.options.isEmpty {
            let offered = pending.options.compactMap { code in registry.service(code: code).map { (code, $0.module, $0.service) } }
            let chosen: (String, any ServiceModule, Service)? =
                Int(answer).flatMap { (1...offered.count).contains($0) ? offered[$0 - 1] : nil }
                ?? offered.first { answer.contains($0.2.name) || answer.contains($0.1.name.chinese) || $0.2.verbs.contains(where: answer.contains) }
                ?? ChoiceAnswer.index(answer, names: offered.map(\.2.name)).map { offered[$0] }
            forget(message.conversation)
            guard let chosen, let ref = serviceRef(code: chosen.0) else { return freeText(answer, message: message) }
            return begin(ref, text: pending.text, message: message, emergency: pending.emergency)
        }
        guard let code = pending.service, let (module, service) = registry.service(code: code),
              let asking = pending.asking, let field = service.field(asking) else {
            forget(message.conversation)
            return freeText(answer, message: message)
        }
        var conversation = pending
        let context = prefillContext(message)
        do {
            let reading: FieldReader.Reading
            do {
                reading = try FieldReader.read(answer, for: field, partial: pending.partial, context: context)
            } catch {
                // An answer that says more than was asked (`1962年5月，女，工人`): take the asked value out of it.
                guard !field.kind.isText, pending.partial == nil,
                      let found = try kernelPrefill(field, text: answer, context: context, fromRequester: false),
                      found.address == nil else { throw error }
                try FieldReader.check(found, for: field, context: context)
                reading = .value(found)
            }
            switch reading {
            case .value(let value):
                conversation.fields[asking] = value
                conversation.partial = nil
                conversation.asking = nil
                conversation.question = nil
                // Whatever else the answer says fills fields still missing.
                for (code, extra) in readFields(answer, for: service, module: module, message: message)
                where conversation.fields[code] == nil && code != asking {
                    guard let other = service.field(code), !other.kind.isText, extra.address == nil,
                          (try? FieldReader.check(extra, for: other, context: context)) != nil else { continue }
                    conversation.fields[code] = extra
                }
                return proceed(conversation, message: message)
            case .partial(let value, let question, let choices):
                conversation.partial = value
                conversation.question = question
                return save(conversation, for: message, reply: Reply(module: module.id, status: .ask,
                                                                      caseID: conversation.pendingCase, text: question, choices: choices))
            }
        } catch let error as DeskError {
            let decision = decide(answer, message)
            if message.channel == .group, let id = pending.pendingCase, field.kind.isAddress, namesASpot(answer),
               let record = try? store.read({ db in try CaseRecord.fetchOne(db, key: id) }) {
                // `湾子西头第三家` for the place asked: no address the layout knows, but the reporter's answer all the
                // same. It goes on the case for staff to find; asking again would not get a better one.
                forget(message.conversation)
                return addParticulars(answer, to: record, message: message)
            }
            if message.channel == .group, let id = pending.pendingCase, saysWhere(answer, decision: decision) || decision.isThreadRemark,
               let record = try? store.read({ db in try CaseRecord.fetchOne(db, key: id) }) {
                // `就是广场东边挨着篮球场的那台` while the fault's kind is asked: where it is goes on the case opened
                // for the report, and the question stays. So does the reporter's word that it goes on
                // (`今晚又冇水 娃娃洗不了澡 已经第三天了`).
                var reply = addParticulars(answer, to: record, message: message)
                reply.text += "\n" + (pending.question ?? Self.question(for: field))
                return reply
            }
            if message.channel == .group, answer.count > 6, !decision.isRequest {
                // Chatter in the group that is no answer at all: leave it, the question stays. (The raiser's own words
                // while the desk asks where their emergency is, `火往旁边的鸽子笼那边烧 … 26楼的人还在屋里`, are kept on
                // its case.)
                return keptOnTheWaitingEmergency(pending, text: answer, message: message) ?? Reply(status: .ignored, text: "")
            }
            let question = pending.question ?? Self.question(for: field)
            return Reply(module: module.id, status: .ask, caseID: pending.pendingCase,
                         text: "\(Masking.redact(error.message))。\(question)（输入 取消 放弃）", error: error,
                         choices: field.kind.choices.map(\.name))
        } catch {
            return internalError(error, message: message, module: module.id)
        }
    }

    func serviceRef(code: String) -> Router.ServiceRef? {
        // Looked up in the registry's index (codes are unique): a line asks several times (`appealRef`), and walking
        // every module's services comparing codes was 3,800 instructions an ask, 9 M of relaying 1,000 messages
        // (docs/performance.md, twenty-fifth pass).
        registry.position(ofCode: code).map { Router.ServiceRef(module: $0.module, service: $0.service) }
    }

    private func makeRequest(_ c: Conversation, service: Service, message: Message) -> ServiceRequest {
        ServiceRequest(service: service, fields: c.fields, text: c.text, requester: c.requester, channel: c.channel,
                       time: message.time ?? clock.now, operatorName: message.operatorName, group: c.group,
                       pendingCase: c.pendingCase, emergency: c.emergency, station: directory.station(of: message))
    }

    private enum Outcome {
        case done(Reply)
        case ask(Reply, Conversation)
    }

    /// Calls the module: first for an answer that needs no write (``AnswersWithoutWriting``), outside any
    /// transaction; otherwise inside one transaction, where a refusal or a failure rolls back what it wrote.
    private func handle(_ conversation: Conversation, module: any ServiceModule, service: Service, message: Message) -> Reply {
        let request = makeRequest(conversation, service: service, message: message)
        if let pure = module as? any AnswersWithoutWriting, let reply = answerWithoutWriting(request, module: pure, message: message) {
            remember(service.code, reply: reply, message: message)
            return reply
        }
        let now = message.time ?? clock.now
        // The waiting question, if any, is answered now: dropped with the reply (no delete when there is none).
        let answersAQuestion = pending(key: message.conversation) != nil
        do {
            // The module's writes are undone when it asks or refuses (`undo`): nothing is written before it in this
            // write (the operator's access and the context are read), so rolling back to the write's start undoes
            // them and nothing else, as a savepoint of their own did (docs/performance.md, seventieth pass).
            let outcome = try store.write(undoable: { db, undo -> Outcome in
                let context = runtime(access: access(for: message, in: db))
                    .context(for: module, db: db, operatorName: message.operatorName, now: now)
                var reply: Reply?
                do {
                    reply = try module.handle(request, in: context)
                } catch let needs as NeedsField {
                    try undo()
                    var next = conversation
                    if !next.requested.contains(needs.field) { next.requested.append(needs.field) }
                    next.asking = needs.field
                    next.question = needs.question
                    next.fields[needs.field] = nil
                    var accepted = ""
                    if needs.acceptsNow, message.channel == .group || next.emergency != nil, next.pendingCase == nil,
                       let missing = service.field(needs.field) {
                        // The module's own question (which lamp?) comes after the report is a case: a relayed
                        // request is accepted at once, and the answer completes the case.
                        let book = CaseBook(db: db, operatorName: message.operatorName, now: now, directory: directory,
                                            module: (module.id, module.casePrefix), runtime: runtime(access: access(for: message, in: db)))
                        let record = try book.openIncomplete(makeRequest(next, service: service, message: message), missing: [missing],
                                                             urgent: next.emergency != nil)
                        next.pendingCase = record.id
                        accepted = "已受理，工单 \(record.id)。"
                    }
                    try persist(next, key: message.conversation, at: message.time, db: db)
                    // The question belongs to the case already opened for the request, if any.
                    return .ask(Reply(module: module.id, status: .ask, caseID: next.pendingCase, text: accepted + needs.question), next)
                } catch let refusal as DeskError {
                    try undo()
                    if answersAQuestion { try persist(nil, key: message.conversation, db: db) }
                    return .done(.failure(refusal, module: module.id))
                }
                if answersAQuestion { try persist(nil, key: message.conversation, db: db) }
                var done = reply!
                if done.module == nil { done.module = module.id }
                return .done(try askingForCallback(done, service: service, message: message, db: db))
            })
            switch outcome {
            case .done(let reply):
                remember(service.code, reply: reply, message: message,
                         emergency: conversation.emergency != nil || emergencies.isTakenBy(service: service.code))
                return reply
            case .ask(let reply, _):
                return reply
            }
        } catch {
            forget(message.conversation)
            return internalError(error, message: message, module: module.id)
        }
    }

    /// The module's answer when it needs no write, or nil. The question that led to the request, if one was
    /// waiting, is dropped as after ``handle(_:module:service:message:)``; nothing else is written.
    private func answerWithoutWriting(_ request: ServiceRequest, module: any AnswersWithoutWriting, message: Message) -> Reply? {
        let context = AnswerContext(directory: directory, now: request.time, channel: message.channel,
                                    operatorName: message.operatorName, store: store)
        var reply: Reply
        do {
            guard let answered = try module.answer(request, in: context) else { return nil }
            reply = answered
        } catch is NeedsField {
            return nil   // a question to ask: `handle` asks it and stores it, in its transaction
        } catch let refusal as DeskError {
            reply = .failure(refusal, module: module.id)
        } catch {
            forget(message.conversation)
            return internalError(error, message: message, module: module.id)
        }
        if pending(key: message.conversation) != nil { forget(message.conversation) }
        if reply.module == nil { reply.module = module.id }
        return reply
    }
}
