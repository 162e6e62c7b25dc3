import DeskKit
import Foundation

/// Adding elders one by one or from a spreadsheet, and finding them again.
struct ElderRegister {
    let context: ServiceContext

    /// `老人登记 王秀英 420106195601010021 水印桃源3栋2单元502 13812345678 企业职工 独居 儿子 王强 13900000000`.
    /// The family contact is stored whole (it is the number to call) and shown masked.
    func register(_ request: ServiceRequest) throws -> Reply {
        guard let id = request["id"]?.idNumber else {
            let why = request["idProblem"]?.text.map { "\($0)。" } ?? ""
            throw NeedsField("id", question: why + "身份证号？")
        }
        let address = try request.value(ElderFields.address)
        let family = request["family"]?.text.flatMap { ["无", "没有", "无人", "暂无"].contains($0) ? nil : $0 }
        var elder = Elder(id: nil, name: try request.value(ElderFields.name), idNumber: id.number, birthDate: id.birthDate, sex: id.sex,
                          compound: address.compound, address: address.description,
                          pensionType: try request.value(ElderFields.pension), living: try request.value(ElderFields.living),
                          familyContact: family, registeredAt: context.now)
        let age = elder.age(on: context.today)
        guard (18...120).contains(age) else {
            throw DeskError("implausible-age", "身份证号 \(id.masked) 显示 \(age) 岁，不像是需要登记的老人，请核对")
        }
        if let existing = try Self.elder(withID: id, in: context) {
            throw DeskError("duplicate-elder", "身份证号 \(id.masked) 已登记（\(existing.name)，\(existing.address)）")
        }
        // An elder living alone or bedridden needs someone to call; ask once (无 is an answer).
        let phone = request["phone"]?.phone
        if ["alone", "bedridden"].contains(elder.living) && phone == nil && request["family"] == nil {
            throw NeedsField("family", question: "独居或卧床的老人请留一位家属联系人和电话，例如 儿子 王强 13900000000（没有就回答 无）")
        }
        try ElderPeople.link(&elder, phone: phone, address: address, in: context.residents, today: context.today)
        try elder.insert(context.db)
        try Self.announceLivingAlone(elder, in: context)
        var text = "已登记：\(elder.name)，\(elder.sex.chinese)，\(age)岁（\(id.masked)），\(elder.address)，"
            + "\(Elder.name(of: elder.pensionType, in: Elder.pensionTypes))，\(Elder.name(of: elder.living, in: Elder.livingSituations))。"
        if !elder.isPensioner {
            text += "\n注意：未领养老金，不需要资格认证，不列入认证名单。"
        } else if age < 60 {
            text += "\n注意：未满60岁。如果还没有开始领取养老金，就不需要资格认证，可用 老人修改 \(elder.name) 养老金类型 未领养老金 改正。"
        }
        return Reply(module: "elder-certification", status: .updated, text: text)
    }

    /// The columns an import file must have, in any order.
    static let columns = ["姓名", "身份证号", "地址", "电话", "养老金类型", "居住情况", "家属联系人"]

    /// `老人导入 FILE.csv`: checks every row, reports the bad ones, and imports all good rows — or none — once
    /// the staff confirm.
    func importFile(_ request: ServiceRequest) throws -> Reply {
        let path = try request.value(ElderFields.path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DeskError("file-not-found", "找不到文件 \(path)")
        }
        // Excel and WPS on a Chinese Windows save "CSV" in GBK; "CSV UTF-8" is the other choice.
        guard let (text, _) = LegacyText.decode(data) else {
            throw DeskError("not-utf8", "\(path) 既不是 UTF-8 也不是 GBK 编码的 CSV（在表格软件中另存为“CSV UTF-8”）")
        }
        let rows = CSV.parse(text)
        guard let header = rows.first else { throw DeskError("empty-file", "\(path) 是空文件") }
        let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let missing = Self.columns.prefix(3).filter { index[$0] == nil }
        guard missing.isEmpty else {
            throw DeskError("bad-header", "第1行缺少列：\(missing.joined(separator: "、"))。需要的列：\(Self.columns.joined(separator: "、"))")
        }
        var good: [(elder: Elder, phone: PhoneNumber?, address: Address)] = []
        var bad: [String] = []
        var seen = Set<String>()
        // The ID numbers already on the register, read once (the register keeps them).
        let registered = Set(try ElderPeople.load(Elder.fetchAll(context.db), in: context.residents).map(\.idNumber))
        for (n, row) in rows.enumerated().dropFirst() {
            func cell(_ name: String) -> String { index[name].flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
            do {
                good.append(try elder(from: cell, registered: registered, seen: &seen))
            } catch {
                bad.append("第\(n + 1)行（\(cell("姓名"))）：\((error as? DeskError)?.message ?? "\(error)")")
            }
        }
        var report = "\(path)：共 \(rows.count - 1) 行，正确 \(good.count) 行，有误 \(bad.count) 行。"
        if !bad.isEmpty { report += "\n" + bad.joined(separator: "\n") }
        guard let confirm = request["confirm"]?.choice else {
            guard !good.isEmpty else { return .failure(DeskError("nothing-to-import", report + "\n没有可导入的记录，什么也没有导入。"), module: "elder-certification") }
            throw NeedsField("confirm", question: report + "\n导入全部 \(good.count) 条正确记录（错误的行不导入）？回答 1. 确认导入 或 2. 不导入")
        }
        guard confirm == "yes" else { return .answer("没有导入任何记录。", module: "elder-certification") }
        for var row in good {
            try ElderPeople.link(&row.elder, phone: row.phone, address: row.address, in: context.residents, today: context.today)
            try row.elder.insert(context.db)
        }
        return Reply(module: "elder-certification", status: .updated, text: "已导入 \(good.count) 位老人" + (bad.isEmpty ? "。" : "，跳过 \(bad.count) 行有误的记录。"))
    }

    private func elder(from cell: (String) -> String, registered: Set<String>, seen: inout Set<String>) throws -> (elder: Elder, phone: PhoneNumber?, address: Address) {
        let name = cell("姓名")
        guard !name.isEmpty else { throw DeskError("missing-name", "没有姓名") }
        let id: CitizenID
        do { id = try CitizenID(cell("身份证号"), today: context.today) } catch { throw DeskError("invalid-id", "身份证号有误：\(error)") }
        guard seen.insert(id.number).inserted else { throw DeskError("duplicate", "身份证号 \(id.masked) 在文件中重复") }
        if registered.contains(id.number) {
            throw DeskError("duplicate", "身份证号 \(id.masked) 已在名册中")
        }
        let address: Address
        let read = context.addresses.read(cell("地址"))
        do {
            guard case .valid(let a) = try context.addresses.check(read, text: cell("地址")) else {
                throw DeskError("unknown-address", "地址「\(cell("地址"))」不完整（缺小区）")
            }
            address = a
        } catch let e as AddressError {
            throw DeskError("unknown-address", "地址有误：\(e)")
        }
        var phone: PhoneNumber?
        if !cell("电话").isEmpty {
            do { phone = try PhoneNumber(cell("电话")) } catch { throw DeskError("invalid-phone", "电话有误：\(error)") }
        }
        let pension = Elder.pensionTypes.first { cell("养老金类型").contains($0.name) }?.key ?? "resident"
        let living = Elder.livingSituations.first { c in ([c.name] + c.aliases).contains { cell("居住情况").contains($0) } }?.key ?? "family"
        let elder = Elder(id: nil, name: name, idNumber: id.number, birthDate: id.birthDate, sex: id.sex, compound: address.compound,
                          address: address.description, pensionType: pension, living: living,
                          familyContact: cell("家属联系人").isEmpty ? nil : cell("家属联系人"), registeredAt: context.now)
        return (elder, phone, address)
    }

    /// The elder (on the register or not) who is the person with this ID number in the resident register.
    static func elder(withID id: CitizenID, in context: ServiceContext) throws -> Elder? {
        guard let person = try context.residents.find(idNumber: id) else { return nil }
        let elders = try ElderPeople.load(Elder.fetchAll(context.db), in: context.residents)
        return elders.first { $0.idNumber == person.idNumber }
    }

    /// Tells the community (``ElderLivesAlone``) that an elder lives alone or in an empty nest: 微关爱 offers the
    /// person for its care register. Nothing is read from here by other modules.
    static func announceLivingAlone(_ elder: Elder, in context: ServiceContext) throws {
        guard ["alone", "empty-nest"].contains(elder.living) else { return }
        let living = Elder.name(of: elder.living, in: Elder.livingSituations)
        // The event names the person by their entry in the kernel's resident register (found by ID number, else
        // added), so that 微关爱 links that entry and keeps no copy of this module's rows.
        let resident = try elder.residentID ?? context.residents.record(ResidentEntry(
            name: elder.name, idNumber: try? CitizenID(elder.idNumber, today: context.today),
            address: context.addresses.read(elder.address), notes: living)).id
        try context.events.publish(ElderLivesAlone(resident: resident, name: elder.name, address: elder.address, living: living))
    }

    /// The elder `text` names: a whole ID number, a name, a name with the ID's last four characters, or a
    /// registered name inside a sentence (`周桂兰今天来驿站现场认证了`). Elders who have died or moved away are
    /// found only `includingLeft`.
    static func find(_ text: String, in context: ServiceContext, includingLeft: Bool = false) throws -> Elder {
        let scope = includingLeft ? Elder.all() : Elder.filter(Column("leftOn") == nil)
        // Names and ID numbers are the register's: the elders are read with them (a few thousand at most).
        let elders = try ElderPeople.load(scope.fetchAll(context.db), in: context.residents)
        if let candidate = CitizenID.candidate(in: text) {
            guard let e = elders.first(where: { $0.idNumber == candidate.uppercased() }) else {
                throw DeskError("unknown-elder", "名册中没有身份证号 \(Masking.idNumber(candidate))")
            }
            return e
        }
        let words = text.split(separator: " ").map(String.init)
        guard let word = words.first(where: { $0.allSatisfy { !$0.isASCII } }) else {
            throw DeskError("unknown-elder", "请写出老人的姓名或身份证号")
        }
        let tail = words.first { $0.count == 4 && $0.allSatisfy { $0.isNumber || $0 == "X" || $0 == "x" } }?.uppercased()
        var name = word
        var found = elders.filter { $0.name == word }
        if found.isEmpty {
            // A name inside a sentence: the longest registered name the word contains.
            let inside = elders.filter { word.contains($0.name) }
            if let longest = inside.map(\.name).max(by: { $0.count < $1.count }) {
                name = longest
                found = inside.filter { $0.name == longest }
            }
        }
        if let tail { found = found.filter { $0.idNumber.hasSuffix(tail) } }
        switch found.count {
        case 0:
            if !includingLeft, let left = try ElderPeople.load(Elder.filter(Column("leftOn") != nil).fetchAll(context.db), in: context.residents)
                .first(where: { $0.name == word }) {
                throw DeskError("elder-left", "\(left.name) 已于 \(left.leftOn!) \(left.leftReason ?? "注销")，不在名册中（老人 \(left.name) 可查看记录）")
            }
            throw DeskError("unknown-elder", "名册中没有「\(word)」" + (tail.map { "（身份证后四位 \($0)）" } ?? ""))
        case 1: return found[0]
        default:
            throw DeskError("ambiguous-elder", "有 \(found.count) 位\(name)：" + found.map { "\($0.address)（后四位 \($0.idNumber.suffix(4))）" }.joined(separator: "、")
                            + "。请加上身份证后四位，如 \(name) \(found[0].idNumber.suffix(4))")
        }
    }
}
