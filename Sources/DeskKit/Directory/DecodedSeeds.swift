import Foundation
import Synchronization

/// Seed YAML decoded once: `community.yaml`, `desk/emergencies.yaml` and `desk/offices.yaml` are read at every
/// start, and Yams spent more time decoding them than the rest of a start's own work (docs/performance.md).
/// The decoded value is kept as JSON (``StartupCache``, row `seed:<file>`) under a key that hashes the file's
/// text and the type; a start whose text is unchanged decodes the JSON instead. A changed file is decoded from
/// YAML — with the same errors for a file that does not fit — and kept again.
enum DecodedSeeds {
    /// Bumped when the JSON of a type changes in a way the executable's identity would not show.
    static let version = "1"

    /// Values decoded in this process, by key (the test suite's desks decode each file once).
    private static let inProcess = Mutex<[String: any Sendable]>([:])

    /// `yaml` decoded as `T`: from `store`, from this process, or from the YAML — and kept in `store` when it
    /// did not have it.
    static func decode<T: Codable & Sendable>(_ type: T.Type, yaml: String, name: String, store: DeskStore?) throws(SeedError) -> T {
        guard let store else { return try SeedFiles.decode(type, yaml: yaml, name: name) }
        // `_typeName`: the same name `String(reflecting:)` gives, without its protocol-conformance look-ups (1 % of a start).
        let key = StartupCache.key([version, _typeName(T.self, qualified: true), name, yaml])
        let row = "seed:" + name
        // A row that cannot be read (another build's JSON, a busy file) only costs the YAML decoding.
        if let json = try? StartupCache.load(row, key: key, from: store), let value = try? JSONDecoder().decode(T.self, from: json) {
            return value
        }
        let value: T
        if let known = inProcess.withLock({ $0[key] }) as? T {
            value = known
        } else {
            value = try SeedFiles.decode(type, yaml: yaml, name: name)
            inProcess.withLock { $0[key] = value }
        }
        if StartupCache.canKeep(in: store), let json = try? JSONEncoder().encode(value) {
            try? StartupCache.save(row, key: key, body: json, in: store)
        }
        return value
    }
}
