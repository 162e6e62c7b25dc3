import DeskKit
import Foundation

/// One question of the knowledge base, with the ways people ask it.
struct FAQEntry: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "socialSecurityFAQ"

    var id: Int64?
    var questions: [String]
    var answer: String
    var source: String
    /// The day the answer was last checked against its source (`2026-11-29`).
    var checked: String
    var verified: Bool
    var retired: Bool

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// `KB-3`.
    var label: String { "KB-\(id ?? 0)" }

    /// The seed file's shape.
    struct Seed: Decodable {
        var entries: [SeedEntry]
        struct SeedEntry: Decodable {
            var questions: [String]
            var answer: String
            var source: String
            var checked: String
            var verified: Bool?
        }
    }
}

/// A change to the knowledge base: who, when, what.
struct FAQEvent: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "socialSecurityFAQEvents"
    var entryID: Int64
    var at: Date
    var operatorName: String
    var action: String
    var note: String
}

/// Finds the entry a question means, however it is worded: by the two-character phrases and the characters
/// it shares with the entry's questions, not by exact match.
enum KnowledgeBase {
    /// Below this score the question has no good answer and becomes a case.
    static let goodEnough = 0.45

    /// The question in a line staff write down with what they told the resident (`邹爹爹 问明年医保几时交、交多少
    /// 告诉他12月31号截止 …`): the words before what was told, which would otherwise weigh as much as the question.
    static func askedPart(of text: String) -> String {
        guard let told = firstRange(of: toldWords, in: text),
              text.distance(from: text.startIndex, to: told.lowerBound) >= 6 else { return text }
        return String(text[..<told.lowerBound])
    }

    /// Where the first of `words` to appear in `text` stands, or nil when none does.
    /// (Only the words ``CharacterPresence`` finds are searched by Foundation for their place: its search for each
    /// word was 3 % of the dispatch bench's instructions — docs/performance.md, twenty-seventh pass.)
    static func firstRange(of words: [String], in text: String) -> Range<String.Index>? {
        let present = CharacterPresence(text)
        return words.filter(present.contains).compactMap { text.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
    }
    /// Words that introduce what staff told the resident (`… 跟她说集中缴费期过了`).
    static let toldWords = ["告诉他", "告诉她", "跟他说", "跟她说", "给他说", "给她说"]

    /// Characters that carry no meaning for matching.
    static let stopCharacters = Set("的了吗呢啊呀吧我你他她们怎么样办什么哪里要能可以请问一下是在有个这那就还都也和与及去到给")

    static func meaningful(_ text: String) -> [Character] {
        folded(TextNormalizer.normalize(text)).filter { ($0.isLetter || $0.isNumber) && !stopCharacters.contains($0) }
    }

    /// `text` with Wuhan speech put as the knowledge base's questions put it (`交好多钱` → `交多少钱`, `冇交` → `没交`,
    /// `伢` → `孩子`), so that a question matches however it is said. Entries and questions are read alike.
    static func folded(_ text: String) -> String {
        // The words looked for byte by byte (``CharacterPresence``), and only those the text holds replaced: the ten
        // replaced by Foundation on every way of asking with a `好` in it cost the index built on the first question
        // some 19 M instructions of a debug build (docs/performance.md).
        let present = CharacterPresence(text)
        guard present.containsAny(of: saidWords) else { return text }
        var out = text
        for word in dialect where present.contains(word.said) { out = out.replacingOccurrences(of: word.said, with: word.as) }
        return out
    }

    /// Wuhan words and the words the entries use for them, the longest first.
    static let dialect: [(said: String, as: String)] = [("好多钱", "多少钱"), ("几多钱", "多少钱"), ("好多", "多少"), ("几多", "多少"),
                                                       ("冇得", "没有"), ("冇", "没"), ("小伢", "孩子"), ("伢", "孩子"),
                                                       ("屋里", "家里"), ("晓得", "知道")]
    /// ``dialect``'s Wuhan words.
    private static let saidWords = dialect.map(\.said)

    /// A text read once for matching: its meaningful characters, in order and as a set, and its
    /// two-character phrases. A query is read once per question, an entry's ways of asking once per change of
    /// the knowledge base (``KnowledgeIndex``).
    ///
    /// Characters are numbered by the index's ``Vocabulary`` and kept as sorted arrays of numbers: a query is
    /// scored against every way of asking of every entry, and counting what two sorted arrays share is a merge,
    /// where intersecting `Set<Character>` and `Set<String>` hashed every character and phrase again (NFC and
    /// SipHash: most of a search's time in `perf`, dispatch). The counts, and so the scores, are the same.
    struct Prepared: Sendable {
        /// The meaningful characters in order, by number.
        let text: [Int32]
        /// The distinct characters, sorted.
        let characters: [Int32]
        /// The distinct two-character phrases (first character's number above the second's), sorted.
        let bigrams: [Int64]

        init(_ text: String, vocabulary: Vocabulary) {
            self.init(meaningful: meaningful(text), vocabulary: vocabulary)
        }

        /// A text whose meaningful characters (``meaningful(_:)``) were read already.
        init(meaningful read: [Character], vocabulary: Vocabulary) {
            self.init(numbers: vocabulary.numbers(read))
        }

        /// A text read already, as the index keeps it between starts (``KnowledgeIndex``).
        init(text: [Int32], characters: [Int32], bigrams: [Int64]) {
            self.text = text
            self.characters = characters
            self.bigrams = bigrams
        }

        /// A text whose meaningful characters were numbered already.
        private init(numbers: [Int32]) {
            self.text = numbers
            characters = Array(Set(numbers)).sorted()
            bigrams = numbers.count < 2 ? [] : Array(Set((0..<numbers.count - 1).map {
                Int64(numbers[$0]) << 32 | Int64(numbers[$0 + 1])
            })).sorted()
        }

        /// Whether `other`'s characters appear in these, in a row.
        func contains(_ other: Prepared) -> Bool {
            let n = other.text.count
            guard n <= text.count else { return false }
            return (0...(text.count - n)).contains { start in text[start..<(start + n)].elementsEqual(other.text) }
        }
    }

    /// Numbers for the characters of the entries' ways of asking (`Character` equality: canonical equivalence).
    /// A query's character that no entry has gets a number of its own above them, the same for each of its
    /// occurrences in that query, so that it counts as before and matches nothing.
    struct Vocabulary: Sendable {
        private var known: [Character: Int32] = [:]

        init(_ questions: [String]) {
            self.init(read: questions.map(meaningful))
        }

        /// - Parameter questions: the meaningful characters (``meaningful(_:)``) of each way of asking.
        init(read questions: [[Character]]) {
            for question in questions {
                for c in question where known[c] == nil { known[c] = Int32(known.count) }
            }
        }

        /// The characters numbered `characters`' places, or nil when one is there twice (a kept form that is
        /// not one: ``KnowledgeIndex``).
        init?(inNumberOrder characters: [Character]) {
            for c in characters { known[c] = Int32(known.count) }
            guard known.count == characters.count else { return nil }
        }

        /// The characters, in number order (``init(inNumberOrder:)`` makes the same vocabulary of them).
        var inNumberOrder: [Character] { known.sorted { $0.value < $1.value }.map(\.key) }

        /// How many characters the entries' ways of asking have: their numbers are `0..<count`.
        var count: Int { known.count }

        func numbers(_ characters: [Character]) -> [Int32] {
            var unknown: [Character: Int32] = [:]
            return characters.map { c in
                if let n = known[c] { return n }
                if let n = unknown[c] { return n }
                let n = Int32(known.count + unknown.count)
                unknown[c] = n
                return n
            }
        }
    }

    /// How many elements two sorted arrays of distinct numbers share.
    static func sharedCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    /// How well the query `q` matches one way of asking `v`, from 0 to 1.
    static func score(_ q: Prepared, against v: Prepared) -> Double {
        score(q, against: v, sharedPhrases: sharedCount(q.bigrams, v.bigrams), sharedCharacters: sharedCount(q.characters, v.characters))
    }

    /// ``score(_:against:)`` of the two-character phrases and the characters `q` and `v` share, counted already.
    static func score(_ q: Prepared, against v: Prepared, sharedPhrases: Int, sharedCharacters: Int) -> Double {
        guard !q.text.isEmpty, !v.text.isEmpty else { return 0 }
        let shared = Double(sharedPhrases) * 2 + Double(sharedCharacters)
        // Mostly how much of the entry's question the query covers, a little how much of the query is covered.
        let entryCoverage = shared / (Double(v.bigrams.count) * 2 + Double(v.characters.count))
        let queryCoverage = shared / (Double(q.bigrams.count) * 2 + Double(q.characters.count))
        let base = 0.7 * entryCoverage + 0.3 * queryCoverage
        // One holds the other in a row only if it holds all the other's characters: the counts ask first.
        let contained = (sharedCharacters == v.characters.count && q.contains(v))
            || (sharedCharacters == q.characters.count && v.contains(q))
        return min(1, base + (contained ? 0.4 : 0))
    }

    /// The ways of asking of every entry, and for each character and two-character phrase the ways of asking
    /// that hold it: a query is scored only against the ways of asking it shares a character with, the phrases
    /// and characters they share counted by walking the query's lists, where every way of asking of all the
    /// entries was scored by two merges. A way of asking that shares no character with the query scores 0 (nothing
    /// shared, and neither holds the other), as before, so each entry's best score is the same.
    /// (Scoring all 36 entries was 29 M instructions of the dispatch bench's 1,000 lines, a tenth of a line;
    /// docs/performance.md, twenty-ninth pass.)
    struct Postings: Sendable {
        /// Every way of asking of every entry, entry by entry.
        let questions: [Prepared]
        /// The entry (its place in the list the postings were built from) of each of ``questions``.
        let entryOf: [Int]
        let entryCount: Int
        /// For each character's number (``Vocabulary``), the ways of asking that hold it (places in ``questions``).
        private let byCharacter: [[Int32]]
        /// For each two-character phrase, the ways of asking that hold it.
        private let byPhrase: [Int64: [Int32]]

        /// - Parameters:
        ///   - entries: each entry's ways of asking, prepared with a vocabulary of `vocabularyCount` characters.
        init(_ entries: [[Prepared]], vocabularyCount: Int) {
            questions = entries.flatMap { $0 }
            entryOf = entries.indices.flatMap { e in Array(repeating: e, count: entries[e].count) }
            entryCount = entries.count
            var byCharacter = [[Int32]](repeating: [], count: vocabularyCount)
            var byPhrase: [Int64: [Int32]] = [:]
            for (i, question) in questions.enumerated() {
                for c in question.characters { byCharacter[Int(c)].append(Int32(i)) }
                for phrase in question.bigrams { byPhrase[phrase, default: []].append(Int32(i)) }
            }
            self.byCharacter = byCharacter
            self.byPhrase = byPhrase
        }

        /// Each entry's best score (``score(_:against:)``) among its ways of asking against the query `q`, 0 for
        /// an entry none of whose ways of asking shares a character with it.
        func bestScores(_ q: Prepared) -> [Double] {
            var characters = [Int](repeating: 0, count: questions.count)
            var phrases = [Int](repeating: 0, count: questions.count)
            // A character of the query that no entry has is numbered above the vocabulary and held by none.
            for c in q.characters where Int(c) < byCharacter.count {
                for i in byCharacter[Int(c)] { characters[Int(i)] += 1 }
            }
            for phrase in q.bigrams {
                for i in byPhrase[phrase] ?? [] { phrases[Int(i)] += 1 }
            }
            var best = [Double](repeating: 0, count: entryCount)
            for i in questions.indices where characters[i] > 0 {
                let s = score(q, against: questions[i], sharedPhrases: phrases[i], sharedCharacters: characters[i])
                best[entryOf[i]] = max(best[entryOf[i]], s)
            }
            return best
        }
    }

    /// Active entries ranked by their best-matching question, from the entries held in memory (`index`), read
    /// from or kept in `kept` between starts.
    static func search(_ query: String, in index: KnowledgeIndex, db: Database,
                       kept: KeptForms) throws -> [(entry: KnowledgeIndex.Indexed, score: Double)] {
        let held = try index.entries(db, kept: kept)
        let prepared = Prepared(query, vocabulary: held.vocabulary)
        // Only the entries that score paired with their score: pairing every entry (a copy of all it holds) and
        // dropping most was a fifth of a search (perf, dispatch; docs/performance.md, eleventh pass).
        let scores = held.postings.bestScores(prepared)
        return scores.indices.filter { scores[$0] > 0 }.map { (held.entries[$0], scores[$0]) }.sorted { $0.1 > $1.1 }
    }

    /// The answer a resident sees, with its source. Whether the entry is verified is kept in the seed and shown
    /// to staff by 知识库, never in the reply.
    static func answer(_ e: FAQEntry) -> String {
        "\(e.answer)\n（来源：\(e.source)，\(e.checked) 核对）"
    }
}

/// `知识库 …`: staff list, search, add, edit, retire and audit entries. Every change is an event.
struct KnowledgeBaseCommands {
    let context: ServiceContext
    let index: KnowledgeIndex

    static let usage = """
        知识库 列表 | 知识库 搜索 关键词 | 知识库 新增 问法1/问法2 | 答案 | 来源
        知识库 修改 KB-3 答案|问法|来源 新内容 | 知识库 核对 KB-3 | 知识库 停用 KB-3 原因 | 知识库 记录 KB-3
        """

    func run(_ text: String) throws -> Reply {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let action = words.first ?? "列表"
        let rest = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        switch action {
        case "列表", "list": return try list()
        case "搜索", "search": return try search(rest)
        case "新增", "add": return try add(rest)
        case "修改", "edit": return try edit(rest)
        case "核对", "check": return try change(rest, action: "核对") { e, _ in e.checked = context.today.description; e.verified = true; return "核对无误" }
        case "停用", "retire":
            return try change(rest, action: "停用") { e, reason in
                guard !reason.isEmpty else { throw DeskError("missing-argument", "停用要写明原因：知识库 停用 KB-3 政策已调整") }
                e.retired = true; return reason
            }
        case "记录", "history": return try history(rest)
        default: throw DeskError("unknown-action", "不认识「\(action)」。用法：\n\(Self.usage)")
        }
    }

    private func list() throws -> Reply {
        let entries = try FAQEntry.order(Column("id")).fetchAll(context.db)
        let rows = entries.map { [$0.label, $0.questions.first ?? "", $0.source, $0.checked, $0.retired ? "停用" : ($0.verified ? "已核实" : "待核实")] }
        return .answer("知识库共 \(entries.count) 条：\n" + context.table(["编号", "问题", "来源", "核对日期", "状态"], rows))
    }

    private func search(_ query: String) throws -> Reply {
        guard !query.isEmpty else { throw DeskError("missing-argument", "请写出要搜索的问题：知识库 搜索 社保卡丢了") }
        let found = try KnowledgeBase.search(query, in: index, db: context.db, kept: context.kept).prefix(5)
        guard !found.isEmpty else { return .answer("知识库中没有和「\(query)」相关的条目。") }
        let rows = found.map { [$0.entry.entry.label, $0.entry.entry.questions.first ?? "", String(format: "%.2f", $0.score)] }
        return .answer(context.table(["编号", "问题", "匹配度"], rows))
    }

    private func add(_ text: String) throws -> Reply {
        let parts = text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw DeskError("missing-argument", "新增的格式：知识库 新增 问法1/问法2 | 答案 | 来源")
        }
        var entry = FAQEntry(id: nil, questions: parts[0].split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) },
                             answer: parts[1], source: parts[2], checked: context.today.description, verified: true, retired: false)
        try entry.insert(context.db)
        try record(entry.id!, "新增", entry.questions.joined(separator: "/"))
        return Reply(module: "social-security", status: .updated, text: "已新增 \(entry.label)：\(entry.questions[0])")
    }

    private func edit(_ text: String) throws -> Reply {
        let parts = text.split(separator: " ", maxSplits: 2).map(String.init)
        guard parts.count == 3 else { throw DeskError("missing-argument", "修改的格式：知识库 修改 KB-3 答案 新的答案（或 问法、来源）") }
        return try change(parts[0], action: "修改\(parts[1])") { e, _ in
            let old: String
            switch parts[1] {
            case "答案": old = e.answer; e.answer = parts[2]
            case "问法": old = e.questions.joined(separator: "/"); e.questions = parts[2].split(separator: "/").map(String.init)
            case "来源": old = e.source; e.source = parts[2]
            default: throw DeskError("unknown-action", "只能修改 答案、问法 或 来源，这里是「\(parts[1])」")
            }
            e.checked = context.today.description
            return "原为：\(old)"
        }
    }

    private func change(_ text: String, action: String, _ body: (inout FAQEntry, String) throws -> String) throws -> Reply {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        var entry = try find(parts.first ?? "")
        let note = try body(&entry, parts.count > 1 ? parts[1] : "")
        try entry.update(context.db)
        try record(entry.id!, action, note)
        return Reply(module: "social-security", status: .updated, text: "\(entry.label) 已\(action)。")
    }

    private func history(_ text: String) throws -> Reply {
        let entry = try find(text)
        let events = try FAQEvent.filter(Column("entryID") == entry.id!).order(Column("at")).fetchAll(context.db)
        guard !events.isEmpty else { return .answer("\(entry.label) 自导入以来没有修改。") }
        return .answer(context.table(["时间", "操作人", "动作", "说明"], events.map { [DeskFormat.timestamp($0.at), $0.operatorName, $0.action, $0.note] }))
    }

    private func find(_ label: String) throws -> FAQEntry {
        let digits = label.uppercased().replacingOccurrences(of: "KB-", with: "")
        guard let n = Int64(digits), let entry = try FAQEntry.fetchOne(context.db, key: n) else {
            throw DeskError("unknown-entry", "没有知识库条目「\(label)」，用 知识库 列表 查看编号")
        }
        return entry
    }

    private func record(_ id: Int64, _ action: String, _ note: String) throws {
        try FAQEvent(entryID: id, at: context.now, operatorName: context.operatorName, action: action, note: note).insert(context.db)
    }
}
