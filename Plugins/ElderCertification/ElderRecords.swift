import DeskKit
import Foundation

/// One elder's record: looked up, corrected field by field, closed on a death or a move. Every change is kept
/// in `elderEvents` with the operator and time; no elder is ever deleted.
struct ElderRecords {
    let context: ServiceContext

    static let editUsage = "老人修改 姓名 字段 新值，字段可以是 电话、地址、家属、养老金类型、居住情况、姓名、身份证号；例如 老人修改 周桂兰 电话 13907181234"
    static let leaveUsage = "老人注销 姓名 去世|迁出 日期 [说明]，例如 老人注销 周桂兰 去世 11月20日"

    /// `老人 周桂兰`: the whole record, masked, with certifications and changes.
    func show(_ text: String) throws -> Reply {
        let elder = try ElderRegister.find(text, in: context, includingLeft: true)
        let config = try ElderConfig.load(context.db)
        let certifications = try Certification.filter(Column("elderID") == elder.id!).order(Column("day").desc).fetchAll(context.db)
        var lines = ["\(elder.name)，\(elder.sex.chinese)，\(elder.age(on: context.today))岁（\(elder.maskedID)）",
                     "地址：\(elder.address)",
                     "电话：\(try ElderPeople.phone(of: elder, in: context.residents).map(Masking.phone) ?? "—")",
                     "家属联系人：\(elder.maskedFamily ?? "—")",
                     "养老金类型：\(Elder.name(of: elder.pensionType, in: Elder.pensionTypes))；居住情况：\(Elder.name(of: elder.living, in: Elder.livingSituations))",
                     "登记：\(elder.registeredDay.description)"]
        if let left = elder.leftOn {
            lines.append("状态：已于 \(left) \(elder.leftReason ?? "注销")，不在认证名单和提醒中")
        } else if elder.isPensioner {
            let standing = config.cycle.standing(last: certifications.first?.day, registered: elder.registeredDay, today: context.today)
            lines.append("本周期：" + standing.chinese)
        } else {
            lines.append("本周期：未领养老金，不需要认证")
        }
        if certifications.isEmpty {
            lines.append("认证记录：没有")
        } else {
            lines.append("认证记录：")
            lines.append(context.table(["日期", "方式", "经办人"], certifications.map {
                [$0.day.description, Elder.name(of: $0.method, in: Certification.methods), $0.certifiedBy]
            }))
        }
        let events = try ElderEvent.filter(Column("elderID") == elder.id!).order(Column("at")).fetchAll(context.db)
        if !events.isEmpty {
            lines.append("修改记录：")
            lines.append(context.table(["时间", "经办人", "内容"], events.map {
                [DeskFormat.timestamp($0.at), $0.operatorName, Masking.redact("\($0.action) \($0.note)")]
            }))
        }
        return .answer(lines.joined(separator: "\n"), module: "elder-certification")
    }

    /// The fields `老人修改` can change, by the words staff use for them.
    enum EditableField: String, CaseIterable {
        case phone = "电话", address = "地址", family = "家属", pension = "养老金类型", living = "居住情况", name = "姓名", id = "身份证号"

        var words: [String] {
            switch self {
            case .phone: ["电话", "手机"]
            case .address: ["地址", "住址"]
            case .family: ["家属联系人", "家属", "联系人"]
            case .pension: ["养老金类型", "养老金"]
            case .living: ["居住情况", "居住"]
            case .name: ["姓名", "名字"]
            case .id: ["身份证号", "身份证"]
            }
        }
    }

    /// `老人修改 周桂兰 电话 13907181234`.
    func edit(_ text: String) throws -> Reply {
        let words = text.split(separator: " ").map(String.init)
        guard let at = words.firstIndex(where: { w in EditableField.allCases.contains { $0.words.contains(w) } }), at > 0 else {
            throw DeskError("missing-argument", "请写明改哪一项：\(Self.editUsage)")
        }
        let field = EditableField.allCases.first { $0.words.contains(words[at]) }!
        let value = words[(at + 1)...].joined(separator: " ")
        guard !value.isEmpty else { throw DeskError("missing-argument", "请写出新的\(field.rawValue)：\(Self.editUsage)") }
        var elder = try ElderRegister.find(words[..<at].joined(separator: " "), in: context)
        let old: String?
        let shown: String
        var livingChanged = false
        switch field {
        case .phone:
            let phone: PhoneNumber
            do { phone = try PhoneNumber(value) } catch { throw DeskError("invalid-field", "电话：\(error)") }
            // The register keeps the numbers: the new one is added to the person and shown from now on.
            old = try ElderPeople.phone(of: elder, in: context.residents).map(Masking.phone)
            try ElderPeople.link(&elder, phone: phone, address: nil, in: context.residents, today: context.today)
            shown = phone.masked
        case .address:
            let read = context.addresses.read(value)
            let checked: AddressParser.Check
            do { checked = try context.addresses.check(read, text: value) } catch { throw DeskError("invalid-field", "地址：\(error)") }
            guard case .valid(let a) = checked, a.isHousehold else {
                throw DeskError("invalid-field", "地址：「\(value)」不完整，请写出小区和门牌，如 水印桃源3栋2单元502 或 李家墩村湾3组12号")
            }
            old = elder.address; elder.address = a.description; elder.compound = a.compound; shown = a.description
        case .family:
            old = elder.familyContact; elder.familyContact = value; shown = Masking.redact(value)
        case .pension, .living:
            let choices = field == .pension ? Elder.pensionTypes : Elder.livingSituations
            guard let c = choices.first(where: { c in ([c.name] + c.aliases).contains(value) }) else {
                throw DeskError("invalid-field", "\(field.rawValue)：「\(value)」不在可选项中（\(choices.map(\.name).joined(separator: "、"))）")
            }
            old = Elder.name(of: field == .pension ? elder.pensionType : elder.living, in: choices)
            if field == .pension { elder.pensionType = c.key } else { elder.living = c.key; livingChanged = true }
            shown = c.name
        case .name:
            // The name is the register's: corrected there (role-checked, in the access log), shown so everywhere.
            try context.residents.correct(try person(of: elder), .name(value), reason: "姓名（老人修改）")
            old = elder.name; elder.name = value; shown = value
        case .id:
            let id: CitizenID
            do { id = try CitizenID(value, today: context.today) } catch { throw DeskError("invalid-field", "身份证号：\(error)") }
            if let other = try ElderRegister.elder(withID: id, in: context), other.id != elder.id {
                throw DeskError("duplicate-elder", "身份证号 \(id.masked) 已登记（\(other.name)）")
            }
            // One truth: the register's ID number is corrected (refused for a role that may not correct the
            // register, recorded in the access log); the birth date and sex follow the number.
            try context.residents.correct(try person(of: elder), .idNumber(id), reason: "身份证号（老人修改）")
            old = elder.idNumber
            shown = Self.idChange(from: elder.idNumber, to: id)
            elder.idNumber = id.number; elder.birthDate = id.birthDate; elder.sex = id.sex
        }
        try elder.update(context.db)
        if livingChanged { try ElderRegister.announceLivingAlone(elder, in: context) }
        try log(elder, "修改\(field.rawValue)", "\(old ?? "（空）") → \(field == .pension || field == .living || field == .phone ? shown : value)")
        let who = field == .id ? elder.name : "\(elder.name)（\(elder.maskedID)）"
        return Reply(module: "elder-certification", status: .updated, text: "已修改 \(who)的\(field.rawValue)：\(shown)。")
    }

    /// The old and the new ID number as staff can tell them apart without seeing either whole: both masked
    /// (docs/privacy.md), and when the masks are alike, which hidden positions differ — never their digits.
    static func idChange(from old: String, to new: CitizenID) -> String {
        let before = Masking.idNumber(old), after = new.masked
        var text = "旧 \(before) → 新 \(after)"
        if before == after {
            let positions = zip(old, new.number).enumerated().filter { $0.element.0 != $0.element.1 }.map { "\($0.offset + 1)" }
            text += positions.isEmpty ? "（与原号相同）" : "（两号只在遮住的第\(positions.joined(separator: "、"))位不同）"
        }
        return text
    }

    /// `老人注销 周桂兰 去世 11月20日`: the elder leaves every list and reminder; the record and history stay.
    func leave(elderText: String, reason: String, day: CalendarDay, note: String?) throws -> Reply {
        var elder = try ElderRegister.find(elderText, in: context)
        guard day <= context.today else { throw DeskError("future-date", "日期 \(day) 在今天之后") }
        guard day >= elder.birthDate else { throw DeskError("invalid-field", "日期 \(day) 在老人出生之前") }
        elder.leftOn = day
        elder.leftReason = reason
        try elder.update(context.db)
        try log(elder, reason, "\(day)" + (note.map { " \($0)" } ?? ""))
        var text = "已登记 \(elder.name)（\(elder.maskedID)）\(day.chinese)\(reason)。已移出认证名单、提醒和优待名单，记录保留。"
        // Open home visits for the elder are no longer needed.
        let visits = try String.fetchAll(context.db, sql: """
            SELECT v.caseID FROM elderVisits v JOIN cases c ON c.id = v.caseID
            WHERE v.elderID = ? AND c.status IN \(CaseStatus.openSQL)
            """, arguments: [elder.id!])
        for id in visits { try context.cases.cancel(id, reason: "老人已\(reason)") }
        if !visits.isEmpty { text += "已取消上门认证 \(visits.joined(separator: "、"))。" }
        if reason == "去世" {
            text += "请提醒家属到社保部门办理养老金停发和丧葬补助手续。"
            try context.events.publish(ResidentDied(resident: elder.residentID, name: elder.name, address: elder.address, day: day))
        }
        return Reply(module: "elder-certification", status: .updated, text: text)
    }

    /// The elder's entry in the resident register.
    private func person(of elder: Elder) throws -> Int64 {
        guard let id = elder.residentID else { throw DeskError("internal", "\(elder.name) 没有关联居民名册") }
        return id
    }

    private func log(_ elder: Elder, _ action: String, _ note: String) throws {
        try ElderEvent(elderID: elder.id!, at: context.now, operatorName: context.operatorName, action: action, note: note).insert(context.db)
    }
}

extension CertificationCycle.Standing {
    var chinese: String {
        switch self {
        case .certified(let due): "已认证，\(due) 前再认证"
        case .pending(let due): "未认证，请在 \(due) 前完成"
        case .overdue(let since): "超期未认证（\(since) 起）"
        }
    }
}
