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
    ///
    /// With `rival`, only the grams that speak for `label` more than for `rival` count (by ``distinctMargin`` of
    /// log-likelihood): `我屋里的还在抢票` shares 我屋里 with a thousand repairs, and with chatter as much.
    func support(of label: String, in text: String, against rival: String? = nil) -> Int {
        guard let l = labels.firstIndex(of: label).map(UInt16.init) else { return 0 }
        let r = rival.flatMap { labels.firstIndex(of: $0) }.map(UInt16.init)
        var count = 0
        for gram in CharacterGrams.of(text) where CharacterGrams.isInner(gram) {
            guard let g = ordinal(of: gram) else { continue }
            let entries = (g == 0 ? 0 : Int(ends[g - 1]))..<Int(ends[g])
            guard let own = entries.first(where: { entryLabels[$0] == l }) else { continue }
            guard let r else { count += 1; continue }
            // log P(gram | label) is its gain plus the label's unseen log-probability; a gram never seen with the
            // rival has the rival's unseen log-probability.
            let rivalGain = entries.first(where: { entryLabels[$0] == r }).map { entryGains[$0] + unseen[Int(r)] } ?? unseen[Int(r)]
            if entryGains[own] + unseen[Int(l)] - rivalGain >= Self.distinctMargin { count += 1 }
        }
        return count
    }

    /// How much more likely (log) a gram must be under a label than under its rival to count as its support.
    static let distinctMargin: Float = 1.0

    /// The labels with their probabilities, most likely first (ties in label order).
    func classify(_ text: String) -> [(label: String, probability: Double)] {
        zip(labels, posterior(text))
            .enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map(\.element)
    }

    /// Each label's probability, by its position in ``labels`` (empty when the line is not classified).
    func posterior(_ text: String) -> [Double] {
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
        return exps.map { $0 / sum }
    }
}

/// The model: taken from the database the first time a line needs it (``ModelCache``: stored, or trained once
/// per change of the examples), or trained then when there is none to take.
final class LazyModel: Sendable {
    /// Identifies the examples the model learns from (``ModelCache`` keeps the model under it): their sources,
    /// the labels taken and the build.
    let key: String
    private let sources: ExampleSources
    private let accepts: @Sendable (String) -> Bool
    private let reading: RoutingText
    /// The labels the model may learn, sorted: the positions ``posterior(_:)`` gives.
    let order: [String]
    private let model = Mutex<Ready?>(nil)
    /// Where a model already trained from the same examples is read, the first time one is needed.
    private let stored = Mutex<(@Sendable () -> NaiveBayes?)?>(nil)

    /// - Parameters:
    ///   - accepting: the labels the model learns (an example of another label is left out).
    ///   - reading: what of an example's text the model learns (the same as what it reads of a line).
    init(_ sources: ExampleSources, accepting labels: Set<String>, reading: RoutingText) {
        self.sources = sources
        accepts = { labels.contains($0) }
        order = labels.sorted()
        self.reading = reading
        key = ModelCache.key(for: sources, labels: labels)
    }

    /// The examples the model learns from, parsed now.
    func examples() throws(SeedError) -> [Example] {
        try sources.parse().filter { accepts($0.label) }
    }

    /// A model trained now from the examples.
    func train() throws(SeedError) -> NaiveBayes {
        NaiveBayes(try examples().map { Example($0.label, reading.content($0.text)) })
    }

    /// The model: read from where ``load(from:)`` says, else trained now, the first time it is asked for.
    func trained() -> NaiveBayes {
        ready().model
    }

    /// The labels the model has examples of.
    var labels: Set<String> { ready().labels }

    /// The model with what is derived from it once: its labels as a set, and where each stands in ``order``.
    private struct Ready: Sendable {
        let model: NaiveBayes
        let labels: Set<String>
        /// The position in ``order`` of each of the model's labels, or -1 for a label `order` lacks (a model is
        /// kept under a key naming the labels accepted, so only a database edited by hand could give one).
        let slots: [Int]
        /// By position in ``order``: whether the model has examples of the label.
        let learned: [Bool]

        init(_ model: NaiveBayes, order: [String]) {
            self.model = model
            labels = Set(model.labels)
            slots = model.labels.map { label in order.firstIndex(of: label) ?? -1 }
            var learned = [Bool](repeating: false, count: order.count)
            for slot in slots where slot >= 0 { learned[slot] = true }
            self.learned = learned
        }
    }

    private func ready() -> Ready {
        model.withLock { model in
            if let model { return model }
            // The examples parsed at an earlier start (the model's key matched), so they parse now.
            let made = Ready(stored.withLock { $0 }?() ?? (try? train()) ?? NaiveBayes([]), order: order)
            model = made
            return made
        }
    }

    /// Whether the model is in memory (trained or read).
    var isReady: Bool { model.withLock { $0 != nil } }

    /// Takes `ready`, a model trained from the same examples, instead of training.
    func use(_ ready: NaiveBayes) {
        let made = Ready(ready, order: order)
        model.withLock { $0 = made }
    }

    /// Reads the model from `source` (a model trained from the same examples) when it is first needed; a source
    /// that gives none means training then.
    func load(from source: @escaping @Sendable () -> NaiveBayes?) {
        stored.withLock { $0 = source }
    }

    /// ``NaiveBayes/classify(_:)``, reading or training the model first if needed.
    func classify(_ text: String) -> [(label: String, probability: Double)] {
        trained().classify(text)
    }

    /// ``NaiveBayes/posterior(_:)`` by position in ``order``: the probabilities of the model's labels, where
    /// each of them stands in ``order`` (`slots`), and which labels of ``order`` the model has examples of.
    func posterior(_ text: String) -> (probabilities: [Double], slots: [Int], learned: [Bool]) {
        let ready = ready()
        return (ready.model.posterior(text), ready.slots, ready.learned)
    }

    /// ``NaiveBayes/support(of:in:against:)``.
    func support(of label: String, in text: String, against rival: String? = nil) -> Int {
        trained().support(of: label, in: text, against: rival)
    }
}
