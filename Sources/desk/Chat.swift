import ArgumentParser
import DeskChat
import DeskKit
import Foundation

/// `desk` / `desk chat`: the prompt on a terminal, line mode on a pipe, JSON lines with `--json`.
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "打开服务台（默认）。终端上是 readline 提示符，管道输入时逐行回答。")

    @OptionGroup var options: DeskOptions

    @Flag(name: .long, help: "JSON 行模式：每行输入是文本或 JSON 对象，每行输出一个 JSON 对象（见 README）。")
    var json = false

    func run() throws {
        DeskCommand.bootstrapLogging()
        let interactive = Terminal.inputIsTerminal && !json
        let desk: Desk
        do { desk = try options.openDesk() } catch let failure as Failure { failure.exit() }
        let session = options.session(desk)
        if interactive {
            let history = DeskOptions.dataFolder.appendingPathComponent("history")
            var prompt = ReadlinePrompt(session: session, historyFile: history, printer: ReplyPrinter(colour: Terminal.usesColour()))
            // Who is on duty is asked at every start: one station PC is shared by several staff. Without accounts
            // an `--operator` name is taken as given; with accounts it is only offered, and the PIN is asked.
            if desk.rolesEnabled || options.operatorName == nil {
                guard prompt.signIn(suggested: options.operatorName ?? ProcessInfo.processInfo.environment["DESK_OPERATOR"]) else {
                    Failure(message: "没有值班人员登录，服务台未打开").exit()
                }
            }
            prompt.run()
        } else {
            var reader = LineReader()
            LineMode(session: session, json: json).run(reader: &reader) { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        }
    }
}
