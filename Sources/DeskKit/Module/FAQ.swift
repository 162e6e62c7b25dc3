import Foundation

/// A module's short list of residents' common questions (`seeds/<module>/faq.yaml`): the words that ask each
/// one and its answer. Whether an entry is verified stays in the seed (`verified: false` until the community
/// has checked it against the cited rule) and never appears in a reply.
///
/// ```yaml
/// entries:
///   - ask: [多久, 几天, 什么时候来修]
///     answer: 紧急的2小时内处理……
///     source: rules.md §5
///     verified: true
/// ```
public struct FAQ: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        /// Words that, found in a question, mean this entry.
        public var ask: [String]
        public var answer: String
        public var source: String?
        public var verified: Bool?
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// The entries `question` asks about: those naming the most of its words (by length); none when it names none.
    public func matches(_ question: String) -> [Entry] {
        let scored = entries.map { e in (e, e.ask.filter(question.contains).map(\.count).reduce(0, +)) }.filter { $0.1 > 0 }
        guard let best = scored.map(\.1).max() else { return [] }
        return scored.filter { $0.1 == best }.map(\.0)
    }

    /// The entries `question` asks about, or every entry when it names none (the whole short FAQ).
    public func answers(to question: String) -> [Entry] {
        let matched = matches(question)
        return matched.isEmpty ? entries : matched
    }

    /// The answers as one reply.
    public func reply(to question: String) -> String {
        answers(to: question).map(\.answer).joined(separator: "\n")
    }

    /// The table a module keeps its FAQ in (seeds are read once, at the first start): create it in a migration.
    public static func createTable(_ name: String, in db: Database) throws {
        try db.create(table: name) { t in
            t.primaryKey("id", .integer)
            t.column("value", .jsonText).notNull()
        }
    }

    /// Stores the FAQ in `table`.
    public func save(in table: String, db: Database) throws {
        let json = String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
        try db.execute(sql: "INSERT OR REPLACE INTO \(table.quotedDatabaseIdentifier)(id, value) VALUES (1, ?)", arguments: [json])
    }

    /// The FAQ kept in `table`, or an empty one (a database seeded before the module had one).
    public static func load(from table: String, db: Database) throws -> FAQ {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM \(table.quotedDatabaseIdentifier) WHERE id = 1") else {
            return FAQ(entries: [])
        }
        return try JSONDecoder().decode(FAQ.self, from: Data(json.utf8))
    }
}
