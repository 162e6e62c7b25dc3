import Foundation

/// `发件箱`: the messages waiting to be posted to the WeChat groups, seen from the prompt (masked, like every
/// output). Marking them sent and delivering them stay with `desk outbox` and the bridge.
extension Desk {
    /// Rows shown at most.
    static let outboxRows = 30

    func outbox(_ args: String, message: Message) throws -> Reply {
        try requireDesk(message)
        let group = args.trimmingSpaces.isEmpty ? nil : args.trimmingSpaces
        if let group, !directory.groups.contains(where: { $0.name == group }) {
            let known = try store.read { try String.fetchAll($0, sql: "SELECT DISTINCT groupName FROM outbox WHERE sentAt IS NULL") }
            if !known.contains(group) {
                throw DeskError("unknown-group", "没有「\(group)」这个群的待发消息。有待发消息的群：\(known.isEmpty ? "无" : known.joined(separator: "、"))")
            }
        }
        let (rows, total) = try store.read { db in
            let outbox = Outbox(db: db, now: clock.now)
            return (try outbox.pending(group: group, limit: Self.outboxRows), try outbox.pendingCount(group: group))
        }
        guard !rows.isEmpty else { return .answer("发件箱：没有待发消息。") }
        let table = TextTable(headers: ["编号", "群", "时间", "工单", "内容", "尝试"], rows: rows.map { m in
            [String(m.id ?? 0), m.groupName, DeskFormat.timestamp(m.createdAt), m.caseID ?? "—",
             DisplayWidth.truncate(m.text.replacingOccurrences(of: "\n", with: " "), to: 40),
             m.attempts == 0 ? "—" : "\(m.attempts)次" + (m.lastError.map { "（\(DisplayWidth.truncate($0, to: 16))）" } ?? "")]
        }).render()
        let more = total > rows.count ? "（只列出最早的 \(rows.count) 条）" : ""
        return .answer("发件箱：\(total) 条待发\(more)\n" + table + "\n标记已发送：desk outbox --sent 编号；投递到群机器人：desk outbox --deliver-all")
    }
}
