/// The features the router's classifier reads: character unigrams, bigrams and trigrams of a line after
/// folding what does not carry meaning for routing — every digit is `0`, Latin letters are lower case,
/// punctuation and spaces end a run (so n-grams never span them), and the start and end of a run are marked.
///
/// Each gram is packed into a `UInt64` (three 21-bit scalars), so counting allocates no strings.
enum CharacterGrams {
    private static let boundary: UInt32 = 0x2

    /// Whether `gram` is a two- or three-character gram none of whose characters marks a run's start or end.
    static func isInner(_ gram: UInt64) -> Bool {
        let field: UInt64 = 0x1F_FFFF, mark = UInt64(boundary)
        if gram >> 63 == 1 { return gram >> 21 & field != mark && gram & field != mark }   // two characters
        guard gram >> 21 != 0 else { return false }                                       // one character
        return gram >> 42 != mark && gram >> 21 & field != mark && gram & field != mark
    }

    /// The grams of `text`, with repeats (a multinomial model counts them).
    static func of(_ text: String) -> [UInt64] {
        var grams: [UInt64] = []
        grams.reserveCapacity(text.unicodeScalars.count * 3 + 6)
        var run: [UInt32] = [boundary]
        func flush() {
            guard run.count > 1 else { run = [boundary]; return }
            run.append(boundary)
            for i in 0..<run.count {
                if run[i] != boundary { grams.append(UInt64(run[i])) }
                if i + 1 < run.count { grams.append(1 << 63 | UInt64(run[i]) << 21 | UInt64(run[i + 1])) }
                if i + 2 < run.count { grams.append(UInt64(run[i]) << 42 | UInt64(run[i + 1]) << 21 | UInt64(run[i + 2])) }
            }
            run = [boundary]
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: run.append(0x30)
            case 0x41...0x5A: run.append(scalar.value + 0x20)
            case 0x61...0x7A, 0x2B: run.append(scalar.value)   // letters and `+` (as in `+1`)
            // Most of a line: every CJK unified ideograph is alphabetic and ideographic, so the rule below keeps it
            // as it is — said without looking up its properties (perf, dispatch: a fifth of classifying a line).
            case 0x4E00...0x9FFF: run.append(scalar.value)
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    run.append(scalar.properties.numericType != nil && !scalar.properties.isIdeographic ? 0x30 : scalar.value)
                } else {
                    flush()
                }
            }
        }
        flush()
        return grams
    }
}
