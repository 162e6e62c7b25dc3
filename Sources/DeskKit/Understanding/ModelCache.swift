import Foundation
import Synchronization

/// The router's trained model kept in the database (``StartupCache``, row `router-model`), so that a start
/// takes it ready instead of training it on the first line of free text (13 ms quiet, far more on a loaded
/// tablet).
///
/// The key hashes everything the model was trained from: the examples as the router filtered them (labels and
/// texts, in order), ``version``, and the executable — so an edited `examples.tsv` and a new build (a changed
/// ``CharacterGrams`` or ``RoutingText``) each train a new model once. A model trained in this process is kept
/// for the process too (the test suite's in-memory desks train once).
///
/// The stored form is the trained arrays byte for byte, so a stored model scores every line exactly as the
/// model it was made from (tested on every example and variations of them).
enum ModelCache {
    /// Bumped when the stored layout or the training changes in a way the executable's identity would not show.
    static let version = "naive-bayes 1"
    static let name = "router-model"

    /// Models trained in this process, by key: every in-memory `Desk` on the same examples (the test suite's,
    /// the benchmarks') shares one.
    private static let inProcess = Mutex<[String: NaiveBayes]>([:])

    /// Makes `model` ready: from the database (or this process) when the first line needs it — a start that
    /// answers only commands neither parses the examples nor reads the 0.9 MB row — or, when the database has
    /// none for these examples, from this process or trained now, and stored on a file desk. Training at start
    /// happens once per change of the examples or of the build (and once per process for in-memory desks).
    /// Throws a ``SeedError`` for an examples file that does not parse (only when the examples changed).
    static func prepare(_ model: LazyModel, store: DeskStore) throws {
        let key = model.key
        if (try? StartupCache.has(name, key: key, in: store)) == true {
            // Read on the first line that needs it, on that line's connection (a relay batch's, inside the batch);
            // a row gone since the start (or unreadable) only means training then.
            return model.load { inProcess.withLock { $0[key] } ?? (try? load(key, from: store)) ?? nil }
        }
        let ready = try inProcess.withLock { $0[key] } ?? model.train()
        model.use(ready)
        inProcess.withLock { $0[key] = ready }
        if StartupCache.canKeep(in: store) { try StartupCache.save(name, key: key, body: Data(encode(ready)), in: store) }
    }

    /// The stored model for `key`, or nil (none, or one this build cannot read).
    static func load(_ key: String, from store: DeskStore) throws -> NaiveBayes? {
        try StartupCache.load(name, key: key, from: store).flatMap(decode)
    }

    /// The key of a model trained by this executable from the examples `sources` give, keeping those of `labels`.
    static func key(for sources: ExampleSources, labels: Set<String>) -> String {
        StartupCache.key([.text(version), .text(labels.sorted().joined(separator: "\n"))] + sources.parts)
    }

    // MARK: The stored form

    /// `NBM1`, a byte-order mark, the counts, the labels (length-prefixed UTF-8), then the arrays as they are
    /// in memory: grams, ends, entry labels, entry gains, unseen.
    private static let magic: UInt32 = 0x314D_424E   // "NBM1" read as little-endian
    private static let byteOrderMark: UInt32 = 0x0102_0304

    static func encode(_ model: NaiveBayes) -> [UInt8] {
        var bytes: [UInt8] = []
        func append<T>(_ values: [T]) { values.withUnsafeBytes { bytes += $0 } }
        append([magic, byteOrderMark, UInt32(model.labels.count), UInt32(model.grams.count),
                UInt32(model.entryLabels.count)])
        for label in model.labels {
            append([UInt32(label.utf8.count)])
            bytes += label.utf8
        }
        append(model.grams)
        append(model.ends)
        append(model.entryLabels)
        append(model.entryGains)
        append(model.unseen)
        return bytes
    }

    /// The model in `data`, or nil when it is not a model of this layout and byte order, or is cut short.
    static func decode(_ data: Data) -> NaiveBayes? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> NaiveBayes? in
            var reader = RawArrayReader(raw)
            guard let header = reader.read(5, as: UInt32.self), header[0] == magic, header[1] == byteOrderMark else { return nil }
            let (labelCount, gramCount, entryCount) = (Int(header[2]), Int(header[3]), Int(header[4]))
            var labels: [String] = []
            for _ in 0..<labelCount {
                guard let length = reader.read(1, as: UInt32.self), let utf8 = reader.read(Int(length[0]), as: UInt8.self) else { return nil }
                labels.append(String(decoding: utf8, as: UTF8.self))
            }
            guard let grams = reader.read(gramCount, as: UInt64.self), let ends = reader.read(gramCount, as: Int32.self),
                  let entryLabels = reader.read(entryCount, as: UInt16.self), let entryGains = reader.read(entryCount, as: Float.self),
                  let unseen = reader.read(labelCount, as: Float.self), reader.isAtEnd else { return nil }
            return NaiveBayes(labels: labels, grams: grams, entryLabels: entryLabels, entryGains: entryGains,
                              ends: ends, unseen: unseen)
        }
    }
}

extension Desk {
    /// For `desk bench`: the seconds it takes to train the router's model from its examples, and to load it from
    /// this desk's database (nil for a desk whose database keeps no model: an in-memory one).
    public func routerModelTimings() throws -> (training: Double, loading: Double?) {
        func seconds(_ body: () throws -> Void) rethrows -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        let training = try seconds { _ = try router.classifier.train() }
        let key = router.classifier.key
        guard try ModelCache.load(key, from: store) != nil else { return (training, nil) }
        return (training, try seconds { _ = try ModelCache.load(key, from: store) })
    }
}
