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

    private var next: [[UInt8: Int32]] = [[:]]
    private var fail: [Int32] = [0]
    private var outputs: [[Int]] = [[]]
    private var phrases: [(String, Payload)] = []

    /// Builds the automaton for `entries`; empty phrases are ignored.
    public init(_ entries: [(phrase: String, payload: Payload)]) {
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
    }

    /// Every occurrence of every phrase in `text`, in order of where they end.
    public func matches(in text: String) -> [Match] {
        var found: [Match] = []
        var state = 0
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            while state != 0 && next[state][byte] == nil { state = Int(fail[state]) }
            state = next[state][byte].map(Int.init) ?? 0
            for index in outputs[state] {
                let (phrase, payload) = phrases[index]
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
