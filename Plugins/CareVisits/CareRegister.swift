import DeskKit
import Foundation

/// The care register: people of the kernel's resident register whom the community visits (elderly people living
/// alone, 微关爱). Staff add a person (`关爱登记`), look them up (`关爱`), change the risk level (`关爱修改`) and
/// take them off (`关爱移除`); every change is kept in `careChanges`.
struct CareRegister {
    let context: ServiceContext
    let intervals: VisitIntervals

    static let addUsage = "关爱登记 姓名或R编号 [电话] [住址] 风险（高/中/低），例如 关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高"
    static let editUsage = "关爱修改 姓名或R编号 风险（高/中/低），例如 关爱修改 王秀英 中"
    static let removeUsage = "关爱移除 姓名或R编号 原因（去世、迁出、入住养老院、家人同住、本人不再需要），例如 关爱移除 王秀英 入住养老院"

    var residents: Residents { Residents(db: context.db, now: context.now) }

    // MARK: Finding people

    /// The person on the care register `text` names: `R12`, a phone number, or a name (also inside a sentence).
    /// Several of the same name are listed with their codes, so that staff can say which.
    func find(_ text: String, includingLeft: Bool = false) throws -> (CareEntry, Resident) {
        let entries = try CareEntry.fetchAll(context.db).filter { includingLeft || $0.leftOn == nil }
        var people: [(CareEntry, Resident)] = try entries.compactMap { e in try residents.resident(e.residentID).map { (e, $0) } }
        people = people.filter { $0.1.status == .active || includingLeft }
        let word = Self.firstWord(text)
        var found: [(CareEntry, Resident)]
        if let code = Residents.code(word) {
            found = people.filter { $0.1.id == code }
        } else if let phone = PhoneNumber.find(in: text) {
            let ids = Set(try residents.find(phone: phone).map { [$0.id!] } ?? [])
            found = people.filter { ids.contains($0.1.id!) }
        } else {
            found = people.filter { $0.1.name == word }
            if found.isEmpty {
                let inside = people.filter { p in p.1.name.map { !$0.isEmpty && text.contains($0) } ?? false }
                let longest = inside.compactMap { $0.1.name }.max { $0.count < $1.count }
                found = inside.filter { $0.1.name == longest }
            }
        }
        switch found.count {
        case 1:
            return found[0]
        case 0:
            if word.isEmpty { throw DeskError("missing-argument", "请写出关爱对象的姓名或R编号，例如 关爱 王秀英") }
            throw DeskError("unknown-care-person", "关爱名册中没有「\(Masking.redact(word))」。先用 关爱登记 加入名册（\(Self.addUsage)）")
        default:
            let list = found.map { "\($0.1.label) \($0.1.address ?? "地址未登记")" }.joined(separator: "、")
            throw DeskError("ambiguous-care-person", "关爱名册中有\(found.count)位「\(word)」：\(list)。请用R编号，例如 关爱 \(found[0].1.code)")
        }
    }

    /// Whether `text` opens with what can be a person: a resident's code (`R12`) or two to four Chinese characters
    /// (`王秀英`) — not a date (`6月4日周一上午`), a place's shorthand (`桃`, `5-1-402`) or a sentence run on.
    static func namesAPerson(_ text: String) -> Bool {
        let word = firstWord(text)
        if Residents.code(word) != nil { return true }
        return (2...4).contains(word.count) && word.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// The first word of `text` (up to a space).
    static func firstWord(_ text: String) -> String {
        String(text.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }

    /// The last visit of the person, if any.
    func lastVisit(_ residentID: Int64) throws -> CareVisit? {
        try CareVisit.filter(Column("residentID") == residentID).order(Column("day").desc, Column("id").desc).fetchOne(context.db)
    }

    func standing(_ entry: CareEntry) throws -> VisitStanding {
        VisitStanding(entry: entry, lastVisit: try lastVisit(entry.residentID)?.day, intervals: intervals)
    }

    // MARK: Commands

    /// `关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高`, or `关爱登记 R12 高` for someone the resident register
    /// knows: links the person (found by R code, phone, or a name the register holds once), never a second copy.
    func add(_ request: ServiceRequest) throws -> Reply {
        let text = try request.value(CareVisits.person)
        let risk = try request.value(CareVisits.risk)
        let phone = request[CareVisits.phone]
        let address = request[CareVisits.address].flatMap { $0.isHousehold ? $0 : nil }
        let word = Self.firstWord(text)
        var person: Resident
        if let code = Residents.code(word) {
            guard let found = try residents.resident(code), found.status == .active else {
                throw DeskError("unknown-resident", "居民名册中没有在册的 \(word)（居民 姓名 可查找）")
            }
            person = found
        } else if let phone, let found = try residents.find(phone: phone) {
            person = found
        } else {
            guard let name = Self.name(in: text, directory: context.directory) else {
                throw DeskError("missing-argument", "请写出姓名或居民编号（R12）。\(Self.addUsage)")
            }
            let sameName = try residents.lookup(name).filter { $0.name == name && $0.status == .active }
            if phone == nil && address == nil {
                switch sameName.count {
                case 1: person = sameName[0]
                case 0: throw NeedsField(CareVisits.address.code, question: "居民名册中没有\(name)，请写住址，例如 水印桃源7栋1单元301（有电话一起写）")
                default:
                    throw DeskError("ambiguous-resident", "居民名册中有\(sameName.count)位\(name)："
                                    + sameName.map { "\($0.label) \($0.address ?? "")" }.joined(separator: "、") + "。请用R编号登记")
                }
            } else if let address, let same = sameName.first(where: { $0.address == address.description }) {
                person = same
            } else {
                person = try residents.record(ResidentEntry(name: name, phone: phone, address: address, notes: "独居"))
            }
        }
        let id = person.id!
        if let existing = try CareEntry.fetchOne(context.db, key: id), existing.leftOn == nil {
            throw DeskError("already-on-register", "\(person.label) 已在关爱名册中（\(existing.risk.chinese)）；改风险等级用 关爱修改 \(person.code) 高/中/低")
        }
        if person.address == nil, let address,
           let known = try phone ?? residents.phones(of: id).first.flatMap({ try? PhoneNumber($0.digits) }) {
            // The register learns the address through its own rule (it fills in, never overwrites).
            person = try residents.record(ResidentEntry(phone: known, address: address))
        }
        let entry = CareEntry(residentID: id, risk: risk, since: context.today, addedBy: context.operatorName, leftOn: nil, leftReason: nil)
        try entry.save(context.db)
        try context.db.execute(sql: "DELETE FROM careOffers WHERE residentID = ?", arguments: [id])
        try log(id, "登记 \(risk.chinese)")
        let days = intervals.days(for: risk)
        let home = person.address.map { "住址 \($0)" } ?? "住址未登记，探访要用：请用 居民 修改 \(person.code) 地址 … 补上"
        return .answer("已把 \(person.label) 加入关爱名册：\(risk.chinese)，每\(days)天探访一次，第一次探访今天到期。"
                       + "\(home)；电话 \(try phoneText(id))。", module: CareVisits.moduleID)
    }

    /// `关爱 王秀英`: the person as the register knows them (numbers masked), risk, visits and what is due.
    func show(_ text: String) throws -> Reply {
        let (entry, person) = try find(text, includingLeft: true)
        let visits = try CareVisit.filter(Column("residentID") == entry.residentID).order(Column("day").desc, Column("id").desc)
            .limit(10).fetchAll(context.db)
        var lines = ["\(person.label)，\(entry.risk.chinese)（每\(intervals.days(for: entry.risk))天探访）",
                     "住址：\(person.address ?? "未登记")",
                     "电话：\(try phoneText(entry.residentID))",
                     "情况：\(person.notes.map(Masking.redact) ?? "—")",
                     "入册：\(entry.since)，\(entry.addedBy)"]
        if let left = entry.leftOn {
            lines.append("状态：已于 \(left) 移出名册（\(entry.leftReason ?? "")）")
        } else {
            let standing = try self.standing(entry)
            lines.append("下次探访：\(standing.due)（\(standing.chinese(today: context.today))）")
        }
        if visits.isEmpty {
            lines.append("探访记录：还没有")
        } else {
            lines.append("探访记录（内部，不对外公开）：")
            lines.append(context.table(["日期", "探访人", "情况", "跟进"], visits.map {
                [$0.day.description, $0.visitor, Masking.redact($0.findings ?? "—"), $0.followUpCase ?? ($0.followUp ? "需跟进" : "—")]
            }))
        }
        return .answer(lines.joined(separator: "\n"), module: CareVisits.moduleID)
    }

    /// `关爱修改 王秀英 中`: a new risk level, and so a new interval from the last visit.
    func edit(_ text: String) throws -> Reply {
        let words = text.split(separator: " ").map(String.init)
        guard let risk = words.dropFirst().lazy.compactMap({ RiskLevel(word: $0) ?? RiskLevel(word: $0.replacingOccurrences(of: "风险", with: "")) }).first else {
            throw DeskError("missing-argument", "没有看到新的风险等级（高/中/低）。\(Self.editUsage)")
        }
        let (found, person) = try find(text)
        var entry = found
        guard entry.risk != risk else { return .answer("\(person.label) 已是\(risk.chinese)，没有改动。", module: CareVisits.moduleID) }
        let old = entry.risk
        entry.risk = risk
        try entry.update(context.db)
        try log(entry.residentID, "风险 \(old.chinese) → \(risk.chinese)")
        let standing = try self.standing(entry)
        return .answer("已把 \(person.label) 从\(old.chinese)改为\(risk.chinese)：每\(intervals.days(for: risk))天探访一次，下次 \(standing.due)（\(standing.chinese(today: context.today))）。",
                       module: CareVisits.moduleID)
    }

    /// `关爱移除 王秀英 入住养老院`: off the due lists; the record and visits stay.
    func remove(_ text: String, reason: String) throws -> Reply {
        let (found, person) = try find(text)
        var entry = found
        entry.leftOn = context.today
        entry.leftReason = reason
        try entry.update(context.db)
        try log(entry.residentID, "移出 \(reason)")
        return .answer("已把 \(person.label) 移出关爱名册（\(reason)），不再出现在探访名单中；记录保留（关爱 \(person.code) 可查看）。",
                       module: CareVisits.moduleID)
    }

    // MARK: Helpers

    /// The person's numbers, masked, with what each is (`138****5678、139****0001（儿子）`).
    func phoneText(_ id: Int64) throws -> String {
        // After `居民 合并` the phones are the kept entry's.
        let phones = try residents.phones(of: try residents.resident(id)?.id ?? id)
        guard !phones.isEmpty else { return "未登记" }
        return phones.map { Masking.phone($0.digits) + ($0.label.map { "（\($0)）" } ?? "") }.joined(separator: "、")
    }

    func log(_ id: Int64, _ action: String) throws {
        try CareChange(residentID: id, at: context.now, operatorName: context.operatorName, action: action).insert(context.db)
    }

    /// A person's name in a staff line: the first word of two to four Chinese characters that is not a risk level,
    /// a compound or an address.
    static func name(in text: String, directory: CommunityDirectory) -> String? {
        text.split(separator: " ").map(String.init).first { w in
            (2...4).contains(w.count) && w.allSatisfy { $0.isLetter && !$0.isASCII } && RiskLevel(word: w) == nil
                && RiskLevel(word: w.replacingOccurrences(of: "风险", with: "")) == nil
                && !directory.compounds.contains { c in c.allNames.contains { w.contains($0) } }
        }
    }
}
