import Foundation

/// How long the relay's records and the delivered outbox messages are kept (docs/reliability.md, "Retention").
///
/// A relay record is what makes a re-fed message a repeat, so it is kept longer than a message's `time` may
/// lie in the past (``MessageTime/earliest``): a message old enough for its record to be gone is refused as
/// `bad-time` if fed again, not handled twice. Pending outbox messages are never pruned.
public struct Retention: Sendable, Equatable {
    /// Days a relay record is kept (at least ``minimumRelayDays``).
    public var relayDays: Int
    /// Days a delivered outbox message is kept after it was sent.
    public var sentDays: Int

    public static let defaultRelayDays = 400
    public static let defaultSentDays = 30
    /// The message-time window plus a day.
    public static let minimumRelayDays = Int(MessageTime.earliest / 86_400) + 1

    /// Checks the values, naming the one that is out of range.
    public init(relayDays: Int = defaultRelayDays, sentDays: Int = defaultSentDays) throws(DeskError) {
        guard relayDays >= Self.minimumRelayDays else {
            throw DeskError("bad-retention", "群消息记录至少保留 \(Self.minimumRelayDays) 天（比消息时间允许的一年更长，重复导入旧消息才不会重复处理），这里是 \(relayDays)")
        }
        guard sentDays >= 0 else { throw DeskError("bad-retention", "已发送消息的保留天数不能为负数，这里是 \(sentDays)") }
        self.relayDays = relayDays; self.sentDays = sentDays
    }

    /// The retention from `$DESK_KEEP_RELAY_DAYS` and `$DESK_KEEP_SENT_DAYS`, else the defaults.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws(DeskError) -> Retention {
        func days(_ key: String, _ fallback: Int) throws(DeskError) -> Int {
            guard let raw = env[key], !raw.isEmpty else { return fallback }
            guard let n = Int(raw) else { throw DeskError("bad-retention", "\(key) 应为天数（整数），这里是「\(raw)」") }
            return n
        }
        return try Retention(relayDays: try days("DESK_KEEP_RELAY_DAYS", defaultRelayDays),
                             sentDays: try days("DESK_KEEP_SENT_DAYS", defaultSentDays))
    }

    /// What one pruning removed.
    public struct Pruned: Equatable, Sendable {
        public var relayRecords = 0
        public var sentMessages = 0
    }

    /// Deletes relay records and delivered messages older than the retention, as of `now`, in one transaction.
    public func prune(_ store: DeskStore, now: Date) throws -> Pruned {
        try store.write { db in
            var pruned = Pruned()
            try db.execute(sql: "DELETE FROM relayMessages WHERE at < ?", arguments: [now.addingTimeInterval(-Double(relayDays) * 86_400)])
            pruned.relayRecords = db.changesCount
            pruned.sentMessages = try Outbox(db: db, now: now).pruneSent(before: now.addingTimeInterval(-Double(sentDays) * 86_400))
            return pruned
        }
    }
}
