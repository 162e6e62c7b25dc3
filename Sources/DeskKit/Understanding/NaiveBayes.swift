import Foundation
import Synchronization

/// A multinomial naive Bayes classifier over ``CharacterGrams``, trained from labelled examples: pure Swift,
/// deterministic (labels are sorted; nothing depends on hashing order), and cheap — classifying a line is one
/// dictionary look-up per gram and one addition per gram and label.
///
/// Priors are uniform: how many examples a label has says how hard its authors worked, not how often people
/// ask. Probabilities are the posterior over the labels, flattened by ``temperature`` so that a long line does
/// not make the model certain of everything.
struct NaiveBayes: Sendable {
    /// The labels, sorted.
    let labels: [String]
    /// Every gram seen in training, sorted: its position `g` is its ordinal (found by binary search — a sorted
    /// array is stored and loaded as it is, where a dictionary would be rebuilt entry by entry, see
    /// ``ModelCache``). Its entries in ``entryLabels``/``entryGains`` run from `ends[g - 1]` (0 for the first)
    /// to `ends[g]`: the labels it was seen with, and log P(gram | label) − log P(unseen | label).
    let grams: [UInt64]
    let entryLabels: [UInt16]
    let entryGains: [Float]
    let ends: [Int32]
    /// log P(unseen gram | label).
    let unseen: [Float]

    /// The share of a line's grams the model must know to classify it.
    static let minimumCoverage = 0.5
    /// Additive smoothing.
    static let alpha: Float = 0.1
    /// Log-likelihoods are divided by this share of the line's grams before the softmax.
    static let temperature: Float = 0.35

    init(_ examples: [Example]) {
        labels = Array(Set(examples.map(\.label))).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        // Every occurrence of a gram with its label, sorted, then counted in runs: no dictionary per gram.
        var occurrences: [(gram: UInt64, label: Int)] = []
        var totals = [Float](repeating: 0, count: labels.count)
        for example in examples {
            let l = labelIndex[example.label]!
            let grams = CharacterGrams.of(example.text)
            occurrences += grams.map { ($0, l) }
            totals[l] += Float(grams.count)
        }
        occurrences.sort { $0.gram != $1.gram ? $0.gram < $1.gram : $0.label < $1.label }
        var vocabulary = 0
        var previous: UInt64?
        for o in occurrences where o.gram != previous { vocabulary += 1; previous = o.gram }
        let smoothing = Self.alpha * Float(max(vocabulary, 1))
        let unseen = totals.map { log(Self.alpha / ($0 + smoothing)) }
        var grams: [UInt64] = []
        grams.reserveCapacity(vocabulary)
        var ends: [Int32] = []
        var entryLabels: [UInt16] = []
        var entryGains: [Float] = []
        var i = 0
        while i < occurrences.count {
            let gram = occurrences[i].gram
            grams.append(gram)
            while i < occurrences.count && occurrences[i].gram == gram {
                let label = occurrences[i].label
                var count: Float = 0
                while i < occurrences.count && occurrences[i].gram == gram && occurrences[i].label == label { count += 1; i += 1 }
                entryLabels.append(UInt16(label))
                entryGains.append(log((count + Self.alpha) / (totals[label] + smoothing)) - unseen[label])
            }
            ends.append(Int32(entryLabels.count))
        }
        self.grams = grams
        self.ends = ends
        self.entryLabels = entryLabels
        self.entryGains = entryGains
        self.unseen = unseen
    }

    /// The model as stored (``ModelCache``): the arrays as they were trained.
    init(labels: [String], grams: [UInt64], entryLabels: [UInt16], entryGains: [Float], ends: [Int32], unseen: [Float]) {
        self.labels = labels
        self.grams = grams
        self.entryLabels = entryLabels
        self.entryGains = entryGains
        self.ends = ends
        self.unseen = unseen
    }

    /// The position of `gram` in ``grams``, or nil for a gram never seen in training.
    func ordinal(of gram: UInt64) -> Int? {
        var low = 0, high = grams.count
        while low < high {
            let middle = (low + high) / 2
            if grams[middle] < gram { low = middle + 1 } else { high = middle }
        }
        return low < grams.count && grams[low] == gram ? low : nil
    }

    /// How many of `text`'s inner two- and three-character grams (not touching a run's start or end) were seen
    /// with `label` in training: the model's evidence beyond single characters. A line of words the examples
    /// never used (`终于 腿都爬断了`) can still lean towards a label on its characters alone.
    func support(of label: String, in text: String) -> Int {
        guard let l = labels.firstIndex(of: label).map(UInt16.init) else { return 0 }
        let field: UInt64 = 0x1F_FFFF
        var count = 0
        for gram in CharacterGrams.of(text) {
            let parts = gram >> 63 == 1 ? [gram >> 21 & field, gram & field]
                : gram >> 21 == 0 ? [] : [gram >> 42 & field, gram >> 21 & field, gram & field]
            guard !parts.isEmpty, !parts.contains(UInt64(CharacterGrams.boundary)), let g = ordinal(of: gram) else { continue }
            let from = g == 0 ? 0 : Int(ends[g - 1])
            if entryLabels[from..<Int(ends[g])].contains(l) { count += 1 }
        }
        return count
    }

    /// The labels with their probabilities, most likely first (ties in label order).
    func classify(_ text: String) -> [(label: String, probability: Double)] {
        let n = labels.count
        guard n > 0 else { return [] }
        // Grams never seen in training say nothing about any label: they are left out (counting them would
        // favour the labels with the fewest examples).
        let all = CharacterGrams.of(text)
        var scores = [Float](repeating: 0, count: n)
        var known = 0
        for gram in all {
            guard let g = ordinal(of: gram) else { continue }
            known += 1
            let from = g == 0 ? 0 : Int(ends[g - 1])
            for e in from..<Int(ends[g]) { scores[Int(entryLabels[e])] += entryGains[e] }
        }
        // A line the model has hardly seen anything like (letters typed at random) is not classified at all.
        guard known > 0, Double(known) >= Double(all.count) * Self.minimumCoverage else { return [] }
        for l in 0..<n { scores[l] += unseen[l] * Float(known) }
        let scale = 1 / max(1, Float(known) * Self.temperature / 3)
        let top = scores.max()!
        let exps = scores.map { Double(exp(($0 - top) * scale)) }
        let sum = exps.reduce(0, +)
        return zip(labels, exps).map { ($0, $1 / sum) }
            .enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map(\.element)
    }
}

/// The model: made ready when a `Desk` starts (``ModelCache``: stored, or trained once per change of the
/// examples), or trained the first time a line needs it when a router is used on its own.
final class LazyModel: Sendable {
    /// The labels the model learns.
    let labels: Set<String>
    /// What the model is trained from (``ModelCache`` keys the stored model by them).
    let examples: [Example]
    private let reading: RoutingText
    private let model = Mutex<NaiveBayes?>(nil)

    /// - Parameter reading: what of an example's text the model learns (the same as what it reads of a line).
    init(_ examples: [Example], reading: RoutingText) {
        self.examples = examples
        self.reading = reading
        labels = Set(examples.map(\.label))
    }

    /// The model, trained now if it is not there yet.
    func trained() -> NaiveBayes {
        model.withLock { model in
            if model == nil { model = NaiveBayes(examples.map { Example($0.label, reading.content($0.text)) }) }
            return model!
        }
    }

    /// Whether the model is there (trained or taken from the cache).
    var isReady: Bool { model.withLock { $0 != nil } }

    /// Takes `ready`, a model trained from the same ``examples`` (stored by ``ModelCache``), instead of training.
    func use(_ ready: NaiveBayes) {
        model.withLock { $0 = ready }
    }

    /// ``NaiveBayes/classify(_:)``, training first if needed.
    func classify(_ text: String) -> [(label: String, probability: Double)] {
        trained().classify(text)
    }

    /// ``NaiveBayes/support(of:in:)``.
    func support(of label: String, in text: String) -> Int {
        trained().support(of: label, in: text)
    }
}
