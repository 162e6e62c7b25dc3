import ArgumentParser
import DeskChat
import DeskKit
import Foundation

/// `desk` / `desk chat`: the prompt on a terminal, line mode on a pipe, JSON lines with `--json` — answered by
/// the desk on this machine, or with `--server` by a `desk serve` server.
struct Chat: ParsableCommand {
    // Every command names itself: without a name ArgumentParser derives one from `String(describing: Self.self)`
    // at every look-up, and each is a scan of the binary's 11,000 protocol conformances (docs/performance.md,
    // sixth pass).
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "打开服务台（默认）。终端上是 readline 提示符，管道输入时逐行回答。")

    @OptionGroup var options: DeskOptions

    @Flag(name: .long, help: #"JSON 行模式：每行输入是一个 JSON 对象（至少有 text，如 {"text": "列表"}），每行输出一个 JSON 对象；不是对象的行得到 bad-json 错误（见 README）。"#)
    var json = false

    @Option(name: .long, help: ArgumentHelp("连接 desk serve 服务器，由服务器办理每一行（不用本机数据库）。", valueName: "URL"))
    var server: String?

    @Option(name: .long, help: ArgumentHelp("驿站令牌（desk token station 生成）。默认：$DESK_TOKEN。", valueName: "TOKEN"))
    var token: String?

    @Option(name: .long, help: ArgumentHelp("值班人员 PIN（服务器要求时）。默认：$DESK_PIN。", valueName: "PIN"))
    var pin: String?

    func run() throws {
        DeskCommand.bootstrapLogging()
        let interactive = Terminal.inputIsTerminal && !json
        let connection: any DeskConnection
        do { connection = try connect(interactive: interactive) } catch let failure as Failure { failure.exit() }
        if interactive {
            let history = DeskOptions.dataFolder.appendingPathComponent("history")
            var prompt = ReadlinePrompt(session: connection, historyFile: history, printer: ReplyPrinter(colour: Terminal.usesColour(), width: { Terminal.columns() }))
            // Who is on duty is asked at every start: one station PC is shared by several staff. Without accounts
            // an `--operator` name is taken as given; with accounts it is only offered, and the PIN is asked.
            // A server's client signs in with its token and PIN instead.
            if let local = connection as? ChatSession, local.desk.rolesEnabled || options.operatorName == nil {
                guard prompt.signIn(suggested: options.operatorName ?? ProcessInfo.processInfo.environment["DESK_OPERATOR"]) else {
                    Failure(message: "没有值班人员登录，服务台未打开").exit()
                }
            }
            prompt.run()
        } else {
            var reader = LineReader()
            LineMode(session: connection, json: json).run(reader: &reader) { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        }
    }

    /// The desk on this machine, or the server's when `--server` is given. On a terminal the prompt asks who is on
    /// duty and their PIN; on a pipe and in JSON mode `$DESK_PIN` signs the operator in.
    private func connect(interactive: Bool) throws -> any DeskConnection {
        let env = ProcessInfo.processInfo.environment
        guard let server else { return try options.session(try options.openDesk(), signIn: !interactive) }
        guard let url = URL(string: server), url.scheme == "http" || url.scheme == "https", url.host != nil else {
            throw Failure(message: "服务器地址无效：\(server)（应为 http://主机:端口）")
        }
        guard let token = token ?? env["DESK_TOKEN"], !token.isEmpty else {
            throw Failure(message: "连接服务器需要驿站令牌：--token 或 $DESK_TOKEN")
        }
        do {
            return try RemoteDesk(server: url, token: token, operatorName: options.operatorNameGiven,
                                  pin: pin ?? env["DESK_PIN"])
        } catch {
            throw Failure(message: error.message)
        }
    }
}
