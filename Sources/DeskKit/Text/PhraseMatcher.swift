/// Finds every occurrence of a fixed set of phrases in a text in one pass (Aho–Corasick over UTF-8 bytes).
///
/// Made once — at registration for the router, at start-up for the address parser — and then only read,
/// so routing a line costs one walk over its bytes however many phrases the modules declare.
///
/// The automaton is built the first time the matcher is walked, not when it is made: a start whose line is a
/// command (`帮助`, `列表`) walks none of the router's, the address parser's or the directory's names, and
/// building them was 5.9 M instructions of such a start (docs/performance.md, thirty-second pass). A line that
/// needs one builds it, once; a walk after that only takes the built automaton (``BuiltOnFirstUse``). The emergency
/// guide's and the router's routing words' are also kept between starts (``init(_:kept:keep:)``,
/// ``keptAutomaton()``).
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// One occurrence: the payload of the phrase and where it ends (byte offset, exclusive) and its length in bytes.
    public struct Match: Sendable {
        public let payload: Payload
        public let phrase: String
        public let end: Int
        public var start: Int { end - phrase.utf8.count }
    }

    /// The phrases (empty ones left out) with their payloads, in the order given: an occurrence is found as its
    /// place in this list.
    private let phrases: [(String, Payload)]
    private let automaton: BuiltOnFirstUse<Automaton>

    /// A matcher for `entries`; empty phrases are ignored.
    public init(_ entries: [(phrase: String, payload: Payload)]) {
        let phrases = entries.filter { !$0.phrase.isEmpty }.map { ($0.phrase, $0.payload) }
        self.phrases = phrases
        let texts = phrases.map(\.0)
        automaton = BuiltOnFirstUse { Automaton(texts) }
    }

    /// A matcher for `entries` whose automaton, on the first walk, is read from what `kept` gives — the bytes
    /// ``keptAutomaton()`` gave for the same phrases, kept between starts (the emergency guide's: 9.6 M
    /// instructions to build, docs/performance.md, thirty-third pass; the router's routing words', thirty-sixth
    /// pass) — and built as ``init(_:)`` builds it when `kept` gives none, or bytes that are not this executable's
    /// automaton of these phrases, whole (another build's, other phrases', cut short or damaged: checked, never
    /// trusted).
    ///
    /// - Parameter keep: when the automaton is built rather than read, given a way to make its kept form (called
    ///   later, when the form is written), so that a missing, stale or damaged form is replaced by the walk that
    ///   finds it (the router's routing words, kept by the kernel after the line: ``KeptForms``).
    init(_ entries: [(phrase: String, payload: Payload)], kept: @escaping @Sendable () -> [UInt8]?,
         keep: (@Sendable (_ form: @escaping @Sendable () -> [UInt8]) -> Void)? = nil) {
        let phrases = entries.filter { !$0.phrase.isEmpty }.map { ($0.phrase, $0.payload) }
        self.phrases = phrases
        let texts = phrases.map(\.0)
        automaton = BuiltOnFirstUse {
            if let bytes = kept(), let read = Automaton(kept: bytes, phrases: texts) { return read }
            let built = Automaton(texts)
            keep?({ built.kept(phrases: texts) })
            return built
        }
    }

    /// The automaton in the form ``init(_:kept:keep:)`` reads (built now if no walk built it yet).
    func keptAutomaton() -> [UInt8] {
        automaton.value.kept(phrases: phrases.map(\.0))
    }

    /// Whether `kept` would be read as the automaton of `phrases` (the tests': a damaged form is built instead).
    static func reads(_ kept: [UInt8], as phrases: [String]) -> Bool {
        Automaton(kept: kept, phrases: phrases.filter { !$0.isEmpty }) != nil
    }

    /// Every occurrence of every phrase in `text`, in order of where they end.
    public func matches(in text: String) -> [Match] {
        var found: [Match] = []
        automaton.value.walk(text) { phrase, end in
            let (words, payload) = phrases[phrase]
            found.append(Match(payload: payload, phrase: words, end: end))
            return false
        }
        return found
    }

    /// Whether any phrase occurs in `text`: the walk ends at the first (no list of matches is made).
    public func occurs(in text: String) -> Bool {
        var found = false
        automaton.value.walk(text) { _, _ in
            found = true
            return true
        }
        return found
    }

    /// The payloads of every occurrence in `text`, folded into `initial` by `combine` in order of where they end (no
    /// list of matches is made): which of many word lists a line holds words of, in one walk (`WorkRecord.Words`).
    public func reduce<Result>(_ initial: Result, in text: String, _ combine: (inout Result, Payload) -> Void) -> Result {
        var result = initial
        automaton.value.walk(text) { phrase, _ in
            combine(&result, phrases[phrase].1)
            return false
        }
        return result
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

/// The Aho–Corasick automaton of a ``PhraseMatcher``'s phrases, which finds an occurrence as the phrase's place
/// in the list it was built from.
private struct Automaton: Sendable {
    // The automaton, read once per byte of every line, in one flat array walked through its buffer (`walk`):
    // - rows of 256 transitions, failures resolved: the root's from offset 0, then one for each state one byte deep;
    // - from `statesStart`, four numbers for each state — the offset of its row or -1, the first of its edges, the
    //   state it fails to, the first of its outputs in `outputList` — and four more after the last state, whose
    //   second and fourth end the last state's edges and outputs;
    // - from `edgesStart`, the edges of the states without a row (one to a few each): `byte | target << 8`.
    // Flat arrays rather than a dictionary per state: hashing each byte was most of the matching (perf, dispatch).
    // The rows of the states one byte deep: a Chinese character's first byte (E4–E9) leads from the root to one of
    // a few such states, each with dozens of edges (the second bytes of every phrase's first character), and
    // searching those edges, with a function call and bounds checks for each, was most of the walk — 3,700
    // instructions a line for `FixNews`' words, 3,100 for the emergencies' (callgrind, dispatch; the gain is in
    // docs/performance.md, thirteenth pass).
    private let automaton: [Int32]
    private let statesStart: Int
    private let edgesStart: Int
    private let outputList: [Int32]

    /// Builds the automaton for `phrases`, none empty.
    init(_ phrases: [String]) {
        var trie = PhraseTrie()
        var outputs: [[Int]] = [[]]
        for (index, phrase) in phrases.enumerated() {
            var state = 0
            for byte in phrase.utf8 {
                if let s = trie.child(state, byte) {
                    state = s
                    continue
                }
                state = trie.addChild(state, byte)
                outputs.append([])
            }
            outputs[state].append(index)
        }
        // Breadth-first failure links. (A state's link and outputs depend only on shallower states, so the order
        // within a depth does not change them.)
        var fail = [Int32](repeating: 0, count: trie.stateCount)
        var queue: [Int] = []
        queue.reserveCapacity(trie.stateCount)
        queue.append(0)
        var head = 0
        while head < queue.count {
            let state = queue[head]; head += 1
            var e = trie.firstEdge[state]
            while e >= 0 {
                let byte = trie.edgeByte[Int(e)], child32 = trie.edgeTarget[Int(e)]
                e = trie.nextEdge[Int(e)]
                let childState = Int(child32)
                queue.append(childState)
                guard state != 0 else { continue }   // the root's children fail to the root
                var f = Int(fail[state])
                while f != 0 && trie.child(f, byte) == nil { f = Int(fail[f]) }
                let target = trie.child(f, byte) ?? 0
                fail[childState] = Int32(target == childState ? 0 : target)
                outputs[childState] += outputs[Int(fail[childState])]
            }
        }
        // The rows: the root's table, then one for each of its children, which fail to the root.
        var automaton = trie.rootChild
        var row = [Int32](repeating: -1, count: trie.stateCount)
        row[0] = 0
        for byte in 0..<256 where trie.rootChild[byte] != 0 {
            let state = Int(trie.rootChild[byte])
            row[state] = Int32(automaton.count)
            var transitions = trie.rootChild
            var e = trie.firstEdge[state]
            while e >= 0 {
                transitions[Int(trie.edgeByte[Int(e)])] = trie.edgeTarget[Int(e)]
                e = trie.nextEdge[Int(e)]
            }
            automaton += transitions
        }
        // The states, then the edges of those without a row.
        let statesStart = automaton.count
        var edges: [Int32] = []
        var outputCount: Int32 = 0
        automaton.reserveCapacity(statesStart + 4 * (trie.stateCount + 1) + trie.edgeByte.count)
        for state in 0..<trie.stateCount {
            automaton.append(row[state]); automaton.append(Int32(edges.count))
            automaton.append(fail[state]); automaton.append(outputCount)
            outputCount += Int32(outputs[state].count)
            guard row[state] < 0 else { continue }
            var e = trie.firstEdge[state]
            while e >= 0 {
                edges.append(Int32(trie.edgeByte[Int(e)]) | trie.edgeTarget[Int(e)] << 8)
                e = trie.nextEdge[Int(e)]
            }
        }
        automaton += [-1, Int32(edges.count), 0, outputCount]
        self.statesStart = statesStart
        edgesStart = automaton.count
        self.automaton = automaton + edges
        outputList = outputs.flatMap { $0.map(Int32.init) }
    }

    /// An automaton read from its kept form.
    private init(automaton: [Int32], statesStart: Int, edgesStart: Int, outputList: [Int32]) {
        self.automaton = automaton
        self.statesStart = statesStart
        self.edgesStart = edgesStart
        self.outputList = outputList
    }

    // MARK: The kept form

    /// `PMA1`, a byte-order mark, the lengths (the phrases' key, `statesStart`, `edgesStart`, the two arrays), the
    /// phrases' key (``key(_:)``, UTF-8), the two arrays as they are in memory, and a checksum of all that.
    private static let magic: UInt32 = 0x3141_4D50   // "PMA1" read as little-endian
    private static let byteOrderMark: UInt32 = 0x0102_0304

    /// What a kept automaton is the automaton of: the phrases in order, made by this executable (``StartupCache``'s
    /// key hashes the executable's identity), so another build's layout or another list's automaton is not read.
    private static func key(_ phrases: [String]) -> String {
        StartupCache.key(["phrase automaton 1"] + phrases)
    }

    func kept(phrases: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        func append<T>(_ values: [T]) { values.withUnsafeBytes { bytes += $0 } }
        let key = Array(Self.key(phrases).utf8)
        append([Self.magic, Self.byteOrderMark, UInt32(key.count), UInt32(statesStart), UInt32(edgesStart),
                UInt32(automaton.count), UInt32(outputList.count)])
        bytes += key
        append(automaton)
        append(outputList)
        append([bytes.withUnsafeBytes(Self.checksum)])
        return bytes
    }

    /// The automaton of `phrases` kept in `bytes`, or nil when they are not one this executable kept for these
    /// phrases, whole. The checksum matters: ``walk(_:_:)`` reads the arrays without bounds checks, so a damaged
    /// number must never reach it.
    init?(kept bytes: [UInt8], phrases: [String]) {
        let made = bytes.withUnsafeBytes { raw -> Automaton? in
            guard raw.count >= 8 else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 8)])
            guard raw.loadUnaligned(fromByteOffset: body.count, as: UInt64.self) == Self.checksum(body) else { return nil }
            var reader = RawArrayReader(body)
            guard let header = reader.read(7, as: UInt32.self), header[0] == Self.magic, header[1] == Self.byteOrderMark,
                  let key = reader.read(Int(header[2]), as: UInt8.self), key.elementsEqual(Self.key(phrases).utf8),
                  let automaton = reader.read(Int(header[5]), as: Int32.self), let outputList = reader.read(Int(header[6]), as: Int32.self),
                  reader.isAtEnd else { return nil }
            let (statesStart, edgesStart) = (Int(header[3]), Int(header[4]))
            guard statesStart <= edgesStart, edgesStart <= automaton.count else { return nil }
            return Automaton(automaton: automaton, statesStart: statesStart, edgesStart: edgesStart, outputList: outputList)
        }
        guard let made else { return nil }
        self = made
    }

    /// FNV-1a's steps over the bytes taken eight at a time (the last few one by one): a kept automaton is hundreds
    /// of kilobytes, checked at the first line of free text of every start, and a step per word is an eighth of
    /// the steps. Each step is a bijection of the hash, so any one word changed changes the sum; it finds damage,
    /// not a forger (the database is trusted as the other kept rows are).
    private static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 { KeptForms.checksum(bytes) }

    /// Walks `text`'s bytes, giving `found` the place of the phrase and the end of each occurrence in order of
    /// where they end, until it returns true.
    ///
    /// The bytes are read from the text's contiguous UTF-8 (`withUTF8`), not through `String.UTF8View`'s iterator:
    /// some nine walks a relayed message (docs/performance.md, seventy-third pass).
    func walk(_ text: String, _ found: (_ phrase: Int, _ end: Int) -> Bool) {
        var text = text
        text.withUTF8 { bytes in automaton.withUnsafeBufferPointer { a in
            var state = 0
            var offset = 0
            for byte in bytes {
                offset += 1
                // The transition by `byte`, failures followed until a state has it; a state with a row has them all.
                while true {
                    let info = statesStart + 4 * state
                    let row = Int(a[info])
                    if row >= 0 {
                        state = Int(a[row + Int(byte)])
                        break
                    }
                    var next = -1
                    for e in edgesStart + Int(a[info + 1])..<edgesStart + Int(a[info + 5]) where a[e] & 0xFF == Int32(byte) {
                        next = Int(a[e] >> 8)
                        break
                    }
                    if next >= 0 {
                        state = next
                        break
                    }
                    state = Int(a[info + 2])
                }
                let info = statesStart + 4 * state
                for o in Int(a[info + 3])..<Int(a[info + 7]) where found(Int(outputList[o]), offset) { return }
            }
        } }
    }
}

/// The trie a ``PhraseMatcher`` is made from, in flat arrays: a dictionary per state made building the router's
/// and the emergencies' automata a tenth of a start (perf, start-up: docs/performance.md, ninth pass). A state's
/// children are a list of edges kept in byte order (`firstEdge[state]`, then `nextEdge`); the root's children are
/// also in a table of 256 (0: none — no edge leads back to the root).
///
/// A struct, where the arrays were variables of the initialiser captured by a local function: a captured variable
/// that is written is checked for exclusive access at run time at every use, some 32,000 checks in a start's
/// automata (callgrind: docs/performance.md, eighteenth pass).
private struct PhraseTrie {
    var rootChild = [Int32](repeating: 0, count: 256)
    var firstEdge: [Int32] = [-1]
    var nextEdge: [Int32] = [], edgeByte: [UInt8] = [], edgeTarget: [Int32] = []

    var stateCount: Int { firstEdge.count }

    /// The child of `state` by `byte`, or nil.
    func child(_ state: Int, _ byte: UInt8) -> Int? {
        if state == 0 { return rootChild[Int(byte)] == 0 ? nil : Int(rootChild[Int(byte)]) }
        var e = firstEdge[state]
        while e >= 0, edgeByte[Int(e)] <= byte {
            if edgeByte[Int(e)] == byte { return Int(edgeTarget[Int(e)]) }
            e = nextEdge[Int(e)]
        }
        return nil
    }

    /// A new state, the child of `state` by `byte` (which it does not have yet), linked in before the first edge
    /// with a larger byte.
    mutating func addChild(_ state: Int, _ byte: UInt8) -> Int {
        let new = Int32(firstEdge.count)
        firstEdge.append(-1)
        let edge = Int32(edgeByte.count)
        edgeByte.append(byte); edgeTarget.append(new)
        var previous: Int32 = -1, e = firstEdge[state]
        while e >= 0, edgeByte[Int(e)] < byte { previous = e; e = nextEdge[Int(e)] }
        nextEdge.append(e)
        if previous < 0 { firstEdge[state] = edge } else { nextEdge[Int(previous)] = edge }
        if state == 0 { rootChild[Int(byte)] = new }
        return Int(new)
    }
}
