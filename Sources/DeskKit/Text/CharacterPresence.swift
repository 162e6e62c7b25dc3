import Foundation

/// A line prepared for searching fixed words in it, with the answers of the searches it replaces — `contains(_:)`
/// and `range(of:)` with a string (Foundation's, `NSString.range(of:)`) and `hasPrefix(_:)` — at a fraction of
/// their cost.
///
/// Foundation's search is about a microsecond a call on Chinese text; checking word lists against every line that
/// way was a third of dispatch, and still a sixth once words were searched only when the line had their first
/// character (perf, `desk bench run --only dispatch`). A line of *plain* characters (``isPlain(_:)``: ASCII, CJK
/// ideographs, CJK and general punctuation — nearly every line after ``TextNormalizer``) is searched byte by byte,
/// and a word whose first character it lacks is passed over. Each plain character is a whole
/// character of its own with no other canonically equivalent spelling, so a plain word is found in a plain line
/// exactly where Foundation's search (canonical equivalence, whole characters) finds it (`CharacterPresenceTests`
/// compares both). A line or a word with anything else — an emoji, a combining mark — is searched by Foundation.
///
/// Public so that a module's readers of free text (the retirement question) search their word lists the same way.
public struct CharacterPresence: Sendable {
    private let text: String
    /// Whether every character of the line is plain: it is searched byte by byte.
    private let plain: Bool
    /// For a line of plain characters and pictographs (``isPictograph(_:)``): one bit for each of its plain
    /// characters (the scalar's value modulo 128), so a word whose first character's bit is clear is not in it;
    /// nil for any other line.
    private let bits: (low: UInt64, high: UInt64)?

    public init(_ text: some StringProtocol) {
        self.text = String(text)
        (bits, plain) = Self.characterBits(self.text.unicodeScalars)
    }

    /// Whether every character of the text is plain (``isPlain(_:)``), so that its words are found byte by byte —
    /// by a ``PhraseMatcher`` too, a whole list in one walk.
    public var allPlain: Bool { plain }

    /// Whether `word` may be in the text: false only when the line is plain (or plain but for pictographs) and does
    /// not have the word's first character.
    public func mayContain(_ word: some StringProtocol) -> Bool {
        guard let bits else { return true }
        // The first scalar decoded from the word's UTF-8 bytes, as ``byteOffset(of:)`` reads it (a native string or
        // substring holds them in one piece; the scalar view otherwise, or for an empty word). The view's iterator
        // cost some 12 instructions more a word, asked of most words of every list for every line: 0.9 K of a
        // relayed message's 497 K (docs/performance.md, ninth and fifty-fifth passes).
        let fromBytes: UInt32?? = word.utf8.withContiguousStorageIfAvailable { $0.isEmpty ? nil : Self.scalar(at: 0, in: $0).value }
        guard let first = fromBytes ?? word.unicodeScalars.first?.value else { return true }
        guard Self.isPlain(first) else {
            // A word opening with a pictograph (`👍`, `🙏`: the thanks of ``GoodNews``) is not in a line of plain
            // characters: no character of it holds a pictograph or is canonically equivalent to one that does.
            // Foundation searched such words in every report (9,500 instructions a word in relay ingest:
            // docs/performance.md, twenty-third pass).
            return !(plain && Self.isPictograph(first))
        }
        return Self.has(first, bits)
    }

    /// Whether `word` is in the text (Foundation's `contains`).
    public func contains(_ word: String) -> Bool {
        if let found = byteOffset(of: word) { return found != nil }
        return text.contains(word)
    }

    /// A word of a fixed list made ready to be looked for in many lines: its first two scalars read once, when the
    /// list is made, not from its bytes each time a line is searched for it.
    public struct Word: Sendable {
        public let text: String
        /// The values of the first scalar and of the second, if any; nil for an empty word.
        fileprivate let leading: (first: UInt32, second: UInt32?)?

        public init(_ text: String) {
            self.text = text
            var scalars = text.unicodeScalars.makeIterator()
            leading = scalars.next().map { ($0.value, scalars.next()?.value) }
        }
    }

    /// Whether `word` is in the text: what asking it of the word's text answers. The refusals by the first two
    /// characters that ``byteOffset(of:)`` makes come first, from the scalars read when the word was made: most words
    /// of a list are not in a line, and reading them from the word's bytes each time, the word's string retained and
    /// released around it, cost some 170 instructions a word (some 60 now), and the router asks its conduct words
    /// (89) and fault places of every report it routes (docs/performance.md, sixty-seventh pass).
    public func contains(_ word: Word) -> Bool {
        if let bits, let leading = word.leading, Self.isPlain(leading.first) {
            guard Self.has(leading.first, bits) else { return false }
            if let second = leading.second, Self.isPlain(second), !Self.has(second, bits) { return false }
        }
        return contains(word.text)
    }

    /// The first of `words` that is in the text.
    public func first(of words: [String]) -> String? {
        words.first(where: contains)
    }

    /// Whether any of `words` is in the text.
    public func containsAny(of words: [String]) -> Bool {
        first(of: words) != nil
    }

    /// How many characters come before the first occurrence of `word` (Foundation's `range(of:)`), or nil.
    public func offset(of word: String) -> Int? {
        if let found = byteOffset(of: word) {
            // A plain character is one scalar: count the bytes that start one.
            return found.map { end in text.utf8.prefix(end).count { $0 & 0xC0 != 0x80 } }
        }
        return text.range(of: word).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
    }

    /// Whether `holds` for some place where `word` stands in the text — each found by Foundation's `range(of:)`
    /// on the rest of the text after the place before, byte by byte when both are plain — given what comes before
    /// the place (since the place before) and what comes after it.
    public func anyOccurrence(of word: String, where holds: (_ before: Substring, _ after: Substring) -> Bool) -> Bool {
        var from = text.startIndex
        while let r = range(of: word, from: from) {
            if holds(text[from..<r.lowerBound], text[r.upperBound...]) { return true }
            from = r.upperBound
        }
        return false
    }

    /// The first place `word` stands in the text at or after `start` (Foundation's `range(of:)` on the text from
    /// `start`).
    private func range(of word: String, from start: String.Index) -> Range<String.Index>? {
        guard plain, !word.isEmpty, Self.isPlain(word) else { return text[start...].range(of: word) }
        guard mayContain(word) else { return nil }
        let utf8 = text.utf8
        let from = utf8.distance(from: utf8.startIndex, to: start)
        var text = text, word = word
        let found = text.withUTF8 { haystack in
            word.withUTF8 { needle in Self.firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: haystack[from...])) }
        }
        // A plain character is one scalar, so a byte offset where a plain word starts or ends is a character's.
        return found.map { offset in
            let lower = utf8.index(utf8.startIndex, offsetBy: from + offset)
            return lower..<utf8.index(lower, offsetBy: word.utf8.count)
        }
    }

    /// `text` with every occurrence of `word` replaced by `replacement`, from the start on, as Foundation's
    /// `replacingOccurrences(of:with:)` replaces them: byte by byte when `text` and `word` are plain (a plain word
    /// stands in a plain line exactly where Foundation finds it), by Foundation otherwise. Foundation's replacing
    /// bridged the line to UTF-16 for each name taken out of a repair report — 24,000 instructions a name, with
    /// four names a report (docs/performance.md, twentieth pass).
    public static func replacing(_ word: String, with replacement: String, in text: String) -> String {
        guard !word.isEmpty, isPlain(word), isPlain(text) else { return text.replacingOccurrences(of: word, with: replacement) }
        var source = text, word = word
        let replaced: String? = source.withUTF8 { haystack in
            word.withUTF8 { needle in
                var from = 0
                var out: [UInt8] = []
                while let offset = firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: haystack[from...])) {
                    out += haystack[from..<(from + offset)]
                    out += replacement.utf8
                    from += offset + needle.count
                }
                guard from > 0 else { return nil }
                out += haystack[from...]
                return String(decoding: out, as: UTF8.self)
            }
        }
        return replaced ?? text
    }

    /// Whether the text starts with `word` (the standard library's `hasPrefix`).
    public func hasPrefix(_ word: String) -> Bool {
        guard plain, Self.isPlain(word) else { return text.hasPrefix(word) }
        return mayContain(word) && text.utf8.starts(with: word.utf8)
    }

    /// Where the bytes of `word` first stand in the text's (`.some(nil)`: nowhere), when both are plain; nil when
    /// Foundation has to search.
    ///
    /// The word's bytes are read once, its first two characters decoded from them: some 150 words of the lists are
    /// asked of each dispatched line, nearly all refused by their first character, and asking ``mayContain(_:)``
    /// (the generic scalar view's iterator) and then whether the whole word was plain (`allSatisfy` over the
    /// scalar view) cost some 180 instructions a word — 26.7 K a line (docs/performance.md, fortieth pass).
    private func byteOffset(of word: String) -> Int?? {
        // A line neither plain nor plain but for pictographs: Foundation searches it (``mayContain(_:)`` is true).
        guard let bits else { return nil }
        var word = word
        return word.withUTF8 { needle -> Int?? in
            guard !needle.isEmpty else { return nil }
            let (first, firstLength) = Self.scalar(at: 0, in: needle)
            guard Self.isPlain(first) else {
                // As ``mayContain(_:)``: a word opening with a pictograph is not in a line of plain characters; any
                // other word that opens with a character not plain is Foundation's to search.
                return plain && Self.isPictograph(first) ? .some(nil) : nil
            }
            // The first character first (most words are not in a line): a line of plain characters and pictographs
            // that lacks a plain scalar has no character that holds it, or is canonically equivalent to one that
            // does (asking whether the whole word was plain first was a thirtieth of dispatch: docs/performance.md,
            // ninth pass). The same holds of the second character when it is plain: with one bit in 128 for each
            // character, a Chinese line has the first character's bit of many a word it does not hold.
            guard Self.has(first, bits) else { return .some(nil) }
            if firstLength < needle.count {
                let (second, _) = Self.scalar(at: firstLength, in: needle)
                if Self.isPlain(second), !Self.has(second, bits) { return .some(nil) }
            }
            guard plain, Self.isPlain(needle) else { return nil }
            var text = text
            return text.withUTF8 { haystack in .some(Self.firstOffset(of: needle, in: haystack)) }
        }
    }

    /// Whether the bit of the plain scalar `value` (its value modulo 128, as ``characterBits(_:)`` sets it) is set.
    @inline(__always)
    private static func has(_ value: UInt32, _ bits: (low: UInt64, high: UInt64)) -> Bool {
        let bit = value & 127
        return (bit < 64 ? bits.low >> bit : bits.high >> (bit - 64)) & 1 == 1
    }

    /// The scalar whose UTF-8 encoding starts at `i` in `bytes` (valid UTF-8, as a `String`'s always is), with
    /// the number of its bytes.
    @inline(__always)
    private static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (lead, 1) }
        func continuation(_ k: Int) -> UInt32 { UInt32(bytes[i + k]) & 0x3F }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }

    /// Whether every scalar of the valid UTF-8 `bytes` is plain (``isPlain(_:)`` of a word, from its bytes).
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let (value, length) = scalar(at: i, in: bytes)
            guard isPlain(value) else { return false }
            i += length
        }
        return true
    }

    /// Where `needle` (not empty) first stands in `haystack`: a plain search, the lines being short. A match is
    /// tried only where the needle's first and last bytes stand (a Chinese character's first byte is common).
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle.count
        guard n <= haystack.count else { return nil }
        let first = needle[0], last = needle[n - 1]
        for start in 0...(haystack.count - n) where haystack[start] == first && haystack[start + n - 1] == last {
            if memcmp(haystack.baseAddress! + start, needle.baseAddress!, n) == 0 { return start }
        }
        return nil
    }

    /// Whether every character of `word` is plain.
    static func isPlain(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    /// The bits of ``bits`` for `scalars` (nil if one of them is neither plain nor a pictograph), and whether all
    /// of them are plain.
    private static func characterBits(_ scalars: String.UnicodeScalarView) -> (bits: (low: UInt64, high: UInt64)?, plain: Bool) {
        var low: UInt64 = 0, high: UInt64 = 0
        var plain = true
        for scalar in scalars {
            let value = scalar.value
            guard isPlain(value) else {
                guard isPictograph(value) else { return (nil, false) }
                plain = false
                continue
            }
            let bit = value & 127
            if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
        }
        return ((low, high), plain)
    }

    /// An emoji of the pictograph blocks (U+1F300–U+1FAFF: `👍`, `🙏`, `😂`, the skin tones), the emoji variation
    /// selector or the zero-width joiner: none is canonically equivalent to anything with a plain character in it,
    /// so a word starting with a plain character that a line of plain characters and these lacks is not in it.
    /// Such a line is still searched by Foundation (a pictograph may join the character before it), but only for
    /// words whose first character it has (`收到👍` was searched for every word of every list: perf, dispatch).
    static func isPictograph(_ value: UInt32) -> Bool {
        (0x1F300...0x1FAFF).contains(value) || value == 0xFE0F || value == 0x200D
    }

    /// A scalar that is a whole character wherever it stands (no grapheme cluster joins it to a neighbour: not a
    /// combining mark, joiner, variation selector, control, Hangul jamo or regional indicator) and that no other
    /// sequence of scalars is canonically equivalent to (no decomposition, never composed): printable ASCII, CJK
    /// unified ideographs (and extension A), CJK symbols and punctuation without the ideographic tone marks
    /// U+302A–U+302F, general punctuation U+2010–U+2027 (dashes, quotation marks, `…`) and the full-width forms
    /// of ASCII.
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3000...0x3029, 0x3030...0x303F, 0x2010...0x2027, 0xFF01...0xFF5E: true
        default: false
        }
    }
}
