@testable import DeskKit
import Foundation
import Testing

/// `CharacterPresence.mayContain(_:)` reads a word's first scalar from its UTF-8 bytes (docs/performance.md,
/// fifty-fifth pass). It answers as the rule it states, read with the scalar view: true unless the line is plain
/// (or plain but for pictographs) and lacks the word's first character; never false for a word in the line.
@Suite struct MayContainFromBytesTests {
    /// The rule, from the line's and the word's scalars.
    static func rule(_ scalars: [UInt32], _ word: some StringProtocol) -> Bool {
        guard scalars.allSatisfy({ CharacterPresence.isPlain($0) || CharacterPresence.isPictograph($0) }),
              let first = word.unicodeScalars.first?.value else { return true }
        guard CharacterPresence.isPlain(first) else {
            return !(scalars.allSatisfy(CharacterPresence.isPlain) && CharacterPresence.isPictograph(first))
        }
        return scalars.contains { CharacterPresence.isPlain($0) && $0 & 127 == first & 127 }
    }

    /// Every line of the forty-eight development corpora (as written and as the desk reads it) and a few made
    /// ones, against the words of the lists a line is read with, each of the line's own characters and pairs,
    /// and words opening with ASCII, a two-byte letter, a pictograph, a mark, or nothing; as a `String` and as a
    /// `Substring`.
    @Test func answersAsTheRule() {
        var lines = DevelopmentCorpusLines.lines(through: 48)
        #expect(lines.count > 1_000)
        lines += ["", "收到👍", "café 好了", "电梯好了", "🙏🙏", "abc", "é", "坏了\u{301}", "𠀋的"]
        let words = FixNews.doneOrAsked + FixNews.stillWrong + FixNews.asking + DamageDispute.words
            + ["", "a", "A1", "é", "e\u{301}", "👍", "🙏谢谢", "\u{301}", "𠀋", "，", "好", "有冇人"]
        var told: [Bool: Int] = [:]
        var wrong: [String] = []
        for line in lines {
            let present = CharacterPresence(line)
            let scalars = line.unicodeScalars.map(\.value)
            var asked = words
            for (i, c) in line.enumerated() where i < 12 {
                asked.append(String(c))
                let piece = line.dropFirst(i).prefix(2)
                asked.append(String(piece))
                if present.mayContain(piece) != Self.rule(scalars, piece) { wrong.append("\(line) / \(piece) (a piece of it)") }
            }
            for word in asked {
                let may = present.mayContain(word)
                if may != Self.rule(scalars, word) { wrong.append("\(line) / \(word)") }
                if present.mayContain(word[...]) != may { wrong.append("\(line) / \(word) (Substring)") }
                if !may && !word.isEmpty && line.contains(word) { wrong.append("\(line) / \(word): in the line") }
                told[may, default: 0] += 1
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(5))")
        #expect(told[true, default: 0] > 0 && told[false, default: 0] > 0)
    }

    /// Lines a reader relies on: a word whose first character the line lacks is passed over; one it has is searched.
    @Test func tellsLines() {
        #expect(CharacterPresence("电梯好了").mayContain("好了"))
        #expect(!CharacterPresence("电梯好了").mayContain("修好了"))
        #expect(!CharacterPresence("收到👍").mayContain("有冇人"))
        #expect(!CharacterPresence("收到").mayContain("👍"))
        #expect(CharacterPresence("收到👍").mayContain("👍"))
        #expect(CharacterPresence("café 好了").mayContain("有"))
        #expect(CharacterPresence("水管修好了没").mayContain("修好了"[...]))
        #expect(!CharacterPresence("abc").mayContain("xyz"))
    }
}
