import ArgumentParser
import DeskChat
import DeskKit
import Foundation

/// `desk say TEXT…`: one line, one reply, exit.
struct Say: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "say",
        _superCommandName: "desk",   // parsed as the root of `desk say …` (``DeskCommand/main()``)
        abstract: "说一句话，打印回答后退出（供脚本和其他程序使用）。出错时退出状态为 2。",
        discussion: "例：desk say 报修 水印桃源3栋2单元502 厨房漏水\n    desk say --json 列表 超期")

    @OptionGroup var options: DeskOptions

    @Flag(name: .long, help: "以一个 JSON 对象输出回答。")
    var json = false

    /// Everything that is not one of the options above, in order: words that look like options (`-2小时`, `-15`)
    /// are words, for the desk to accept or refuse in Chinese; a long option's shape (`--frobnicate`) is refused
    /// as a misspelt option unless it follows `--`.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("要说的话。像选项的词（如 -2小时、-15）也是话的一部分。", valueName: "words"))
    var words: [String] = []

    func validate() throws {
        // `desk --frobnicate say …` and `desk say --frobnicate …`: a misspelt option is not said to the desk.
        if let option = CommandLineChinese.strayOption(in: words) { throw ValidationError(CommandLineChinese.strayOptionMessage(option)) }
        if words.isEmpty { throw ValidationError("后面要写一句话，如 desk say 列表") }
    }

    func run() throws {
        DeskCommand.bootstrapLogging()
        let desk: Desk, session: ChatSession
        do {
            // One thread, one line, then exit: its reads need no reader connection of their own (each parses the
            // schema again when opened).
            desk = try options.openDesk(readsOnTheWriter: true)
            // One line, one answer: a question asked back is not left waiting for some later `say`.
            session = try options.session(desk, window: "say-\(UUID().uuidString)")
        } catch let failure as Failure { failure.exit() }
        let reply = session.say(CommandLineChinese.spoken(words))
        // Only when one was left: forgetting writes, and a reading command must not wait for another desk's lock.
        if desk.pendingQuestion(conversation: session.conversation) != nil { desk.forget(session.conversation) }
        print(json ? JSONWire.encode(reply) : TerminalSafe.escape(reply.text))
        // The process ends here. The database is closed — its one connection, the writer, since no reader was
        // opened, so SQLite checkpoints and removes the `-wal` as before — and the desk is not freed object by
        // object on the way out, which cost some 2.5 M instructions of every `say` (docs/performance.md,
        // twenty-sixth and thirty-first passes). `exit` flushes standard output.
        try? (desk.store.writer as? DatabasePool)?.close()
        Foundation.exit(reply.status == .error ? 2 : 0)
    }
}
