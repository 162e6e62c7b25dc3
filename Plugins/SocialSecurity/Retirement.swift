import DeskKit

/// The worker categories of the 2024 retirement reform.
public enum WorkerCategory: String, CaseIterable, Sendable {
    /// 男职工: base age 60.
    case male
    /// 原法定退休年龄为55周岁的女职工 (female cadres): base age 55.
    case female55
    /// 原法定退休年龄为50周岁的女职工 (female workers): base age 50.
    case female50

    public var chinese: String {
        switch self {
        case .male: "男职工"
        case .female55: "原55岁退休的女职工"
        case .female50: "原50岁退休的女职工"
        }
    }
}

/// The statutory retirement age under 渐进式延迟法定退休年龄 (rules.md §1).
///
/// Source: 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13) and the attached
/// 国务院关于渐进式延迟法定退休年龄的办法, articles 1–3 and comparison tables 附件1–3; flexible retirement per
/// 人社部发〔2024〕94号. In force from 2025-01-01.
public enum RetirementRule {
    /// The old retirement age, in years.
    public static func baseAge(_ c: WorkerCategory) -> Int {
        switch c { case .male: 60; case .female55: 55; case .female50: 50 }
    }

    /// The first birth month whose retirement is delayed.
    public static func firstDelayedBirth(_ c: WorkerCategory) -> YearMonth {
        switch c {
        case .male: YearMonth(year: 1965, month: 1)!
        case .female55: YearMonth(year: 1970, month: 1)!
        case .female50: YearMonth(year: 1975, month: 1)!
        }
    }

    /// One month of delay for every `step` months of birth: 4 for men and 原55, 2 for 原50.
    public static func step(_ c: WorkerCategory) -> Int { c == .female50 ? 2 : 4 }

    /// The most the age is raised, in months: 36 (to 63 / 58), 60 for 原50 (to 55).
    public static func maximumDelay(_ c: WorkerCategory) -> Int { c == .female50 ? 60 : 36 }

    /// Delay(months) = 0 before the first birth month, else min(floor(i / step) + 1, max), i = months since it.
    public static func delay(birth: YearMonth, category c: WorkerCategory) -> Int {
        let i = birth.index - firstDelayedBirth(c).index
        guard i >= 0 else { return 0 }
        return min(i / step(c) + 1, maximumDelay(c))
    }

    /// The minimum contribution for a monthly pension, by the year one retires: 15 years until 2029, then
    /// six months more each year from 2030 (15y6m) to 2039 and after (20 years). Source: 办法 第二条
    /// (the year-by-year table is its 附件4 提高最低缴费年限情况表, to be verified — domain report §1.3).
    public static func minimumContributionMonths(retirementYear: Int) -> Int {
        15 * 12 + 6 * min(max(retirementYear - 2029, 0), 10)
    }

    /// The plan for someone born in `birth`.
    public static func plan(birth: YearMonth, category: WorkerCategory) -> RetirementPlan {
        let delay = delay(birth: birth, category: category)
        let statutoryMonths = baseAge(category) * 12 + delay
        let retirement = birth.adding(months: statutoryMonths)
        // Flexible retirement: up to 3 years earlier but never below the old age; up to 3 years later.
        let earliest = birth.adding(months: baseAge(category) * 12 + max(0, delay - 36))
        return RetirementPlan(birth: birth, category: category, delayMonths: delay, statutoryAgeMonths: statutoryMonths,
                              retirementMonth: retirement, earliestFlexible: earliest, latestFlexible: retirement.adding(months: 36),
                              minimumContributionMonths: minimumContributionMonths(retirementYear: retirement.year))
    }
}

/// When someone reaches the statutory retirement age, and the choices around it.
public struct RetirementPlan: Equatable, Sendable {
    public let birth: YearMonth
    public let category: WorkerCategory
    public let delayMonths: Int
    /// The statutory retirement age in months (`60y3m` is 723).
    public let statutoryAgeMonths: Int
    public let retirementMonth: YearMonth
    public let earliestFlexible: YearMonth
    public let latestFlexible: YearMonth
    public let minimumContributionMonths: Int

    /// `60岁3个月`, `63岁`.
    public static func age(_ months: Int) -> String {
        months % 12 == 0 ? "\(months / 12)岁" : "\(months / 12)岁\(months % 12)个月"
    }

    /// `15年6个月`, `20年`.
    public static func years(_ months: Int) -> String {
        months % 12 == 0 ? "\(months / 12)年" : "\(months / 12)年\(months % 12)个月"
    }
}
