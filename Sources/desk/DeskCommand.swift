import ArgumentParser
import DeskChat
import DeskKit
import Foundation
import Logging

/// `desk`: the MicroDesk service desk.
@main
struct DeskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "MicroDesk 社区服务台：报修、社保咨询、老年认证、公园维护、乒乓球室。",
        discussion: """
            不带子命令时打开聊天式提示符（终端上用 GNU readline；管道输入时逐行回答）。
            例：
              desk                                   打开服务台
              printf '模块\\n报修 水印桃源3栋2单元502 漏水\\n' | desk --db /tmp/x.sqlite
              desk --json < messages.jsonl           JSON 行协议（见 README）
              desk say 列表 报修 超期                 说一句，答一句，退出
              desk relay messages.jsonl              处理微信群消息
              desk outbox                            待发到群里的消息
              desk route 3栋电梯里关了个老人          这句话交给谁、为什么
              desk eval Tests/Corpus/understanding-eval.tsv   检验理解的正确率
              desk serve                             启动服务器（驿站客户端、群桥接、Open311）
              desk --server http://台式机:8311        连接服务器办理
              desk operator add 姓名 --role 社区干部   操作员账号（见 docs/privacy.md）
              desk jobs                              定时任务：上次和下次运行
            --db、--operator、--station 也可以写在子命令前面：desk --db /tmp/x.sqlite say 列表
            退出状态：0 完成；1 无法启动（数据库、种子文件、DESK_PIN 不对）；2 部分没有办成（say 的回答是错误、
            relay 有输入行有误、outbox 有消息没发出）；64 命令行写错。
            """,
        subcommands: [Chat.self, Say.self, ModulesCommand.self, RouteCommand.self, EvalCommand.self, RelayCommand.self,
                      OutboxCommand.self, PruneCommand.self, ServeCommand.self, TokenCommand.self, OperatorCommand.self,
                      JobsCommand.self, BenchCommand.self],
        defaultSubcommand: Chat.self
    )

    /// Parses the command line and runs the command, as swift-argument-parser's own `main` does, except that
    /// the shared options may come before the subcommand (`desk --db x say 列表`) and that the parser's help and
    /// errors are shown in Chinese (``CommandLineChinese``). Exit status 64 for a command-line mistake.
    ///
    /// `desk say …`, the command scripts start most, is parsed first with ``Say`` as the root: at the root the
    /// parser tries its own `--generate-completion-script` commands before the real ones, reflecting them at run
    /// time — an eighth of the instructions of a start (docs/performance.md, ninth pass) — and `Say` names `desk`
    /// as its super-command, which skips that check. A line it does not parse (a mistake, `--help`, a completion
    /// script asked for) is parsed again from the root, so that every message and exit status stays the root's.
    /// A plain `desk say` line is read without the parser at all (``Say/plain(_:)``).
    static func main() async {
        let arguments = subcommandFirst(Array(CommandLine.arguments.dropFirst()))
        do {
            var command: any ParsableCommand
            if arguments.first == Say.configuration.commandName, let said = Say.parsed(Array(arguments.dropFirst())) {
                command = said
            } else {
                command = try await asyncParseAsRoot(arguments)
            }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let text = CommandLineChinese.translate(fullMessage(for: error), command: commandPath(arguments))
            if code == .success {
                print(text)
            } else if !text.isEmpty {
                FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// `desk --db x say 列表` → `desk say --db x 列表`: the default command (the chat) takes no words, so a
    /// subcommand's name after options given first is that subcommand, and the options are its own. Nothing
    /// after a `--` is looked at: those are words.
    static func subcommandFirst(_ arguments: [String]) -> [String] {
        let options = arguments[..<(arguments.firstIndex(of: "--") ?? arguments.endIndex)]
        guard options.first?.hasPrefix("-") == true,
              let index = options.firstIndex(where: { name in configuration.subcommands.contains { $0._commandName == name } || name == "help" })
        else { return arguments }
        var reordered = arguments
        let name = reordered.remove(at: index)
        return [name] + reordered
    }

    /// The subcommands the arguments name, outermost first (`["operator", "add"]`); empty for the chat.
    static func commandPath(_ arguments: [String]) -> [String] {
        var path: [String] = []
        var command: any ParsableCommand.Type = DeskCommand.self
        for argument in arguments {
            guard let sub = command.configuration.subcommands.first(where: { $0._commandName == argument }) else { break }
            path.append(argument)
            command = sub
        }
        return path
    }

    /// `$DESK_LOG_LEVEL`, else `defaultLevel`.
    static func logLevel(default defaultLevel: Logger.Level) -> Logger.Level {
        DeskOptions.environment["DESK_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? defaultLevel
    }

    static func bootstrapLogging(defaultLevel: Logger.Level = .warning) {
        let level = logLevel(default: defaultLevel)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return MaskingLogHandler(handler)
        }
    }
}
