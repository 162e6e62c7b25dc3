import Foundation

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
    /// For each gram seen in training, where its entries start in ``entryLabels``/``entryGains`` (and end at the
    /// next gram's start): the labels it was seen with and log P(gram | label) − log P(unseen | label).
    private let starts: [UInt64: Int32]
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
        var gramIndex: [UInt64: Int] = [:]
        var grams: [UInt64] = []
        var counts: [[Int: Float]] = []
        var totals = [Float](repeating: 0, count: labels.count)
        for example in examples {
            let l = labelIndex[example.label]!
            for gram in CharacterGrams.of(example.text) {
                let g: Int
                if let known = gramIndex[gram] { g = known } else {
                    g = grams.count; gramIndex[gram] = g; grams.append(gram); counts.append([:])
                }
                counts[g][l, default: 0] += 1
                totals[l] += 1
            }
        }
        let vocabulary = Float(max(grams.count, 1))
        let unseen = totals.map { log(Self.alpha / ($0 + Self.alpha * vocabulary)) }
        var starts: [UInt64: Int32] = [:]
        var ends: [Int32] = []
        var entryLabels: [UInt16] = []
        var entryGains: [Float] = []
        for (g, gram) in grams.enumerated() {
            starts[gram] = Int32(g)
            for (l, c) in counts[g].sorted(by: { $0.key < $1.key }) {
                entryLabels.append(UInt16(l))
                entryGains.append(log((c + Self.alpha) / (totals[l] + Self.alpha * vocabulary)) - unseen[l])
            }
            ends.append(Int32(entryLabels.count))
        }
        self.starts = starts
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
        let grams = all.filter { starts[$0] != nil }
        // A line the model has hardly seen anything like (letters typed at random) is not classified at all.
        guard !grams.isEmpty, Double(grams.count) >= Double(all.count) * Self.minimumCoverage else { return [] }
        var scores = unseen.map { $0 * Float(grams.count) }
        for gram in grams {
            guard let g = starts[gram] else { continue }
            let from = g == 0 ? 0 : Int(ends[Int(g) - 1])
            for e in from..<Int(ends[Int(g)]) { scores[Int(entryLabels[e])] += entryGains[e] }
        }
        let scale = 1 / max(1, Float(grams.count) * Self.temperature / 3)
        let top = scores.max()!
        let exps = scores.map { Double(exp(($0 - top) * scale)) }
        let sum = exps.reduce(0, +)
        return zip(labels, exps).map { ($0, $1 / sum) }
            .enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map(\.element)
    }
}
