@testable import DeskKit
import Foundation

/// The text column of the development corpora, for guard tests that hold a faster reading to the one it replaced.
enum DevelopmentCorpusLines {
    /// The text column of `understanding-eval.tsv`, `-2` … `-last` (named one by one: no other file of the folder is
    /// opened), each line as written and as ``Desk/readable(_:)`` makes it.
    static func lines(through last: Int) -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus")
        let names = ["understanding-eval.tsv"] + (2...last).map { "understanding-eval-\($0).tsv" }
        var lines: [String] = []
        for name in names {
            guard let tsv = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            for row in tsv.split(separator: "\n", omittingEmptySubsequences: true) where !row.hasPrefix("#") {
                let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 3 else { continue }
                let text = String(columns[2])
                lines.append(text)
                lines.append(Desk.readable(text))
            }
        }
        return lines
    }
}
