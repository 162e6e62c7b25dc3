/// A dispute over who pays for damage, or over a deposit kept (`我家吊顶泡坏了 谁赔 装修队说不关他们的事`, `我家的门被
/// 砸坏了 这个要他赔`, `退租一个月了 押金房东还不退`): the community is asked to settle it between the two sides — a 诉求
/// case — not to mend what its words name, though the model hears the damage and reads a repair.
enum DamageDispute {
    /// Whether `text` asks who answers for damage, or tells of a deposit not returned.
    ///
    /// Every word holds 赔 or 押, looked for first among the line's scalars: a line without either — most lines read
    /// as a service — is not one, and pays no ``CharacterPresence`` for it. (Each has no other spelling, so a line
    /// where a word stands holds its scalar. Looked for among the line's `Character`s, each compared as a string,
    /// the look cost 3.4 K instructions a relayed message, more than the ``CharacterPresence`` it spared:
    /// docs/performance.md, fifty-fourth pass.)
    static func says(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: { $0 == "赔" || $0 == "押" }) else { return false }
        return CharacterPresence(text).containsAny(of: words)
    }

    /// Words of a payment for damage disputed, or of a deposit held back; each holds 赔 or 押 (``says(_:)``).
    static let words = ["谁赔", "要他赔", "要他们赔", "让他赔", "让他们赔", "不肯赔", "不愿意赔", "不愿赔", "赔不赔", "该谁赔",
                        "押金不退", "押金还不退", "不退押金", "押金冇退", "押金没退", "押金还冇退", "押金还没退"]
}
