import DeskKit
import Foundation

/// Clean-ups and weeding (环境整治): tasks, sign-ups and the hours served.
///
/// Hours are kept as volunteer service records per the Ministry of Civil Affairs rules (2021-02-01, rules.md §6):
/// the organiser records and the recorder certifies (谁组织谁记录、谁记录谁证明) — each record holds the
/// volunteer, the service (what, where, when), the hours, who organised and who confirmed.
struct VolunteerTasks {
    let context: ServiceContext

    struct Task: Codable, FetchableRecord {
        var id: Int64
        var title: String
        var day: String
        var time: String?
        var place: String
        var wanted: Int
        var organiser: String
        var done: Bool
        var label: String { "T\(id)" }
    }

    static let usage = "活动 新建 周六上午 除草 口袋公园 10人 | 活动 列表 | 活动 完成 T1"

    /// `活动 …`.
    func run(_ text: String) throws -> Reply {
        let words = text.split(separator: " ").map(String.init)
        switch words.first ?? "列表" {
        case "新建", "new": return try create(words.dropFirst().joined(separator: " "))
        case "列表", "list":
            let tasks = try Task.fetchAll(context.db, sql: "SELECT * FROM parkTasks WHERE done = 0 ORDER BY day")
            guard !tasks.isEmpty else { return .answer("没有待办的活动。", module: "park-upkeep") }
            return .answer(context.table(["编号", "日期", "时间", "地点", "内容", "人数"], try tasks.map {
                [$0.label, $0.day, $0.time ?? "", $0.place, $0.title, "\(try signedUp($0.id))/\($0.wanted)"]
            }), module: "park-upkeep")
        case "完成", "done":
            let task = try find(words.count > 1 ? words[1] : "")
            guard task.day <= context.today.description else {
                throw DeskError("future-task", "活动 \(task.label) 在 \(task.day)，还没有进行，不能标记完成")
            }
            try context.db.execute(sql: "UPDATE parkTasks SET done = 1 WHERE id = ?", arguments: [task.id])
            return Reply(module: "park-upkeep", status: .updated, text: "活动 \(task.label) 已完成。" + (try roster(task)))
        default:
            throw DeskError("unknown-action", "用法：\(Self.usage)")
        }
    }

    private func create(_ text: String) throws -> Reply {
        guard case .success(let when)? = DateParser.find(in: text, today: context.today) else {
            throw DeskError("missing-date", "请写出活动日期，如：\(Self.usage)")
        }
        guard when.day >= context.today else { throw DeskError("past-date", "活动日期 \(when.day) 已经过去") }
        let wanted = text.range(of: #"[0-9]+(?=\s*人)"#, options: .regularExpression).map { Int(text[$0])! } ?? 0
        guard wanted > 0 else { throw DeskError("missing-argument", "请写出需要几个人，如 10人") }
        let parks = try Park.fetchAll(context.db)
        let place = parks.first { $0.named(in: text) }?.name ?? context.directory.places.first { text.contains($0) } ?? "口袋公园"
        let title = text.split(separator: " ").map(String.init).filter { w in
            DateParser.find(in: w, today: context.today) == nil && !w.hasSuffix("人") && !w.contains(place)
        }.joined(separator: " ")
        guard !title.isEmpty else { throw DeskError("missing-argument", "请写出活动内容，如 除草、环境整治") }
        let time = when.hour.map { String(format: "%02d:%02d", $0, when.minute ?? 0) }
        let id = try Int64.fetchOne(context.db, sql: """
            INSERT INTO parkTasks(title, day, time, place, wanted, organiser, done) VALUES (?, ?, ?, ?, ?, ?, 0) RETURNING id
            """, arguments: [title, when.day.description, time, place, wanted, context.operatorName])!
        return Reply(module: "park-upkeep", status: .updated,
                     text: "已建活动 T\(id)：\(when.day.chinese)\(time.map { " \($0)" } ?? "") \(place) \(title)，需要 \(wanted) 人。居民可在群里说“报名”。")
    }

    /// `报名 T1 张三 13800000000`, or from a group: "周六除草我想报名".
    func signUp(_ request: ServiceRequest) throws -> Reply {
        let text = request.text
        let tasks = try Task.fetchAll(context.db, sql: "SELECT * FROM parkTasks WHERE done = 0 AND day >= ? ORDER BY day",
                                      arguments: [context.today.description])
        let task: Task
        if let code = text.range(of: #"[Tt][0-9]+"#, options: .regularExpression) {
            task = try find(String(text[code]))
        } else {
            var matching = tasks.filter { t in t.title.split(separator: " ").contains { text.contains($0) } }
            if case .success(let when)? = DateParser.find(in: text, today: context.today) {
                let sameDay = (matching.isEmpty ? tasks : matching).filter { $0.day == when.day.description }
                if !sameDay.isEmpty { matching = sameDay }
            }
            if matching.isEmpty && tasks.count == 1 { matching = tasks }
            guard matching.count == 1 else {
                guard !tasks.isEmpty else { return try signUpWithoutActivity(request) }
                throw DeskError("ambiguous-task", "有这些活动：" + tasks.map { "\($0.label) \($0.day) \($0.title)" }.joined(separator: "；") + "。请写 报名 活动编号 姓名")
            }
            task = matching[0]
        }
        let name = request["volunteer"]?.text ?? request.requester.name ?? request.requester.sender
        guard let name else { throw NeedsField("volunteer", question: "请问报名人的姓名？") }
        // The volunteer is a person in the resident register, by name and phone together (a group member known only
        // by their group name, `7-1-302 李阿姨`, is entered under it until staff correct or merge the entry).
        let phone = request["phone"]?.phone ?? request.requester.phone
        let person = try context.residents.person(name: name, phone: phone, address: nil)
        guard try Volunteers(context: context).signup(task.id, of: person) == nil else {
            return .answer("\(name) 已经报名了 \(task.label)（\(task.day) \(task.title)）。", module: "park-upkeep")
        }
        try context.db.execute(sql: """
            INSERT INTO parkVolunteerRecords(taskID, residentID, signedAt, channel) VALUES (?, ?, ?, ?)
            """, arguments: [task.id, person.id, context.now, request.channel.rawValue])
        let count = try signedUp(task.id)
        return Reply(module: "park-upkeep", status: .updated,
                     text: "\(name) 报名成功：\(task.label) \(task.day)\(task.time.map { " \($0)" } ?? "") \(task.place) \(task.title)（已报 \(count)/\(task.wanted) 人）。")
    }

    /// `工时 T1 张三 2小时 [确认人]`: attendance and hours, confirmed.
    func recordHours(_ text: String) throws -> Reply {
        let words = text.split(separator: " ").map(String.init)
        guard words.count >= 3 else { throw DeskError("missing-argument", "用法：工时 T1 张三 2小时 [确认人]") }
        let task = try find(words[0])
        guard task.day <= context.today.description else {
            throw DeskError("future-task", "活动 \(task.label) 在 \(task.day)，还没有进行，不能记录工时")
        }
        let name = words[1]
        let minutes = try Self.minutes(words[2])
        let confirmer = words.count > 3 ? words[3] : context.operatorName
        let existing = try Volunteers(context: context).signup(task.id, named: name)
        var correction = ""
        if let existing, let old = existing.row["minutes"] as Int?, let oldConfirmer = existing.row["confirmedBy"] as String? {
            // A second entry corrects the first, and says so; the first stays on record (rules.md §6).
            try context.db.execute(sql: """
                INSERT INTO parkHourCorrections(taskID, residentID, oldMinutes, oldConfirmedBy, newMinutes, newConfirmedBy, at, operatorName)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [task.id, existing.residentID, old, oldConfirmer, minutes, confirmer, context.now, context.operatorName])
            correction = "（更正：原记录 \(Self.hours(old))，确认人 \(oldConfirmer)，已保留在更正记录中）"
        }
        if let existing {
            try context.db.execute(sql: """
                UPDATE parkVolunteerRecords SET minutes = ?, confirmedBy = ?, recordedAt = ? WHERE taskID = ? AND residentID = ?
                """, arguments: [minutes, confirmer, context.now, task.id, existing.residentID])
        } else {
            // A walk-in whose name staff typed: the person of that name in the resident register.
            let person = try context.residents.person(name: name, phone: nil, address: nil)
            try context.db.execute(sql: """
                INSERT INTO parkVolunteerRecords(taskID, residentID, signedAt, channel, minutes, confirmedBy, recordedAt)
                VALUES (?, ?, ?, 'desk', ?, ?, ?)
                """, arguments: [task.id, person.id, context.now, minutes, confirmer, context.now])
        }
        return Reply(module: "park-upkeep", status: .updated,
                     text: "已记录 \(name) 在 \(task.label)（\(task.title)）服务 \(Self.hours(minutes))，组织者 \(task.organiser)，确认人 \(confirmer)。\(correction)")
    }

    /// A volunteer telling the group `今天除草我干了2小时`: kept as reported hours until the organiser confirms
    /// them with 工时 (谁组织谁记录、谁记录谁证明).
    func reportHours(_ request: ServiceRequest) throws -> Reply {
        let text = request.text
        guard let name = request.requester.name ?? request.requester.sender else {
            throw DeskError("missing-argument", "工作人员请用：工时 T1 张三 2小时 [确认人]")
        }
        guard let g = Self.spokenHours.firstGroups(in: text)?.groups, let amount = g[0] else {
            throw NeedsField("hours", question: "服务了几个小时？例如 2小时")
        }
        // `4个钟头`, `两小时`, `90分钟`: the number in digits, then the checked reader.
        let digits = amount.first!.isNumber && amount.first!.isASCII ? amount : ChineseNumber.parse(amount).map(String.init) ?? amount
        let minutes = try Self.minutes(digits + (g[1] == "分钟" ? "分钟" : "小时"))
        let done = try Task.fetchAll(context.db, sql: "SELECT * FROM parkTasks WHERE day <= ? ORDER BY day DESC", arguments: [context.today.description])
        let task: Task
        if let code = text.range(of: #"[Tt][0-9]+"#, options: .regularExpression) {
            task = try find(String(text[code]))
        } else if let match = done.first(where: { t in t.title.split(separator: " ").contains { text.contains($0) } }) ?? done.first {
            task = match
        } else {
            return try hoursWithoutActivity(request)
        }
        guard task.day <= context.today.description else {
            throw DeskError("future-task", "活动 \(task.label) 在 \(task.day)，还没有进行，活动后再报工时")
        }
        let person = try context.residents.person(name: name, phone: request.requester.phone, address: nil)
        let existing = try Volunteers(context: context).signup(task.id, of: person)
        if let confirmed = existing?.row["minutes"] as Int? {
            return .answer("\(name) 在 \(task.label) 已有确认的工时 \(Self.hours(confirmed))。如需更正，请联系组织者 \(task.organiser)。", module: "park-upkeep")
        }
        if let existing {
            try context.db.execute(sql: "UPDATE parkVolunteerRecords SET claimedMinutes = ? WHERE taskID = ? AND residentID = ?",
                                   arguments: [minutes, task.id, existing.residentID])
        } else {
            try context.db.execute(sql: """
                INSERT INTO parkVolunteerRecords(taskID, residentID, signedAt, channel, claimedMinutes) VALUES (?, ?, ?, ?, ?)
                """, arguments: [task.id, person.id, context.now, request.channel.rawValue, minutes])
        }
        return Reply(module: "park-upkeep", status: .updated,
                     text: "已记下 \(name) 在 \(task.label)（\(task.day) \(task.title)）服务 \(Self.hours(minutes))，组织者 \(task.organiser) 确认后计入工时。谢谢！")
    }

    /// `2小时`, `1.5个小时`, `4个钟头`, `两小时`, `90分钟` inside a sentence: the amount and the unit.
    static let spokenHours = TextPattern(#"([0-9]+(?:\.[0-9])?|[一二两三四五六七八九十]{1,3})\s*个?\s*(小时|钟头|h|分钟)"#)

    /// Corrections of the hours of the person whose records use `ids`, oldest first.
    func corrections(of ids: [Int64]) throws -> [String] {
        try Row.fetchAll(context.db, sql: """
            SELECT c.*, t.title FROM parkHourCorrections c JOIN parkTasks t ON t.id = c.taskID
            WHERE c.residentID IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY c.at
            """).map {
            "T\($0["taskID"] as Int64) \($0["title"] as String)：\(Self.hours($0["oldMinutes"]))（\($0["oldConfirmedBy"] as String)）→ "
                + "\(Self.hours($0["newMinutes"]))（\($0["newConfirmedBy"] as String)），\(DeskFormat.timestamp($0["at"])) \($0["operatorName"] as String) 更正"
        }
    }

    /// `2小时`, `1.5小时`, `90分钟` in minutes; zero, negative and more than a day are refused.
    static func minutes(_ text: String) throws -> Int {
        let n = TextNormalizer.normalize(text)
        if n.hasPrefix("-") || n.hasPrefix("负") { throw DeskError("negative-hours", "工时「\(text)」不能为负数") }
        var minutes: Int?
        if let r = n.range(of: #"^[0-9]+(\.[0-9])?(?=\s*(小时|个小时|h|H)$)"#, options: .regularExpression) {
            let parts = n[r].split(separator: ".")
            minutes = Int(parts[0])! * 60 + (parts.count > 1 ? Int(parts[1])! * 6 : 0)
        } else if let r = n.range(of: #"^[0-9]+(?=\s*分钟$)"#, options: .regularExpression) {
            minutes = Int(n[r])!
        }
        guard let minutes else { throw DeskError("invalid-hours", "「\(text)」不是工时，请写 2小时、1.5小时 或 90分钟") }
        guard minutes > 0, minutes <= 24 * 60 else { throw DeskError("invalid-hours", "工时应在 0–24 小时之间，这里是「\(text)」") }
        return minutes
    }

    static func hours(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60)小时" : String(format: "%.1f小时", Double(minutes) / 60)
    }

    /// `名单 T1`.
    func rosterReply(_ text: String) throws -> Reply {
        .answer(try roster(try find(text.split(separator: " ").first.map(String.init) ?? "")), module: "park-upkeep")
    }

    func roster(_ task: Task) throws -> String {
        let signups = try Volunteers(context: context).signups(task.id)
        guard !signups.isEmpty else { return "\(task.label) 还没有人报名。" }
        return "\(task.label) \(task.day) \(task.title) 名单（\(signups.count)/\(task.wanted)）：\n" + context.table(["志愿者", "电话", "工时", "确认人"], try signups.map {
            [$0.name, try $0.person.flatMap { try context.residents.phones(of: $0.id!).first }.map { Masking.phone($0.digits) } ?? "—",
             ($0.row["minutes"] as Int?).map(Self.hours) ?? ($0.row["claimedMinutes"] as Int?).map { "报 \(Self.hours($0))（待确认）" } ?? "未记录",
             $0.row["confirmedBy"] ?? "—"]
        })
    }

    /// `志愿者 张三` (or `志愿者 R12` when two volunteers share a name): records and total hours.
    func volunteer(_ query: String) throws -> Reply {
        guard !query.isEmpty else { throw DeskError("missing-argument", "请写出志愿者姓名：志愿者 张三") }
        let found = try Volunteers(context: context).people(query)
        guard found.count <= 1 else {
            throw DeskError("ambiguous-volunteer", "有 \(found.count) 位志愿者叫\(query)：\(found.map(\.person.label).joined(separator: "、"))，请写 志愿者 R编号")
        }
        let name = found.first?.person.name ?? query
        let ids = found.first?.ids ?? []
        let rows = try Row.fetchAll(context.db, sql: """
            SELECT t.day, t.title, t.place, t.organiser, r.minutes, r.confirmedBy FROM parkVolunteerRecords r
            JOIN parkTasks t ON t.id = r.taskID WHERE r.residentID IN (\(ids.map(String.init).joined(separator: ","))) AND r.minutes IS NOT NULL
            ORDER BY t.day
            """)
        guard !rows.isEmpty else { return .answer("\(name) 还没有已确认的服务记录。", module: "park-upkeep") }
        let total = rows.map { $0["minutes"] as Int }.reduce(0, +)
        var text = "\(name) 志愿服务 \(rows.count) 次，共 \(Self.hours(total))：\n" + context.table(["日期", "内容", "地点", "工时", "组织者", "确认人"], rows.map {
            [$0["day"], $0["title"], $0["place"], Self.hours($0["minutes"]), $0["organiser"], $0["confirmedBy"]]
        })
        let corrections = try corrections(of: ids)
        if !corrections.isEmpty { text += "\n更正记录：\n" + corrections.map { "  " + $0 }.joined(separator: "\n") }
        return .answer(text, module: "park-upkeep")
    }

    private func find(_ label: String) throws -> Task {
        guard let n = Int64(label.uppercased().replacingOccurrences(of: "T", with: "")),
              let task = try Task.fetchOne(context.db, sql: "SELECT * FROM parkTasks WHERE id = ?", arguments: [n]) else {
            throw DeskError("unknown-task", "没有活动「\(label)」，用 活动 列表 查看")
        }
        return task
    }

    private func signedUp(_ id: Int64) throws -> Int {
        try Int.fetchOne(context.db, sql: "SELECT COUNT(*) FROM parkVolunteerRecords WHERE taskID = ?", arguments: [id])!
    }
}
