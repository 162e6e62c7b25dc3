import Foundation

/// How people answer "which one?" when the exact word is not used: a position (`第一个`, `选2`, `2号`, `二`,
/// `最后一个`, `①`), part of a name (`城乡` for 城乡居民, when only one option has it), or yes and no for a
/// confirmation (`好的`, `对`, `不了`). Read after the exact number, key, name and alias have failed.
public enum ChoiceAnswer {
    /// The position (0-based) among `names` that `text` picks, or nil when it picks none or is ambiguous.
    /// `keys` are the options' stable keys, used to find yes and no.
    public static func index(_ text: String, names: [String], keys: [String] = []) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters).union(CharacterSet(charactersIn: "。，！？、～~")))
        guard !t.isEmpty, !names.isEmpty else { return nil }
        if let n = position(t, count: names.count) { return n }
        if let i = confirmation(t, names: names, keys: keys) { return i }
        // Part of one option's name, two characters or more (`城乡`, `企业`): only when it fits one option.
        if t.count >= 2 {
            let partial = names.indices.filter { names[$0].contains(t) }
            if partial.count == 1 { return partial[0] }
        }
        return nil
    }

    /// `第一个`, `第1项`, `选2`, `2号`, `二`, `两`, `①`, `最后一个`, `前一个`.
    static func position(_ t: String, count: Int) -> Int? {
        if ["最后一个", "最后那个", "最后一项", "最后"].contains(t) { return count - 1 }
        let circled = Array("①②③④⑤⑥⑦⑧⑨⑩")
        if t.count == 1, let i = circled.firstIndex(of: t.first!), i < count { return i }
        var core = Substring(t)
        for prefix in ["选择", "选", "第", "要", "就"] where core.hasPrefix(prefix) { core = core.dropFirst(prefix.count) }
        if core.hasPrefix("第") { core = core.dropFirst() }
        for suffix in ["个吧", "个", "项", "号", "种", "条", "吧", "."] where core.hasSuffix(suffix) && core.count > suffix.count {
            core = core.dropLast(suffix.count)
        }
        let n = Int(core) ?? ChineseNumber.parse(core) ?? (core == "头" ? 1 : nil)
        guard let n, (1...count).contains(n) else { return nil }
        return n - 1
    }

    /// Yes and no, when the options are a confirmation (a key `yes`/`no`, or names like 确认/不…).
    static func confirmation(_ t: String, names: [String], keys: [String]) -> Int? {
        let yes = keys.firstIndex(of: "yes") ?? names.firstIndex { $0.hasPrefix("确认") || $0 == "是" }
        let no = keys.firstIndex(of: "no") ?? names.firstIndex { $0.hasPrefix("不") || $0 == "否" }
        if let yes, yesWords.contains(t) { return yes }
        if let no, noWords.contains(t) { return no }
        return nil
    }

    static let yesWords: Set<String> = ["是", "是的", "对", "对的", "好", "好的", "可以", "行", "嗯", "确认", "确定", "要", "ok", "OK", "yes", "y"]
    static let noWords: Set<String> = ["不", "不是", "不用", "不要", "不了", "否", "算了", "不行", "no", "n"]
}
