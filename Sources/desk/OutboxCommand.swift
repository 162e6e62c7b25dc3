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
            例：desk outbox                      列出待发消息
                desk outbox --group 水印桃源1群 --json
                desk outbox --sent 3 4 5           标记为已发送
                desk outbox --deliver URL          按企业微信群机器人格式投递，失败重试；只有 HTTP 200 且 errcode 为 0 才标记已发送
            """)

    @OptionGroup var options: DeskOptions

    @Option(name: .long, help: "只看某个群。")
    var group: String?

    @Flag(name: .long, help: "每条消息输出一行 JSON。")
    var json = false

    @Option(name: .long, parsing: .upToNextOption, help: "把这些编号的消息标记为已发送。")
    var sent: [Int64] = []

    @Option(name: .long, help: "投递到这个 webhook 地址。")
    var deliver: String?

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
        if let deliver {
            guard let url = URL(string: deliver), url.scheme == "http" || url.scheme == "https" else {
                Failure(message: "webhook 地址无效：\(deliver)").exit()
            }
            let outcome = try await OutboxDelivery(store: desk.store, url: url).deliver(group: group)
            print("已投递 \(outcome.sent.count) 条，失败 \(outcome.failed.count) 条。")
            for (id, error) in outcome.failed.sorted(by: { $0.key < $1.key }) { print("  #\(id)：\(error)") }
            if !outcome.failed.isEmpty { throw ExitCode(2) }
            return
        }
        let pending = try desk.store.read { try Outbox(db: $0, now: Date()).pending(group: group) }
        if json {
            for m in pending {
                let object: [String: Any] = ["id": m.id!, "group": m.groupName, "text": m.text, "mentions": m.mentions.map(Masking.redact),
                                             "case": m.caseID ?? NSNull(), "created": DeskFormat.timestamp(m.createdAt)]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self))
            }
            return
        }
        guard !pending.isEmpty else { print("没有待发消息。"); return }
        print(TextTable(headers: ["编号", "群", "时间", "内容"], rows: pending.map {
            ["\($0.id!)", $0.groupName, DeskFormat.timestamp($0.createdAt), $0.text.replacingOccurrences(of: "\n", with: " ")]
        }, maxColumnWidth: 60).render())
    }
}
