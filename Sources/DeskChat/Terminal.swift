#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Facts about the terminal the desk runs in.
public enum Terminal {
    /// Whether standard input is a terminal (readline) or a pipe or file (line mode).
    public static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    public static func usesColour(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// Makes sure multibyte text is handled as UTF-8: under `LANG=C` readline would otherwise treat each byte of
    /// a Chinese character as a character of its own (backspace would delete a third of one).
    ///
    /// Readline reads `LC_ALL`/`LC_CTYPE`/`LANG` from the environment itself when it starts, so the variables are
    /// changed as well as the C library's locale.
    public static func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        guard codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" else { return }
        for candidate in ["C.UTF-8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            if getenv("LC_ALL") != nil { setenv("LC_ALL", candidate, 1); setlocale(LC_ALL, candidate) }
            setenv("LC_CTYPE", candidate, 1)
            return
        }
    }
}

/// ANSI styling for replies, applied only when colour is on.
struct Style {
    let enabled: Bool

    func error(_ s: String) -> String { wrap(s, "31") }
    func ask(_ s: String) -> String { wrap(s, "33") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func bold(_ s: String) -> String { wrap(s, "1") }

    private func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
}
