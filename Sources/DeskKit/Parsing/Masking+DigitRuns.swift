/// The runs of digits masking looks for before it runs any pattern: a written number needs a run of ASCII digits of
/// a least length, a spoken mobile eleven Chinese digits in a row. Nearly every text has neither, and is left as it is.
extension Masking {
    /// The two runs of `text`, read in one walk of its contiguous UTF-8 (`withUTF8`): `longest`, the longest run of
    /// ASCII digits in which each digit is apart from the next by at most one space or dash (``longestDigitRun(_:)``),
    /// and `spokenEleven`, whether eleven scalars in a row are Chinese digits (``hasRunOfEleven(_:)``).
    ///
    /// ``redact(_:)`` asks both of every reply — in the relay twice, ``Reply`` and the outbox — and walked the text
    /// once for each (docs/performance.md, sixty-eighth pass). A string's UTF-8 is valid, so `i` is always at a
    /// scalar's first byte, which says how many bytes the scalar has. A scalar that is not ASCII ends an ASCII run, as
    /// each of its bytes did when the bytes were read one by one; every Chinese digit (U+3007 to U+96F6) is three
    /// bytes, so an ASCII scalar, or one of two or four bytes, ends a spoken run.
    static func digitRuns(_ text: String) -> (longest: Int, spokenEleven: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var longest = 0, run = 0, gap = false
            var spoken = 0, spokenEleven = false
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                if lead < 0x80 {
                    spoken = 0
                    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead) {
                        run += 1; gap = false; longest = max(longest, run)
                    } else if (lead == UInt8(ascii: " ") || lead == UInt8(ascii: "-")) && run > 0 && !gap {
                        gap = true
                    } else {
                        run = 0; gap = false
                    }
                    i += 1
                    continue
                }
                run = 0; gap = false
                guard lead & 0xF0 == 0xE0 else {
                    spoken = 0
                    i += lead < 0xE0 ? 2 : 4
                    continue
                }
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
                switch value {
                case 0x96F6, 0x3007, 0x4E00, 0x5E7A, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D:
                    spoken += 1
                    if spoken == 11 { spokenEleven = true }
                default:
                    spoken = 0
                }
            }
            return (longest, spokenEleven)
        }
    }

    /// The longest run of ASCII digits in `text` in which each digit is apart from the next by at most one space
    /// or dash (`138 1234-5678` is a run of 11). Every written number masked here needs such a run of a least
    /// length — a bracketed landline 7 after its bracket, a local number 8, a mobile 11, an old ID 15, an ID 17 —
    /// so a text without one is left as it is without running those regular expressions, each of which cost
    /// microseconds on every reply (perf, dispatch). Read from the string's contiguous UTF-8 (``digitRuns(_:)``),
    /// not through `String.UTF8View`'s iterator: masking runs on every reply, and the view's iteration was two
    /// thirds of it (docs/performance.md, eighth pass).
    static func longestDigitRun(_ text: String) -> Int { digitRuns(text).longest }

    /// Whether eleven scalars in a row are Chinese digits (``digitRuns(_:)``): each scalar's value is worked out from
    /// its UTF-8 bytes, not read through the scalar view's iterator, which was some 1,500 instructions a reply
    /// (docs/performance.md, sixty-seventh pass).
    static func hasRunOfEleven(_ text: String) -> Bool { digitRuns(text).spokenEleven }
}
