/// A plain-text table whose columns line up in a terminal with Chinese text (East Asian width).
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]
    /// The widest a cell may be before it is cut with `…`.
    public var maxColumnWidth: Int

    public init(headers: [String], rows: [[String]], maxColumnWidth: Int = 40) {
        self.headers = headers; self.rows = rows; self.maxColumnWidth = maxColumnWidth
    }

    /// The table as lines: a header, a rule, the rows; columns separated by two spaces. Control characters in
    /// cells are shown escaped (``TerminalSafe``).
    public func render() -> String {
        let cells = ([headers] + rows).map { row in
            (0..<headers.count).map { i in DisplayWidth.truncate(TerminalSafe.escape(i < row.count ? row[i] : "", keepNewlines: false), to: maxColumnWidth) }
        }
        let widths = (0..<headers.count).map { i in cells.map { DisplayWidth.of($0[i]) }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            var text = zip(row, widths).map { DisplayWidth.pad($0, to: $1) }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }   // no trailing spaces, even after empty cells
            return text
        }
        var out = [line(cells[0]), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += cells.dropFirst().map(line)
        return out.joined(separator: "\n")
    }
}
