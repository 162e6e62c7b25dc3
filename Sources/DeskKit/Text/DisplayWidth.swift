/// How many terminal columns text takes: a CJK character or a wide emoji takes two, a combining mark none.
public enum DisplayWidth {
    /// The columns `scalar` takes.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if contains(EastAsianWidthTable.zero, v) { return 0 }
        return contains(EastAsianWidthTable.wide, v) ? 2 : 1
    }

    /// The columns `text` takes, character by character: a grapheme cluster takes the width of its widest scalar
    /// (an emoji with a skin tone or a ZWJ sequence is one wide glyph).
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text {
            var widest = 0
            for s in character.unicodeScalars { widest = max(widest, of(s)) }
            if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { widest = 2 }
            total += widest
        }
        return total
    }

    /// `text` padded with spaces to `columns` (text already wider is returned as it is).
    public static func pad(_ text: String, to columns: Int) -> String {
        let w = of(text)
        return w >= columns ? text : text + String(repeating: " ", count: columns - w)
    }

    /// `text` cut to at most `columns`, ending in `…` when cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = of(String(c))
            if used + w > columns - 1 { break }
            out.append(c); used += w
        }
        return out + "…"
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0, hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < ranges[mid].lowerBound { hi = mid - 1 }
            else if v > ranges[mid].upperBound { lo = mid + 1 }
            else { return true }
        }
        return false
    }
}
