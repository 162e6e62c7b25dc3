/// An elder's money kept from them by their own family, or their support refused (`儿子把我的工资卡拿走了 我要买药冇得钱`,
/// `生活费不给`, `三兄妹都不肯养`): the community's to mediate (人民调解) — not a social-security
/// question about the card, nor chatter, however the model reads it. A line typed a character at a time by an elder
/// (`我 屋 里 儿 子 把 我 的 工 资 卡 拿 走 了`) reaches it already joined (``Desk/readable(_:)``).
enum FamilySupport {
    /// Whether `text` tells of an elder's money taken or support refused by the family.
    ///
    /// Every word holds 卡, 折, 养, 费 or 接, looked for first among the line's scalars, as ``DamageDispute`` does: a
    /// line without any — most group lines — pays nothing more.
    static func says(_ text: String) -> Bool {
        // (The five compared one by one, as ``TheftReported`` compares its four: kept in a set, every scalar of the
        // line was hashed, 1.1 K of a relayed message's 485 K; perf, relay: docs/performance.md, fifty-ninth pass.)
        guard text.unicodeScalars.contains(where: { $0 == "卡" || $0 == "折" || $0 == "养" || $0 == "费" || $0 == "接" }) else { return false }
        return CharacterPresence(text).containsAny(of: words)
    }

    /// Words of a card or a bankbook taken, of support refused, of an elder no child will take in. (Not `推来推去` or
    /// `谁都不接`, said as often of offices passing a matter on or of a phone nobody answers.)
    static let words = ["工资卡拿走", "养老金卡拿走", "退休金卡拿走", "把我的卡拿走", "把卡拿走了", "存折拿走", "把存折拿", "存折被",
                        "卡被儿子", "卡被女儿", "卡被媳妇", "卡被儿媳", "卡被他拿", "卡被她拿",
                        "不给生活费", "生活费不给", "生活费也不给", "不给赡养费", "赡养费不给", "不肯赡养", "不赡养",
                        "都不接我妈", "都不接我爸", "都不愿意养", "都不肯养"]
}
