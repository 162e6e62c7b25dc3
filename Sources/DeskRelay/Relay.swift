import DeskKit
import Foundation

/// Feeds group messages to the desk: finds the requests among the chatter, opens or links cases, queues the
/// replies for the groups — idempotently and crash-safely.
///
/// Messages are handled in batches (500 messages or 100 ms, whichever comes first), each batch one transaction
/// holding the messages' effects and the record of their ids. A message is known by its group and id; one
/// already recorded with the same sender and text is not handled again (its stored output is repeated), one
/// with a different sender or text under a used id is refused as `id-conflict`;
/// a batch that was not committed when the process died left nothing behind. Output lines are written only
/// after their batch is committed.
public struct Relay: Sendable {
    public let desk: Desk
    public var batchSize = 500
    public var batchInterval: TimeInterval = 0.1
    /// Who the relay acts as in case events.
    public var operatorName = "relay"

    public init(desk: Desk) { self.desk = desk }

    /// Handles every item `next` gives, giving `write` what each came to (its JSON line is `output`), in order,
    /// once its batch is committed. Returns the summary.
    public func run(next: () -> RelayItem?, write: (RelayOutcome) -> Void) throws -> RelaySummary {
        var summary = RelaySummary()
        var exhausted = false
        while !exhausted {
            var outputs: [RelayOutcome] = []
            var batchSummary = RelaySummary()
            let started = Date()
            try desk.store.batch {
                outputs = []
                batchSummary = RelaySummary()
                while outputs.count < batchSize && Date().timeIntervalSince(started) < batchInterval {
                    guard let item = next() else { exhausted = true; break }
                    outputs.append(try handle(item, summary: &batchSummary))
                }
            }
            summary.merge(batchSummary)
            outputs.forEach(write)
        }
        return summary
    }

    /// Handles `items` as one batch — one transaction — and returns what each came to, in order. Used by the
    /// server's bridge endpoint: when this returns, the messages and their replies are committed.
    public func process(_ items: [RelayItem]) throws -> (outcomes: [RelayOutcome], summary: RelaySummary) {
        var summary = RelaySummary()
        let outcomes = try desk.store.batch {
            summary = RelaySummary()
            return try items.map { try handle($0, summary: &summary) }
        }
        return (outcomes, summary)
    }

    private func handle(_ item: RelayItem, summary: inout RelaySummary) throws -> RelayOutcome {
        let message: RelayMessage
        switch item {
        case .message(let read):
            message = read
        case .unreadable(_, let id, let error):
            // Refused as input: nothing was handled, the error record names the line and carries its id.
            summary.rejected += 1
            return RelayOutcome(output: JSONWire.encode(.failure(error), id: id), status: .error, rejected: true)
        }
        let digest = message.digest
        // Nearly every message is new: its key is probed first, and only one recorded before is read as a row
        // (`Database.keyedRow(probe:select:keys:)`; docs/performance.md, forty-fifth and forty-sixth passes).
        let seen = try desk.store.read { db in
            try db.keyedRow(probe: "SELECT 1 FROM relayMessages WHERE groupName = ? AND id = ?",
                            select: "SELECT output, digest FROM relayMessages WHERE groupName = ? AND id = ?",
                            keys: [message.group, message.id])
        }
        if let seen {
            let stored: String? = seen["digest"]
            guard stored == nil || stored == digest else {
                // Another message under an id already used in this group: refused, not answered with the first one's reply.
                summary.rejected += 1
                return RelayOutcome(output: JSONWire.encode(.failure(DeskError("id-conflict",
                    "消息编号「\(message.id)」在群「\(message.group)」里已用于另一条内容不同的消息，这条没有处理；请给每条消息不同的编号")), id: message.id),
                    status: .error, rejected: true)
            }
            summary.repeated += 1
            return RelayOutcome(output: Self.markRepeat(seen["output"]), status: nil, repeated: true)
        }
        let home = desk.addresses.read(message.sender)
        let requester = Requester(address: home.building == nil ? nil : home, sender: message.sender.isEmpty ? nil : message.sender)
        let reply = desk.respond(to: Message(message.text, channel: .group, operatorName: operatorName, requester: requester,
                                             group: message.group, time: message.time))
        let output = JSONWire.encode(reply, id: message.id)
        // No savepoint: an error here ends the batch (`run` and `process` rethrow it), which rolls back all of it.
        let post = try desk.store.writeEndingTheBatchOnError { db -> OutboxMessage? in
            var post: OutboxMessage?
            // Every reply goes back to the group, a refusal too: the resident hears what is missing.
            if reply.status != .ignored, !reply.text.isEmpty {
                let mention = message.sender.isEmpty ? "" : "@\(message.sender) "
                post = try Outbox(db: db, now: message.time ?? desk.clock.now)
                    .post(group: message.group, text: mention + reply.text, mentions: message.sender.isEmpty ? [] : [message.sender], caseID: reply.caseID)
            }
            try db.cachedStatement(sql: "INSERT INTO relayMessages(groupName, id, digest, output, at) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [message.group, message.id, digest, output, StoredTime.value(desk.clock.now)])
            return post
        }
        summary.count(status: reply.status.rawValue, module: reply.module)
        return RelayOutcome(output: output, status: reply.status, caseID: reply.caseID, post: post)
    }

    /// The stored output of a message seen before, marked `"repeat": true`.
    static func markRepeat(_ output: String) -> String {
        guard output.hasSuffix("}") else { return output }
        return String(output.dropLast()) + #","repeat":true}"#
    }
}

/// What one relayed item came to.
public struct RelayOutcome: Sendable, Equatable {
    /// The JSON line of the wire form (marked `"repeat": true` for a message handled before).
    public var output: String
    /// The reply's status; nil for a repeat.
    public var status: Reply.Status?
    public var caseID: String?
    /// The reply queued for the group, when the desk answered into it.
    public var post: OutboxMessage?
    /// Whether the message had been handled before (nothing was done again).
    public var repeated = false
    /// Whether the item was refused as input (unreadable, or an id already used for another message): not handled.
    public var rejected = false

    public init(output: String, status: Reply.Status?, caseID: String? = nil, post: OutboxMessage? = nil, repeated: Bool = false,
                rejected: Bool = false) {
        self.output = output; self.status = status; self.caseID = caseID; self.post = post; self.repeated = repeated
        self.rejected = rejected
    }
}

/// What a relay run did, by module.
public struct RelaySummary: Equatable, Sendable {
    /// Counts of the messages handled, by module id (`—` for none) and status.
    public var counts: [String: [String: Int]] = [:]
    /// Messages already handled by an earlier run.
    public var repeated = 0
    /// Input lines refused and not handled: unreadable (bad JSON, a missing `text` or `group`, a bad time, over
    /// 64 KB, invalid UTF-8) or a message id already used for another message. `desk relay` exits 2 when any was.
    public var rejected = 0

    mutating func count(status: String, module: String?) {
        counts[module ?? "—", default: [:]][status, default: 0] += 1
    }

    mutating func merge(_ other: RelaySummary) {
        for (module, statuses) in other.counts { for (s, n) in statuses { counts[module, default: [:]][s, default: 0] += n } }
        repeated += other.repeated
        rejected += other.rejected
    }

    public func total(_ status: String) -> Int { counts.values.map { $0[status] ?? 0 }.reduce(0, +) }

    /// The table `desk relay --summary` prints: a row per module (`—`, the messages no module took, named by
    /// `moduleNames` too), a row for the refused input lines, and the totals. `错误` counts the desk's error
    /// replies to handled messages (posted back to the group) and the refused lines.
    public func table(moduleNames: [String: String]) -> String {
        let columns = [("created", "新建工单"), ("duplicate", "关联"), ("ask", "追问"), ("answered", "回答"), ("updated", "更新"), ("ignored", "忽略"), ("error", "错误")]
        var rows = counts.keys.sorted().map { module -> [String] in
            let c = counts[module]!
            return [moduleNames[module] ?? module, String(c.values.reduce(0, +))] + columns.map { String(c[$0.0] ?? 0) }
        }
        let handled = counts.values.flatMap(\.values).reduce(0, +)
        if rejected > 0 {
            rows.append(["输入有误（未处理）", String(rejected)] + columns.map { $0.0 == "error" ? String(rejected) : "0" })
        }
        rows.append(["合计", String(handled + rejected)]
                    + columns.map { String(total($0.0) + ($0.0 == "error" ? rejected : 0)) })
        var text = TextTable(headers: ["模块", "读取"] + columns.map(\.1), rows: rows).render()
        if repeated > 0 { text += "\n另有 \(repeated) 条之前已处理过，未重复处理。" }
        if rejected > 0 { text += "\n有 \(rejected) 行输入有误，没有处理（每行的原因已写到标准错误）。" }
        return text
    }
}
