import DeskKit
import Foundation

/// The figures of one month's 收支公示, computed once and shown three ways: the chat text, the CSV and the
/// public web page (``PingPong/page(_:month:in:)``), so the three never disagree.
struct ClubStatement {
    let club: String
    let month: YearMonth
    let opening: Money
    /// Income and expenses by category, sorted by category; expenses as positive amounts.
    let income: [(category: String, amount: Money)]
    let expenses: [(category: String, amount: Money)]
    let donations: [Donation]

    var totalIn: Money { income.reduce(Money(fen: 0)) { $0 + $1.amount } }
    var totalOut: Money { expenses.reduce(Money(fen: 0)) { $0 + $1.amount } }
    var closing: Money { opening + totalIn - totalOut }

    init(db: Database, month: YearMonth, club: String) throws {
        self.club = club
        self.month = month
        let inMonth = Column("day") >= month.firstDay.description && Column("day") <= month.lastDay.description
        opening = Money(fen: try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(signedFen), 0) FROM pingpongLedger WHERE day < ?",
                                              arguments: [month.firstDay.description])!)
        let entries = try LedgerEntry.filter(inMonth).fetchAll(db)
        var originals: [Int64: LedgerEntry] = [:]
        for e in try LedgerEntry.filter(entries.compactMap(\.reversalOf).contains(Column("id"))).fetchAll(db) { originals[e.id!] = e }
        var income: [String: Int] = [:], expense: [String: Int] = [:]
        for e in entries {
            // A reversal counts under the kind of the entry it corrects.
            let isIncome = (e.reversalOf.flatMap { originals[$0] }?.signedFen ?? e.signedFen) > 0
            if isIncome { income[e.category, default: 0] += e.signedFen } else { expense[e.category, default: 0] -= e.signedFen }
        }
        self.income = income.sorted { $0.key < $1.key }.map { ($0.key, Money(fen: $0.value)) }
        expenses = expense.sorted { $0.key < $1.key }.map { ($0.key, Money(fen: $0.value)) }
        donations = try Donation.filter(inMonth).fetchAll(db)
    }

    /// `公示 2026-11` at the prompt.
    var text: String {
        var lines = ["【\(club) \(month.chinese)收支公示】", "上月结余：\(opening)", "本月收入：\(totalIn)"]
        lines += income.map { "  \($0.category) \($0.amount)" }
        lines.append("本月支出：\(totalOut)")
        lines += expenses.map { "  \($0.category) \($0.amount)" }
        lines.append("本月结余：\(closing)")
        lines.append("本月实物捐赠：" + (donations.isEmpty ? "无" : donations.map { "\($0.donor) \($0.item)\($0.quantity)\($0.unit)" }.joined(separator: "、")))
        lines.append(Self.footer)
        return lines.joined(separator: "\n")
    }

    /// `公示 2026-11 csv`: one CSV line each.
    var csvLines: [String] {
        var lines = [CSV.line(["项目", "类别", "金额（元）"]), CSV.line(["上月结余", "", opening.plain])]
        lines += income.map { CSV.line(["收入", $0.category, $0.amount.plain]) }
        lines += expenses.map { CSV.line(["支出", $0.category, $0.amount.plain]) }
        lines.append(CSV.line(["本月结余", "", closing.plain]))
        lines += donations.map { CSV.line(["实物捐赠", "\($0.donor) \($0.item)", "\($0.quantity)\($0.unit)"]) }
        return lines
    }

    /// The public page `/pingpong/公示/2026-11`.
    var page: PageContent {
        PageContent(
            title: "\(club) \(month.chinese)收支公示",
            figures: [.init("上月结余", opening.description), .init("本月收入", totalIn.description),
                      .init("本月支出", totalOut.description), .init("本月结余", closing.description)],
            tables: [
                .init(title: "收入", headers: ["类别", "金额"], rows: income.map { [$0.category, $0.amount.description] }),
                .init(title: "支出", headers: ["类别", "金额"], rows: expenses.map { [$0.category, $0.amount.description] }),
                .init(title: "实物捐赠", headers: ["捐赠人", "物品", "数量"],
                      rows: donations.map { [$0.donor, $0.item, "\($0.quantity)\($0.unit)"] }),
            ],
            footer: Self.footer)
    }

    static let footer = "账目明细可到驿站查阅。感谢各位球友的支持！"
}

extension PingPong: PageProvidingModule {
    /// The monthly 收支公示, public as the club posts it in its group (the figures, never a member's phone).
    public var pages: [ModulePage] { [ModulePage(name: "公示", title: "收支公示", audience: .everyone)] }

    public func page(_ name: String, month: YearMonth, in context: PageContext) throws -> PageContent? {
        guard name == "公示" else { return nil }
        return try ClubStatement(db: context.db, month: month, club: Self.club(context.db).name).page
    }
}
