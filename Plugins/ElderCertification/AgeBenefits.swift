import DeskKit

/// Older residents' benefits that follow from age (rules.md §4), and the certification completion figures.
struct AgeBenefits {
    let desk: CertificationDesk

    var context: ServiceContext { desk.context }

    /// 老年人优待证: who may apply now or in the coming `months` (from two months before the 60th birthday
    /// month, configured), until the 60th birthday month has passed, and who turns 65 (a different card). No
    /// card colours.
    func benefitCards(months: Int) throws -> Reply {
        let now = YearMonth(context.today)
        let horizon = now.adding(months: months)
        let before = desk.config.benefitCard.applyMonthsBefore
        var rows: [[String]] = []
        for entry in try desk.register() {
            let birth = YearMonth(entry.elder.birthDate)
            let sixty = birth.adding(months: 60 * 12), sixtyFive = birth.adding(months: 65 * 12)
            let opens = sixty.adding(months: -before)
            // The window may have opened already (someone turning 60 this month or next): domain report bug 11.
            if sixty >= now && opens <= horizon {
                rows.append([entry.elder.name, entry.elder.address, "60岁（\(sixty.chinese)）", opens <= now ? "现在可申请" : "\(opens.chinese)起可申请"])
            }
            if sixtyFive >= now && sixtyFive <= horizon {
                rows.append([entry.elder.name, entry.elder.address, "65岁（\(sixtyFive.chinese)）", "享受65岁以上优待，需更换/更新优待证"])
            }
        }
        let title = "未来 \(months) 个月老年人优待证（60岁前\(before)个月起可申请）"
        guard !rows.isEmpty else { return .answer("\(title)：没有。", module: "elder-certification") }
        return .answer(title + "：\n" + context.table(["姓名", "地址", "年龄节点", "说明"], rows), module: "elder-certification")
    }

    /// 高龄津贴: 80th, 90th and 100th birthdays in the coming `days`. Amounts only when configured.
    func ageAllowance(days: Int) throws -> Reply {
        let allowance = desk.config.ageAllowance
        var rows: [[String]] = []
        for entry in try desk.register() {
            for age in allowance.ages {
                guard let birthday = birthday(of: entry.elder, turning: age) else { continue }
                let until = context.today.days(until: birthday)
                guard until >= 0 && until <= days else { continue }
                let amount = allowance.monthlyYuan[String(age)].map { "每月 \($0) 元" } ?? "金额未配置"
                rows.append([entry.elder.name, entry.elder.address, "\(age)岁", birthday.description, amount])
            }
        }
        var text = "未来 \(days) 天满 \(allowance.ages.map(String.init).joined(separator: "/")) 岁的老人"
        if allowance.monthlyYuan.isEmpty {
            text += "（金额未配置）"
        }
        guard !rows.isEmpty else { return .answer(text + "：没有。", module: "elder-certification") }
        return .answer(text + "：\n" + context.table(["姓名", "地址", "年龄", "生日", "津贴"], rows), module: "elder-certification")
    }

    private func birthday(of elder: Elder, turning age: Int) -> CalendarDay? {
        let year = elder.birthDate.year + age
        return CalendarDay(year: year, month: elder.birthDate.month, day: elder.birthDate.day)
            ?? CalendarDay(year: year, month: 3, day: 1)   // born on 29 February
    }

    /// Certified this cycle out of all, per compound and in total.
    func completion() throws -> Reply {
        let rows = try Self.completion(context.db, config: desk.config, directory: context.directory, today: context.today)
        return .answer("本周期认证完成情况（\(desk.config.cycle.chinese)）：\n" + context.table(Self.completionHeaders, rows),
                       module: "elder-certification")
    }

    static let completionHeaders = ["小区", "已认证/总数", "完成率"]

    /// The rows of `认证统计` (and of the dashboard's section): compound, certified/total, share; 合计 last.
    static func completion(_ db: Database, config: ElderConfig, directory: CommunityDirectory, today: CalendarDay) throws -> [[String]] {
        var byCompound: [String: (done: Int, total: Int)] = [:]
        for entry in try CertificationDesk.register(db, pensionersOnly: true) {
            let key = entry.elder.compound.flatMap(directory.compound(id:))?.name ?? "其他"
            var figures = byCompound[key, default: (0, 0)]
            figures.total += 1
            if case .certified = config.cycle.standing(last: entry.last, registered: entry.elder.registeredDay, today: today) {
                figures.done += 1
            }
            byCompound[key] = figures
        }
        let done = byCompound.values.map(\.done).reduce(0, +), total = byCompound.values.map(\.total).reduce(0, +)
        var rows = byCompound.sorted { $0.key < $1.key }.map { [$0.key, "\($0.value.done)/\($0.value.total)", DeskFormat.percent($0.value.done, of: $0.value.total)] }
        rows.append(["合计", "\(done)/\(total)", DeskFormat.percent(done, of: total)])
        return rows
    }
}
