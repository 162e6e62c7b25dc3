import Foundation

/// A list of words taken out of a line one after another: each word, in the list's order, replaced by a space
/// wherever it stands in what is left — what `replacingOccurrences(of:with:)` for each word in turn gives — with
/// all the words found in one walk over the line's bytes (``PhraseMatcher``) instead of one search per word.
///
/// A line of plain characters (``CharacterPresence/isPlain(_:)``) is searched byte by byte, where a word is found
/// exactly where Foundation finds it. A space put in for a word ends every word across it (no word holds a space),
/// so what is left of a word after the words before it were taken out is the line's own occurrences of it that
/// none of theirs overlaps, and Foundation takes those from the left, each after the one before. Any other line
/// is searched word by word, as before.
///
/// `Desk.givesParticulars` searched its 80 words so (perf, dispatch: 63,000 searches and 200 of Foundation's
/// replacings for the bench's 1,000 lines; docs/performance.md, eleventh pass).
struct WordsTakenOut: Sendable {
    let words: [String]
    private let matcher: PhraseMatcher<Int>

    init(_ words: [String]) {
        precondition(words.allSatisfy { !$0.isEmpty && !$0.contains(" ") && CharacterPresence.isPlain($0) })
        self.words = words
        matcher = PhraseMatcher(words.enumerated().map { (phrase: $0.element, payload: $0.offset) })
    }

    /// `text` with the words taken out, and the places in ``words`` of those that stood in it.
    func takingOut(of text: String) -> (rest: String, taken: [Int]) {
        guard CharacterPresence.isPlain(text) else { return wordByWord(text) }
        let found = matcher.matches(in: text)
        guard !found.isEmpty else { return (text, []) }
        // Word by word in the list's order, each word's occurrences from the left.
        var removed: [Range<Int>] = []
        var taken: [Int] = []
        for m in found.sorted(by: { ($0.payload, $0.start) < ($1.payload, $1.start) }) {
            let range = m.start..<m.end
            guard !removed.contains(where: { $0.overlaps(range) }) else { continue }
            removed.append(range)
            if taken.last != m.payload { taken.append(m.payload) }
        }
        var rest: [UInt8] = []
        rest.reserveCapacity(text.utf8.count)
        var from = 0
        let bytes = Array(text.utf8)
        for range in removed.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            rest += bytes[from..<range.lowerBound]
            rest.append(0x20)
            from = range.upperBound
        }
        rest += bytes[from...]
        return (String(decoding: rest, as: UTF8.self), taken)
    }

    /// The words searched and replaced one by one (Foundation's answer on a line with other characters).
    private func wordByWord(_ text: String) -> (rest: String, taken: [Int]) {
        var rest = text
        var present = CharacterPresence(rest)
        var taken: [Int] = []
        for (i, word) in words.enumerated() where present.contains(word) {
            rest = rest.replacingOccurrences(of: word, with: " ")
            present = CharacterPresence(rest)
            taken.append(i)
        }
        return (rest, taken)
    }
}
