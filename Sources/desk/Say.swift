import ArgumentParser
import DeskChat
import DeskKit
import Foundation

/// `desk say TEXT…`: one line, one reply, exit.
struct Say: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "说一句话，打印回答后退出（供脚本和其他程序使用）。出错时退出状态为 2。",
        discussion: "例：desk say 报修 水印桃源3栋2单元502 厨房漏水\n    desk say --json 列表 超期")

    @OptionGroup var options: DeskOptions

    @Flag(name: .long, help: "以一个 JSON 对象输出回答。")
    var json = false

    @Argument(help: "要说的话。")
    var words: [String]

    func run() throws {
        DeskCommand.bootstrapLogging()
        let desk: Desk, session: ChatSession
        do {
            desk = try options.openDesk()
            // One line, one answer: a question asked back is not left waiting for some later `say`.
            session = try options.session(desk, window: "say-\(UUID().uuidString)")
        } catch let failure as Failure { failure.exit() }
        let reply = session.say(words.joined(separator: " "))
        // Only when one was left: forgetting writes, and a reading command must not wait for another desk's lock.
        if desk.pendingQuestion(conversation: session.conversation) != nil { desk.forget(session.conversation) }
        print(json ? JSONWire.encode(reply) : TerminalSafe.escape(reply.text))
        if reply.status == .error { throw ExitCode(2) }
    }
}
