import DeskKit
import SocialSecurity
import Testing

/// The retirement rule against rules.md §1 and an independent encoding of the published tables.
@Suite("Retirement age (rules.md §1)")
struct RetirementRuleTests {
    static func ym(_ y: Int, _ m: Int) -> YearMonth { YearMonth(year: y, month: m)! }

    /// The published example rows: birth → age → retirement month.
    @Test(arguments: [
        (WorkerCategory.male, 1965, 1, 60 * 12 + 1, 2025, 2),
        (.male, 1965, 12, 60 * 12 + 3, 2026, 3),
        (.female55, 1971, 4, 55 * 12 + 4, 2026, 8),
        (.female50, 1975, 11, 50 * 12 + 6, 2026, 5),
        (.male, 1976, 12, 63 * 12, 2039, 12),
    ])
    func publishedExamples(_ c: WorkerCategory, _ y: Int, _ m: Int, _ age: Int, _ ry: Int, _ rm: Int) {
        let plan = RetirementRule.plan(birth: Self.ym(y, m), category: c)
        #expect(plan.statutoryAgeMonths == age)
        #expect(plan.retirementMonth == Self.ym(ry, rm))
    }

    @Test func firstAndLastAffectedBirthMonths() {
        // Before the first affected month: the old age.
        #expect(RetirementRule.delay(birth: Self.ym(1964, 12), category: .male) == 0)
        #expect(RetirementRule.delay(birth: Self.ym(1969, 12), category: .female55) == 0)
        #expect(RetirementRule.delay(birth: Self.ym(1974, 12), category: .female50) == 0)
        // The first affected month: one month.
        #expect(RetirementRule.delay(birth: Self.ym(1965, 1), category: .male) == 1)
        #expect(RetirementRule.delay(birth: Self.ym(1970, 1), category: .female55) == 1)
        #expect(RetirementRule.delay(birth: Self.ym(1975, 1), category: .female50) == 1)
        // The last month before the maximum, and the first at it.
        #expect(RetirementRule.delay(birth: Self.ym(1976, 8), category: .male) == 35)
        #expect(RetirementRule.delay(birth: Self.ym(1976, 9), category: .male) == 36)
        #expect(RetirementRule.delay(birth: Self.ym(1981, 8), category: .female55) == 35)
        #expect(RetirementRule.delay(birth: Self.ym(1981, 9), category: .female55) == 36)
        #expect(RetirementRule.delay(birth: Self.ym(1984, 10), category: .female50) == 59)
        #expect(RetirementRule.delay(birth: Self.ym(1984, 11), category: .female50) == 60)
        #expect(RetirementRule.delay(birth: Self.ym(2000, 1), category: .female50) == 60)
    }

    @Test func monthsAroundASteps() {
        // Men: 1965-04 is still one month, 1965-05 two.
        #expect(RetirementRule.delay(birth: Self.ym(1965, 4), category: .male) == 1)
        #expect(RetirementRule.delay(birth: Self.ym(1965, 5), category: .male) == 2)
        // 原50: 1975-02 one month, 1975-03 two.
        #expect(RetirementRule.delay(birth: Self.ym(1975, 2), category: .female50) == 1)
        #expect(RetirementRule.delay(birth: Self.ym(1975, 3), category: .female50) == 2)
    }

    /// An independent encoding: walk the birth months from the first affected one, adding a month of delay at the
    /// start of every step, and compare every birth month 1960-01…2000-12 for every category.
    @Test(arguments: WorkerCategory.allCases)
    func everyBirthMonthFrom1960To2000(_ c: WorkerCategory) {
        let (first, step, maximum, base): (YearMonth, Int, Int, Int) = switch c {
        case .male: (Self.ym(1965, 1), 4, 36, 60)
        case .female55: (Self.ym(1970, 1), 4, 36, 55)
        case .female50: (Self.ym(1975, 1), 2, 60, 50)
        }
        var expected: [YearMonth: Int] = [:]
        var delay = 0, counter = 0
        for index in Self.ym(1960, 1).index...Self.ym(2000, 12).index {
            let month = YearMonth(index: index)
            if month >= first {
                if counter % step == 0 { delay = min(delay + 1, maximum) }
                counter += 1
            }
            expected[month] = delay
        }
        for (month, delay) in expected {
            let plan = RetirementRule.plan(birth: month, category: c)
            #expect(plan.delayMonths == delay, "\(c) \(month)")
            #expect(plan.retirementMonth == month.adding(months: base * 12 + delay))
            #expect(plan.latestFlexible == plan.retirementMonth.adding(months: 36))
            #expect(plan.earliestFlexible >= month.adding(months: base * 12))
            #expect(plan.earliestFlexible == plan.retirementMonth.adding(months: -min(36, delay)))
        }
    }

    @Test func minimumContributionByRetirementYear() {
        #expect(RetirementRule.minimumContributionMonths(retirementYear: 2025) == 180)
        #expect(RetirementRule.minimumContributionMonths(retirementYear: 2029) == 180)
        #expect(RetirementRule.minimumContributionMonths(retirementYear: 2030) == 186)
        #expect(RetirementRule.minimumContributionMonths(retirementYear: 2031) == 192)
        #expect(RetirementRule.minimumContributionMonths(retirementYear: 2038) == 234)
        #expect(RetirementRule.minimumContributionMonths(retirementYear: 2039) == 240)
        #expect(RetirementRule.minimumContributionMonths(retirementYear: 2050) == 240)
    }

    @Test func female50CanStillRetireEarlyButNotBelowFifty() {
        let plan = RetirementRule.plan(birth: Self.ym(1990, 1), category: .female50)
        #expect(plan.statutoryAgeMonths == 55 * 12)
        #expect(plan.earliestFlexible == Self.ym(2042, 1))   // 52
        let early = RetirementRule.plan(birth: Self.ym(1975, 11), category: .female50)
        #expect(early.earliestFlexible == Self.ym(2025, 11))   // never below 50
    }
}
