/// A message passed on from somewhere else — a family chat, another group, an official-looking notice — marked as
/// such (`[转发] …`, `【转发】…`, `转发：…`, `[聊天记录] …`), and whether the one who passed it on asks the desk about
/// it (`真的假的啊`, `能信吗`, `是么回事`).
///
/// The forwarded words are not the sender's: a notice passed on with a question (`[转发] 区里通知：下月起公交调价 …
/// 能信吗`) is a resident's question about a notice, not a notice; passed on without one (`[转发] 降温了 转给大家看看`) it
/// is still only passed on.
enum ForwardedMessage {
    /// Whether `text` is marked as forwarded near its start (within its first 12 characters: `大家看下 [转发] …`).
    static func isForwarded(_ text: String) -> Bool {
        // A line without 转 or 聊 anywhere has neither in its first 12 characters: told from its bytes, without
        // counting those characters (`prefix(12)` walks grapheme clusters: 1.4 K instructions a call, asked twice of
        // every relayed line through ``Router/isNotice(_:)``; docs/performance.md, fiftieth pass).
        guard holdsAMarksCharacter(text) else { return false }
        let start = text.prefix(12)
        // Every mark holds 转 or 聊: a line with neither near its start — nearly every line, and this runs in
        // ``Router/isNotice(_:)`` on each — is not searched for the marks.
        guard start.unicodeScalars.contains(where: { $0 == "转" || $0 == "聊" }) else { return false }
        return markers.contains { start.contains($0) }
    }

    /// Whether `text` is forwarded and its sender asks whether it is true or what it is about — not of the
    /// neighbours (`有人晓得是不是真的吗`: theirs to answer).
    static func asksWhetherTrue(_ text: String) -> Bool {
        (isForwarded(text) || saysPassedOn(text)) && asksIfBelievable(text)
    }

    /// Whether `text` says in words that what it asks about was passed on to the sender (`我女婿转过来的 说下月起…`,
    /// `群里有人转的那个`) — a forward without WeChat's mark.
    static func saysPassedOn(_ text: String) -> Bool {
        // (Every such phrase holds 转: a line without it is not searched.)
        holdsAMarksCharacter(text) && CharacterPresence(text).containsAny(of: passedOn)
    }

    /// How people say a message was passed on to them.
    private static let passedOn = ["转给我的", "转给我看", "转过来的", "转来的", "有人转的", "有人转了", "群里转的", "别个转的", "别人转的",
                                   "转发的那个", "转的那个"]

    /// Whether 转 (U+8F6C) or 聊 (U+804A), one of which every mark of ``markers`` holds, stands anywhere in `text`:
    /// their UTF-8 bytes (`E8 BD AC`, `E8 81 8A`) looked for in the line's. UTF-8 is self-synchronising — a lead
    /// byte never continues another character — so the three bytes stand in a line exactly where the scalar does.
    static func holdsAMarksCharacter(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= 3 else { return false }
            for i in 0...(bytes.count - 3) where bytes[i] == 0xE8 {
                let second = bytes[i + 1], third = bytes[i + 2]
                if second == 0xBD && third == 0xAC || second == 0x81 && third == 0x8A { return true }
            }
            return false
        }
        return found ?? text.unicodeScalars.contains { $0 == "转" || $0 == "聊" }
    }

    /// Whether `text`, forwarded or not, asks the desk whether what it tells can be believed (`说…要罚款 是真的吗`).
    static func asksIfBelievable(_ text: String) -> Bool {
        asksIfBelievable(CharacterPresence(text))
    }

    /// ``asksIfBelievable(_:)`` of a line whose characters are already looked at (`present`).
    private static func asksIfBelievable(_ present: CharacterPresence) -> Bool {
        present.containsAny(of: truthQuestions) && !present.containsAny(of: askingNeighbours)
    }

    /// Whether `text` asks whether a rule, a notice or an article passed round is true (``asksIfBelievable(_:)`` with a
    /// word of a rule or of something passed on): its danger words are the rule's, not news (`转的说烧杨絮要罚款 是不是真的`).
    ///
    /// The rule's words are looked for first, and both checks read one ``CharacterPresence`` of the line:
    /// ``Desk/emergency(in:decision:message:)`` asks this of every line, hardly any names a rule, and the truth
    /// questions (31 since the forty-fifth reading round; their common characters, 是 and 真, pass the presence check)
    /// were searched first in each — some 5 K instructions a relayed message (docs/performance.md, fifty-second pass).
    /// Both checks only read the line, so the answer does not depend on their order; nothing is kept between lines.
    static func asksIfARuleIsTrue(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: wordsOfARulePassedOn) && asksIfBelievable(present)
    }

    /// A rule, a fine, a notice, or something passed on (`[链接]`, `转的`).
    static let wordsOfARulePassedOn = ["罚款", "要罚", "罚钱", "规定", "政策", "通知", "[链接]", "文章", "转发的", "转的", "谣言"]

    /// Ways of putting a question to the neighbours rather than to the desk.
    static let askingNeighbours = ["谁知道", "谁晓得", "哪个晓得", "哪个知道", "有冇人晓得", "有没有人知道", "有人知道", "有人晓得"]

    /// The marks WeChat users put on something passed on.
    static let markers = ["[转发]", "【转发】", "转发：", "转发:", "[聊天记录]"]

    /// Ways of asking whether a message can be believed, or what is behind it.
    static let truthQuestions = ["是真的吗", "是不是真的", "真的吗", "真的假的", "真的还是假的", "能信吗", "可信吗", "靠谱吗",
                                         "能不能信", "是不是骗", "骗人的吧", "是骗人的", "么回事", "怎么回事", "哪里发的",
                                         "谁发的", "哪个发的", "正规的吗", "是不是官方",
                                         // Wuhan's 么 for 吗 (`是真的么`, `靠谱么`), and whether it is this community's
                                         // (`这个是我们这里的吗`, `是不是我们小区的`).
                                         "真的么", "能信么", "可信么", "靠谱么", "正规的么", "是我们这里的", "是不是我们这里",
                                         "是我们这的", "是我们小区的", "是不是我们小区", "是我们社区的", "是不是我们社区"]
}
