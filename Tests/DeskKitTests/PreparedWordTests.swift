@testable import DeskKit
import Foundation
import Testing

/// A word made ready once (`CharacterPresence.Word`: its first two scalars read when it is made) is found in a line
/// exactly where the word's text is (`CharacterPresence.contains(_:)` with a `String`), whatever the line and the
/// word: the router searches its conduct words and fault places that way in every report it routes
/// (docs/performance.md, sixty-seventh pass).
@Suite struct PreparedWordTests {
    /// Every line of the sixty development corpora (as written and as the desk reads it) and a few made ones —
    /// emoji, a combining mark, a letter beyond ASCII, a character beyond the first plane — against the kernel's
    /// conduct words, the fault places of the park and the club, words of other lists, made words opening with each
    /// kind of character (or empty, or one character long), and the line's own characters and pairs.
    @Test func answersAsTheWordsText() {
        var lines = DevelopmentCorpusLines.lines(through: 60)
        #expect(lines.count > 20_000)
        lines += ["", "收到👍", "👍狗叫", "café 好了", "电梯好了", "🙏🙏", "abc", "é", "坏了\u{301}", "狗\u{301}叫", "𠀋的", "楼上 装修",
                  "有人在公园钓鱼", "消防通道又停满了车"]
        var words = Appeals().services.flatMap(\.conduct)
        #expect(words.count > 80)
        words += ["公园厕所", "公园的灯", "公园路灯", "公园水龙头", "乒乓球室", "球室"] + FixNews.doneOrAsked + FixNews.stillWrong + DamageDispute.words
            + ["", "a", "A1", "é", "e\u{301}", "👍", "🙏谢谢", "\u{301}", "𠀋", "，", "狗", "狗\u{301}", "叫👍", "装修"]
        var found: [Bool: Int] = [:]
        var wrong: [String] = []
        for line in lines {
            let present = CharacterPresence(line)
            var asked = words
            for (i, c) in line.enumerated() where i < 12 {
                asked.append(String(c))
                asked.append(String(line.dropFirst(i).prefix(2)))
            }
            for word in asked {
                let answer = present.contains(word)
                if present.contains(CharacterPresence.Word(word)) != answer { wrong.append("\(line) / \(word)") }
                found[answer, default: 0] += 1
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(5))")
        #expect(found[true, default: 0] > 1_000 && found[false, default: 0] > 1_000)
    }

    /// Lines a reader relies on.
    @Test func findsWords() {
        #expect(CharacterPresence("楼上又在装修 吵死了").contains(CharacterPresence.Word("装修")))
        #expect(!CharacterPresence("电梯坏了").contains(CharacterPresence.Word("装修")))
        #expect(!CharacterPresence("电梯坏了").contains(CharacterPresence.Word("电钻")))
        #expect(CharacterPresence("收到👍").contains(CharacterPresence.Word("👍")))
        #expect(!CharacterPresence("收到").contains(CharacterPresence.Word("👍")))
        #expect(CharacterPresence("café 好了").contains(CharacterPresence.Word("é")))
    }
}

/// `Masking.hasRunOfEleven(_:)` reads a text's scalars from its UTF-8 bytes (docs/performance.md, sixty-seventh
/// pass). It answers as the scalar view read one by one answers: whether eleven scalars in a row are Chinese digits.
@Suite struct SpokenDigitRunTests {
    /// The rule, from the text's scalars.
    static func rule(_ text: String) -> Bool {
        let digits: Set<UInt32> = [0x96F6, 0x3007, 0x4E00, 0x5E7A, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D]
        var run = 0
        for scalar in text.unicodeScalars {
            run = digits.contains(scalar.value) ? run + 1 : 0
            if run == 11 { return true }
        }
        return false
    }

    /// Every line of the sixty development corpora, and runs of ten, eleven and twelve of the digits — every
    /// digit, with a piece of one, two, three or four bytes in UTF-8 between, before or after — and the same at random.
    @Test func answersAsTheRule() {
        var texts = DevelopmentCorpusLines.lines(through: 60)
        let digits = ["零", "〇", "一", "幺", "二", "两", "三", "四", "五", "六", "七", "八", "九"]
        let pieces = ["", "1", "a", " ", "é", "\u{301}", "十", "电", "，", "👍", "𠀋", "〇\u{301}"]
        for digit in digits {
            for piece in pieces {
                for length in [10, 11, 12] {
                    let run = String(repeating: digit, count: length)
                    texts += [run, piece + run, run + piece, String(run.prefix(5)) + piece + String(run.dropFirst(5)),
                              "我电话" + piece + run + "谢谢"]
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            texts.append((0..<Int.random(in: 8...30, using: &generator)).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? pieces.randomElement(using: &generator)! : digits.randomElement(using: &generator)!
            }.joined())
        }
        var told: [Bool: Int] = [:]
        var wrong: [String] = []
        for text in texts {
            let answer = Masking.hasRunOfEleven(text)
            if answer != Self.rule(text) { wrong.append(text) }
            told[answer, default: 0] += 1
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(5))")
        #expect(told[true, default: 0] > 1_000 && told[false, default: 0] > 1_000)
    }
}
