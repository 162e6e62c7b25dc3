/// Staff at the counter telling that they passed a resident's matter on to another office (`光荣牌没挂 查了登记漏了 报社区
/// 退役军人服务站补`, `有人冒充调查员 … 已报派出所`, `政审的社区意见表填好交武装部`): a matter the community follows until
/// that office has acted — a case, not a record of work done, nor a question for the office's address.
///
/// Told by a verb of passing on (`报`, `转`, `交`) at most a few characters before the office's name (`报社区退役军人服务站`,
/// `转街道和筹备组`); not the office only visited or quoted (`去派出所补了`, `问了派出所 他们可以开`).
enum PassedToAnOffice {
    /// Whether `text` tells a matter passed on to another office.
    static func says(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        guard present.containsAny(of: offices) else { return false }
        for office in offices where present.contains(office) {
            var searchFrom = text.startIndex
            while let found = text.range(of: office, range: searchFrom..<text.endIndex) {
                let start = text.index(found.lowerBound, offsetBy: -window, limitedBy: text.startIndex) ?? text.startIndex
                let before = text[start..<found.lowerBound]
                if before.contains(where: verbs.contains), !before.contains(where: going.contains) { return true }
                searchFrom = found.upperBound
            }
        }
        return false
    }

    /// Other offices a matter is passed to (not the property company: a repair's own dispatch).
    private static let offices = ["派出所", "街道", "退役军人服务站", "服务站", "武装部", "选举委员会", "城管", "市场监管", "劳动保障", "劳动监察",
                                  "民政"]
    /// Verbs of passing a matter on.
    private static let verbs: Set<Character> = ["报", "转", "交"]
    /// Words of going there oneself, which make the office a place visited.
    private static let going: Set<Character> = ["去", "到", "陪"]
    /// How many characters before the office's name the verb may stand (`已报了社区` before `退役军人服务站`).
    private static let window = 4
}
