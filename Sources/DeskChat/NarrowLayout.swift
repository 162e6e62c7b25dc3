#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DeskKit
import Foundation

/// Replies on a narrow terminal (a grid worker's phone, 40 columns): a table wider than the screen would wrap
/// into an unreadable tangle, so each of its rows is shown as a small card — the first cell as a title, then
/// `列名：值` lines. Text that is not a table is left to the terminal's own wrapping.
public enum NarrowLayout {
    /// `text` with every table wider than `width` columns turned into cards.
    public static func fit(_ text: String, width: Int) -> String {
        let lines = text.components(separatedBy: "\n")
        var out: [String] = []
        var i = 0
        while i < lines.count {
            // A table is a header line, then a rule of dashes in runs separated by two spaces, then its rows.
            if i + 1 < lines.count, let columns = columns(ofRule: lines[i + 1]), DisplayWidth.of(lines[i + 1]) > width {
                let headers = cells(of: lines[i], columns: columns)
                var j = i + 2
                var cards: [String] = []
                while j < lines.count, !lines[j].isEmpty, isRow(lines[j], columns: columns) {
                    let row = cells(of: lines[j], columns: columns)
                    cards.append("▸ " + row[0])
                    for (header, cell) in zip(headers, row).dropFirst() where !cell.isEmpty {
                        cards += wrap("  \(header)：\(cell)", width: width, indent: "    ")
                    }
                    j += 1
                }
                out += cards
                i = j
            } else {
                out.append(lines[i])
                i += 1
            }
        }
        return out.joined(separator: "\n")
    }

    /// `line` cut into lines of at most `width` columns, the continuation lines indented, so that a long value
    /// stays inside its card instead of wrapping to the screen's edge.
    static func wrap(_ line: String, width: Int, indent: String) -> [String] {
        guard DisplayWidth.of(line) > width, width > DisplayWidth.of(indent) + 4 else { return [line] }
        var lines: [String] = []
        var current = ""
        for c in line {
            if DisplayWidth.of(current) + DisplayWidth.of(String(c)) > width {
                lines.append(current)
                current = indent
            }
            current.append(c)
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(current) }
        return lines
    }

    /// The display columns (start, width) of each run of dashes, when `line` is a table's rule.
    static func columns(ofRule line: String) -> [(start: Int, width: Int)]? {
        guard line.count >= 3, line.allSatisfy({ $0 == "-" || $0 == " " }), line.first == "-" else { return nil }
        var columns: [(Int, Int)] = []
        var start: Int?
        for (offset, c) in line.enumerated() {
            if c == "-" { if start == nil { start = offset } } else if let s = start { columns.append((s, offset - s)); start = nil }
        }
        if let s = start { columns.append((s, line.count - s)) }
        return columns.count >= 2 ? columns : nil
    }

    /// Whether `line` can be a row of the table: no wider than the rule, and blank in the two columns before each
    /// column (a sentence after the table has text there).
    static func isRow(_ line: String, columns: [(start: Int, width: Int)]) -> Bool {
        guard let last = columns.last, DisplayWidth.of(line) <= last.start + last.width else { return false }
        let gaps = Set(columns.dropFirst().flatMap { [$0.start - 2, $0.start - 1] })
        var position = 0
        for c in line {
            let w = DisplayWidth.of(String(c))
            if c != " ", (position..<(position + max(w, 1))).contains(where: gaps.contains) { return false }
            position += w
        }
        return true
    }

    /// The cells of `line`, cut at the columns' display positions, without the padding.
    static func cells(of line: String, columns: [(start: Int, width: Int)]) -> [String] {
        var result = Array(repeating: "", count: columns.count)
        var position = 0
        for c in line {
            let index = columns.lastIndex { $0.start <= position } ?? 0
            result[index].append(c)
            position += DisplayWidth.of(String(c))
        }
        return result.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

extension Terminal {
    /// The width of the terminal standard output is, in columns (`COLUMNS` when set); nil when it is no terminal.
    public static func columns(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return environment["COLUMNS"].flatMap(Int.init)
    }
}
