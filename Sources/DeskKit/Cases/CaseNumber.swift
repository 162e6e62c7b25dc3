import Foundation

/// Case numbers as people type them: `BX-0002`, `BX-2`, `bx2`, `BX0002` and `BX-00002` all name BX-0002.
public enum CaseNumber {
    /// The canonical form (`BX-0002`) of `text` when it is a case number and nothing else, or nil. Without
    /// a hyphen (`bx2`) the letters must be one of `prefixes`, so that an asset code or a word is not taken
    /// for a case; with a hyphen any one to four letters will do.
    public static func normalize(_ text: String, prefixes: Set<String>? = nil) -> String? {
        guard let g = whole.firstGroups(in: text)?.groups, let letters = g[0], let digits = g[2],
              let n = Int(digits), n > 0 else { return nil }
        let prefix = letters.uppercased()
        if g[1] == nil, let prefixes, !prefixes.contains(prefix) { return nil }
        return format(prefix: prefix, number: n)
    }

    /// The first case number written with its hyphen inside `text` (`查看 bx-2 的记录`), canonical.
    public static func find(in text: String) -> String? {
        guard let g = inside.firstGroups(in: text)?.groups, let n = Int(g[1]!), n > 0 else { return nil }
        return format(prefix: g[0]!.uppercased(), number: n)
    }

    /// `BX-0042`; numbers past 9999 keep all their digits (`BX-10000`).
    public static func format(prefix: String, number n: Int) -> String {
        prefix + "-" + (n < 10_000 ? String(format: "%04d", n) : String(n))
    }

    private static let whole = TextPattern(#"^\s*([A-Za-z]{1,4})\s*(-)?\s*([0-9]{1,9})\s*$"#, clues: TextPattern.latinLetters)
    private static let inside = TextPattern(#"(?<![A-Za-z])([A-Za-z]{1,4})-([0-9]{1,9})(?![0-9])"#, clues: TextPattern.latinLetters)
}
