@testable import DeskKit
import DeskTesting
import Foundation
import Testing

@Suite("The router's model kept in the database")
struct ModelCacheTests {
    /// Every example that ships, read the way the router reads it.
    static let shipped: [Example] = {
        let seeds = SeedFiles.bundled.folder
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()) ?? []
        return folders.flatMap { folder -> [Example] in
            let name = "\(folder)/examples.tsv"
            guard let text = try? String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8) else { return [] }
            return (try? Example.parse(tsv: text, name: name)) ?? []
        }
    }()

    static func train(_ examples: [Example]) -> NaiveBayes {
        NaiveBayes(examples.map { Example($0.label, RoutingText().content($0.text)) })
    }

    /// Lines the models are compared on: every example, its halves, two examples run together, and lines with
    /// numbers, Latin letters and grams no example has.
    static var lines: [String] {
        let texts = shipped.map(\.text)
        var lines = texts
        for (i, text) in texts.enumerated() {
            lines.append(String(text.prefix(text.count / 2)))
            lines.append(String(text.suffix(text.count / 2)))
            lines.append(text + "，" + texts[(i * 7 + 3) % texts.count])
        }
        return lines + ["", "哈", "asdfgh qwerty", "3栋2单元502 电话13800138000 027-85551234", "🙂🙂", "水印桃源 WiFi 坏了？？",
                        "我是1968年3月出生的男的，什么时候能退休？", "口袋公园的路灯晚上不亮"]
    }

    @Test func theShippedExamplesAreRead() {
        #expect(Self.shipped.count > 1000)
        #expect(Set(Self.shipped.map(\.label)).count > 20)
    }

    @Test func aStoredModelScoresEveryLineExactlyAsTheModelItWasMadeFrom() throws {
        let fresh = Self.train(Self.shipped)
        let stored = try #require(ModelCache.decode(Data(ModelCache.encode(fresh))))
        #expect(stored.labels == fresh.labels && stored.grams == fresh.grams && stored.ends == fresh.ends)
        #expect(stored.entryLabels == fresh.entryLabels && stored.entryGains == fresh.entryGains && stored.unseen == fresh.unseen)
        var compared = 0
        for line in Self.lines {
            let a = fresh.classify(line), b = stored.classify(line)
            #expect(a.map(\.label) == b.map(\.label), "\(line)")
            #expect(a.map(\.probability) == b.map(\.probability), "\(line)")   // exactly, not nearly
            compared += a.isEmpty ? 0 : 1
        }
        #expect(compared > 5000)
    }

    @Test func everyGramIsFoundAtItsOrdinalAndNoOtherIs() {
        let model = Self.train(Self.shipped)
        #expect(model.grams == model.grams.sorted() && Set(model.grams).count == model.grams.count)
        for (ordinal, gram) in model.grams.enumerated() { #expect(model.ordinal(of: gram) == ordinal) }
        for gram in model.grams.prefix(500) where !model.grams.contains(gram + 1) { #expect(model.ordinal(of: gram + 1) == nil) }
        #expect(model.ordinal(of: 0) == nil && model.ordinal(of: .max) == nil)
    }

    @Test func aDamagedOrForeignBlobIsNotAModel() {
        let bytes = ModelCache.encode(Self.train(Array(Self.shipped.prefix(200))))
        #expect(ModelCache.decode(Data(bytes.dropLast())) == nil)
        #expect(ModelCache.decode(Data(bytes + [0])) == nil)
        #expect(ModelCache.decode(Data([1, 2, 3])) == nil)
        #expect(ModelCache.decode(Data(bytes.prefix(4) + [1, 2, 3, 4] + bytes.dropFirst(8))) == nil)   // the other byte order
        #expect(ModelCache.decode(Data(bytes)) != nil)
    }

    @Test func theKeyChangesWithAnyExampleOrLabelTaken() {
        let text = Self.shipped.prefix(300).map { "\($0.label)\t\($0.text)" }.joined(separator: "\n")
        let sources = ExampleSources(builtIn: [Example("chatter", "收到")], files: [("desk/examples.tsv", Data(text.utf8))])
        var edited = sources
        edited.files[0].bytes += Data("。".utf8)
        var builtIn = sources
        builtIn.builtIn[0].text = "好的"
        var renamed = sources
        renamed.files[0].name = "repairs/examples.tsv"
        var moved = sources   // a file's end moved into the next file
        moved.files = [("desk/examples.tsv", Data(text.dropLast(4).utf8)), ("repairs/examples.tsv", Data(text.suffix(4).utf8))]
        let labels: Set<String> = ["chatter", "notice"]
        let keys = [sources, edited, builtIn, renamed, moved].map { ModelCache.key(for: $0, labels: labels) }
            + [ModelCache.key(for: sources, labels: ["chatter"])]
        #expect(Set(keys).count == 6)
        #expect(ModelCache.key(for: sources, labels: labels) == ModelCache.key(for: sources, labels: ["notice", "chatter"]))
    }

    @Test func aFileDeskStoresTheModelOnceAndANewExampleReplacesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("desk.sqlite").path
        let registry = try ModuleRegistry([FaultModule()])
        func open(_ seeds: SeedFiles) throws -> (Desk, [(key: String, model: Data)]) {
            let store = try DeskStore.open(path: path, registry: registry, seeds: seeds)
            let desk = try Desk(registry: registry, store: store, seeds: seeds)
            let rows = try store.read { db in
                try Row.fetchAll(db, sql: "SELECT key, body FROM startupCache WHERE name = 'router-model'")
                    .map { (key: $0["key"] as String, model: $0["body"] as Data) }
            }
            return (desk, rows)
        }
        let (first, rows) = try open(.bundled)
        let key = first.router.classifier.key
        #expect(rows.map(\.key) == [key])
        #expect(first.router.classifier.isReady)   // trained at this start, the first on these examples
        let stored = try #require(ModelCache.decode(rows[0].model))
        let fresh = Self.train(try first.router.classifier.examples())
        for line in Self.lines.prefix(3000) { #expect(stored.classify(line).map(\.probability) == fresh.classify(line).map(\.probability)) }

        // The next start takes the stored model — only when a line needs it: a command never reads it.
        let (same, kept) = try open(.bundled)
        #expect(kept.map(\.key) == [key] && kept[0].model == rows[0].model)
        #expect(!same.router.classifier.isReady)
        #expect(same.respond(to: Message("帮助", operatorName: "甲")).status != .error)
        #expect(!same.router.classifier.isReady)
        _ = same.respond(to: Message("楼道里的灯不亮了", operatorName: "甲"))
        #expect(same.router.classifier.isReady)
        for line in Self.lines.prefix(500) { #expect(same.router.classifier.classify(line).map(\.probability) == fresh.classify(line).map(\.probability)) }

        let desk = try String(contentsOf: SeedFiles.bundled.folder.appendingPathComponent("desk/examples.tsv"), encoding: .utf8)
        let (edited, replaced) = try open(SeedFiles.bundled.overlaid(["desk/examples.tsv": desk + "\nchatter\t今天的太阳真好啊\n"]))
        #expect(replaced.count == 1 && replaced[0].key != key)
        #expect(replaced[0].key == edited.router.classifier.key)
        #expect(try edited.router.classifier.examples().last == Example("chatter", "今天的太阳真好啊"))
    }

    @Test func anExamplesFileThatDoesNotReadStopsTheStartWhenItChanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("desk.sqlite").path
        let registry = try ModuleRegistry([FaultModule()])
        let seeds = SeedFiles.bundled.overlaid(["desk/examples.tsv": "chatter\t收到\n没有制表符的一行\n"])
        let store = try DeskStore.open(path: path, registry: registry, seeds: seeds)
        #expect(throws: SeedError.self) { try Desk(registry: registry, store: store, seeds: seeds) }
    }
}
