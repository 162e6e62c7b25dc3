import DeskKit
import Foundation
import Synchronization

/// The active entries of the knowledge base, each way of asking already read for matching (its meaningful
/// characters and two-character phrases), kept in memory between questions instead of decoded and read again
/// for every question (docs/performance.md: scoring every entry from the table was a quarter of a line's time).
///
/// Every change to the entries table — by this desk or by another process on the same file — sets a new random
/// stamp (triggers of migration `faqStamp`); a search reads the stamp first and reloads when it differs. Random
/// rather than a counter: a change that is rolled back restores the old stamp, and a later change must never
/// land on the stamp of entries that were rolled back.
final class KnowledgeIndex: Sendable {
    /// One entry with its ways of asking prepared.
    struct Indexed: Sendable {
        let entry: FAQEntry
        let questions: [KnowledgeBase.Prepared]
        /// The reply that gives the entry's answer, built (and masked, as every reply is) once per load: the
        /// answers are fixed texts, and masking one with dates and hotlines ran two regular expressions at every
        /// question (perf, dispatch).
        let reply: Reply
    }

    /// The active entries and the numbers of their characters, as of one stamp.
    struct Held: Sendable {
        let stamp: Int64
        let entries: [Indexed]
        let vocabulary: KnowledgeBase.Vocabulary
        /// The entries' ways of asking by character and phrase, in the order of ``entries``.
        let postings: KnowledgeBase.Postings
    }

    /// The module whose replies the answers are.
    private let module: String
    private let held = Mutex<Held?>(nil)

    init(module: String) { self.module = module }

    /// The active entries as of `db`'s transaction.
    func entries(_ db: Database) throws -> Held {
        let stamp = try Int64.fetchOne(db.cachedStatement(sql: "SELECT stamp FROM socialSecurityFAQStamp")) ?? 0
        if let held = held.withLock({ $0 }), held.stamp == stamp { return held }
        // The SQL GRDB's query interface makes of `filter(Column("retired") == false)`, written out: the query
        // interface first reads the whole schema into its cache, 4.3 M instructions of a start's first question
        // (docs/performance.md, twenty-sixth pass).
        let active = try FAQEntry.fetchAll(db, sql: #"SELECT * FROM "socialSecurityFAQ" WHERE "retired" = 0"#)
        // Each way of asking read once, for the vocabulary and for its prepared form: reading it (normalised,
        // folded, filtered by `Character`) is most of what building the index costs, and it was done twice —
        // 6.6 M instructions of a start's first question (docs/performance.md, twenty-sixth pass).
        let read = active.map { $0.questions.map(KnowledgeBase.meaningful) }
        let vocabulary = KnowledgeBase.Vocabulary(read: read.flatMap { $0 })
        let entries = zip(active, read).map { e, questions in
            Indexed(entry: e, questions: questions.map { KnowledgeBase.Prepared(meaningful: $0, vocabulary: vocabulary) },
                    reply: .answer(KnowledgeBase.answer(e), module: module))
        }
        let postings = KnowledgeBase.Postings(entries.map(\.questions), vocabularyCount: vocabulary.count)
        let loaded = Held(stamp: stamp, entries: entries, vocabulary: vocabulary, postings: postings)
        held.withLock { $0 = loaded }
        return loaded
    }

    /// The stamp table and the triggers that change it, for the module's migrations.
    static func createStamp(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE socialSecurityFAQStamp(id INTEGER PRIMARY KEY CHECK (id = 1), stamp INTEGER NOT NULL);
            INSERT INTO socialSecurityFAQStamp(id, stamp) VALUES (1, random());
            CREATE TRIGGER socialSecurityFAQInserted AFTER INSERT ON socialSecurityFAQ
                BEGIN UPDATE socialSecurityFAQStamp SET stamp = random(); END;
            CREATE TRIGGER socialSecurityFAQUpdated AFTER UPDATE ON socialSecurityFAQ
                BEGIN UPDATE socialSecurityFAQStamp SET stamp = random(); END;
            CREATE TRIGGER socialSecurityFAQDeleted AFTER DELETE ON socialSecurityFAQ
                BEGIN UPDATE socialSecurityFAQStamp SET stamp = random(); END;
            """)
    }
}
