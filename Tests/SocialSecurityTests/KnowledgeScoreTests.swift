import Foundation
@testable import SocialSecurity
import Testing

/// The knowledge base scores a question by numbered characters in sorted arrays (for speed); which entry answers
/// must be what the plain sets of characters and two-character phrases gave.
@Suite("Knowledge base scores")
struct KnowledgeScoreTests {
    /// The score as it was written with `Set<Character>` and `Set<String>`.
    static func setScore(_ query: String, _ question: String) -> Double {
        let q = KnowledgeBase.meaningful(query), v = KnowledgeBase.meaningful(question)
        guard !q.isEmpty, !v.isEmpty else { return 0 }
        func bigrams(_ c: [Character]) -> Set<String> { c.count < 2 ? [] : Set((0..<c.count - 1).map { String(c[$0...$0 + 1]) }) }
        func contains(_ a: [Character], _ b: [Character]) -> Bool {
            b.count <= a.count && (0...(a.count - b.count)).contains { a[$0..<($0 + b.count)].elementsEqual(b) }
        }
        let (qb, vb, qc, vc) = (bigrams(q), bigrams(v), Set(q), Set(v))
        let shared = Double(qb.intersection(vb).count) * 2 + Double(qc.intersection(vc).count)
        let entryCoverage = shared / (Double(vb.count) * 2 + Double(vc.count))
        let queryCoverage = shared / (Double(qb.count) * 2 + Double(qc.count))
        let base = 0.7 * entryCoverage + 0.3 * queryCoverage
        return min(1, base + (contains(q, v) || contains(v, q) ? 0.4 : 0))
    }

    /// Ways of asking (the shipped entries' and more), and questions with characters no entry has, repeated
    /// characters and phrases, a single character, and nothing meaningful at all.
    static let questions = ["社保卡丢了怎么补办", "社保卡补办", "补办社保卡", "社保卡挂失", "异地就医备案怎么办", "在外地看病怎么报销",
                            "去外地住院医保能用吗", "失业金怎么领", "失业保险金申领", "退休证丢了怎么办", "补办退休证"]
    static let queries = ["我的社保卡弄丢了，要怎么重新办一张", "社保 去外地住院医保能报吗", "卡卡卡卡", "社保社保社保卡", "㐀𠀀社保卡",
                          "退休证丢了怎么补", "Ａ卡 2025年", "卡", "的了吗", "", "社保卡丢了怎么补办", "在国外工作的年限能不能算进来"]

    @Test func numberedScoresAreTheSetScoresToTheBit() {
        let vocabulary = KnowledgeBase.Vocabulary(Self.questions)
        let prepared = Self.questions.map { KnowledgeBase.Prepared($0, vocabulary: vocabulary) }
        for query in Self.queries {
            let q = KnowledgeBase.Prepared(query, vocabulary: vocabulary)
            for (question, v) in zip(Self.questions, prepared) {
                #expect(KnowledgeBase.score(q, against: v) == Self.setScore(query, question), "\(query) / \(question)")
            }
        }
    }

    /// The postings score each entry as every way of asking scored one by one did, to the bit: also an entry with
    /// nothing meaningful in its way of asking, and queries with characters no entry has or nothing meaningful.
    @Test func postingsGiveEachEntryTheBestScoreOfAllItsWays() {
        let entries = [Array(Self.questions[0..<4]), Array(Self.questions[4..<7]), Array(Self.questions[7..<9]), ["的了吗"],
                       Array(Self.questions[9..<11]), ["卡"]]
        let vocabulary = KnowledgeBase.Vocabulary(entries.flatMap { $0 })
        let prepared = entries.map { $0.map { KnowledgeBase.Prepared($0, vocabulary: vocabulary) } }
        let postings = KnowledgeBase.Postings(prepared, vocabularyCount: vocabulary.count)
        #expect(postings.questions.count == 13)
        var scored = 0
        for query in Self.queries {
            let q = KnowledgeBase.Prepared(query, vocabulary: vocabulary)
            let oneByOne = prepared.map { $0.reduce(0) { best, v in max(best, KnowledgeBase.score(q, against: v)) } }
            #expect(postings.bestScores(q).map(\.bitPattern) == oneByOne.map(\.bitPattern), "\(query)")
            scored += oneByOne.filter { $0 > 0 }.count
        }
        #expect(scored > 20)   // the comparison is not of zeros only
    }

    @Test func aCharacterNoEntryHasCountsButMatchesNothing() {
        let vocabulary = KnowledgeBase.Vocabulary(["社保卡补办"])
        let q = KnowledgeBase.Prepared("社保卡㐀㐀补", vocabulary: vocabulary)
        #expect(q.characters.count == 5)   // 社 保 卡 补 and 㐀 once
        #expect(q.bigrams.count == 5)      // 社保 保卡 卡㐀 㐀㐀 㐀补
        #expect(KnowledgeBase.sharedCount(q.characters, KnowledgeBase.Prepared("社保卡补办", vocabulary: vocabulary).characters) == 4)
    }
}
