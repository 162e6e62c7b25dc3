/// Someone's belongings left in the building's common way (`楼道里天天推车放在电梯口 进出都要侧着身子`, `瓷砖堆在电梯口
/// 两个礼拜了`, `楼道堆了纸箱和旧沙发 堵了一半`): a neighbour's conduct for the community to take up with them — a
/// 诉求 case — not a repair of the lift or the stairs the words name, though the model hears the place and reads one.
///
/// Not what is left on the floor to sweep up (`楼道里全是红纸和鞭炮壳`, `楼道里全是水`): that is the property
/// company's cleaning, a repair.
enum CommonWayBlocked {
    /// Whether `text` tells of things left in a common way.
    ///
    /// Every word of ``leftThere`` holds 堆, 放, 摆, 停, 拴 or 占, looked for first among the line's scalars: most lines hold none
    /// and pay no ``CharacterPresence`` (built for every line a service took, it cost 1.1 K instructions a relayed
    /// message: docs/performance.md, fifty-ninth pass, after the merge).
    static func says(_ text: String) -> Bool {
        // (The six compared one by one, as ``FamilySupport`` compares its five: kept in a set, every scalar of the line
        // was hashed, 0.94 K of a relayed message's 482 K; perf, relay: docs/performance.md, sixtieth pass.)
        guard text.unicodeScalars.contains(where: { $0 == "堆" || $0 == "放" || $0 == "摆" || $0 == "停" || $0 == "拴" || $0 == "占" }) else {
            return false
        }
        let present = CharacterPresence(text)
        return present.containsAny(of: places) && present.containsAny(of: leftThere) && !present.containsAny(of: litter)
    }

    /// The building's common ways.
    static let places = ["楼道", "电梯口", "电梯厅", "楼梯口", "楼梯间", "过道", "消防通道", "走廊"]
    /// Words of things left or kept there; each holds one of the six characters ``says(_:)`` looks for first.
    static let leftThere = ["堆了", "堆着", "堆在", "堆的", "堆放", "堆满", "堆东西", "放了个", "放了一个", "放在电梯口", "放在楼道", "摆着", "摆在",
                            "停着", "停在楼道", "拴着", "占着", "占了"]
    /// What is left on the floor to sweep up, not kept there by someone.
    static let litter = ["鞭炮", "炮屑", "红纸", "全是水", "积水", "垃圾袋"]
}
