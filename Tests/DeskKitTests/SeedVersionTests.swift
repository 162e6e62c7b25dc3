import DeskKit
import DeskTesting
import Foundation
import Testing

/// A module whose seed upserts the items listed in `seeded/items.yaml`.
struct SeededModule: ServiceModule {
    let id = "seeded"
    let name = LocalizedName("种子", "Seeded")
    let summary = "种子测试"
    let casePrefix = "ZZ"
    let services: [Service] = []
    var seedUpdates: SeedUpdates = .reapply

    var migrations: [ModuleMigration] {
        [ModuleMigration("v1") { db in try db.create(table: "seededItems") { t in t.primaryKey("name", .text) } }]
    }

    func seed(_ db: Database, from seeds: SeedFiles) throws {
        for item in try seeds.decode([String].self, from: "seeded/items.yaml") {
            try db.execute(sql: "INSERT OR IGNORE INTO seededItems(name) VALUES (?)", arguments: [item])
        }
    }

    func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply { .answer("") }
}

/// Seeds are versioned: a changed file is applied again or reported, never silently ignored; a missing file
/// does not stop the desk.
@Suite("Seed versions")
struct SeedVersionTests {
    func items(_ store: DeskStore) throws -> [String] {
        try store.read { try String.fetchAll($0, sql: "SELECT name FROM seededItems ORDER BY name") }
    }

    func open(_ path: String, _ module: SeededModule, items: String) throws -> DeskStore {
        try DeskStore.open(path: path, registry: try ModuleRegistry([module]),
                           seeds: SeedFiles.bundled.overlaid(["seeded/items.yaml": items]))
    }

    func temporaryDatabase() throws -> (String, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder.appendingPathComponent("desk.sqlite").path, folder)
    }

    @Test func aMissingSeedFileDoesNotStopTheDesk() throws {
        let desk = try TestDesk(modules: [SeededModule()])
        #expect(try items(desk.desk.store).isEmpty)
        let notice = try #require(desk.desk.store.seedNotices.first)
        #expect(notice.hasPrefix("模块 seeded 缺少种子文件"))
        #expect(notice.hasSuffix("seeds/seeded/items.yaml：先按代码中的默认运行，文件放好后下次启动时载入"))
    }

    @Test func aChangedSeedIsAppliedAtTheNextStart() throws {
        let (path, folder) = try temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try items(open(path, SeededModule(), items: "[甲]")) == ["甲"])
        let unchanged = try open(path, SeededModule(), items: "[甲]")
        #expect(unchanged.seedNotices.isEmpty)
        let changed = try open(path, SeededModule(), items: "[甲, 乙]")
        #expect(try items(changed) == ["乙", "甲"])
        #expect(changed.seedNotices == ["已重新载入模块 seeded 修改过的种子文件：seeded/items.yaml"])
    }

    @Test func aModuleThatDoesNotReapplyHasTheChangeReportedAtEveryStart() throws {
        let (path, folder) = try temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let module = SeededModule(seedUpdates: .report)
        _ = try open(path, module, items: "[甲]")
        for _ in 0..<2 {
            let store = try open(path, module, items: "[甲, 乙]")
            #expect(try items(store) == ["甲"])
            #expect(store.seedNotices.count == 1)
            #expect(store.seedNotices.first?.contains("seeded/items.yaml 在载入后修改过，模块 seeded 不自动重新载入") == true)
        }
    }
}
