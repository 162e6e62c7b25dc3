import Foundation
import GRDB

/// A resident telling the group that their matter, closed as done, is not done (``NotFixedAfterClosing``): their
/// latest case closed in the last month is worked on again (重办, rules.md §5), with what they said kept on it —
/// not a remark left without a word, nor a second case beside the first.
extension Desk {
    /// The reply to `text` when it says the sender's closed case is not done; nil when it does not, or the sender has
    /// no case closed in this group in the last thirty days.
    func closedButNotFixed(_ text: String, message: Message) -> Reply? {
        guard message.channel == .group, NotFixedAfterClosing.says(text), let record = lastClosedCase(of: message) else { return nil }
        do {
            let reopened = try store.write { db in
                try book(db, record, message).reopen(record.id, reason: "居民反映还没办好：\(Masking.redact(text))",
                                                     publicText: "居民反映还没办好，已重新办理")
            }
            var reply = "您的工单 \(reopened.id)（\(reopened.title)）已重新办理，会再请处理单位来看"
            if let deadline = reopened.deadline { reply += "，新期限 \(DeskFormat.time(deadline))" }
            return Reply(module: reopened.module, status: .updated, caseID: reopened.id, text: reply + "。")
        } catch {
            return internalError(error, message: message, module: record.module)
        }
    }

    /// The sender's case in this group closed (or followed up) most recently in the last thirty days.
    private func lastClosedCase(of message: Message) -> CaseRecord? {
        guard let group = message.group, let sender = message.requester.sender else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-30 * 86400)
        return try? store.read { db in
            try CaseRecord.fetchOne(db, sql: """
                SELECT * FROM cases WHERE requesterSender = ? AND groupName = ? AND status IN (?, ?) AND closedAt >= ?
                ORDER BY closedAt DESC LIMIT 1
                """, arguments: [sender, group, CaseStatus.closed, CaseStatus.followedUp, since])
        }
    }
}
