import ArgumentParser
import DeskKit
import DeskRelay
import Foundation

/// `desk relay`: residents' WeChat-group messages in, cases and replies out.
struct RelayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relay",
        abstract: "处理微信群消息：识别请求、开单或关联、把回复放入待发消息。重复导入同一文件不会重复处理。",
        discussion: """
            格式：jsonl（每行一个 JSON：{"id","group","sender","time","text"}，id 可省略）或 wechat（微信聊天记录导出文本，需 --group）。
            例：desk relay messages.jsonl
                desk relay --format wechat --group 水印桃源1群 export.txt --summary
            退出状态：0 全部处理；2 有输入行有误没有处理（其余照常处理，每个有误的行都有一条 error 记录，带上它的 id）；
            1 无法启动（数据库、种子文件）；64 命令行写错。
            """)

    @OptionGroup var options: DeskOptions

    @Option(name: .long, help: "输入格式：jsonl 或 wechat。")
    var format = "jsonl"

    @Option(name: .long, help: "wechat 格式时，这份导出来自哪个群。")
    var group: String?

    @Flag(name: .long, help: "不逐条输出（有误的行仍逐条写到标准错误），最后打印按模块的汇总表。")
    var summary = false

    @Argument(help: "输入文件；- 或省略为标准输入。")
    var file = "-"

    func validate() throws {
        guard let format = RelayFormat(rawValue: format) else {
            throw ValidationError("未知的格式「\(format)」：可用 \(RelayFormat.allCases.map(\.rawValue).joined(separator: " 或 "))")
        }
        if format == .wechat && (group ?? "").isEmpty { throw ValidationError("wechat 格式需要 --group 群名") }
    }

    func run() throws {
        DeskCommand.bootstrapLogging()
        let desk: Desk
        do { desk = try options.openDesk() } catch let failure as Failure { failure.exit() }
        let fd: Int32 = file == "-" ? STDIN_FILENO : open(file, O_RDONLY)
        guard fd >= 0 else { Failure(message: "无法打开文件 \(file)").exit() }
        let lines = LineReader(fd: fd)
        var jsonl = JSONLinesReader(lines: lines, clock: desk.clock)
        var wechat = WeChatExportReader(lines: lines, group: group ?? "", clock: desk.clock)
        let isWeChat = format == RelayFormat.wechat.rawValue
        var relay = Relay(desk: desk)
        relay.operatorName = options.operatorName ?? "relay"
        let result: RelaySummary
        do {
            result = try relay.run(next: { isWeChat ? wechat.next() : jsonl.next() }) { outcome in
                // With --summary a refused line's record still goes out, on standard error: nothing is dropped unseen.
                if !summary {
                    FileHandle.standardOutput.write(Data((outcome.output + "\n").utf8))
                } else if outcome.rejected {
                    FileHandle.standardError.write(Data((outcome.output + "\n").utf8))
                }
            }
        } catch {
            Failure(message: "处理中断，本批未提交的消息下次会重新处理：\(error)").exit()
        }
        do {
            _ = try Retention.fromEnvironment().prune(desk.store, now: desk.clock.now)
        } catch let error as DeskError {
            FileHandle.standardError.write(Data("desk: 未清理过期记录：\(error.message)\n".utf8))
        }
        if summary {
            let names = Dictionary(uniqueKeysWithValues: desk.registry.modules.map { ($0.id, $0.name.chinese) })
            print(result.table(moduleNames: names.merging(["—": "非请求"]) { a, _ in a }))
        }
        // The rest was handled and committed; the exit status tells a script that some lines were not.
        if result.rejected > 0 { throw ExitCode(Self.rejectedStatus) }
    }

    /// The exit status when any input line was refused (README, `desk relay`).
    static let rejectedStatus: Int32 = 2
}
