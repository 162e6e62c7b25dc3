#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DeskKit
import Foundation

/// A reply taller than the terminal (the full help, a long list) shown a screen at a time: Enter for the next
/// screen, `q` to stop — as `less` would, without leaving the prompt.
public enum Pager {
    /// `text` cut into screens for a terminal of `rows` × `columns`; a line wider than the screen counts as the
    /// rows it wraps into. One row of each screen is left for the "more" line.
    public static func screens(_ text: String, rows: Int, columns: Int) -> [String] {
        let room = max(rows - 1, 3)
        var screens: [[String]] = [[]]
        var used = 0
        for line in text.components(separatedBy: "\n") {
            let height = max(1, (DisplayWidth.of(line) + max(columns, 1) - 1) / max(columns, 1))
            if used + height > room && !screens[screens.count - 1].isEmpty {
                screens.append([])
                used = 0
            }
            screens[screens.count - 1].append(line)
            used += height
        }
        return screens.map { $0.joined(separator: "\n") }
    }

    /// The line under a screen: where it stands and what to press.
    static func more(_ index: Int, of count: Int) -> String {
        "-- 第 \(index + 1)/\(count) 屏，回车看下一屏，q 结束 --"
    }

    /// Prints `text`, a screen at a time when it is taller than the terminal; `readLine` reads the key line.
    static func show(_ text: String, rows: Int?, columns: Int?, readLine: (String) -> String?) {
        guard let rows, let columns else { print(text); return }
        let screens = screens(text, rows: rows, columns: columns)
        for (i, screen) in screens.enumerated() {
            print(screen)
            guard i < screens.count - 1 else { return }
            guard let answer = readLine(more(i, of: screens.count)), answer.trimmingCharacters(in: .whitespaces).lowercased() != "q" else {
                return
            }
        }
    }
}

extension Terminal {
    /// The height of the terminal standard output is, in rows (`LINES` when set); nil when it is no terminal.
    public static func rows(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        return environment["LINES"].flatMap(Int.init)
    }
}
