import Foundation

/// The first thing done to every line that reaches the desk.
public enum TextNormalizer {
    /// NFKC-normalises `text` (full-width digits, letters and punctuation become their ASCII forms:
    /// `３栋` → `3栋`, `，` → `,`) and trims surrounding white space.
    ///
    /// Most lines are ASCII and common Chinese characters, which NFKC leaves as they are: those skip the
    /// (slow) normalisation.
    public static func normalize(_ text: String) -> String {
        let unchanged = text.unicodeScalars.allSatisfy { s in
            (0x20..<0x7F).contains(s.value) || (0x4E00...0x9FFF).contains(s.value) || (0x3001...0x3002).contains(s.value)
        }
        let normalized = unchanged ? text : text.precomposedStringWithCompatibilityMapping
        return trimmed(normalized)
    }

    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}
