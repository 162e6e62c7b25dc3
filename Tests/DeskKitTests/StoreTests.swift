import DeskKit
import DeskTesting
import Foundation
import Testing

@Suite("Database file")
struct StoreTests {
    let registry: ModuleRegistry
    init() throws { registry = try ModuleRegistry([FaultModule()]) }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func missingFolderIsOneSentence() {
        #expect(throws: DeskError("database-folder-missing", "无法打开数据库 /nonexistent/x.sqlite：文件夹 /nonexistent 不存在")) {
            try DeskStore.open(path: "/nonexistent/x.sqlite", registry: registry, seeds: .bundled)
        }
    }

    @Test func notASQLiteFile() throws {
        let path = try temporaryFolder().appendingPathComponent("x.sqlite").path
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: DeskError.self) { try DeskStore.open(path: path, registry: registry, seeds: .bundled) }
        do { _ = try DeskStore.open(path: path, registry: registry, seeds: .bundled) } catch {
            #expect(error.code == "not-a-database")
        }
    }

    @Test func seedsLoadOnceAndCasesSurviveReopening() throws {
        let path = try temporaryFolder().appendingPathComponent("desk.sqlite").path
        do {
            let store = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
            let desk = try Desk(registry: registry, store: store)
            #expect(desk.respond(to: Message("故障 水印桃源3栋 灯不亮", operatorName: "甲")).status == .created)
        }
        let store = try DeskStore.open(path: path, registry: registry, seeds: .bundled)
        let count = try store.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cases"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM seedDocuments"))
        }
        #expect(count.0 == 1 && count.1 == 1)
        #expect(try store.directory().compounds.count == 5)
    }

    @Test func twoDesksShareOneFile() throws {
        let path = try temporaryFolder().appendingPathComponent("desk.sqlite").path
        let a = try Desk(registry: registry, store: try DeskStore.open(path: path, registry: registry, seeds: .bundled))
        let b = try Desk(registry: registry, store: try DeskStore.open(path: path, registry: registry, seeds: .bundled))
        let ra = a.respond(to: Message("故障 水印桃源3栋 灯不亮", operatorName: "甲"))
        let rb = b.respond(to: Message("故障 顺驰泊林3栋 灯不亮", operatorName: "乙"))
        #expect(ra.caseID == "GZ-0001" && rb.caseID == "GZ-0002")
    }

    @Test func directoryIsComplete() throws {
        let d = try SeedFiles.bundled.decode(CommunityDirectory.self, from: "community.yaml")
        #expect(d.compounds.map(\.name) == ["武汉奥林匹克花园", "水印桃源", "顺驰泊林", "汉口道6号", "李家墩村湾"])
        #expect(d.stations.count == 3)
        #expect(d.teams.count == 11)
        #expect(d.timeLimits.map(\.hours) == [2, 24, 168, 360])
    }
}
