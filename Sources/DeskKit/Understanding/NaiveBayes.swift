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
    /// Each gram seen in training → its ordinal `g`. Its entries in ``entryLabels``/``entryGains`` run from
    /// `ends[g - 1]` (0 for the first) to `ends[g]`: the labels it was seen with, and
    /// log P(gram | label) − log P(unseen | label).
    private let ordinals: [UInt64: Int32]
    private let entryLabels: [UInt16]
    private let entryGains: [Float]
    private let ends: [Int32]
    /// log P(unseen gram | label).
    private let unseen: [Float]

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
        var ordinals: [UInt64: Int32] = [:]
        ordinals.reserveCapacity(vocabulary)
        var ends: [Int32] = []
        var entryLabels: [UInt16] = []
        var entryGains: [Float] = []
        var i = 0
        while i < occurrences.count {
            let gram = occurrences[i].gram
            ordinals[gram] = Int32(ends.count)
            while i < occurrences.count && occurrences[i].gram == gram {
                let label = occurrences[i].label
                var count: Float = 0
                while i < occurrences.count && occurrences[i].gram == gram && occurrences[i].label == label { count += 1; i += 1 }
                entryLabels.append(UInt16(label))
                entryGains.append(log((count + Self.alpha) / (totals[label] + smoothing)) - unseen[label])
            }
            ends.append(Int32(entryLabels.count))
        }
        self.ordinals = ordinals
        self.ends = ends
        self.entryLabels = entryLabels
        self.entryGains = entryGains
        self.unseen = unseen
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
            guard let g = ordinals[gram] else { continue }
            known += 1
            let from = g == 0 ? 0 : Int(ends[Int(g) - 1])
            for e in from..<Int(ends[Int(g)]) { scores[Int(entryLabels[e])] += entryGains[e] }
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

/// The model, trained the first time a line of free text needs it: commands, case numbers and `desk say 帮助`
/// never pay for training.
final class LazyModel: Sendable {
    /// The labels the model learns.
    let labels: Set<String>
    private let examples: [Example]
    private let reading: RoutingText
    private let model = Mutex<NaiveBayes?>(nil)

    /// - Parameter reading: what of an example's text the model learns (the same as what it reads of a line).
    init(_ examples: [Example], reading: RoutingText) {
        self.examples = examples
        self.reading = reading
        labels = Set(examples.map(\.label))
    }

    /// ``NaiveBayes/classify(_:)``, training first if needed.
    func classify(_ text: String) -> [(label: String, probability: Double)] {
        let trained = model.withLock { model in
            if model == nil { model = NaiveBayes(examples.map { Example($0.label, reading.content($0.text)) }) }
            return model!
        }
        return trained.classify(text)
    }
}
