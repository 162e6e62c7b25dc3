import Foundation

/// The first thing done to every line that reaches the desk.
public enum TextNormalizer {
    /// NFKC-normalises `text` (full-width digits, letters and punctuation become their ASCII forms:
    /// `３栋` → `3栋`, `，` → `,`) and trims surrounding white space.
    public static func normalize(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
