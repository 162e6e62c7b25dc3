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
            """,
        subcommands: [Chat.self, Say.self, ModulesCommand.self, RouteCommand.self, EvalCommand.self, RelayCommand.self,
                      OutboxCommand.self, PruneCommand.self, ServeCommand.self, TokenCommand.self, OperatorCommand.self,
                      JobsCommand.self, BenchCommand.self],
        defaultSubcommand: Chat.self
    )

    /// `$DESK_LOG_LEVEL`, else `defaultLevel`.
    static func logLevel(default defaultLevel: Logger.Level) -> Logger.Level {
        ProcessInfo.processInfo.environment["DESK_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? defaultLevel
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
