/// A job put to the property office in so many words (`物业 10栋门口的垃圾桶盖子全坏了 换几个盖子`, `能不能叫物业把北门
/// 的草剪一下`, `@奥园物业客服 充电桩又插不进去了`): a report for it to mend, replace, fence off, cut or take away,
/// however cross the line sounds. The model, trained on many a grievance that begins `物业 …`, reads the address as a complaint.
///
/// Not such a job: a grievance about the office itself — its fee, its staff's manner, its doing nothing
/// (`投诉物业 收了物业费啥事不干`) —, an appeal named outright, or a line that asks nothing mended (`物业 群里的广告
/// 能不能管一下`).
enum PropertyAsked {
    /// Whether `text` (whose characters are `present`) asks the property office to do a job.
    static func says(_ text: String, _ present: CharacterPresence) -> Bool {
        present.contains("物业") && addressed(text, present) && present.containsAny(of: jobs)
            && !present.containsAny(of: grievances)
    }

    /// Whether the line speaks to the office: it begins with it (`物业 …`, `@奥园物业客服`) or asks someone to have it
    /// come (`叫物业把…`, `物业来…`).
    private static func addressed(_ text: String, _ present: CharacterPresence) -> Bool {
        text.hasPrefix("物业") || text.hasPrefix("@") && text.prefix(12).contains("物业") || present.containsAny(of: summoned)
    }

    /// Words that have the office come or act.
    private static let summoned = ["叫物业", "让物业", "请物业", "喊物业", "物业来", "物业派", "物业再来", "物业把"]

    /// The jobs asked of it: mend, replace, fence off, cut, take away what it left. (Clearing what others left —
    /// bikes, boxes, flowerpots: `叫物业清一下` — is a complaint about them.)
    private static let jobs = ["换", "修", "围一下", "围起来", "剪", "割", "拖走", "挖走", "撑一下", "补一下", "固定", "绑一下", "插不进",
                               "派人", "坏了", "不亮"]

    /// An appeal named outright (``FixNews/appeals``, and `建议`), or a grievance about the office itself.
    private static let grievances = FixNews.appeals + ["建议", "不作为", "态度", "物业费", "敷衍", "不管事", "啥事不干", "么事不干",
                                                       "收钱", "冇用", "没用"]
}
