import DeskKit

/// The retirement calculator's answers, in Chinese.
enum RetirementAnswer {
    /// The month the reform and flexible retirement start (决定, in force 2025-01-01).
    static let reformStart = YearMonth(year: 2025, month: 1)!

    /// With `paidMonths`, early (flexible) retirement is offered only when the contribution paid by then,
    /// continuing from today, reaches the minimum (办法 第二条: 弹性提前退休须满足最低缴费年限).
    static func plan(_ p: RetirementPlan, today: CalendarDay, paidMonths: Int? = nil) -> String {
        var lines = ["\(p.birth.chinese)出生的\(p.category.chinese)："]
        let age = RetirementPlan.age(p.statutoryAgeMonths)
        if p.retirementMonth < reformStart {
            // Reached the old age before the reform: it does not apply, and there was no flexible window.
            lines.append("法定退休年龄 \(age)（改革前的规定，不延迟），已于 \(p.retirementMonth.chinese)达到。")
            lines.append("渐进式延迟退休和弹性退休自2025年1月1日起实施，对此前已到龄的不适用。")
        } else {
            let delay = p.delayMonths > 0 ? "（延迟 \(p.delayMonths) 个月）" : "（不延迟）"
            let reached = p.retirementMonth <= YearMonth(today) ? "已于 \(p.retirementMonth.chinese)达到。" : "\(p.retirementMonth.chinese)退休。"
            lines.append("法定退休年龄 \(age)\(delay)，\(reached)")
            let latest = "经单位同意最晚可延至 \(p.latestFlexible.chinese)（\(RetirementPlan.age(p.latestFlexible.index - p.birth.index))）。"
            let now = YearMonth(today)
            // The first month in the flexible window by which the contribution (kept up from today) is enough.
            let earliest = paidMonths.map { paid in
                (0..<max(0, p.retirementMonth.index - p.earliestFlexible.index)).lazy.map { p.earliestFlexible.adding(months: $0) }.first { month in
                    paid + max(0, month.index - now.index) >= RetirementRule.minimumContributionMonths(retirementYear: month.year)
                }
            } ?? p.earliestFlexible
            if let earliest {
                let short = earliest != p.earliestFlexible ? "（按已缴年限继续缴费，要到那时才满足最低缴费年限）" : ""
                lines.append("弹性退休：满足最低缴费年限的，最早可在 \(earliest.chinese)（\(RetirementPlan.age(earliest.index - p.birth.index))）提前退休\(short)，"
                             + latest)
            } else {
                lines.append("弹性退休：提前退休要先满足最低缴费年限，按已缴年限一直缴到法定退休前也不够，不能提前退休；" + latest)
            }
        }
        lines.append("\(p.retirementMonth.year)年退休的最低缴费年限为 \(RetirementPlan.years(p.minimumContributionMonths))。")
        lines.append("依据：全国人大常委会关于实施渐进式延迟法定退休年龄的决定（2024年9月13日）及所附办法。"
                     + "特殊工种、因病或因残提前退休等国家另有规定的，不按此计算。")
        return lines.joined(separator: "\n")
    }

    /// The ways to make up a shortfall (办法 第二条).
    static let shortfallOptions = "可以：1. 延长缴费至满足年限；2. 按规定一次性缴费补足（具体办法以武汉市人社部门为准）。"

    /// `2031年退休，缴费够不够`: the minimum for that year, and the shortfall against what is paid.
    static func contribution(retiringIn year: Int, paidMonths: Int?) -> String {
        let minimum = RetirementRule.minimumContributionMonths(retirementYear: year)
        var text = "\(year)年退休的，按月领取养老金的最低缴费年限为 \(RetirementPlan.years(minimum))。"
        if let paid = paidMonths {
            text += paid >= minimum ? "已缴 \(RetirementPlan.years(paid))，已经够了。"
                : "已缴 \(RetirementPlan.years(paid))，还差 \(minimum - paid) 个月（从现在到退休继续缴费的月份也算）。" + shortfallOptions
        }
        return text
    }

    /// A contribution question without a birth month (`缴费10年够不够`, `不够15年么样办`): the schedule and
    /// the remedies of rules.md §1, and what to tell the desk for an exact answer.
    static func contributionWithoutBirth(paidMonths: Int?) -> String {
        var text = "按月领取养老金的最低缴费年限看退休那一年：2029年及以前退休 15年；2030年起每年增加6个月"
            + "（2030年 15年6个月，2031年 16年……2038年 19年6个月）；2039年及以后 20年。"
        if let paid = paidMonths {
            let years = RetirementPlan.years(paid)
            text += paid >= 20 * 12 ? "已缴 \(years)，哪一年退休都够。"
                : paid < 15 * 12 ? "已缴 \(years)，还不够15年。" : "已缴 \(years)，够不够要看哪一年退休。"
        }
        text += "不够的，" + shortfallOptions
        text += "\n告诉我出生年月和类别（男职工、原55岁退休的女职工、原50岁退休的女职工），可以算出退休时间和应缴年限，例如：退休 1971年6月 男 缴费10年"
        return text
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
                + shortfallOptions
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
