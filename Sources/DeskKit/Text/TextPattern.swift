import Foundation

/// A regular expression compiled once (compiling is far slower than matching); safe to share between threads.
public struct TextPattern: @unchecked Sendable {
    private let regex: NSRegularExpression
    /// Characters of which every match holds at least one (empty: not known). A text holding none of them
    /// cannot match and is answered without the regular expression: most lines have no digit, and ICU's
    /// matcher costs microseconds even to fail (Foundation bridges the text to UTF-16 first).
    private let clues: Set<Unicode.Scalar>
    /// The clues as one bit per ASCII value, when every clue is ASCII (nil otherwise): a text is then asked for them
    /// byte by byte. Looking each of a line's scalars up in ``clues`` was about 1,800 instructions a line, 3.2 M of
    /// the dispatch bench's 1,000 lines for the case numbers' two patterns alone (docs/performance.md, twelfth pass).
    private let asciiClues: (low: UInt64, high: UInt64)?
    /// The fewest ASCII digits a match holds (0: not known).
    private let digits: Int

    /// Compiles `pattern` (ICU syntax). A pattern in the source that does not compile is a programming error.
    /// - Parameter clues: characters of which every match of `pattern` holds at least one (`"0123456789"` for a
    ///   pattern that always matches a digit); a text without any of them skips the regular expression.
    /// - Parameter digits: the fewest ASCII digits (`[0-9]`) any match of `pattern` holds (11 for a mobile
    ///   number); a text with fewer skips the regular expression. Most lines hold a year or a building number,
    ///   not an ID number's digits (perf, dispatch: the ID and mobile patterns ran on every retirement question).
    public init(_ pattern: String, clues: String = "", digits: Int = 0) {
        regex = try! NSRegularExpression(pattern: pattern)
        self.clues = Set(clues.unicodeScalars)
        asciiClues = clues.unicodeScalars.allSatisfy(\.isASCII) ? clues.utf8.reduce(into: (low: UInt64(0), high: UInt64(0))) { bits, byte in
            if byte < 64 { bits.low |= 1 << UInt64(byte) } else { bits.high |= 1 << UInt64(byte - 64) }
        } : nil
        self.digits = digits
    }

    /// ASCII digits: the clue of a pattern that always matches a digit.
    public static let digits = "0123456789"
    /// ASCII letters: the clue of a pattern that always matches a Latin letter.
    public static let latinLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

    /// Whether `text` may hold a match: it holds one of the clues, or there are none.
    private func mayMatch(_ text: String) -> Bool {
        if digits > 0, text.utf8.lazy.filter({ (0x30...0x39).contains($0) }).count < digits { return false }
        if clues.isEmpty { return true }
        // An ASCII scalar is one byte below 0x80, and such a byte is no other scalar's.
        guard let (low, high) = asciiClues else { return text.unicodeScalars.contains(where: clues.contains) }
        return text.utf8.contains { byte in
            byte < 64 ? low >> UInt64(byte) & 1 == 1 : byte < 128 && high >> UInt64(byte - 64) & 1 == 1
        }
    }

    /// The range of the first match in `text`.
    public func firstRange(in text: String) -> Range<String.Index>? {
        guard mayMatch(text) else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { Range($0.range, in: text) }
    }

    /// The first match: its range and each capture group's text (nil for a group that did not take part).
    public func firstGroups(in text: String) -> (range: Range<String.Index>, groups: [String?])? {
        guard mayMatch(text), let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let whole = Range(m.range, in: text) else { return nil }
        let groups = (1..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).map { String(text[$0]) } }
        return (whole, groups)
    }

    /// The first match's text.
    public func firstMatch(in text: String) -> String? { firstRange(in: text).map { String(text[$0]) } }

    /// `text` with every match replaced by `template` (`$1` for groups).
    public func replacing(in text: String, with template: String) -> String {
        guard mayMatch(text) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// `text` with every match replaced by what `transform` makes of it.
    public func replacing(in text: String, _ transform: (String) -> String) -> String {
        guard mayMatch(text) else { return text }
        var out = ""
        var last = text.startIndex
        for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let r = Range(m.range, in: text) else { continue }
            out += text[last..<r.lowerBound]
            out += transform(String(text[r]))
            last = r.upperBound
        }
        return out + text[last...]
    }
}
