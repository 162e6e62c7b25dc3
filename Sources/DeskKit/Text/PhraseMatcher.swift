/// Finds every occurrence of a fixed set of phrases in a text in one pass (Aho–Corasick over UTF-8 bytes).
///
/// Built once — at registration for the router, at start-up for the address parser — and then only read,
/// so routing a line costs one walk over its bytes however many phrases the modules declare.
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// One occurrence: the payload of the phrase and where it ends (byte offset, exclusive) and its length in bytes.
    public struct Match: Sendable {
        public let payload: Payload
        public let phrase: String
        public let end: Int
        public var start: Int { end - phrase.utf8.count }
    }

    // The automaton, read once per byte of every line: flat arrays rather than a dictionary per state (hashing
    // each byte was most of the matching: perf, dispatch). The root's transitions are a table of 256; another
    // state's (one to a few) are a run of `edgeBytes`/`edgeTargets` from `edgeStart[state]` to
    // `edgeStart[state + 1]`.
    private let root: [Int32]
    private let edgeStart: [Int32]
    private let edgeBytes: [UInt8]
    private let edgeTargets: [Int32]
    private let fail: [Int32]
    /// The phrases that end at a state: `outputList` from `outputStart[state]` to `outputStart[state + 1]`.
    private let outputStart: [Int32]
    private let outputList: [Int32]
    private let phrases: [(String, Payload)]

    /// Builds the automaton for `entries`; empty phrases are ignored.
    public init(_ entries: [(phrase: String, payload: Payload)]) {
        var next: [[UInt8: Int32]] = [[:]]
        var fail: [Int32] = [0]
        var outputs: [[Int]] = [[]]
        var phrases: [(String, Payload)] = []
        for (phrase, payload) in entries where !phrase.isEmpty {
            var state = 0
            for byte in phrase.utf8 {
                if let s = next[state][byte] {
                    state = Int(s)
                } else {
                    next.append([:]); fail.append(0); outputs.append([])
                    next[state][byte] = Int32(next.count - 1)
                    state = next.count - 1
                }
            }
            outputs[state].append(phrases.count)
            phrases.append((phrase, payload))
        }
        // Breadth-first failure links.
        var queue = Array(next[0].values.map(Int.init))
        var head = 0
        while head < queue.count {
            let state = queue[head]; head += 1
            for (byte, child32) in next[state] {
                let child = Int(child32)
                queue.append(child)
                var f = fail[state]
                while f != 0 && next[Int(f)][byte] == nil { f = fail[Int(f)] }
                let target = next[Int(f)][byte].map(Int.init) ?? 0
                fail[child] = Int32(target == child ? 0 : target)
                outputs[child] += outputs[Int(fail[child])]
            }
        }
        root = (0...255).map { next[0][UInt8($0)] ?? 0 }
        var edgeStart: [Int32] = [], edgeBytes: [UInt8] = [], edgeTargets: [Int32] = []
        for state in next.indices {
            edgeStart.append(Int32(edgeBytes.count))
            for (byte, target) in next[state].sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(target)
            }
        }
        edgeStart.append(Int32(edgeBytes.count))
        self.edgeStart = edgeStart
        self.edgeBytes = edgeBytes
        self.edgeTargets = edgeTargets
        self.fail = fail
        outputStart = outputs.reduce(into: [0]) { $0.append($0.last! + Int32($1.count)) }
        outputList = outputs.flatMap { $0.map(Int32.init) }
        self.phrases = phrases
    }

    /// The state reached from `state` by `byte`, or nil when `state` (not the root) has no such transition.
    private func transition(_ state: Int, _ byte: UInt8) -> Int? {
        if state == 0 { return Int(root[Int(byte)]) }
        for e in Int(edgeStart[state])..<Int(edgeStart[state + 1]) where edgeBytes[e] == byte { return Int(edgeTargets[e]) }
        return nil
    }

    /// Every occurrence of every phrase in `text`, in order of where they end.
    public func matches(in text: String) -> [Match] {
        var found: [Match] = []
        var state = 0
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            var target = transition(state, byte)
            while target == nil {
                state = Int(fail[state])
                target = transition(state, byte)
            }
            state = target!
            for o in Int(outputStart[state])..<Int(outputStart[state + 1]) {
                let (phrase, payload) = phrases[Int(outputList[o])]
                found.append(Match(payload: payload, phrase: phrase, end: offset))
            }
        }
        return found
    }

    /// The occurrences that no longer occurrence overlaps: `奥林匹克花园` wins over `花园` inside it.
    public func longestMatches(in text: String) -> [Match] {
        let all = matches(in: text).sorted { ($0.phrase.utf8.count, -$0.start) > ($1.phrase.utf8.count, -$1.start) }
        var taken: [Range<Int>] = []
        var kept: [Match] = []
        for m in all where !taken.contains(where: { $0.overlaps(m.start..<m.end) }) {
            taken.append(m.start..<m.end)
            kept.append(m)
        }
        return kept.sorted { $0.start < $1.start }
    }
}
