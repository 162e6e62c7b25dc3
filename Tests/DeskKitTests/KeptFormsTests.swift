@testable import DeskKit
import Foundation
import Testing

@Suite("Forms modules keep between starts")
struct KeptFormsTests {
    /// A kept form is written when the kernel writes the pending forms (after a line), read back only under its
    /// name and stamp and only whole, replaced when kept again; a desk in memory keeps nothing.
    @Test func aFormIsReadOnlyForItsNameAndStampAndOnlyWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = try ModuleRegistry([FaultModule()])
        let store = try DeskStore.open(path: folder.appendingPathComponent("desk.sqlite").path, registry: registry, seeds: .bundled)
        let kept = KeptForms(store: store)
        func form(_ name: String = "test/form", stamp: String) throws -> [UInt8]? {
            try store.read { db in kept.form(name, stamp: stamp, in: db) }
        }
        let bytes = (0..<203).map { UInt8($0 % 251) }

        kept.keep("test/form", stamp: "1") { bytes }
        #expect(try form(stamp: "1") == nil)   // not written until the line is over
        store.keepPendingForms()
        #expect(try form(stamp: "1") == bytes)
        #expect(try form(stamp: "2") == nil)
        #expect(try form("test/other", stamp: "1") == nil)

        for damage in ["substr(body, 1, length(body) - 1)", "CAST(substr(body, 1, 100) || x'FF' || substr(body, 102) AS BLOB)",
                       "CAST(substr(body, 1, length(body) - 1) || x'00' AS BLOB)", "CAST(body || x'00' AS BLOB)", "x''"] {
            try store.write { db in
                try db.execute(sql: "UPDATE startupCache SET body = \(damage) WHERE name = 'kept:test/form'")
            }
            #expect(try form(stamp: "1") == nil, "\(damage)")
            kept.keep("test/form", stamp: "1") { bytes }
            store.keepPendingForms()
            #expect(try form(stamp: "1") == bytes)
        }

        kept.keep("test/form", stamp: "2") { [9] }
        store.keepPendingForms()
        #expect(try form(stamp: "2") == [9])
        #expect(try form(stamp: "1") == nil)

        let memory = try DeskStore.inMemory(registry: registry, seeds: .bundled)
        KeptForms(store: memory).keep("test/form", stamp: "1") { bytes }
        memory.keepPendingForms()
        #expect(try memory.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM startupCache WHERE name LIKE 'kept:%'") } == 0)
        #expect(try memory.read { db in KeptForms(store: memory).form("test/form", stamp: "1", in: db) } == nil)
    }
}
