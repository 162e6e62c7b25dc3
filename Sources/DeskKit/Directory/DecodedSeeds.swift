import Foundation
import Synchronization

/// Seed YAML decoded once: `community.yaml`, `desk/emergencies.yaml` and `desk/offices.yaml` are read at every
/// start, and Yams spent more time decoding them than the rest of a start's own work (docs/performance.md).
/// The decoded value is kept in its compact form (``KeptSeed``; ``StartupCache``, row `seed:<file>`) under a key
/// that hashes the file's text and the type; a start whose text is unchanged reads that form instead. A changed
/// file is decoded from YAML — with the same errors for a file that does not fit — and kept again.
enum DecodedSeeds {
    /// Bumped when the JSON of a type changes in a way the executable's identity would not show.
    static let version = "6"   // 2: the compact form (``KeptSeed``) instead of JSON; 3: a compound's shorthand; 4: an office's helpsVictims;
                               // 5: an office's notWhen; 6: an emergency kind's endsWhenPutOut

    /// Values decoded in this process, by key (the test suite's desks decode each file once).
    private static let inProcess = Mutex<[String: any Sendable]>([:])

    /// `yaml` decoded as `T`: from `store`, from this process, or from the YAML — and kept in `store` when it
    /// did not have it. `check` is run on a value decoded from the YAML before it is kept, so a kept value is
    /// one that passed it (``decodedOnFirstUse(_:yaml:name:store:check:)`` relies on that).
    static func decode<T: KeptSeed & Sendable>(_ type: T.Type, yaml: String, name: String, store: DeskStore?,
                                              check: (T) throws(SeedError) -> Void = { _ in }) throws(SeedError) -> T {
        guard let store else {
            let value = try SeedFiles.decode(type, yaml: yaml, name: name)
            try check(value)
            return value
        }
        let key = key(T.self, yaml: yaml, name: name)
        // A row that cannot be read (another build's JSON, a busy file) only costs the YAML decoding.
        if let kept = try? StartupCache.load(row(name), key: key, from: store), let value = read(T.self, kept) {
            return value
        }
        let value: T
        if let known = inProcess.withLock({ $0[key] }) as? T {
            value = known
        } else {
            value = try SeedFiles.decode(type, yaml: yaml, name: name)
            try check(value)
            inProcess.withLock { $0[key] = value }
        }
        if StartupCache.canKeep(in: store) {
            var form = KeptWriter()
            value.keep(in: &form)
            try? StartupCache.save(row(name), key: key, body: Data(form.bytes), in: store)
        }
        return value
    }

    /// What ``decode(_:yaml:name:store:check:)`` gives, made when first asked for if `store` kept this text's
    /// value at an earlier start — it decoded and passed `check` then, so the start goes on — and made now
    /// otherwise, so that a file that does not read or fit still stops the start with its error. The kept
    /// form is read now, on the start's connection: the first use reads it without touching the database.
    static func decodedOnFirstUse<T: KeptSeed & Sendable>(_ type: T.Type, yaml: String, name: String, store: DeskStore,
                                                         check: (T) throws(SeedError) -> Void) throws(SeedError) -> @Sendable () -> T {
        guard let kept = try? StartupCache.load(row(name), key: key(T.self, yaml: yaml, name: name), from: store) else {
            let value = try decode(type, yaml: yaml, name: name, store: store, check: check)
            return { value }
        }
        return {
            if let value = read(T.self, kept) { return value }
            // The row was made by this executable (its key says so) from a value of this type: only a row edited
            // by hand gets here. The YAML decoded and passed the check when the row was kept, so it does again.
            do { return try SeedFiles.decode(type, yaml: yaml, name: name) } catch { preconditionFailure("\(error)") }
        }
    }

    /// The value a kept row holds, or nil when it does not read to its end.
    static func read<T: KeptSeed>(_ type: T.Type, _ kept: Data) -> T? {
        var form = KeptReader([UInt8](kept))
        guard let value = try? T(kept: &form), form.isAtEnd else { return nil }
        return value
    }

    /// The key of `yaml` decoded as `T` by this executable.
    private static func key<T>(_ type: T.Type, yaml: String, name: String) -> String {
        // `_typeName`: the same name `String(reflecting:)` gives, without its protocol-conformance look-ups (1 % of a start).
        StartupCache.key([version, _typeName(T.self, qualified: true), name, yaml])
    }

    private static func row(_ name: String) -> String { "seed:" + name }
}
