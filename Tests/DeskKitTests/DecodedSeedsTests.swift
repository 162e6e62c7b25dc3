@testable import DeskKit
import DeskTesting
import Foundation
import Testing

@Suite("Seed YAML decoded once and kept in the database")
struct DecodedSeedsTests {
    static func json<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(value)
    }

    /// `value` in its kept form (``KeptSeed``), read back.
    static func keptAndRead<T: KeptSeed>(_ value: T) -> T? {
        var form = KeptWriter()
        value.keep(in: &form)
        return DecodedSeeds.read(T.self, Data(form.bytes))
    }

    /// What is kept reads back as exactly what the YAML gave, for each file that ships — every field, compared
    /// through their JSON (a field a kept form leaves out fails here).
    @Test func theKeptFormReadsBackAsTheYAML() throws {
        let seeds = SeedFiles.bundled
        let directory = try seeds.decode(CommunityDirectory.self, from: "community.yaml")
        #expect(try Self.json(#require(Self.keptAndRead(directory))) == Self.json(directory))
        let emergencies = try seeds.decode(EmergencyGuide.Seed.self, from: "desk/emergencies.yaml")
        #expect(try Self.json(#require(Self.keptAndRead(emergencies))) == Self.json(emergencies))
        let offices = try seeds.decode(OfficeGuide.Seed.self, from: "desk/offices.yaml")
        #expect(try Self.json(#require(Self.keptAndRead(offices))) == Self.json(offices))
        #expect(directory.compounds.count == 5 && emergencies.kinds.count > 5 && offices.offices.count > 3)
        // The optional fields both ways: set and absent.
        #expect(directory.compounds.contains { $0.buildings == nil } && directory.compounds.contains { $0.buildings != nil })
    }

    /// A kept form cut short, with a byte too many, or of another type is not read (the YAML is decoded instead).
    @Test func aDamagedKeptFormIsNotRead() throws {
        let offices = try SeedFiles.bundled.decode(OfficeGuide.Seed.self, from: "desk/offices.yaml")
        var form = KeptWriter()
        offices.keep(in: &form)
        #expect(DecodedSeeds.read(OfficeGuide.Seed.self, Data(form.bytes.dropLast())) == nil)
        #expect(DecodedSeeds.read(OfficeGuide.Seed.self, Data(form.bytes + [0])) == nil)
        #expect(DecodedSeeds.read(OfficeGuide.Seed.self, Data()) == nil)
        #expect(DecodedSeeds.read(CommunityDirectory.self, Data(form.bytes)) == nil)
        #expect(DecodedSeeds.read(OfficeGuide.Seed.self, Data(form.bytes)) != nil)
    }

    @Test func aFileDeskKeepsEachDecodedFileAndAChangedFileReplacesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let registry = try ModuleRegistry([FaultModule()])
        let offices = try SeedFiles.bundled.text("desk/offices.yaml")
        func open(_ seeds: SeedFiles) throws -> (desk: Desk, rows: [String: String]) {
            let store = try DeskStore.open(path: folder.appendingPathComponent("desk.sqlite").path, registry: registry, seeds: seeds)
            let desk = try Desk(registry: registry, store: store, seeds: seeds)
            let rows = try store.read { db in
                try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT name, key FROM startupCache WHERE name LIKE 'seed:%'")
                    .map { ($0["name"] as String, $0["key"] as String) })
            }
            return (desk, rows)
        }
        // A comment unique to this test: nothing decoded in this process before has this key.
        let first = try open(SeedFiles.bundled.overlaid(["desk/offices.yaml": offices + "\n# \(UUID())\n"]))
        #expect(Set(first.rows.keys) == ["seed:community.yaml", "seed:desk/emergencies.yaml", "seed:desk/offices.yaml"])
        #expect(first.desk.offices.offices.count > 3)
        let edited = offices.replacingOccurrences(of: "居住证", with: "居住证明")
        let second = try open(SeedFiles.bundled.overlaid(["desk/offices.yaml": edited]))
        #expect(second.rows["seed:desk/offices.yaml"] != first.rows["seed:desk/offices.yaml"])
        #expect(second.rows["seed:community.yaml"] == first.rows["seed:community.yaml"])
        #expect(second.desk.offices.offices.map(\.words) == (try OfficeGuide(yaml: edited)).offices.map(\.words))
    }

    /// A start that finds the guides kept builds them when a line first needs them (``BuiltOnFirstUse``): the
    /// same guides; and a seed that decodes but is refused by its check is never kept, so every start refuses it.
    @Test func aKeptGuideIsBuiltOnFirstUseAndARefusedSeedIsNeverKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let registry = try ModuleRegistry([FaultModule()])
        func open(_ seeds: SeedFiles) throws -> Desk {
            let store = try DeskStore.open(path: folder.appendingPathComponent("desk.sqlite").path, registry: registry, seeds: seeds)
            return try Desk(registry: registry, store: store, seeds: seeds)
        }
        let emergencies = try SeedFiles.bundled.text("desk/emergencies.yaml") + "\n# \(UUID())\n"
        let seeds = SeedFiles.bundled.overlaid(["desk/emergencies.yaml": emergencies])
        let first = try open(seeds), second = try open(seeds)
        for line in ["厨房着火了", "火已经扑灭了", "我要办居住证", "楼道灯不亮"] {
            #expect(second.emergencies.emergency(in: line) == first.emergencies.emergency(in: line))
            #expect(second.emergencies.isOver(line) == first.emergencies.isOver(line))
            #expect(second.offices.office(for: line) == first.offices.office(for: line))
        }
        #expect(first.emergencies.emergency(in: "厨房着火了") != nil && first.offices.office(for: "我要办居住证") != nil)

        let wordless = emergencies + """
              - id: wordless
                name: 无词
                instruction: 无
                call: []

            """
        let refused = SeedFiles.bundled.overlaid(["desk/emergencies.yaml": wordless])
        for _ in 0..<2 {
            #expect(throws: SeedError.invalid("desk/emergencies.yaml 的 wordless 没有 words 或 together")) { try open(refused) }
        }
    }

    /// The emergency guide's automaton is kept by the start that builds it (the first, and one after the seed
    /// changed: the row is replaced), read by a later start; a damaged row is not trusted — the line builds the
    /// automaton — and every start finds the emergencies a desk that keeps nothing finds.
    @Test func theEmergencyAutomatonIsKeptAndAStaleOrDamagedOneIsBuiltAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let registry = try ModuleRegistry([FaultModule()])
        func open(_ seeds: SeedFiles) throws -> (desk: Desk, store: DeskStore) {
            let store = try DeskStore.open(path: folder.appendingPathComponent("desk.sqlite").path, registry: registry, seeds: seeds)
            return (try Desk(registry: registry, store: store, seeds: seeds), store)
        }
        func kept(_ store: DeskStore) throws -> Row? {
            try store.read { db in try Row.fetchOne(db, sql: "SELECT key, body FROM startupCache WHERE name = 'automaton:desk/emergencies.yaml'") }
        }
        let lines = ["厨房着火了", "火已经扑灭了", "没有着火", "楼道灯不亮", "我家老人摔倒了起不来", "燃气泄漏了好大味道"]
        func sameAsKeepingNothing(_ desk: Desk, _ seeds: SeedFiles) throws {
            let reference = try Desk(registry: registry, store: DeskStore.inMemory(registry: registry, seeds: seeds), seeds: seeds)
            for line in lines {
                #expect(desk.emergencies.emergency(in: line) == reference.emergencies.emergency(in: line))
                #expect(desk.emergencies.isOver(line) == reference.emergencies.isOver(line))
            }
            #expect(desk.emergencies.keptAutomaton() == reference.emergencies.keptAutomaton())
        }
        let emergencies = try SeedFiles.bundled.text("desk/emergencies.yaml") + "\n# \(UUID())\n"
        let seeds = SeedFiles.bundled.overlaid(["desk/emergencies.yaml": emergencies])

        let first = try open(seeds)
        let row = try #require(try kept(first.store))
        #expect(Array(row["body"] as Data) == first.desk.emergencies.keptAutomaton())
        try sameAsKeepingNothing(first.desk, seeds)
        let second = try open(seeds)
        try sameAsKeepingNothing(second.desk, seeds)
        #expect(try #require(try kept(second.store))["key"] as String == row["key"] as String)

        // Damaged under the same key: cut short, then one byte changed.
        for damage in ["substr(body, 1, length(body) - 1)", "CAST(substr(body, 1, 100) || x'00' || substr(body, 102) AS BLOB)"] {
            try first.store.write { db in
                try db.execute(sql: "UPDATE startupCache SET body = \(damage) WHERE name = 'automaton:desk/emergencies.yaml'")
            }
            try sameAsKeepingNothing(try open(seeds).desk, seeds)
        }

        // A changed seed: the automaton is built at start and kept under a new key.
        let edited = emergencies.replacingOccurrences(of: "着火", with: "起火")
        let changed = SeedFiles.bundled.overlaid(["desk/emergencies.yaml": edited])
        let third = try open(changed)
        let replaced = try #require(try kept(third.store))
        #expect(replaced["key"] as String != row["key"] as String)
        #expect(Array(replaced["body"] as Data) == third.desk.emergencies.keptAutomaton())
        try sameAsKeepingNothing(third.desk, changed)
        try sameAsKeepingNothing(try open(changed).desk, changed)
    }

    @Test func aFileThatDoesNotFitIsStillRefusedByName() throws {
        let registry = try ModuleRegistry([FaultModule()])
        let seeds = SeedFiles.bundled.overlaid(["desk/offices.yaml": "offices: [1, 2"])
        let store = try DeskStore.inMemory(registry: registry, seeds: seeds)
        #expect(throws: SeedError.self) { try Desk(registry: registry, store: store, seeds: seeds) }
    }
}
