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

/// The interactive prompt: GNU readline with per-user history, Tab completion, Ctrl-C clearing the line and
/// Ctrl-D quitting.
public struct ReadlinePrompt {
    public let session: any DeskConnection
    public let historyFile: URL
    public let printer: ReplyPrinter
    /// How many lines of history are kept.
    public static let historyLength: Int32 = 1000

    public init(session: any DeskConnection, historyFile: URL, printer: ReplyPrinter) {
        self.session = session; self.historyFile = historyFile; self.printer = printer
    }

    /// Runs until Ctrl-D or `退出`. History is written on the way out.
    public func run() {
        Terminal.ensureUTF8Locale()
        setUp()
        print(session.greeting)
        if let pending = session.pendingQuestion() { print(printer.render(Reply(status: .ask, text: pending))) }
        defer {
            write_history(historyFile.path)
            history_truncate_file(historyFile.path, Self.historyLength)
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
            add_history(line)
            let reply = session.say(line)
            let shown = printer.render(reply)
            if !shown.isEmpty { print(shown) }
            if reply.quit { return }
        }
    }

    private func setUp() {
        try? FileManager.default.createDirectory(at: historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
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
