@testable import DeskKit
import Foundation
import Testing

/// White space answered without the property table for most scalars says what the table says, and lines are
/// trimmed of it as before.
@Suite("White space without the property table")
struct WhitespaceTests {
    @Test("every scalar: TextNormalizer.isWhitespace is Unicode's White_Space")
    func everyScalar() {
        var differ: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            if TextNormalizer.isWhitespace(s) != s.properties.isWhitespace { differ.append(value) }
        }
        #expect(differ.isEmpty, "differ at \(differ.prefix(10).map { String($0, radix: 16) })")
    }

    /// The trim as it was written before: every scalar asked its property.
    static func trimmedByTheTable(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    @Test(arguments: ["3栋1单元电梯坏了", " 3栋1单元电梯坏了 ", "\t家里厨房漏水了\n", "\u{2028}3栋\u{1680}", "\u{2029}社保卡丢了\u{205F}",
                      "\u{85}收到\u{85}", "\u{3000}早上好\u{3000}", "\u{A0}👍\u{202F}", "abc", " a b ", "\u{1C}x\u{1F}", "  ", "", "\u{3000}",
                      "\u{200B}3栋\u{200B}", "e\u{301} ", "１２３　"])
    func linesTrimmedAsBefore(_ line: String) {
        // What normalising does before the trim (NFKC, control characters as spaces) is unchanged: only the trim is
        // compared, on the text it is given.
        var scalars = String.UnicodeScalarView()
        for s in line.unicodeScalars {
            switch s.properties.generalCategory {
            case .format: continue
            case .control: scalars.append(" ")
            default: scalars.append(s)
            }
        }
        let beforeTrim = String(scalars).precomposedStringWithCompatibilityMapping
        let unchanged = line.unicodeScalars.allSatisfy { s in
            (0x20..<0x7F).contains(s.value) || (0x4E00...0x9FFF).contains(s.value) || (0x3001...0x3002).contains(s.value)
        }
        #expect(TextNormalizer.normalize(line) == Self.trimmedByTheTable(unchanged ? line : beforeTrim))
    }
}
