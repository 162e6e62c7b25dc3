/// A fixed list of words looked for in lines: found in one walk over a plain line's bytes (``PhraseMatcher``), searched
/// one by one (``CharacterPresence/containsAny(of:)``) in any other line.
///
/// A plain word stands in a plain line exactly where its bytes stand (``CharacterPresence``), so the walk finds a word
/// exactly when the search would. The matcher is made once from the list; nothing is kept between lines.
struct WordList: Sendable {
    /// The words, in the order given.
    let words: [String]
    private let matcher: PhraseMatcher<Int>

    init(_ words: [String]) {
        self.words = words
        matcher = PhraseMatcher(words.enumerated().map { (phrase: $0.element, payload: $0.offset) })
    }

    /// Whether one of ``words`` stands in `text`, `present` being made from it.
    func occurs(in text: String, _ present: CharacterPresence) -> Bool {
        present.allPlain ? matcher.occurs(in: text) : present.containsAny(of: words)
    }
}
