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

    /// The value of a digit as written in Chinese (`零`/`〇`, `一`/`幺`, `二`/`两`, … `九`), or nil.
    private static func spokenDigit(_ c: Character) -> Int? { SpokenDigit.value(of: c, liangIsTwo: true) }
}
