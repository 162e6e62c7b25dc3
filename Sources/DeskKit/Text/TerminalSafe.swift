/// Text from outside (a WeChat nickname, a message) made safe to print on the operator's terminal: control
/// characters and bidi overrides are shown as escapes (`\u{1B}`) instead of being sent raw, where an ESC could
/// retitle or clear the terminal and a right-to-left override could reverse what a line appears to say.
public enum TerminalSafe {
    /// `text` with every C0 and C1 control character (line breaks kept when `keepNewlines`), DEL, and the bidi
    /// embedding, override and isolate characters (U+202A–202E, U+2066–2069, and the marks U+200E, U+200F,
    /// U+061C) written as `\u{XX}`.
    public static func escape(_ text: String, keepNewlines: Bool = true) -> String {
        // A kept line break is not a reason to rebuild the text: most replies have one, and copying them scalar
        // by scalar was 7.7 % of line mode's instructions (docs/performance.md, nineteenth pass).
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepNewlines && $0 == "\n") }) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            if s == "\n" && keepNewlines {
                out.unicodeScalars.append(s)
            } else if isUnsafe(s) {
                out += "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
