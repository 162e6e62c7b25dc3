/// Staff at the counter saying they have called the ambulance or the fire brigade's rescue for someone (`一个约 6 岁男孩
/// 躲进去门被吸住 在里面哭喊 已打 119 和 120`, `…枯树被风吹倒 压住晨练的爹爹左腿 已打 120`): a danger in hand, whatever
/// words tell of it, so the line is an emergency's report, not a record of work done. The numbers are the national ones:
/// 110 the police, 119 fire and rescue, 120 the ambulance. The police alone are no sign of danger to a person (`车棚的电瓶
/// 被偷 已报110`): ``callsForRescue(_:)`` asks for 119 or 120.
///
/// Only a number after a word of calling counts (`已打`, `报了`): `年费120` or `120已经在路上` is no report of a call.
enum HelpCalled {
    /// The emergency numbers `text` says were called, each once (`已打 119 和 120`: 119 and 120); empty when it says of
    /// none.
    static func numbers(in text: String) -> [String] {
        // Every number starts with 1: a line without the digit — most counter lines — is searched no further.
        guard text.utf8.contains(UInt8(ascii: "1")) else { return [] }
        var called: [String] = []
        for verb in calling {
            var rest = text[...]
            while let found = rest.range(of: verb) {
                rest = rest[found.upperBound...]
                called += numbersAfter(rest).filter { !called.contains($0) }
            }
        }
        return called
    }

    /// Whether `text` says the ambulance (120) or the fire brigade's rescue (119) was called.
    static func callsForRescue(_ text: String) -> Bool { numbers(in: text).contains(where: isRescue) }

    /// Whether `number` calls a rescue (119, 120), not the police alone.
    static func isRescue(_ number: String) -> Bool { number != "110" }

    /// The emergency numbers at the start of `text`, joined by spaces, `和`, `、` or `/` (` 119 和 120 我和保安…`).
    private static func numbersAfter(_ text: Substring) -> [String] {
        var found: [String] = [], rest = text
        while true {
            rest = rest.drop { $0 == " " || joining.contains($0) }
            let number = String(rest.prefix(3))
            guard emergencyNumbers.contains(number), rest.dropFirst(3).first?.isNumber != true else { return found }
            found.append(number)
            rest = rest.dropFirst(3)
        }
    }

    /// Words that say staff called: `已打120`, `打了 119` (and `拨打了`), `已报110`, `已拨打120`.
    private static let calling = ["已打", "打了", "已拨", "拨了", "已拨打", "已报", "报了"]
    /// What joins two numbers called together.
    private static let joining: Set<Character> = ["和", "、", "/", "，", ","]
    /// The national emergency numbers: police, fire and rescue, ambulance.
    private static let emergencyNumbers: Set<String> = ["110", "119", "120"]
}
