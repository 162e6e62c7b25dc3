import DeskKit

/// The retirement calculator's answers, in Chinese.
enum RetirementAnswer {
    static func plan(_ p: RetirementPlan, today: CalendarDay) -> String {
        var lines = ["\(p.birth.chinese)出生的\(p.category.chinese)："]
        lines.append("法定退休年龄 \(RetirementPlan.age(p.statutoryAgeMonths))" + (p.delayMonths > 0 ? "（延迟 \(p.delayMonths) 个月）" : "（不延迟）")
                     + "，\(p.retirementMonth.chinese)退休。")
        lines.append("弹性退休：满足最低缴费年限的，最早可在 \(p.earliestFlexible.chinese)（\(RetirementPlan.age(p.earliestFlexible.index - p.birth.index))）提前退休，"
                     + "经单位同意最晚可延至 \(p.latestFlexible.chinese)（\(RetirementPlan.age(p.latestFlexible.index - p.birth.index))）。")
        lines.append("\(p.retirementMonth.year)年退休的最低缴费年限为 \(RetirementPlan.years(p.minimumContributionMonths))。")
        lines.append("依据：全国人大常委会关于实施渐进式延迟法定退休年龄的决定（2024年9月13日）及所附办法。")
        return lines.joined(separator: "\n")
    }

    /// Whether the contribution so far (and, if the person keeps paying, until retirement) reaches the minimum.
    static func contribution(_ p: RetirementPlan, paidMonths: Int, today: CalendarDay) -> String {
        let now = YearMonth(today)
        let untilRetirement = max(0, p.retirementMonth.index - now.index)
        let projected = paidMonths + untilRetirement
        let minimum = p.minimumContributionMonths
        var text = "已缴费 \(RetirementPlan.years(paidMonths))。"
        if untilRetirement > 0 {
            text += "如果从现在一直缴到 \(p.retirementMonth.chinese)，共 \(RetirementPlan.years(projected))，"
        }
        if projected >= minimum {
            text += "达到最低缴费年限 \(RetirementPlan.years(minimum))，退休时可按月领取养老金。"
        } else {
            text += "不够最低缴费年限 \(RetirementPlan.years(minimum))，还差 \(minimum - projected) 个月。"
                + "可以：1. 延长缴费至满足年限；2. 按规定一次性缴费补足（具体办法以武汉市人社部门为准）。"
        }
        return text
    }

    /// For a birth year without a month: the range across the year.
    static func yearRange(_ year: Int, category: WorkerCategory) -> String {
        let first = RetirementRule.plan(birth: YearMonth(year: year, month: 1)!, category: category)
        let last = RetirementRule.plan(birth: YearMonth(year: year, month: 12)!, category: category)
        if first.statutoryAgeMonths == last.statutoryAgeMonths {
            return "\(year)年出生的\(category.chinese)：法定退休年龄 \(RetirementPlan.age(first.statutoryAgeMonths))，"
                + "在 \(first.retirementMonth.chinese) 到 \(last.retirementMonth.chinese) 之间退休（按出生月份）。告诉我出生月份可以算得更准。"
        }
        return "\(year)年出生的\(category.chinese)：按出生月份不同，法定退休年龄从 \(RetirementPlan.age(first.statutoryAgeMonths))（1月出生，"
            + "\(first.retirementMonth.chinese)退休）到 \(RetirementPlan.age(last.statutoryAgeMonths))（12月出生，\(last.retirementMonth.chinese)退休）。"
            + "告诉我出生月份可以算得更准，例如 \(year)年3月。"
    }
}
