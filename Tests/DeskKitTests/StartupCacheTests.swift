@testable import DeskKit
import Foundation
import Testing

@Suite("The executable's identity in the keys of kept rows")
struct StartupCacheTests {
    /// The path read without making the main bundle is the one `Bundle.main` gives (the identity, and so every
    /// kept row's key, is what it was), and it names this executable's file.
    @Test func theExecutablePathIsBundleMainsWithoutTheBundle() throws {
        let path = try #require(StartupCache.executablePath)
        #expect(path == Bundle.main.executableURL?.path)
        #expect(path.hasPrefix("/") && FileManager.default.isExecutableFile(atPath: path))
    }

    /// The identity names the path, the file's size and its modification time — not "unknown" — so a new build,
    /// of another size or time, makes other keys.
    @Test func theIdentityNamesThePathSizeAndTime() throws {
        let path = try #require(StartupCache.executablePath)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let size = try #require((attributes[.size] as? NSNumber)?.int64Value)
        #expect(StartupCache.executableIdentity.hasPrefix("\(path) \(size) "))
        #expect(StartupCache.executableIdentity != "unknown")
    }
}
