/// A complaint about the community canteen's or the delivered meals' food — a fly or a hair in it, cold, too salty,
/// too hard, too oily (`食堂的菜里吃出一个苍蝇`, `送来的饭是冷的 菜也硬`, `菜最近油太大了 盘子底下一层油`): told in a group
/// without a word of what should be done, it is still a complaint for the community to take up with the kitchen — a
/// 诉求 case — not talk the model hears.
///
/// Not the food praised or put right since (`今天不咸了 谢谢`), which is thanks.
enum MealComplaint {
    /// Whether `text` complains of a meal's food.
    ///
    /// Passed over first when the line holds none of 食, 餐, 饭 or 菜 (most lines).
    static func says(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: { $0 == "食" || $0 == "餐" || $0 == "饭" || $0 == "菜" }) else { return false }
        let plain = text.withoutSpaces
        return meals.contains(where: plain.contains) && faults.contains(where: plain.contains) && !putRight.contains(where: plain.contains)
    }

    /// The canteen and its meals.
    static let meals = ["食堂", "助餐", "送餐", "送来的饭", "送的饭", "饭菜", "盒饭", "菜里", "饭里"]
    /// What is wrong with the food.
    static let faults = ["苍蝇", "头发", "虫子", "是冷的", "冷的", "都凉了", "是凉的", "太咸", "太淡", "好咸", "好淡", "太硬", "油太大", "太油",
                         "不新鲜", "馊了", "变味", "冇放盐", "没放盐", "嚼不动"]
    /// The food praised or put right since.
    static let putRight = ["谢谢", "不咸了", "不淡了", "好多了", "改了", "好吃了"]
}
