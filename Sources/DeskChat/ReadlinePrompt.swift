@preconcurrency import CReadline
import DeskKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Words offered by Tab, refreshed before each line. Readline's callbacks are C functions without context,
/// so the state lives here; only the prompt's thread touches it.
nonisolated(unsafe) private var completionWords: [String] = []
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionIndex = 0

/// The interactive prompt: GNU readline with per-user history (numbers masked, file 0600), Tab completion,
/// Ctrl-C clearing the line, Ctrl-D quitting, and `值班 姓名` to change who is on duty.
public struct ReadlinePrompt {
    /// The desk on this machine (a ``ChatSession``) or a server's (`desk --server`).
    public private(set) var session: any DeskConnection
    public let historyFile: URL
    public let printer: ReplyPrinter
    /// How many lines of history are kept.
    public static let historyLength: Int32 = 1000

    public init(session: any DeskConnection, historyFile: URL, printer: ReplyPrinter) {
        self.session = session; self.historyFile = historyFile; self.printer = printer
    }

    /// Asks who is on duty (and their PIN, with accounts) before the greeting. Returns false when nobody signed in.
    /// A server's client has signed in with its token (and PIN) already.
    public mutating func signIn(suggested: String?) -> Bool {
        guard var local = session as? ChatSession else { return true }
        Terminal.ensureUTF8Locale()
        let duty = DutySignIn(desk: local.desk, readLine: Self.readLine)
        guard let (name, role) = duty.ask(suggested: suggested) else { return false }
        local.operatorName = name
        local.role = role
        session = local
        return true
    }

    /// Runs until Ctrl-D or `退出`. History is written on the way out.
    public mutating func run() {
        Terminal.ensureUTF8Locale()
        setUp()
        print(session.greeting)
        if let pending = session.pendingQuestion() { print(printer.render(Reply(status: .ask, text: pending))) }
        defer {
            write_history(historyFile.path)
            history_truncate_file(historyFile.path, Self.historyLength)
            try? HistoryFile(url: historyFile).secure()
        }
        while true {
            completionWords = session.completionWords()
            guard let raw = readline(session.prompt) else {   // Ctrl-D
                print("")
                print("再见！")
                return
            }
            let line = String(cString: raw)
            free(raw)
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            add_history(HistoryFile.entry(line))
            // (`值班 汉口道2栋门口的路灯不亮 …` is a note written on duty, said to the desk like any line.)
            if let name = Self.dutyChange(line), OperatorName.isMeantAsOne(name) {
                guard var local = session as? ChatSession else {
                    print("连接服务器时换班：请用 desk --server … --operator 姓名 重新连接。")
                    continue
                }
                let duty = DutySignIn(desk: local.desk, readLine: Self.readLine)
                if let (signed, role) = duty.signIn(name) {
                    local.operatorName = signed
                    local.role = role
                    session = local
                    print("现在值班：\(signed)" + (role.map { "（\($0.chinese)）" } ?? "") + "。")
                }
                continue
            }
            let reply = session.say(line)
            let shown = printer.render(reply)
            // A reply taller than the screen (帮助 全部, a long list) is shown a screen at a time.
            if !shown.isEmpty { Pager.show(shown, rows: Terminal.rows(), columns: Terminal.columns(), readLine: Self.readLine) }
            if reply.quit { return }
        }
    }

    /// The name in `值班 小王` / `换班 小王` / `duty 小王` (the verb, a space, the name); nil for any other line.
    static func dutyChange(_ line: String) -> String? {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
        guard let verb = words.first, ["值班", "换班", "duty"].contains(verb.lowercased()) else { return nil }
        return words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
    }

    /// A line read with readline, kept out of the history (a name typed at sign-in).
    static func readLine(_ prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    private func setUp() {
        try? HistoryFile(url: historyFile).prepare()
        using_history()
        stifle_history(Self.historyLength)
        read_history(historyFile.path)
        rl_readline_name = UnsafePointer(strdup("desk"))
        rl_attempted_completion_function = { text, _, _ in
            rl_attempted_completion_over = 1   // no file-name completion
            return rl_completion_matches(text) { text, state in
                if state == 0 {
                    let prefix = text.map { String(cString: $0) } ?? ""
                    completionMatches = completionWords.filter { $0.hasPrefix(prefix) || $0.lowercased().hasPrefix(prefix.lowercased()) }
                    completionIndex = 0
                }
                guard completionIndex < completionMatches.count else { return nil }
                defer { completionIndex += 1 }
                return strdup(completionMatches[completionIndex])
            }
        }
        // Ctrl-C clears the line being typed, as in bash; nothing typed so far is sent.
        rl_catch_signals = 0
        signal(SIGINT) { _ in
            let newline = "^C\n"
            _ = newline.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
            rl_on_new_line()
            rl_replace_line("", 0)
            rl_redisplay()
        }
    }
}
