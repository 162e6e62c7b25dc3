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
///
/// Between starts the ways of asking read for matching are kept too (``KeptForms``, under the stamp): reading
/// each of them (``KnowledgeBase/meaningful(_:)``) and numbering its characters was most of the 20.56 M
/// instructions the index cost a start's first question (docs/performance.md, thirty-fourth pass).
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

    /// The name the index's kept form has (``KeptForms``).
    static let keptName = "social-security/knowledge-index"

    init(module: String) { self.module = module }

    /// The active entries as of `db`'s transaction: held in memory, else read with the ways of asking as `kept`
    /// kept them for this stamp, else built (and given to `kept` to keep).
    func entries(_ db: Database, kept: KeptForms) throws -> Held {
        let stamp = try Int64.fetchOne(db.cachedStatement(sql: "SELECT stamp FROM socialSecurityFAQStamp")) ?? 0
        if let held = held.withLock({ $0 }), held.stamp == stamp { return held }
        // The SQL GRDB's query interface makes of `filter(Column("retired") == false)`, written out: the query
        // interface first reads the whole schema into its cache, 4.3 M instructions of a start's first question
        // (docs/performance.md, twenty-sixth pass).
        let active = try FAQEntry.fetchAll(db, sql: #"SELECT * FROM "socialSecurityFAQ" WHERE "retired" = 0"#)
        let vocabulary: KnowledgeBase.Vocabulary
        let prepared: [[KnowledgeBase.Prepared]]
        if let bytes = kept.form(Self.keptName, stamp: String(stamp), in: db), let read = Self.read(kept: bytes, entries: active) {
            vocabulary = read.0
            prepared = read.1
        } else {
            // Each way of asking read once, for the vocabulary and for its prepared form: reading it (normalised,
            // folded, filtered by `Character`) is most of what building the index costs, and it was done twice —
            // 6.6 M instructions of a start's first question (docs/performance.md, twenty-sixth pass).
            let read = active.map { $0.questions.map(KnowledgeBase.meaningful) }
            vocabulary = KnowledgeBase.Vocabulary(read: read.flatMap { $0 })
            prepared = read.map { questions in questions.map { KnowledgeBase.Prepared(meaningful: $0, vocabulary: vocabulary) } }
            kept.keep(Self.keptName, stamp: String(stamp)) { [ids = active.map { $0.id ?? 0 }] in
                Self.keptForm(ids: ids, vocabulary: vocabulary, prepared: prepared)
            }
        }
        let entries = zip(active, prepared).map { e, questions in
            Indexed(entry: e, questions: questions, reply: .answer(KnowledgeBase.answer(e), module: module))
        }
        let postings = KnowledgeBase.Postings(prepared, vocabularyCount: vocabulary.count)
        let loaded = Held(stamp: stamp, entries: entries, vocabulary: vocabulary, postings: postings)
        held.withLock { $0 = loaded }
        return loaded
    }

    // MARK: The kept form

    /// The kept form: `KIX2`; the vocabulary's characters in number order (each its UTF-8 length and bytes); then
    /// each entry's id and its ways of asking, each as its three lists of numbers (``KnowledgeBase/Prepared``: the
    /// characters in order, the distinct characters sorted, the distinct two-character phrases sorted), each list its
    /// length and its numbers. No `Character` is read for matching or hashed but the vocabulary's; the entries themselves
    /// are read from the table as before. Numbers in the machine's byte order: the key of a kept form holds the
    /// executable, so another machine's build never reads it.
    private static let magic: Int32 = 0x3258_494B   // "KIX2" read as little-endian

    /// The kept form of `vocabulary` and of the entries `ids`' ways of asking, `prepared` with it.
    static func keptForm(ids: [Int64], vocabulary: KnowledgeBase.Vocabulary, prepared: [[KnowledgeBase.Prepared]]) -> [UInt8] {
        var bytes: [UInt8] = []
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value) { bytes += $0 } }
        func put<T: FixedWidthInteger>(_ values: [T]) {
            put(Int32(values.count))
            values.withUnsafeBytes { bytes += $0 }
        }
        put(magic)
        let characters = vocabulary.inNumberOrder
        put(Int32(characters.count))
        for c in characters { put(Array(String(c).utf8)) }
        put(Int32(prepared.count))
        for (id, questions) in zip(ids, prepared) {
            put(id)
            put(Int32(questions.count))
            for question in questions {
                put(question.text)
                put(question.characters)
                put(question.bigrams)
            }
        }
        return bytes
    }

    /// The vocabulary and prepared ways of asking kept in `bytes`, when they are those of `entries` (the same
    /// ids in the same order, the same number of ways of asking each) and read to their end, every character's
    /// number inside the vocabulary and every set sorted without repeats (what scoring takes them to be) — else
    /// nil, and the index is built. (The kernel hands over only a form whole; these checks keep a form this code
    /// did not write from reaching the postings, which index by the characters' numbers.)
    static func read(kept bytes: [UInt8], entries: [FAQEntry]) -> (KnowledgeBase.Vocabulary, [[KnowledgeBase.Prepared]])? {
        // The magic and the vocabulary's size first: the checks below need the size.
        guard bytes.count >= 8, bytes.withUnsafeBytes({ $0.loadUnaligned(as: Int32.self) }) == magic else { return nil }
        let characterCount = bytes.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: 4, as: Int32.self)) }
        guard characterCount >= 0 else { return nil }
        var offset = 8
        func next<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard offset + MemoryLayout<T>.size <= bytes.count else { return nil }
            defer { offset += MemoryLayout<T>.size }
            return bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        }
        func count() -> Int? { next(Int32.self).flatMap { $0 >= 0 ? Int($0) : nil } }
        // A list copied out whole, not number by number: the bytes are not aligned for `T`.
        func list<T: FixedWidthInteger>(_: T.Type) -> [T]? {
            guard let n = count(), offset + n * MemoryLayout<T>.size <= bytes.count else { return nil }
            let size = n * MemoryLayout<T>.size
            let values = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                bytes.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + size])) }
                initialized = n
            }
            offset += size
            return values
        }
        // Loops over the places, not `zip(…).allSatisfy`: the generic form, unspecialised in a debug build, cost
        // 14 M instructions of the read there (callgrind, docs/performance.md, thirty-fifth pass).
        func increasing<T: Comparable>(_ values: [T]) -> Bool {
            var i = 1
            while i < values.count {
                guard values[i - 1] < values[i] else { return false }
                i += 1
            }
            return true
        }
        func inVocabulary(_ numbers: [Int32]) -> Bool {
            for n in numbers where n < 0 || Int(n) >= characterCount { return false }
            return true
        }
        var characters: [Character] = []
        for _ in 0..<characterCount {
            guard let utf8 = list(UInt8.self) else { return nil }
            let text = String(decoding: utf8, as: UTF8.self)
            guard text.count == 1, let c = text.first else { return nil }
            characters.append(c)
        }
        guard let vocabulary = KnowledgeBase.Vocabulary(inNumberOrder: characters),
              count() == entries.count else { return nil }
        var prepared: [[KnowledgeBase.Prepared]] = []
        for entry in entries {
            guard next(Int64.self) == (entry.id ?? 0), count() == entry.questions.count else { return nil }
            var questions: [KnowledgeBase.Prepared] = []
            for _ in entry.questions {
                guard let text = list(Int32.self), let distinct = list(Int32.self), let bigrams = list(Int64.self),
                      inVocabulary(text), inVocabulary(distinct),
                      increasing(distinct), increasing(bigrams) else { return nil }
                questions.append(KnowledgeBase.Prepared(text: text, characters: distinct, bigrams: bigrams))
            }
            prepared.append(questions)
        }
        return offset == bytes.count ? (vocabulary, prepared) : nil
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
