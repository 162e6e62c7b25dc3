@testable import DeskKit
import Foundation
import GRDB
import Testing

/// `Masking.digitRuns(_:)`, the one walk that reads both runs masking asks of a text, against each run read on its
/// own as before the sixty-eighth pass (docs/performance.md); and `redact` left with a text that has neither.
/// Behaviour, not timing.
@Suite struct DigitRunsTests {
    /// The longest run of ASCII digits, read byte by byte as `longestDigitRun` read it before.
    static func longestRule(_ text: String) -> Int {
        var longest = 0, run = 0, gap = false
        for byte in text.utf8 {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                run += 1; gap = false; longest = max(longest, run)
            } else if (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-")) && run > 0 && !gap {
                gap = true
            } else {
                run = 0; gap = false
            }
        }
        return longest
    }

    /// Every line of the sixty-one development corpora, and made texts: ASCII runs of six to twelve digits with one
    /// or two spaces or dashes inside, runs of ten to twelve Chinese digits, each with a piece of one, two, three or
    /// four bytes in UTF-8 before, inside and after, both kinds side by side, and the same pieces at random.
    static func texts() -> [String] {
        var texts = DevelopmentCorpusLines.lines(through: 61)
        let spoken = ["零", "〇", "一", "幺", "二", "两", "三", "四", "五", "六", "七", "八", "九"]
        let pieces = ["", "1", "a", " ", "-", "  ", "--", "é", "\u{301}", "十", "电", "，", "👍", "𠀋", "〇\u{301}", "１"]
        for piece in pieces {
            for length in 6...12 {
                let ascii = String(repeating: "8", count: length)
                texts += [ascii, piece + ascii, ascii + piece, String(ascii.prefix(3)) + piece + String(ascii.dropFirst(3)),
                          "电话" + piece + ascii + "谢谢"]
            }
            for digit in spoken {
                for length in [10, 11, 12] {
                    let run = String(repeating: digit, count: length)
                    texts += [run, piece + run, run + piece, String(run.prefix(5)) + piece + String(run.dropFirst(5)),
                              "138" + piece + run, run + piece + "1381234"]
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        let all = spoken + pieces + ["0", "5", "9", "7"]
        for _ in 0..<20_000 {
            texts.append((0..<Int.random(in: 6...30, using: &generator)).map { _ in all.randomElement(using: &generator)! }.joined())
        }
        return texts
    }

    @Test func readsBothRunsAsEachWasReadAlone() {
        var wrong: [String] = []
        var told: [Bool: Int] = [:]
        for text in Self.texts() {
            let runs = Masking.digitRuns(text)
            if runs.longest != Self.longestRule(text) || runs.spokenEleven != SpokenDigitRunTests.rule(text) { wrong.append(text) }
            told[runs.spokenEleven, default: 0] += 1
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(5))")
        #expect(told[true, default: 0] > 1_000 && told[false, default: 0] > 1_000)
    }

    /// A text with a run of fewer than seven ASCII digits is masked as `redactSpokenMobiles` masks it — the text
    /// itself when it has no spoken run of eleven either.
    @Test func aTextWithoutALongRunIsMaskedAsBefore() {
        var shortRuns = 0
        for text in Self.texts() where Self.longestRule(text) < 7 {
            shortRuns += 1
            #expect(Masking.redact(text) == Masking.redactSpokenMobiles(text), "\(text)")
        }
        #expect(shortRuns > 1_000)
        #expect(Masking.redact("我电话一三八零零一三八零零三") == "我电话一三八****八零零三")
        #expect(Masking.redact("工单 BX-0012：已派单给 王师傅") == "工单 BX-0012：已派单给 王师傅")
    }
}

/// `Operators.rolesEnabled()`, asked by a probe since the sixty-eighth pass, against the query it replaced, inside a
/// transaction (where the probe goes through SQLite's C API) and outside one.
@Suite struct RolesEnabledProbeTests {
    static func before(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM operators WHERE active)")!
    }

    @Test func answersAsTheQueryItReplaced() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE operators (name TEXT PRIMARY KEY, active BOOLEAN NOT NULL)")
        }
        // None, one inactive, one active beside it, the active one made inactive, then deleted.
        let steps = ["", "INSERT INTO operators VALUES ('甲', 0)", "INSERT INTO operators VALUES ('乙', 1)",
                     "UPDATE operators SET active = 0 WHERE name = '乙'", "UPDATE operators SET active = 1 WHERE name = '乙'",
                     "DELETE FROM operators WHERE name = '乙'"]
        var answers: [Bool] = []
        for step in steps {
            try queue.write { db in
                if !step.isEmpty { try db.execute(sql: step) }
                #expect(db.isInsideTransaction)
                let answer = try Operators(db: db).rolesEnabled()
                let expected = try Self.before(db)
                let again = try Operators(db: db).rolesEnabled()
                #expect(answer == expected, "\(step)")
                #expect(again == answer, "asked again: \(step)")
                answers.append(answer)
            }
            try queue.inDatabase { db in
                #expect(!db.isInsideTransaction)
                let answer = try Operators(db: db).rolesEnabled()
                let expected = try Self.before(db)
                #expect(answer == expected, "outside a transaction: \(step)")
            }
        }
        #expect(answers == [false, false, true, false, true, false])
    }
}
