import Foundation
import Synchronization

/// The desk: takes a line, decides what it is for, asks for what is missing, calls the module and returns
/// the reply. Every write a line causes — the module's rows, the case and its event, the pending question,
/// the outbox — commits in one transaction.
public final class Desk: Sendable {
    public let registry: ModuleRegistry
    public let store: DeskStore
    public let directory: CommunityDirectory
    public let addresses: AddressParser
    public let clock: any DeskClock
    public let logger: Logger
    let router: Router
    let conversations: Mutex<[String: Conversation]>

    /// The longest line the desk reads, in characters.
    public static let maxLineLength = 2000

    public init(registry: ModuleRegistry, store: DeskStore, clock: any DeskClock = SystemClock(),
                logger: Logger = Logger(label: "desk")) throws {
        self.registry = registry
        self.store = store
        self.clock = clock
        self.logger = logger
        directory = try store.directory()
        addresses = AddressParser(directory: directory)
        router = Router(registry: registry)
        let saved = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT key, state FROM conversations").compactMap { row -> (String, Conversation)? in
                let json: String = row["state"]
                guard let c = try? JSONDecoder().decode(Conversation.self, from: Data(json.utf8)) else { return nil }
                return (row["key"], c)
            }
        }
        conversations = Mutex(Dictionary(saved, uniquingKeysWith: { a, _ in a }))
    }

    /// Answers one line. Never throws: a bad line, a refused request or a failing module is an `error` reply,
    /// and whatever the line had written is rolled back.
    public func respond(to message: Message) -> Reply {
        let text = TextNormalizer.normalize(message.text)
        if text.isEmpty { return Reply(status: .ignored, text: "") }
        guard text.count <= Self.maxLineLength else {
            return .failure(DeskError("line-too-long", "这条消息太长（\(text.count)字），最多\(Self.maxLineLength)字，请分开发送"))
        }
        let pending = conversations.withLock { $0[message.conversation] }
        if let pending {
            if ["取消", "cancel", "算了", "不办了"].contains(text.lowercased()) {
                return finish(message, nothing: "已取消「\(pendingName(pending))」，没有保存任何内容。")
            }
            if let (target, rest) = router.explicit(text) {
                // A new command abandons the pending request, politely.
                var reply = dispatch(target, rest: rest, message: message, abandoning: pending)
                reply.text = "（未完成的「\(pendingName(pending))」已放弃）\n" + reply.text
                return reply
            }
            // In a group, "收到" or a sticker while a question waits is chatter, not the answer.
            if message.channel == .group, router.decide(text, registry: registry) == .chatter {
                return Reply(status: .ignored, text: "")
            }
            return continuePending(pending, answer: text, message: message)
        }
        if let (target, rest) = router.explicit(text) {
            return dispatch(target, rest: rest, message: message, abandoning: nil)
        }
        if let id = CaseNumber.normalize(text, prefixes: casePrefixes) {
            return run(.show, args: id, message: message)
        }
        return freeText(text, message: message)
    }

    /// Routes free text: a clear winner, a tie to ask about, chatter, or nothing the desk knows.
    func freeText(_ text: String, message: Message) -> Reply {
        switch router.decide(text, registry: registry) {
        case .service(let ref):
            return begin(ref, text: text, message: message)
        case .tie(let refs):
            let options = refs.map { registry.modules[$0.module].services[$0.service] }
            let names = options.enumerated().map { "\($0.offset + 1). \($0.element.name)" }.joined(separator: " ")
            let conversation = Conversation(options: options.map(\.code), text: text, requester: message.requester,
                                            group: message.group, channel: message.channel)
            return save(conversation, for: message, reply: Reply(status: .ask, text: "您要办理的是：\(names)？",
                                                                  choices: options.map(\.name)))
        case .chatter:
            // Nothing is posted back to a group; at the desk, a friendly word.
            return Reply(status: .ignored, text: message.channel == .group ? "" : "您好！需要办什么事请直接说，输入 帮助 查看全部命令。")
        case .unknown:
            if message.channel == .group { return Reply(status: .ignored, text: "") }
            return .answer("没有听懂「\(DisplayWidth.truncate(text, to: 30))」。本服务台可以办理：\(capabilities)。输入 帮助 查看全部命令。")
        }
    }

    /// A one-line list of what the desk can do, from the registered modules.
    var capabilities: String {
        registry.modules.map { m in
            let verbs = m.services.filter { $0.audience == .residents }.flatMap(\.verbs).prefix(2)
            return verbs.isEmpty ? m.name.chinese : "\(m.name.chinese)（\(verbs.joined(separator: "、"))）"
        }.joined(separator: "、")
    }

    func dispatch(_ target: Router.Target, rest: String, message: Message, abandoning: Conversation?) -> Reply {
        if abandoning != nil { forget(message.conversation) }
        switch target {
        case .kernel(let command):
            return run(command, args: rest, message: message)
        case .service(let ref):
            return begin(ref, text: rest, message: message)
        }
    }

    private func pendingName(_ c: Conversation) -> String {
        c.service.flatMap { registry.service(code: $0)?.service.name } ?? "选择服务"
    }

    /// A case id such as `BX-0042` inside `text`.
    static func caseID(in text: String) -> String? {
        CaseNumber.find(in: text)
    }

    /// The registered modules' case prefixes (`BX`, `SB`…): `bx2` alone is a case number only with one of these.
    var casePrefixes: Set<String> { Set(registry.modules.map(\.casePrefix)) }

    // MARK: Conversation state

    /// Stores `conversation` for the message's key (in the given transaction) and returns `reply`.
    func save(_ conversation: Conversation, for message: Message, reply: Reply) -> Reply {
        do {
            try store.write { db in try persist(conversation, key: message.conversation, db: db) }
            conversations.withLock { $0[message.conversation] = conversation }
            return reply
        } catch {
            return internalError(error, message: message)
        }
    }

    func persist(_ conversation: Conversation?, key: String, db: Database) throws {
        if let conversation {
            let json = String(decoding: try JSONEncoder().encode(conversation), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO conversations(key, state, updatedAt) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET state = excluded.state, updatedAt = excluded.updatedAt
                """, arguments: [key, json, clock.now])
        } else {
            try db.execute(sql: "DELETE FROM conversations WHERE key = ?", arguments: [key])
        }
    }

    func forget(_ key: String) {
        do {
            try store.write { db in try persist(nil, key: key, db: db) }
        } catch {
            logger.error("could not forget conversation \(key): \(error)")
        }
        conversations.withLock { $0[key] = nil }
    }

    private func finish(_ message: Message, nothing text: String) -> Reply {
        forget(message.conversation)
        return .answer(text)
    }

    func internalError(_ error: any Error, message: Message, module: String? = nil) -> Reply {
        logger.error("line failed", metadata: ["module": "\(module ?? "kernel")", "error": "\(error)"])
        return .failure(DeskError("internal", "处理时出错，已记录日志，没有保存任何内容。请稍后再试或联系管理员。"), module: module)
    }

    func prefillContext(_ message: Message) -> PrefillContext {
        PrefillContext(directory: directory, addresses: addresses, now: message.time ?? clock.now, channel: message.channel,
                       group: message.group, requester: message.requester)
    }
}
