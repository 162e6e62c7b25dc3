/// A reply typed with the name it answers in front (`回复 3栋-田哥：秋千那边草地上还有一根`, `回复 奥园物业客服：你们走了
/// 他们又开始了`), as group members quote one another on one line. The name is who is answered, not what is said:
/// its building (`回复 9栋-汤哥：我们10栋2单元楼道的窗户也是`) is not where the sender's matter is, nor its words
/// (`物业客服`) a request to the property company.
enum QuotedReply {
    /// `text` without a quoted name in front; `text` itself when it opens with none.
    static func withoutTheName(_ text: String) -> String {
        guard text.hasPrefix(opening) else { return text }
        let afterOpening = text.dropFirst(opening.count)
        // The name ends at the first colon, within a nickname's length.
        guard let colon = afterOpening.prefix(maxNameLength + 2).firstIndex(where: { $0 == "：" || $0 == ":" }) else { return text }
        let name = afterOpening[..<colon].trimmingPrefix(" ")
        guard !name.isEmpty else { return text }
        let said = afterOpening[afterOpening.index(after: colon)...].drop { $0 == " " }
        return said.isEmpty ? text : String(said)
    }

    private static let opening = "回复"
    /// The longest group nickname taken for a quoted name (`30栋-单元长老秦`, `泊林小何（球友会）`).
    private static let maxNameLength = 16
}
