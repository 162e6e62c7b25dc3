import Foundation

/// The first thing done to every line that reaches the desk.
public enum TextNormalizer {
    /// Removes invisible format characters (Unicode category Cf: zero-width spaces and joiners, bidi overrides,
    /// the byte-order mark — `水印桃源3\u{200B}栋` must still name building 3), turns other control characters
    /// (ESC, BEL, C1; tabs and line breaks) into spaces, NFKC-normalises (full-width digits, letters and
    /// punctuation become their ASCII forms: `３栋` → `3栋`, `，` → `,`) — except circled numbers, which number the items
    /// of a note and become ` (1) ` rather than a digit that runs into the next — and trims surrounding white space.
    ///
    /// Most lines are ASCII and common Chinese characters, which none of this changes: those skip the (slow)
    /// normalisation.
    public static func normalize(_ text: String) -> String {
        let unchanged = text.unicodeScalars.allSatisfy { s in
            (0x20..<0x7F).contains(s.value) || (0x4E00...0x9FFF).contains(s.value) || (0x3001...0x3002).contains(s.value)
        }
        guard !unchanged else { return trimmed(text) }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if let n = circledNumber(s) {
                // `①2栋楼道灯`: NFKC would make it `12栋`; the item's number is set apart (` (1) 2栋楼道灯`).
                scalars.append(contentsOf: " (\(n)) ".unicodeScalars)
                continue
            }
            switch s.properties.generalCategory {
            case .format: continue
            case .control: scalars.append(" ")
            default: scalars.append(s)
            }
        }
        return trimmed(String(scalars).precomposedStringWithCompatibilityMapping)
    }

    /// The number of a circled number (`①` … `⑳`), nil for any other scalar.
    private static func circledNumber(_ s: Unicode.Scalar) -> Int? {
        (0x2460...0x2473).contains(s.value) ? Int(s.value - 0x2460) + 1 : nil
    }

    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isWhitespace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Whether `s` is white space as Unicode says (`s.properties.isWhitespace`). ASCII and everything above U+3000,
    /// the ideographic space (the last white space character), are answered without the property table, whose
    /// look-up was some 340 instructions a scalar, asked of the first and last scalar of every line a group sends
    /// (docs/performance.md, sixty-third pass).
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x80, 0x3001...: false
        default: s.properties.isWhitespace
        }
    }
}
