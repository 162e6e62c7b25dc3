import DeskKit
import Foundation

/// The figures of one bench run.
struct BenchReport {
    struct Row {
        var name: String
        var value: String
        var baselineName: String
        var baseline: String
        var ratio: String
        var target: String
    }

    var rows: [Row] = []
    var notes: [String] = []

    mutating func add(_ name: String, _ value: String, baseline baselineName: String, _ baseline: String, ratio: String, target: String) {
        rows.append(Row(name: name, value: value, baselineName: baselineName, baseline: baseline, ratio: ratio, target: target))
    }

    func render() -> String {
        let table = TextTable(headers: ["测量", "结果", "基线", "基线结果", "比值", "目标"],
                              rows: rows.map { [$0.name, $0.value, $0.baselineName, $0.baseline, $0.ratio, $0.target] },
                              maxColumnWidth: 50).render()
        return ([table] + notes).joined(separator: "\n")
    }
}

/// Timing helpers.
enum Stopwatch {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func rate(_ n: Int, _ seconds: Double) -> String { String(format: "%.0f/s", Double(n) / seconds) }

    /// Median and 99th percentile in milliseconds.
    static func percentiles(_ samples: [Double]) -> (median: Double, p99: Double) {
        let s = samples.sorted()
        return (s[s.count / 2] * 1000, s[min(s.count - 1, Int(Double(s.count) * 0.99))] * 1000)
    }
}

/// A deterministic generator (SplitMix64), so generated data is the same every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
