@testable import DeskKit
import Testing

/// The phrase matcher's automaton (rows for the root and the states one byte deep, edges for the rest, failures
/// followed) finds what a search of every phrase at every place finds.
@Suite("PhraseMatcher finds every occurrence")
struct PhraseMatcherTests {
    /// Every occurrence by brute force: (end, phrase's place), by end and then place.
    static func everyOccurrence(of phrases: [String], in text: String) -> [[Int]] {
        let bytes = Array(text.utf8)
        var found: [[Int]] = []
        for (i, phrase) in phrases.enumerated() where !phrase.isEmpty {
            let p = Array(phrase.utf8)
            guard p.count <= bytes.count else { continue }
            for start in 0...(bytes.count - p.count) where Array(bytes[start..<start + p.count]) == p {
                found.append([start + p.count, i])
            }
        }
        return found.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
    }

    @Test func sameAsSearchingEveryPhrase() {
        // A small alphabet so that phrases share prefixes and suffixes: Chinese characters sharing first bytes,
        // ASCII, and a character of four bytes.
        let alphabet: [String] = ["电", "梯", "坏", "漏", "水", "了", "不", "亮", "a", "1", "-", "👍"]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let phrases = (0..<Int.random(in: 1...25, using: &random)).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            }
            let matcher = PhraseMatcher(phrases.enumerated().map { (phrase: $0.element, payload: $0.offset) })
            for _ in 0..<20 {
                let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
                let matches = matcher.matches(in: text)
                #expect(matches.map(\.end) == matches.map(\.end).sorted())
                let got = matches.map { [$0.end, $0.payload] }.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
                let expected = Self.everyOccurrence(of: phrases, in: text)
                #expect(got == expected, "\(phrases) in \(text)")
                #expect(matcher.occurs(in: text) == !expected.isEmpty)
                #expect(matcher.reduce([], in: text) { $0.append($1) } == matches.map(\.payload))
            }
        }
    }

    /// The automaton is built on the first walk (``BuiltOnFirstUse``): walks that start together, on a matcher
    /// never walked, all find what one walk finds, and empty phrases are still left out without shifting the others.
    @Test func builtOnTheFirstWalkFromManyThreads() async {
        let phrases = ["电梯", "", "梯坏", "坏了", "漏水", "水", "不亮"]
        let texts = ["电梯坏了", "厨房漏水了", "路灯不亮", "没事", ""]
        let expected = texts.map { Self.everyOccurrence(of: phrases, in: $0) }
        let matcher = PhraseMatcher(phrases.enumerated().map { (phrase: $0.element, payload: $0.offset) })
        let found = await withTaskGroup(of: [[[Int]]].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    texts.map { text in
                        matcher.matches(in: text).map { [$0.end, $0.payload] }.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(found.count == 8)
        for walk in found { #expect(walk == expected) }
    }

    /// The kept form (``PhraseMatcher/keptAutomaton()``) reads back as an automaton that finds every occurrence a
    /// search finds; a form cut short, longer, with any one byte changed, or kept for other phrases is refused, and a
    /// matcher given it builds its automaton instead and finds the same.
    @Test func theKeptAutomatonReadsBackAndADamagedOneIsBuiltInstead() {
        let phrases = ["电梯", "", "梯坏", "坏了", "漏水", "水", "不亮", "a1", "👍"]
        let entries = phrases.enumerated().map { (phrase: $0.element, payload: $0.offset) }
        let kept = PhraseMatcher(entries).keptAutomaton()
        #expect(PhraseMatcher<Int>.reads(kept, as: phrases))
        var damaged: [[UInt8]] = [Array(kept.dropLast()), kept + [0], [], Array(kept.prefix(28))]
        for i in kept.indices {
            var changed = kept
            changed[i] ^= 0x10
            damaged.append(changed)
        }
        for form in damaged { #expect(!PhraseMatcher<Int>.reads(form, as: phrases)) }
        #expect(!PhraseMatcher<Int>.reads(kept, as: Array(phrases.dropLast()) + ["👎"]))
        #expect(!PhraseMatcher<Int>.reads(kept, as: phrases.reversed()))

        let texts = ["电梯坏了", "厨房漏水了 a1👍", "路灯不亮", "没事", ""]
        for form in [kept] + damaged {
            let matcher = PhraseMatcher(entries, kept: { form })
            for text in texts {
                let found = matcher.matches(in: text).map { [$0.end, $0.payload] }.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
                #expect(found == Self.everyOccurrence(of: phrases, in: text))
            }
        }
    }
}
