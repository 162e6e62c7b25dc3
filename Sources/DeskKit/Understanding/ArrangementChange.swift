/// A change to something a service arranged (`助餐停一个礼拜 下下周一再恢复`, `陪诊改个时间行不行`, `下礼拜起不用每天来
/// 一周来两次就行`): not a question for the service's general answer, nor — told at the counter — work done, but a
/// request to the service that arranges it (``Service/invites``: the care question's answer invites the care request).
enum ArrangementChange {
    /// Whether `text` changes a time, a pause or how often something comes. Not a change told made (`助餐已经改成少盐的 她说合口味`): a record of work done.
    ///
    /// A line of plain characters (``CharacterPresence/allPlain``: nearly every line) has ``words`` found in one walk
    /// over its bytes (``WordList``), where they were searched one by one: the check is asked twice of a group line read
    /// as a service's (``Desk/visitMoved(_:decision:message:)`` and ``Desk/freeText(_:message:)``'s change to an
    /// arrangement), and searching the 49 words was some 8 K instructions a call, 6.6 K a relayed message
    /// (docs/performance.md, fifty-second pass).
    static func says(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return changeWords.occurs(in: text, present) && !present.containsAny(of: toldMade)
    }

    /// A change told made (`已经改成`), not asked for.
    static let toldMade = ["已经改", "已改"]

    /// ``words``, looked for in one walk over a plain line.
    private static let changeWords = WordList(words)

    /// A time moved (`改到礼拜四`, `换个时间`), a pause or its end (`停一个礼拜`, `先停一下`, `再恢复`; not `暂停`, which is
    /// also a pension stopped by the office, nor `先停`, `换到`), how often (`不用每天来`, `一周来两次`).
    static let words = ["改个时间", "改时间", "改到", "改成", "改为", "换个时间", "推迟", "往后推", "提前到", "改天",
                        "停一个礼拜", "停一周", "停几天", "停两天", "停一个月", "先停一下", "先停几天", "再恢复", "恢复送",
                        "不用每天", "一周来", "礼拜来", "一个礼拜来", "隔天来",
                        // a day moved by its name (`本周五探访改周六`, `改下周四`), a date put off (`送菜延到8月26日`), a
                        // visit paused (`这个月上门先暂停`)
                        "改周", "改下周", "改礼拜", "改下礼拜", "延到", "先暂停", "上门暂停", "探访暂停", "送餐暂停", "助餐暂停",
                        // more visits, or a start (`请银发队每周加一次上门`, `清明前后多去几趟`, `还要再去一次教`, `从下周一开始`)
                        "每周加", "加一次上门", "多去几趟", "再去一次", "还要再去", "从下周一开始", "从下周开始", "改用",
                        // a pause ended on a day (`乐婆婆三亚回来了 送餐明天恢复`, `节后10月8日起恢复`)
                        "明天恢复", "下周恢复", "起恢复", "送餐恢复", "助餐恢复", "恢复上门", "恢复探访"]
}
