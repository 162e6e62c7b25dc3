/// The names a line may use for a place of the community — every compound's names and aliases, then the public
/// places, in the directory's order — with an automaton that finds in one pass over a line's bytes which of
/// them it holds, instead of a Foundation search for each name in turn (docs/performance.md).
struct DirectoryNames: Sendable {
    /// Every name, in the directory's order.
    let names: [String]
    private let matcher: PhraseMatcher<Int>
    /// Names with white space in them: taking another name out of a line (it becomes a space) can make one of
    /// these appear, so they are always tried.
    private let spaced: [Int]

    init(_ directory: CommunityDirectory) {
        let names = directory.compounds.flatMap(\.allNames) + directory.places
        self.names = names
        // Matched as the desk's lines are: normalised (``TextNormalizer``), so a name in the seed in another
        // Unicode form still matches its bytes.
        matcher = PhraseMatcher(names.enumerated().map { (TextNormalizer.normalize($0.element), $0.offset) })
        spaced = names.indices.filter { names[$0].contains(where: \.isWhitespace) }
    }

    /// The names `text` holds (and the names with spaces), in the directory's order.
    func candidates(in text: String) -> [String] {
        var found = Set(matcher.matches(in: text).map(\.payload))
        found.formUnion(spaced)
        return names.indices.filter(found.contains).map { names[$0] }
    }

    /// Whether `text` holds a name (or the directory has names with spaces): whether ``candidates(in:)`` finds any,
    /// without the list — the walk ends at the first name, and no set of the names found is made and read back
    /// against every name (``Desk/whereReading(_:decision:)`` asks it of most short lines; docs/performance.md,
    /// sixtieth pass).
    func occur(in text: String) -> Bool {
        !spaced.isEmpty || matcher.occurs(in: text)
    }
}
