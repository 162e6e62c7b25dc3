import DeskKit
import Foundation

/// The club's open ledger: income, expenses, reversals, the balance and the monthly public statement.
struct ClubLedger {
    let context: ServiceContext
    var db: Database { context.db }

    /// The balance: the sum of every entry, always.
    func balance(before day: CalendarDay? = nil) throws -> Money {
        if let day {
            return Money(fen: try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(signedFen), 0) FROM pingpongLedger WHERE day < ?", arguments: [day.description])!)
        }
        return Money(fen: try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(signedFen), 0) FROM pingpongLedger")!)
    }

    @discardableResult
    func add(category: String, signed: Money, day: CalendarDay, note: String, paymentID: Int64? = nil) throws -> LedgerEntry {
        var entry = LedgerEntry(id: nil, day: day, category: category, signedFen: signed.fen, note: note, paymentID: paymentID,
                                reversalOf: nil, at: context.now, operatorName: context.operatorName)
        try entry.insert(db)
        return entry
    }

    /// `收入 捐款 200元 [日期] [说明]` / `支出 电费 85.5元 [日期] [说明]`.
    func record(_ text: String, income: Bool) throws -> Reply {
        let words = text.split(separator: " ").map(String.init)
        let usage = income ? "收入 类别 金额 [日期] [说明]，如 收入 捐款 200元 张三捐" : "支出 类别 金额 [日期] [票据说明]，如 支出 电费 85.5元 11月电费单"
        guard words.count >= 2 else { throw DeskError("missing-argument", "用法：\(usage)") }
        let category = words[0]
        guard Money.find(in: category) == nil, !category.contains(where: \.isNumber) else {
            throw DeskError("missing-category", "请先写类别再写金额。用法：\(usage)")
        }
        let amount: Money
        do { amount = try Money.parse(words[1]) } catch { throw DeskError("invalid-amount", "金额：\(error)") }
        guard amount.fen > 0 else { throw DeskError("invalid-amount", "金额必须大于零") }
        var day = context.today
        var note = words.dropFirst(2)
        if let first = note.first, case .success(let d)? = DateParser.find(in: first, today: context.today) {
            guard d.day <= context.today else { throw DeskError("future-date", "日期 \(d.day) 在今天之后") }
            day = d.day; note = note.dropFirst()
        }
        let entry = try add(category: category, signed: income ? amount : -amount, day: day, note: note.joined(separator: " "))
        return Reply(module: "pingpong", status: .updated,
                     text: "已记账 \(entry.label)：\(day.chinese) \(income ? "收入" : "支出") \(category) \(amount)。余额 \(try balance())。")
    }

    /// `冲正 L5 原因` or `冲正 P3 原因`: an entry of the opposite sign; the original stays. Changing a fee record
    /// needs the role that may (社区干部 when operator accounts are set up).
    func reverse(_ text: String) throws -> Reply {
        try context.access.require(.changeFeeRecords)
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let label = words.first?.uppercased(), words.count == 2, !words[1].isEmpty else {
            throw DeskError("missing-argument", "冲正要写明编号和原因：冲正 L5 金额记错 / 冲正 P3 重复登记")
        }
        let original: LedgerEntry?
        if label.hasPrefix("P"), let n = Int64(label.dropFirst()) {
            original = try LedgerEntry.filter(Column("paymentID") == n && Column("reversalOf") == nil).fetchOne(db)
        } else if label.hasPrefix("L"), let n = Int64(label.dropFirst()) {
            original = try LedgerEntry.fetchOne(db, key: n)
        } else {
            original = nil
        }
        guard let original else { throw DeskError("unknown-entry", "没有账目或付款「\(label)」") }
        guard original.reversalOf == nil else { throw DeskError("cannot-reverse", "\(original.label) 本身是冲正记录，不能再冲正") }
        guard try LedgerEntry.filter(Column("reversalOf") == original.id!).fetchCount(db) == 0 else {
            throw DeskError("already-reversed", "\(original.label) 已经冲正过了")
        }
        var reversal = LedgerEntry(id: nil, day: context.today, category: original.category, signedFen: -original.signedFen,
                                   note: "冲正 \(original.label)：\(words[1])", paymentID: original.paymentID, reversalOf: original.id,
                                   at: context.now, operatorName: context.operatorName)
        try reversal.insert(db)
        return Reply(module: "pingpong", status: .updated,
                     text: "已冲正 \(original.label)（\(original.category) \(Money(fen: original.signedFen))），冲正记录 \(reversal.label)。余额 \(try balance())。")
    }

    /// `账目 [2026-11]`: the month's entries with the running balance.
    func entries(_ month: YearMonth) throws -> Reply {
        var running = try balance(before: month.firstDay)
        let rows = try LedgerEntry.filter(Column("day") >= month.firstDay.description && Column("day") <= month.lastDay.description)
            .order(Column("day"), Column("id")).fetchAll(db).map { e -> [String] in
                running = running + Money(fen: e.signedFen)
                return [e.label, e.day.description, e.category, Money(fen: e.signedFen).plain, running.plain, e.note, e.operatorName]
            }
        guard !rows.isEmpty else { return .answer("\(month.chinese)没有账目。余额 \(try balance())。", module: "pingpong") }
        return .answer("\(month.chinese)账目：\n" + context.table(["编号", "日期", "类别", "金额", "余额", "说明", "经办"], rows), module: "pingpong")
    }

    /// The monthly public statement (收支公示): figures by category, as chat text or CSV.
    ///
    /// The CSV is also saved as a file for the noticeboard and the spreadsheet (UTF-8 with a byte-order mark, which
    /// Excel needs to show Chinese): at `path`, else `乒乓球室收支公示-2026-11.csv` in `$DESK_EXPORTS` or the
    /// current folder. The reply names where.
    func statement(_ month: YearMonth, csv: Bool, club: String, path: String? = nil) throws -> Reply {
        let opening = try balance(before: month.firstDay)
        let entries = try LedgerEntry.filter(Column("day") >= month.firstDay.description && Column("day") <= month.lastDay.description).fetchAll(db)
        var originals: [Int64: LedgerEntry] = [:]
        for e in try LedgerEntry.filter(entries.compactMap(\.reversalOf).contains(Column("id"))).fetchAll(db) { originals[e.id!] = e }
        var income: [String: Int] = [:], expense: [String: Int] = [:]
        for e in entries {
            // A reversal counts under the kind of the entry it corrects.
            let isIncome = (e.reversalOf.flatMap { originals[$0] }?.signedFen ?? e.signedFen) > 0
            if isIncome { income[e.category, default: 0] += e.signedFen } else { expense[e.category, default: 0] -= e.signedFen }
        }
        let totalIn = Money(fen: income.values.reduce(0, +)), totalOut = Money(fen: expense.values.reduce(0, +))
        let closing = opening + totalIn - totalOut
        let donations = try Donation.filter(Column("day") >= month.firstDay.description && Column("day") <= month.lastDay.description).fetchAll(db)
        if csv {
            var lines = [CSV.line(["项目", "类别", "金额（元）"]), CSV.line(["上月结余", "", opening.plain])]
            lines += income.sorted { $0.key < $1.key }.map { CSV.line(["收入", $0.key, Money(fen: $0.value).plain]) }
            lines += expense.sorted { $0.key < $1.key }.map { CSV.line(["支出", $0.key, Money(fen: $0.value).plain]) }
            lines.append(CSV.line(["本月结余", "", closing.plain]))
            lines += donations.map { CSV.line(["实物捐赠", "\($0.donor) \($0.item)", "\($0.quantity)\($0.unit)"]) }
            let table = lines.joined(separator: "\n")
            let file = Self.statementFile(month, path: path)
            do {
                try Data(("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: file, options: .atomic)
            } catch {
                throw DeskError("cannot-save", "无法保存到 \(file.path)（\(error.localizedDescription)）。表格内容：\n\(table)")
            }
            return .answer("已保存到 \(file.path)（Excel 可直接打开）：\n" + table, module: "pingpong")
        }
        var lines = ["【\(club) \(month.chinese)收支公示】", "上月结余：\(opening)", "本月收入：\(totalIn)"]
        lines += income.sorted { $0.key < $1.key }.map { "  \($0.key) \(Money(fen: $0.value))" }
        lines.append("本月支出：\(totalOut)")
        lines += expense.sorted { $0.key < $1.key }.map { "  \($0.key) \(Money(fen: $0.value))" }
        lines.append("本月结余：\(closing)")
        lines.append("本月实物捐赠：" + (donations.isEmpty ? "无" : donations.map { "\($0.donor) \($0.item)\($0.quantity)\($0.unit)" }.joined(separator: "、")))
        lines.append("账目明细可到驿站查阅。感谢各位球友的支持！")
        return .answer(lines.joined(separator: "\n"), module: "pingpong")
    }

    /// Where the statement's CSV goes: `path` (a folder or a file), else `$DESK_EXPORTS`, else the current folder.
    static func statementFile(_ month: YearMonth, path: String?) -> URL {
        let name = "乒乓球室收支公示-\(month).csv"
        if let path {
            var isFolder: ObjCBool = false
            let url = URL(fileURLWithPath: path)
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
                ? url.appendingPathComponent(name) : url
        }
        let folder = ProcessInfo.processInfo.environment["DESK_EXPORTS"] ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: folder).appendingPathComponent(name)
    }
}
