import Foundation

/// The characters a line holds, so that a list of words is searched only for the words that can be in it.
///
/// `String.contains(_:)` with a string is Foundation's search here (`NSString.range(of:)`), about a microsecond
/// a call on Chinese text; checking a word list against every line that way was a third of dispatch (perf,
/// `desk bench run --only dispatch`). A word whose first character the line does not have cannot be in it
/// (characters compare by canonical equivalence, as the search does), so those words are passed over. Public so
/// that a module's readers of free text (the retirement question) search their word lists the same way.
public struct CharacterPresence: Sendable {
    private let characters: Set<Character>

    public init(_ text: some StringProtocol) { characters = Set(text) }

    /// Whether `word` may be in the text: its first character is (an empty word is left to the search).
    public func mayContain(_ word: some StringProtocol) -> Bool {
        word.first.map(characters.contains) ?? true
    }

    /// The first of `words` that is in `text`, the text this was made from (by Foundation's search, as before).
    public func first(of words: [String], in text: String) -> String? {
        words.first { mayContain($0) && text.contains($0) }
    }

    /// Whether any of `words` is in `text`, the text this was made from.
    public func containsAny(of words: [String], in text: String) -> Bool {
        first(of: words, in: text) != nil
    }
}
