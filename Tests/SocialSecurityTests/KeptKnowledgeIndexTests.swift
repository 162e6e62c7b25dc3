import DeskKit
import DeskTesting
import Foundation
@testable import SocialSecurity
import Testing

/// The knowledge index kept between starts (``KnowledgeIndex``, ``KeptForms``): kept by the first line that builds
/// it, read by a later start, built again (and kept again) when the knowledge base changed or the kept form is
/// damaged — and every answer the same as a desk's that keeps nothing.
@Suite("The knowledge index kept between starts")
struct KeptKnowledgeIndexTests {
    static let lines = ["社保卡丢了怎么补办", "异地就医备案怎么办", "失业了能领什么", "灵活就业一个月要交好多",
                        "去儿子那里住一段时间医保怎么办", "社保卡坏了"]
    static let row = "kept:" + KnowledgeIndex.keptName

    /// A desk on `path` (a new module, so nothing held in memory: as a new start).
    static func start(_ path: String) throws -> TestDesk {
        try TestDesk(modules: [SocialSecurity()], path: path)
    }

    static func keptRow(_ desk: TestDesk) throws -> Row? {
        try desk.desk.store.read { db in try Row.fetchOne(db, sql: "SELECT key, body, builtAt FROM startupCache WHERE name = ?", arguments: [row]) }
    }

    /// Marks the kept row, so that a start that writes it again is seen.
    static func mark(_ desk: TestDesk) throws {
        try desk.desk.store.write { db in try db.execute(sql: "UPDATE startupCache SET builtAt = '2000-01-01 00:00:00.000' WHERE name = ?", arguments: [row]) }
    }

    static func isMarked(_ desk: TestDesk) throws -> Bool {
        try #require(try keptRow(desk))["builtAt"] as String == "2000-01-01 00:00:00.000"
    }

    /// The changes to the knowledge base the test makes: the ways of asking of two entries edited, so that
    /// `社保卡丢了怎么补办` is answered by another entry (the unemployment benefit's) than before.
    static let changes = ["知识库 修改 KB-1 问法 社保卡坏了",
                          "知识库 修改 KB-3 问法 失业金怎么领/失业了能领什么/失业保险金申领/领失业金/社保卡丢了怎么补办"]

    /// `desk`'s answers to ``lines`` are those of a new in-memory desk (which keeps nothing) after `changes`
    /// there; each is an answer, no case opened (so that a desk on a file that holds earlier starts' cases
    /// answers as a new one does).
    @discardableResult
    static func expectSameAnswers(_ desk: TestDesk, changes: [String] = []) throws -> [String] {
        let reference = try TestDesk(modules: [SocialSecurity()])
        for change in changes { #expect(reference.say(change).status == .updated) }
        return lines.map { line in
            let (answer, expected) = (desk.say(line), reference.say(line))
            #expect(answer.text == expected.text, "\(line)")
            #expect(answer.status == expected.status, "\(line)")
            #expect(answer.caseID == nil, "\(line)")
            return answer.text
        }
    }

    @Test func keptReadBackAndBuiltAgainWhenStaleOrDamaged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("desk.sqlite").path

        // The first start builds the index on its first question and keeps it after the line.
        let first = try Self.start(path)
        #expect(try Self.keptRow(first) == nil)
        let before = try Self.expectSameAnswers(first)
        #expect(before[0].contains("先挂失"))
        let kept = try #require(try Self.keptRow(first))

        // A later start reads it (the row is not written again) and answers the same.
        try Self.mark(first)
        try Self.expectSameAnswers(try Self.start(path))
        #expect(try Self.isMarked(first))

        // Damaged under the same key — cut short, one byte changed, one byte more: not trusted; the line builds the
        // index, answers the same, and keeps it again whole.
        for damage in ["substr(body, 1, length(body) - 1)", "CAST(substr(body, 1, 40) || x'7F' || substr(body, 42) AS BLOB)",
                       "CAST(body || x'00' AS BLOB)"] {
            try first.desk.store.write { db in
                try db.execute(sql: "UPDATE startupCache SET body = \(damage), builtAt = '2000-01-01 00:00:00.000' WHERE name = ?",
                               arguments: [Self.row])
            }
            try Self.expectSameAnswers(try Self.start(path))
            #expect(try !Self.isMarked(first))
            #expect(try #require(try Self.keptRow(first))["body"] as Data == kept["body"] as Data)
        }

        // The knowledge base changed (stale): the kept index is another stamp's; a new start builds the new one,
        // answers as the changed knowledge base does, and keeps it under a new key, which the next start reads.
        for change in Self.changes { #expect(first.say(change).status == .updated) }
        let changed = try Self.start(path)
        let after = try Self.expectSameAnswers(changed, changes: Self.changes)
        #expect(after[0] != before[0])
        let replaced = try #require(try Self.keptRow(changed))
        #expect(replaced["key"] as String != kept["key"] as String)
        try Self.mark(changed)
        try Self.expectSameAnswers(try Self.start(path), changes: Self.changes)
        #expect(try Self.isMarked(changed))
    }

    /// The kept form reads back as the vocabulary and ways of asking it was made of, and only for the entries it
    /// was made for; cut short or longer, it is refused.
    @Test func theKeptFormReadsBackForItsEntriesOnly() throws {
        let desk = try TestDesk(modules: [SocialSecurity()])
        let entries = try desk.desk.store.read { db in
            try FAQEntry.fetchAll(db, sql: #"SELECT * FROM "socialSecurityFAQ" WHERE "retired" = 0"#)
        }
        let read = entries.map { $0.questions.map(KnowledgeBase.meaningful) }
        let vocabulary = KnowledgeBase.Vocabulary(read: read.flatMap { $0 })
        let prepared = read.map { $0.map { KnowledgeBase.Prepared(meaningful: $0, vocabulary: vocabulary) } }
        let form = KnowledgeIndex.keptForm(ids: entries.map { $0.id! }, vocabulary: vocabulary, prepared: prepared)

        let (readVocabulary, readPrepared) = try #require(KnowledgeIndex.read(kept: form, entries: entries))
        #expect(readVocabulary.inNumberOrder == vocabulary.inNumberOrder)
        #expect(readVocabulary.count == vocabulary.count)
        #expect(readPrepared.map { $0.map(\.text) } == prepared.map { $0.map(\.text) })
        #expect(readPrepared.map { $0.map(\.characters) } == prepared.map { $0.map(\.characters) })
        #expect(readPrepared.map { $0.map(\.bigrams) } == prepared.map { $0.map(\.bigrams) })
        // A query numbers its characters alike with either vocabulary.
        let query = KnowledgeBase.meaningful("我的社保卡丢了要去哪里补办，滴滴")
        #expect(readVocabulary.numbers(query) == vocabulary.numbers(query))

        #expect(KnowledgeIndex.read(kept: Array(form.dropLast()), entries: entries) == nil)
        #expect(KnowledgeIndex.read(kept: form + [0], entries: entries) == nil)
        #expect(KnowledgeIndex.read(kept: form, entries: Array(entries.dropLast())) == nil)
        #expect(KnowledgeIndex.read(kept: form, entries: entries.reversed()) == nil)
        var oneMoreWay = entries
        oneMoreWay[0].questions.append("社保卡")
        #expect(KnowledgeIndex.read(kept: form, entries: oneMoreWay) == nil)
    }
}
