/// Staff at the counter passing what they found or were told to the estate's property company (`桶站三天未清运 满溢
/// 报物业催环卫`, `门口路面塌坑约半米 放了锥桶 转物业`, `草坪被车压秃一片 请物业设挡车石`): the property company's work
/// on the estate, kept as a case until it is done — however much the dated, terse line reads like a notice.
enum PassedToTheProperty {
    /// Whether `text` says the matter was passed, or is to be passed, to the property company.
    static func says(_ present: CharacterPresence) -> Bool { present.containsAny(of: words) }

    /// Words of passing a matter to the property company (`已报物业` holds `报物业`).
    static let words = ["报物业", "转物业", "请物业", "转给物业", "报给物业"]
}
