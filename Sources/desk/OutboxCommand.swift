import ArgumentParser
import DeskKit
import DeskRelay
import Foundation

/// `desk outbox`: the replies and notices waiting to be posted to the groups.
struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "待发到微信群的消息：列出、标记已发送，或投递到群机器人 webhook。",
        discussion: """
            例：desk outbox                      列出待发消息（每页 100 条，--after 接着看下一页）
                desk outbox --group 水印桃源1群 --json
                desk outbox --sent 3 4 5           标记为已发送
                desk outbox --webhooks 群机器人.txt --deliver-all   每个群发到它自己的群机器人（文件每行「群名 webhook地址」）
                desk outbox --group 水印桃源1群 --deliver URL         只投递这一个群
            只有 HTTP 200 且 errcode 为整数 0 才标记已发送；重定向算失败；同一个群同时只有一个投递者。
            已发送的消息保留 30 天（$DESK_KEEP_SENT_DAYS），见 docs/reliability.md。
            """)

    @OptionGroup var options: DeskOptions

    @Option(name: .long, help: "只看某个群。")
    var group: String?

    @Flag(name: .long, help: "每条消息输出一行 JSON。")
    var json = false

    @Option(name: .long, help: "每页最多列出的条数。")
    var limit = 100

    @Option(name: .long, help: "从这个编号之后开始列出（翻页）。")
    var after: Int64 = 0

    @Option(name: .long, parsing: .upToNextOption, help: "把这些编号的消息标记为已发送。")
    var sent: [Int64] = []

    @Option(name: .long, help: "把 --group 这个群的消息投递到这个 webhook 地址。")
    var deliver: String?

    @Option(name: .long, help: ArgumentHelp("群机器人配置文件（每行「群名 webhook地址」）。默认：$DESK_WEBHOOKS。", valueName: "FILE"))
    var webhooks: String?

    @Flag(name: .long, help: "按 --webhooks 配置，把每个群的消息投递到它自己的群机器人。")
    var deliverAll = false

    @Option(name: .long, help: "本次投递最长用时（秒），到时未发的留到下次。")
    var deadline: Double = 120

    func validate() throws {
        guard limit > 0 && limit <= 10_000 else { throw ValidationError("--limit 应在 1 到 10000 之间，这里是 \(limit)") }
        if deliver != nil && (group ?? "").isEmpty {
            throw ValidationError("--deliver 需要 --group 群名：一个群机器人只属于一个群，不能把别的群的消息发给它（多个群请用 --webhooks 文件和 --deliver-all）")
        }
        if deliver != nil && deliverAll { throw ValidationError("--deliver 和 --deliver-all 只能用一个") }
        guard deadline > 0 && deadline <= 3600 else { throw ValidationError("--deadline 应在 1 到 3600 秒之间") }
    }

    func run() async throws {
        DeskCommand.bootstrapLogging()
        let desk: Desk
        do { desk = try options.openDesk() } catch let failure as Failure { failure.exit() }
        if !sent.isEmpty {
            let marked = try desk.store.write { try Outbox(db: $0, now: Date()).markSent(sent) }
            let unknown = Set(sent).subtracting(marked)
            print("已标记 \(marked.count) 条为已发送。" + (unknown.isEmpty ? "" : "这些编号不是待发消息：\(unknown.sorted().map(String.init).joined(separator: " "))"))
            return
        }
        if deliver != nil || deliverAll {
            try await deliverPending(desk)
            return
        }
        try list(desk)
    }

    private func deliverPending(_ desk: Desk) async throws {
        let book: Webhooks
        switch Result(catching: { () throws(DeskError) -> Webhooks in try webhookBook() }) {
        case .success(let found): book = found
        case .failure(let error): Failure(message: error.message).exit()
        }
        var delivery = OutboxDelivery(store: desk.store, webhooks: book)
        delivery.deadline = deadline
        let outcome = try await delivery.deliver(group: group)
        print("已投递 \(outcome.sent.count) 条，失败 \(outcome.failed.count) 条。")
        for (id, error) in outcome.failed.sorted(by: { $0.key < $1.key }) { print("  #\(id)：\(Redact.text(error))") }
        if !outcome.unmapped.isEmpty { print("这些群没有配置群机器人，消息留待发送：\(outcome.unmapped.joined(separator: "、"))") }
        if !outcome.busy.isEmpty { print("这些群正由另一个投递进程发送，本次跳过：\(outcome.busy.joined(separator: "、"))") }
        if outcome.stoppedEarly { print("本次投递提前结束（时限、限流或 webhook 报错），其余消息下次再发。") }
        _ = try? Retention.fromEnvironment().prune(desk.store, now: Date())
        if !outcome.failed.isEmpty { throw ExitCode(2) }
    }

    /// The webhooks to post to: `--deliver URL` for the `--group`, else the file of `--webhooks` or `$DESK_WEBHOOKS`.
    private func webhookBook() throws(DeskError) -> Webhooks {
        if let deliver, let group {
            guard let url = URL(string: deliver), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw DeskError("bad-webhooks", "webhook 地址无效：\(URL(string: deliver).map(Redact.url) ?? "（无法解析）")")
            }
            return Webhooks([group: url])
        }
        guard let path = webhooks ?? ProcessInfo.processInfo.environment["DESK_WEBHOOKS"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            throw DeskError("bad-webhooks", "--deliver-all 需要群机器人配置：--webhooks 文件 或 $DESK_WEBHOOKS")
        }
        return try Webhooks.load(path: path)
    }

    private func list(_ desk: Desk) throws {
        let (page, total, known) = try desk.store.read { db in
            let outbox = Outbox(db: db, now: Date())
            // A group is known when configured or when anything was ever queued for it.
            let known = try group.map { name in
                try desk.directory.groups.contains { $0.name == name }
                    || Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM outbox WHERE groupName = ?)", arguments: [name]) == true
            } ?? true
            return (try outbox.pending(group: group, limit: limit, after: after), try outbox.pendingCount(group: group), known)
        }
        // A misspelt group would read as "nothing to send": say that no such group is known.
        if let group, !known {
            let groups = desk.directory.groups.map(\.name).joined(separator: "、")
            Failure(message: "没有叫「\(group)」的群：community.yaml 里没有配置，也没有发给它的消息。已配置的群：\(groups)", status: 64).exit()
        }
        if json {
            for m in page {
                let object: [String: Any] = ["id": m.id!, "group": m.groupName, "text": m.text, "mentions": m.mentions.map(Masking.redact),
                                             "case": m.caseID ?? NSNull(), "created": DeskFormat.timestamp(m.createdAt)]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self))
            }
            return
        }
        guard !page.isEmpty else { print(after > 0 ? "编号 \(after) 之后没有待发消息。" : "没有待发消息。"); return }
        print(TextTable(headers: ["编号", "群", "时间", "内容"], rows: page.map {
            ["\($0.id!)", $0.groupName, DeskFormat.timestamp($0.createdAt), $0.text.replacingOccurrences(of: "\n", with: " ")]
        }, maxColumnWidth: 60).render())
        if let last = page.last?.id, page.count == limit {
            print("共 \(total) 条待发，只列出 \(page.count) 条；下一页：desk outbox --after \(last)" + (group.map { " --group \($0)" } ?? ""))
        }
    }
}
