@testable import DeskKit
import DeskTesting
import Foundation
import GRDB
import Testing

/// The router's routing words' automaton kept between starts (``Router``, ``KeptForms``): read back at a later
/// start's first line of free text, and built again and kept again when the routing words changed or the kept
/// form is damaged — with the routing of a desk that keeps nothing, every time.
@Suite("The router's routing words kept between starts")
struct KeptRoutingWordsTests {
    /// A module whose routing words are given, so that a start can declare other words than the start before.
    struct WordsModule: ServiceModule {
        let id = "words"
        let name = LocalizedName("按词", "Words")
        let summary = "按给定的词登记"
        let casePrefix = "CW"
        let words: [String]
        var services: [Service] {
            [Service(code: "words-report", name: "按词登记", englishName: "words report", description: "按给定的词登记",
                     group: "按词", verbs: ["按词登记"], aliases: ["words"], routing: words.map { RoutingWord($0) },
                     fields: [Field("what", name: "事情", kind: .text, question: "什么事？")])]
        }

        func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply { .answer("已登记", module: id) }
    }

    static let lines = ["楼道灯不亮", "厨房水管漏水了", "电梯冒烟了", "门口的树倒了", "维修一下", "你好"]

    /// How `router` reads each of ``lines``: the decision, the routing words found and the scores.
    static func routing(_ router: Router) -> [String] {
        lines.map { line in
            let explanation = router.explain(line)
            let words = explanation.words.map { "\($0.phrase)/\($0.label)/\($0.weight)" }
            let scores = explanation.scores.map { "\($0.label)/\($0.score)" }
            return "\(line): \(explanation.decision) \(words) \(scores)"
        }
    }

    @Test func keptReadBackAndBuiltAgainWhenStaleOrDamaged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = SeedFiles.bundled
        func registry(_ words: [String]) throws -> ModuleRegistry { try ModuleRegistry([FaultModule(), WordsModule(words: words)]) }
        func open(_ registry: ModuleRegistry) throws -> (desk: Desk, store: DeskStore) {
            let store = try DeskStore.open(path: folder.appendingPathComponent("desk.sqlite").path, registry: registry, seeds: seeds)
            return (try Desk(registry: registry, store: store, seeds: seeds), store)
        }
        /// The routing of a desk that keeps nothing, with the same modules.
        func reference(_ registry: ModuleRegistry) throws -> [String] {
            try Self.routing(Desk(registry: registry, store: DeskStore.inMemory(registry: registry, seeds: seeds), seeds: seeds).router)
        }
        func kept(_ store: DeskStore) throws -> Row? {
            try store.read { db in try Row.fetchOne(db, sql: "SELECT key, body FROM startupCache WHERE name = 'kept:desk/router-words'") }
        }
        /// Whether the line's walk built the automaton (and so asked to keep it) rather than read it back.
        func built(_ store: DeskStore) -> Bool { store.pendingForms.withLock { !$0.isEmpty } }

        // The first start builds the automaton on its first line of free text and keeps it after the line.
        let before = try registry(["冒烟", "倒了"])
        let first = try open(before)
        #expect(try kept(first.store) == nil)
        #expect(Self.routing(first.desk.router) == (try reference(before)))
        #expect(built(first.store))
        first.store.keepPendingForms()
        let row = try #require(try kept(first.store))
        let body = row["body"] as Data
        #expect(Array(body.dropLast(8)) == first.desk.router.keptWords())

        // A later start reads it back: the same routing, nothing built or kept again.
        let second = try open(before)
        #expect(Self.routing(second.desk.router) == (try reference(before)))
        #expect(!built(second.store))

        // Damaged under the same key (cut short, one byte changed): not trusted, built, the same routing, and
        // kept again whole.
        for damage in ["substr(body, 1, length(body) - 1)", "CAST(substr(body, 1, 100) || x'A5' || substr(body, 102) AS BLOB)"] {
            try first.store.write { db in
                try db.execute(sql: "UPDATE startupCache SET body = \(damage) WHERE name = 'kept:desk/router-words'")
            }
            #expect(try kept(first.store)?["body"] as Data? != body)
            let damaged = try open(before)
            #expect(Self.routing(damaged.desk.router) == (try reference(before)))
            #expect(built(damaged.store))
            damaged.store.keepPendingForms()
            #expect(try kept(damaged.store)?["body"] as Data? == body)
        }

        // Other routing words (the module now counts 树倒, not 倒了): the kept automaton is another list's, so the
        // line builds the new one and routes by the new words; it is kept, and the next start reads it.
        let after = try registry(["冒烟", "树倒"])
        #expect(try reference(after) != reference(before))
        let third = try open(after)
        let routed = Self.routing(third.desk.router)
        #expect(routed == (try reference(after)))
        #expect(routed.contains { $0.hasPrefix("门口的树倒了") && $0.contains("树倒/") })
        #expect(built(third.store))
        third.store.keepPendingForms()
        let replaced = try #require(try kept(third.store))
        #expect(Array((replaced["body"] as Data).dropLast(8)) == third.desk.router.keptWords())
        #expect(replaced["body"] as Data != body)
        let fourth = try open(after)
        #expect(Self.routing(fourth.desk.router) == (try reference(after)))
        #expect(!built(fourth.store))
    }
}
