import Foundation

/// What a start would otherwise compute again from the seed files — the router's trained model
/// (``ModelCache``), the seeds' YAML decoded (``DecodedSeeds``) — kept in the database (`startupCache`), one row
/// per name, under a key that hashes everything the row was made from. A start whose key still matches takes the
/// row; a changed file or a new build makes a new key, and the row is made again once and replaced.
enum StartupCache {
    /// The key of a row made from `parts` by this executable: a 64-bit FNV-1a hash (the seed versions' hash,
    /// stable across runs, unlike `Hasher`) of the parts and of the executable's identity.
    static func key(_ parts: [String]) -> String {
        key(parts.map(Part.text))
    }

    /// A part of a key: text, or bytes that are hashed as they are (a seed file not read as text).
    enum Part {
        case text(String)
        case bytes(Data)
    }

    /// The key of a row made from `parts` by this executable (a text part and the bytes of its UTF-8 hash alike).
    static func key(_ parts: [Part]) -> String {
        var hash = FNV1a()
        hash.add(executableIdentity)
        for part in parts {
            switch part {
            case .text(let text):
                hash.add(String(text.utf8.count))   // lengths first: ["ab", "c"] and ["a", "bc"] differ
                hash.add(":")
                hash.add(text)
            case .bytes(let bytes):
                hash.add(String(bytes.count))
                hash.add(":")
                hash.add(bytes)
            }
        }
        return String(hash.value, radix: 16)
    }

    /// The row `name`, when it was made under `key`.
    static func load(_ name: String, key: String, from store: DeskStore) throws -> Data? {
        try store.read { db in
            try Data.fetchOne(db, sql: "SELECT body FROM startupCache WHERE name = ? AND key = ?", arguments: [name, key])
        }
    }

    /// Whether the row `name` was made under `key`, without reading it.
    static func has(_ name: String, key: String, in store: DeskStore) throws -> Bool {
        try store.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM startupCache WHERE name = ? AND key = ?)", arguments: [name, key])!
        }
    }

    /// Whether rows can be kept: a desk on a file it may write (an in-memory desk ends with its process).
    static func canKeep(in store: DeskStore) -> Bool {
        store.writer is DatabasePool && !store.isReadOnly
    }

    /// Keeps `body` as the row `name`, made under `key`, replacing the one before.
    static func save(_ name: String, key: String, body: Data, in store: DeskStore) throws {
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO startupCache(name, key, body, builtAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET key = excluded.key, body = excluded.body, builtAt = excluded.builtAt
                """, arguments: [name, key, body, Date()])
        }
    }

    /// The running executable's path, size and modification time: a new build (changed code that made a row)
    /// makes its rows again, without anyone having to remember to bump a version.
    static let executableIdentity: String = {
        guard let path = executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }()

    /// The running executable's path: on Linux the link `/proc/self/exe`, which is where Foundation's `Bundle.main`
    /// finds it too — but making the main bundle also reads every entry of the executable's folder (CoreFoundation
    /// looks there for a bundle's layout), some 2,300 instructions an entry: 9.6 M of a 53 M `desk say 帮助` run
    /// from a folder of 4,600 files (docs/performance.md, thirty-seventh pass). Elsewhere, and should the link not
    /// read, `Bundle.main`.
    static var executablePath: String? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return Bundle.main.executableURL?.path
    }
}

/// 64-bit FNV-1a.
private struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        // Over the string's contiguous UTF-8 buffer: every start hashes the router's examples (235 KB), and
        // stepping `String.UTF8View`'s iterator byte by byte cost more than the hash itself.
        var text = text
        var hash = value
        text.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        value = hash
    }

    mutating func add(_ bytes: Data) {
        var hash = value
        bytes.withUnsafeBytes { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        value = hash
    }
}
