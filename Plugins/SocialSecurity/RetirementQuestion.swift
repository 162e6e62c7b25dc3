import DeskKit
import Foundation

/// Answers a retirement question: what the question said, corrected by the answers to the desk's own
/// questions (a birth month, an ID number, a category), then the rule of rules.md §1.
struct RetirementQuestion {
    static let birthQuestion = "请问是哪年哪月出生的？例如 1968年3月，或报身份证号"
    static let categoryQuestion = "请问是哪一类？1. 男职工 2. 原55岁退休的女职工（干部） 3. 原50岁退休的女职工（工人）"

    let request: ServiceRequest
    let today: CalendarDay

    func answer() throws -> String {
        var reading = RetirementReading(request.text, today: today)
        if let problem = reading.idProblem { throw DeskError("invalid-field", "身份证号：\(problem)") }
        if let bad = reading.badDate { throw DeskError("invalid-field", "出生年月：\(bad)") }
        let birthAnswer = request["birthAnswer"]?.text
        if let birthAnswer {
            let later = RetirementReading(birthAnswer, today: today)
            if let problem = later.idProblem { throw NeedsField("birthAnswer", question: "身份证号：\(problem)。\(Self.birthQuestion)") }
            if let bad = later.badDate { throw NeedsField("birthAnswer", question: "出生年月：\(bad)。\(Self.birthQuestion)") }
            reading.update(with: later)
        }
        if let answer = request["categoryAnswer"]?.text {
            var later = RetirementReading(answer, today: today)
            Self.readChoice(answer, into: &later)
            reading.update(with: later)
        }
        if let extra = reading.paidExtraMonths, !(0...11).contains(extra) {
            throw DeskError("invalid-field", "已缴月数：应在 0–11 之间，这里是 \(extra)")
        }
        var notes: [String] = []
        var sex = reading.sex
        if let id = reading.citizen {
            if let said = sex, said != id.sex {
                notes.append("注意：身份证号显示为\(id.sex.chinese)性，与所说的「\(reading.sexWords ?? said.chinese)」不符，按身份证号计算。")
            }
            sex = id.sex
        }
        let birth = reading.citizen.map { YearMonth($0.birthDate) } ?? reading.birth
        let paid = reading.paidYears.map { $0 * 12 + (reading.paidExtraMonths ?? 0) }

        guard birth != nil || reading.birthYear != nil else {
            if let year = reading.retirementYear { return RetirementAnswer.contribution(retiringIn: year, paidMonths: paid) }
            if reading.asksContribution { return RetirementAnswer.contributionWithoutBirth(paidMonths: paid) }
            // In a group, a remark about retiring that asks nothing (`那我还是再上两年 谢谢`) is not a question — nor one that
            // tells an age or the years paid without a birth month and asks in no form at all (`我缴了28年 那我跟单位商量一下`,
            // `她自己还以为要到55`; not `是不是按55`, `那8月的社保厂里还交不交`, nor the answer to the category asked).
            if request.channel == .group, birthAnswer == nil, !Self.asks(request.text),
               reading.isEmpty || request["categoryAnswer"] == nil && !QuestionForm.asks(request.text) { throw NotAQuestion() }
            let why = birthAnswer.map { "出生年月：「\(Masking.redact($0))」里没有看到年月。" } ?? ""
            throw NeedsField("birthAnswer", question: why + Self.birthQuestion)
        }
        if let date = birth ?? reading.birthYear.flatMap({ YearMonth(year: $0, month: 1) }), date > YearMonth(today) {
            throw DeskError("birth-in-future", "出生年月 \(date.chinese) 在今天之后，请核对")
        }
        let category: WorkerCategory? = switch sex {
        case .male: .male
        case .female: reading.statedAge ?? reading.occupation
        // Only women have an original retirement age of 50 or 55; an occupation alone does not tell the sex.
        case nil: reading.statedAge
        }
        guard let category else {
            if request.channel == .group, let answer = request["categoryAnswer"]?.text, Self.isARemark(answer, today: today) {
                throw NotAQuestion()
            }
            throw NeedsField("categoryAnswer", question: (notes + [Self.categoryQuestion]).joined(separator: "\n"))
        }
        let prefix = notes.map { $0 + "\n" }.joined()
        guard let birth else { return prefix + RetirementAnswer.yearRange(reading.birthYear!, category: category) }
        let plan = RetirementRule.plan(birth: birth, category: category)
        var text = prefix + RetirementAnswer.plan(plan, today: today, paidMonths: paid)
        if let paid { text += "\n" + RetirementAnswer.contribution(plan, paidMonths: paid, today: today) }
        return text
    }

    /// Thrown when a group message about retiring asks nothing: the desk stays quiet.
    struct NotAQuestion: Error {}

    /// Whether the asker's next line in a group, where the category was awaited, is a remark and not the answer
    /// (`原来真是这个月 我还以为要到55`, `63 那我还要干七年 唉`): it names no sex, category, work, birth or years paid, asks
    /// nothing, not even to be checked (`帮我确认一下`, `…6月中旬吧`), and tells no birth another way (`身份证上是2月20号
    /// 正月十五生的`) — staff have answered meanwhile, and the desk does not ask the category again.
    static func isARemark(_ answer: String, today: CalendarDay) -> Bool {
        var said = RetirementReading(answer, today: today)
        readChoice(answer, into: &said)
        return said.sex == nil && said.statedAge == nil && said.occupation == nil && said.birth == nil && said.birthYear == nil
            && said.citizen == nil && said.paidYears == nil && !asks(answer) && !QuestionForm.asks(answer)
            && !notARemark.contains(where: answer.contains)
    }

    /// Words that keep a line from being a mere remark: a check asked for, a guess put as a question, a birth told.
    private static let notARemark = ["帮我", "确认", "吧", "生的", "出生", "身份证"]

    /// Words that make a line a question (`什么时候`, `么时候`, `能不能`, `吗`, `?`).
    static func asks(_ text: String) -> Bool {
        ["什么时候", "么时候", "啥时候", "几时", "哪年", "多少", "多久", "能不能", "可不可以", "怎么", "么样", "吗", "?", "？", "算一下",
         "帮我算", "打听", "问问", "问一下", "请问", "咨询", "想知道", "了解",
         // Wuhan and spoken forms: `我想问下退休`, `养老金会少好多`.
         "问下", "想问", "问哈", "问一哈", "好多", "几岁", "会不会", "有冇", "有没有"]
            .contains(where: text.contains)
    }

    /// An answer to the category question by number or name (`2`, `男职工`, `原55`).
    static func readChoice(_ answer: String, into reading: inout RetirementReading) {
        let chosen: WorkerCategory? = switch TextNormalizer.normalize(answer) {
        case "1", "男职工": .male
        case "2", "原55岁退休的女职工", "原55岁退休的女职工(干部)": .female55
        case "3", "原50岁退休的女职工", "原50岁退休的女职工(工人)": .female50
        default: nil
        }
        guard let chosen else { return }
        reading.sex = chosen == .male ? .male : .female
        reading.sexWords = chosen.chinese
        if chosen != .male { reading.statedAge = chosen }
    }
}
