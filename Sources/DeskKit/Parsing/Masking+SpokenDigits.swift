/// Mobile numbers written in Chinese digits — as voice input writes them, or as an elderly resident types them:
/// `一三八零零一三八零零三`, `幺三九…` — masked like `138****8003`, but in the digits the person used.
extension Masking {
    /// `text` with every run of exactly eleven Chinese digits that reads as a mobile number (`1`, then `3`–`9`)
    /// masked: the first three and the last four digits stay.
    public static func redactSpokenMobiles(_ text: String) -> String {
        // Nearly every text has no run of eleven: scanning its scalars (integer compares) says so without building
        // Characters, whose comparisons were 3 % of dispatch (perf, docs/performance.md, third pass). A run of
        // eleven digit Characters is a run of eleven digit scalars, so nothing this skips could have been masked.
        guard hasRunOfEleven(text) else { return text }
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            guard spokenDigit(chars[i]) != nil else { out.append(chars[i]); i += 1; continue }
            var j = i
            while j < chars.count, spokenDigit(chars[j]) != nil { j += 1 }
            let run = chars[i..<j]
            let values = run.compactMap(spokenDigit)
            if run.count == 11, values[0] == 1, (3...9).contains(values[1]) {
                out += String(run.prefix(3)) + "****" + String(run.suffix(4))
            } else {
                out += String(run)
            }
            i = j
        }
        return out
    }

    /// Whether eleven scalars in a row are Chinese digits.
    ///
    /// Read from the string's contiguous UTF-8 (`withUTF8`), each scalar's value worked out from its bytes, not
    /// through the scalar view's iterator: every reply is masked, in the relay twice (``Reply`` and the outbox), and
    /// the view's iteration was some 1,500 instructions a reply (docs/performance.md, sixty-seventh pass). Each of
    /// the digits is three bytes in UTF-8 (U+3007 to U+96F6), so a scalar of one, two or four bytes ends a run.
    static func hasRunOfEleven(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var run = 0, i = 0
            while i < bytes.count {
                // A string's UTF-8 is valid: `i` is always at a scalar's first byte, which says how many it has.
                let lead = bytes[i]
                guard lead & 0xF0 == 0xE0 else {
                    run = 0
                    i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 4
                    continue
                }
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
                switch value {
                case 0x96F6, 0x3007, 0x4E00, 0x5E7A, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D:
                    run += 1
                    if run == 11 { return true }
                default:
                    run = 0
                }
            }
            return false
        }
    }

    /// The value of a digit as written in Chinese (`零`/`〇`, `一`/`幺`, `二`/`两`, … `九`), or nil.
    private static func spokenDigit(_ c: Character) -> Int? { SpokenDigit.value(of: c, liangIsTwo: true) }
}
