import Foundation

/// A regular expression compiled once (compiling is far slower than matching); safe to share between threads.
public struct TextPattern: @unchecked Sendable {
    private let regex: NSRegularExpression

    /// Compiles `pattern` (ICU syntax). A pattern in the source that does not compile is a programming error.
    public init(_ pattern: String) {
        regex = try! NSRegularExpression(pattern: pattern)
    }

    /// The range of the first match in `text`.
    public func firstRange(in text: String) -> Range<String.Index>? {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { Range($0.range, in: text) }
    }

    /// The first match: its range and each capture group's text (nil for a group that did not take part).
    public func firstGroups(in text: String) -> (range: Range<String.Index>, groups: [String?])? {
        guard let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let whole = Range(m.range, in: text) else { return nil }
        let groups = (1..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).map { String(text[$0]) } }
        return (whole, groups)
    }

    /// The first match's text.
    public func firstMatch(in text: String) -> String? { firstRange(in: text).map { String(text[$0]) } }

    /// `text` with every match replaced by `template` (`$1` for groups).
    public func replacing(in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// `text` with every match replaced by what `transform` makes of it.
    public func replacing(in text: String, _ transform: (String) -> String) -> String {
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
