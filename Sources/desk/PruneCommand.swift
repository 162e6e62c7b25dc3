import ArgumentParser
import DeskKit
import Foundation

/// `desk prune`: removes relay records and delivered outbox messages past their retention.
struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "按保留期清理：群消息处理记录（默认 400 天）和已发送的群消息（默认 30 天）。待发消息从不清理。",
        discussion: """
            desk relay 和 desk outbox --deliver 每次运行后也按默认保留期（或 $DESK_KEEP_RELAY_DAYS、$DESK_KEEP_SENT_DAYS）自动清理。
            群消息记录至少保留 \(Retention.minimumRelayDays) 天：比消息时间允许的一年更长，重复导入旧消息才不会重复处理。
            """)

    @OptionGroup var options: DeskOptions

    @Option(name: .long, help: "群消息处理记录保留天数。")
    var relayDays: Int?

    @Option(name: .long, help: "已发送群消息保留天数。")
    var sentDays: Int?

    func run() throws {
        DeskCommand.bootstrapLogging()
        let desk: Desk
        do { desk = try options.openDesk() } catch let failure as Failure { failure.exit() }
        do {
            let base = try Retention.fromEnvironment()
            let retention = try Retention(relayDays: relayDays ?? base.relayDays, sentDays: sentDays ?? base.sentDays)
            let pruned = try retention.prune(desk.store, now: Date())
            print("已清理群消息记录 \(pruned.relayRecords) 条、已发送消息 \(pruned.sentMessages) 条。")
        } catch let error as DeskError {
            Failure(message: error.message).exit()
        }
    }
}
