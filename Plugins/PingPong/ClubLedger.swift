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

    /// `收入 捐款 200元 [日期] [说明]` / `支出 电费 85.5元 [日期] [说明]`. An expense the balance does not
    /// cover is refused unless the line ends with 确认 (money advanced by a manager, say): the public statement
    /// would show the club in debt.
    func record(_ text: String, income: Bool) throws -> Reply {
        var words = text.split(separator: " ").map(String.init)
        let confirmed = !income && words.count > 2 && words.last == "确认"
        if confirmed { words.removeLast() }
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
        let before = try balance()
        if !income && !confirmed && amount > before {
            throw DeskError("overdraft", "支出 \(amount) 超过当前余额 \(before)，记账后余额为负（\(before - amount)），会出现在公示里。"
                            + "请核对金额；如确实如此（如管理员垫付），在末尾加 确认：支出 \(text) 确认")
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
        let entries = try LedgerEntry.filter(Column("day") >= month.firstDay.description && Column("day") <= month.lastDay.description)
            .order(Column("day"), Column("id")).fetchAll(db)
        let payers = try payers(of: entries)
        let rows = entries.map { e -> [String] in
            running = running + Money(fen: e.signedFen)
            let note = [e.paymentID.flatMap { payers[$0] }, e.note].compactMap { $0 }.joined(separator: " ")
            return [e.label, e.day.description, e.category, Money(fen: e.signedFen).plain, running.plain, note, e.operatorName]
        }
        guard !rows.isEmpty else { return .answer("\(month.chinese)没有账目。余额 \(try balance())。", module: "pingpong") }
        return .answer("\(month.chinese)账目：\n" + context.table(["编号", "日期", "类别", "金额", "余额", "说明", "经办"], rows), module: "pingpong")
    }

    /// Who paid each fee entry, by payment id: the member's name as the resident register has it now.
    private func payers(of entries: [LedgerEntry]) throws -> [Int64: String] {
        let ids = entries.compactMap(\.paymentID)
        guard !ids.isEmpty else { return [:] }
        let paid = try Payment.filter(keys: ids).fetchAll(db)
        let members = try ClubMembers(context: context).all(Member.filter(keys: Set(paid.map(\.memberID))))
        let names = Dictionary(uniqueKeysWithValues: members.map { ($0.id!, $0.name) })
        return Dictionary(uniqueKeysWithValues: paid.compactMap { p in names[p.memberID].map { (p.id!, $0) } })
    }

    /// The monthly public statement (收支公示): figures by category, as chat text or CSV (``ClubStatement``).
    ///
    /// The CSV is also saved as a file for the noticeboard and the spreadsheet (UTF-8 with a byte-order mark, which
    /// Excel needs to show Chinese): at `path`, else `乒乓球室收支公示-2026-11.csv` in `$DESK_EXPORTS` or the
    /// current folder. The reply names where.
    func statement(_ month: YearMonth, csv: Bool, club: String, path: String? = nil) throws -> Reply {
        let statement = try ClubStatement(db: db, month: month, club: club)
        guard csv else { return .answer(statement.text, module: "pingpong") }
        let lines = statement.csvLines
        let table = lines.joined(separator: "\n")
        let file = Self.statementFile(month, path: path)
        do {
            try Data(("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: file, options: .atomic)
        } catch {
            throw DeskError("cannot-save", "无法保存到 \(file.path)（\(error.localizedDescription)）。表格内容：\n\(table)")
        }
        return .answer("已保存到 \(file.path)（Excel 可直接打开）：\n" + table, module: "pingpong")
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
