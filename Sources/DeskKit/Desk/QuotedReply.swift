import Foundation

/// A reply typed with the name it answers in front (`回复 3栋-田哥：秋千那边草地上还有一根`, `回复 奥园物业客服：你们走了
/// 他们又开始了`), as group members quote one another on one line. The name is who is answered, not what is said:
/// its building (`回复 9栋-汤哥：我们10栋2单元楼道的窗户也是`) is not where the sender's matter is, nor its words
/// (`物业客服`) a request to the property company.
///
/// A message quoted whole, as WeChat shows it when a member answers one (`「张婆婆：12栋电梯又坏了」 - - - - 我们这边也是`,
/// `我们这边也是 「引用 张婆婆：12栋电梯又坏了」`), is someone else's words: only the sender's own are read.
enum QuotedReply {
    /// What the sender says in `text`: without a quoted name in front or a quoted message; `text` itself when it
    /// quotes nothing, or nothing is left.
    static func withoutTheName(_ text: String) -> String {
        let text = withoutAQuotedMessage(text)
        // (Compared byte by byte, ``CharacterPresence/hasPrefix(_:)``, as the standard library's `hasPrefix` answers.)
        guard CharacterPresence(text).hasPrefix(opening) else { return text }
        let afterOpening = text.dropFirst(opening.count)
        // The name ends at the first colon, within a nickname's length.
        guard let colon = afterOpening.prefix(maxNameLength + 2).firstIndex(where: { $0 == "：" || $0 == ":" }) else { return text }
        let name = afterOpening[..<colon].trimmingPrefix(" ")
        guard !name.isEmpty else { return text }
        let said = afterOpening[afterOpening.index(after: colon)...].drop { $0 == " " }
        return said.isEmpty ? text : String(said)
    }

    /// `text` without a quoted message (`「name：…」`, `「引用 name：…」`) at its start or end, nor the dashes WeChat
    /// sets under it; `text` when there is none, or when nothing else is said.
    static func withoutAQuotedMessage(_ text: String) -> String {
        guard let quote = quote(in: text) else { return text }
        // `我们这边也是`, `+1`: the same as the quoted message, which says what and where.
        if quote.own.count <= 12, sameAs.contains(where: quote.own.contains) {
            return quote.own + " " + quote.words.trimmingCharacters(in: .whitespaces)
        }
        return quote.own
    }

    /// The words of the message `text` quotes whole (`「引用 球友会老陈：【国庆乒乓球联谊赛】…」我报单打 老年组` →
    /// `【国庆乒乓球联谊赛】…`), when ``withoutAQuotedMessage(_:)`` takes one out; nil otherwise.
    static func quotedWords(_ text: String) -> String? {
        guard let quote = quote(in: text) else { return nil }
        let words = quote.words.trimmingCharacters(in: separator.union(CharacterSet(charactersIn: "…")))
        return words.isEmpty ? nil : words
    }

    /// The message `text` quotes whole at its start or end — the quoted words after the name — and what the sender
    /// says beside it; nil when it quotes none or says nothing else.
    private static func quote(in text: String) -> (words: Substring, own: String)? {
        // The scalar first: every group line comes here, and searching it for `「` as a string was 7,000 instructions
        // a line (docs/performance.md, twenty-fifth pass). `「` has no other spelling, so a line without the scalar
        // has no quote.
        guard text.unicodeScalars.contains("「"), let open = text.firstIndex(of: "「"),
              let close = text[open...].firstIndex(of: "」") else { return nil }
        let inside = text[text.index(after: open)..<close]
        // A quote names whom it quotes: a colon within a nickname's length (not `「通知」` or a title in brackets).
        guard let colon = inside.prefix(maxNameLength + 4).firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let before = text[..<open], after = text[text.index(after: close)...]
        guard before.allSatisfy(\.isWhitespace) || after.allSatisfy(\.isWhitespace) else { return nil }
        let own = (before + after).trimmingCharacters(in: separator)
        return own.isEmpty ? nil : (inside[inside.index(after: colon)...], own)
    }

    /// Words of a reply that says "the same here" of what it quotes.
    private static let sameAs = ["也", "一样", "同样", "+1", "附议", "同感"]

    /// Spaces and the dashes that WeChat draws between a quote and the reply.
    private static let separator = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "-—－"))

    private static let opening = "回复"
    /// The longest group nickname taken for a quoted name (`30栋-单元长老秦`, `泊林小何（球友会）`).
    private static let maxNameLength = 16
}
