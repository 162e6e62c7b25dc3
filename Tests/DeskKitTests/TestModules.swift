import DeskKit

/// A small module for the kernel's own tests: reports a fault at a place, opening a case.
struct FaultModule: ServiceModule {
    let id = "faults"
    let name = LocalizedName("故障", "Faults")
    let summary = "登记设施故障"
    let casePrefix = "GZ"
    let services = [
        Service(code: "fault", name: "故障登记", englishName: "fault", description: "登记设施故障", group: "故障",
                verbs: ["故障"], aliases: ["fault"],
                routing: ["坏了", "不亮", "漏水", RoutingWord("维修", weight: 0.6)],
                fields: [
                    Field("place", name: "位置", kind: .address(), question: "请问在哪里？"),
                    Field("kind", name: "类别", kind: .choice([Choice("light", "照明", aliases: ["灯"]), Choice("water", "漏水", aliases: ["水"])]),
                          question: "请问是什么类别？"),
                    Field("phone", name: "电话", kind: .phone, required: false, question: "联系电话？"),
                ],
                opensCaseWhenIncomplete: true),
        Service(code: "fault-fee", name: "收费", englishName: "fee", description: "收取费用", group: "故障",
                verbs: ["收费"], aliases: ["fee"],
                fields: [Field("amount", name: "金额", kind: .money(), question: "多少钱？"),
                         Field("reason", name: "原因", kind: .text, required: false, question: "请说明原因")],
                audience: .staff),
    ]

    /// Examples in code, as a module may ship them instead of (or besides) `seeds/faults/examples.tsv`.
    let examples = ["楼道的灯坏了", "3栋的灯不亮了", "水管漏水了", "门口那个灯一直不亮", "卫生间漏水 快来修一下",
                    "楼下的灯又坏了", "走廊灯不亮", "漏水漏到楼下了"].map { Example("fault", $0) }

    func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        if text.contains("灯") || text.contains("不亮") { return ["kind": .choice("light")] }
        if text.contains("漏水") { return ["kind": .choice("water")] }
        return [:]
    }

    func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        if request.service.code == "fault-fee" {
            try context.access.require(.changeFeeRecords)
            let amount = request["amount"]!.money!
            if amount.fen > 100_00, request["reason"] == nil {
                throw NeedsField("reason", question: "金额超过100元，请说明原因")
            }
            if amount.fen == 666 { throw DeskError("unlucky", "这个金额不收") }
            if amount.fen == 777 { struct Boom: Error {}; throw Boom() }
            return .answer("已收 \(amount)", module: id)
        }
        let place = request["place"]!.address!
        let kind = request["kind"]!.choice!
        let key = place.key + "|" + kind
        if let open = try context.cases.openDuplicate(module: id, key: key) {
            try context.cases.link(request, to: open)
            return Reply(module: id, status: .duplicate, caseID: open.id, text: "已有工单 \(open.id)")
        }
        let record = try context.cases.open(CaseDraft(title: "\(place) \(kind)", category: kind, timeLimit: "utility",
                                                       address: place, dedupeKey: key), for: request)
        return Reply(module: id, status: .created, caseID: record.id, text: "已受理 \(record.id)")
    }
}

/// A second module whose words overlap the first, to make ties.
struct GardenModule: ServiceModule {
    let id = "garden"
    let name = LocalizedName("花园", "Garden")
    let summary = "花园养护"
    let casePrefix = "HY"
    let services = [
        Service(code: "garden-report", name: "花园报修", englishName: "garden", description: "花园设施", group: "花园",
                verbs: ["花园报修"], aliases: ["garden"], routing: ["口袋公园", "坏了", "长椅"],
                fields: [Field("what", name: "内容", kind: .longText, question: "请描述一下？")]),
    ]

    let examples = ["口袋公园的长椅坏了", "公园里的椅子坏了", "花园的长椅断了一根", "口袋公园的花被踩坏了",
                    "公园长椅上的木条松了", "花园的喷头坏了"].map { Example("garden-report", $0) }

    func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        ["what": .text(text)]
    }

    func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let record = try context.cases.open(CaseDraft(title: request["what"]!.text!, timeLimit: "general"), for: request)
        return Reply(module: id, status: .created, caseID: record.id, text: "花园工单 \(record.id)")
    }
}

/// A module with a register of its own, linked to the kernel's resident register, that answers a person's
/// export and deletion requests for its table.
struct ClubModule: ServiceModule, PersonalDataKeeper {
    let id = "club"
    let name = LocalizedName("俱乐部", "Club")
    let summary = "会员"
    let casePrefix = "JL"
    let services = [
        Service(code: "club-join", name: "入会", englishName: "join", description: "登记会员", group: "俱乐部",
                verbs: ["入会"], aliases: ["join"],
                fields: [Field("member", name: "姓名", kind: .text, question: "姓名？"),
                         Field("phone", name: "电话", kind: .phone, question: "电话？")],
                audience: .staff),
    ]
    let migrations = [ModuleMigration("v1") { db in
        try db.execute(sql: "CREATE TABLE club_members(residentID INTEGER, name TEXT, phone TEXT, paidFen INTEGER)")
    }]

    func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        text.split(separator: " ").first.map { ["member": .text(String($0))] } ?? [:]
    }

    func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let (member, phone) = (request["member"]!.text!, request["phone"]!.phone!)
        let person = try context.residents.record(ResidentEntry(name: member, phone: phone))
        try context.db.execute(sql: "INSERT INTO club_members VALUES (?, ?, ?, 12000)", arguments: [person.id, member, phone.digits])
        return .answer("已入会：\(member)（\(person.code)）", module: id)
    }

    func personalData(of person: PersonReference, in db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT name, phone FROM club_members WHERE residentID = ?", arguments: [person.residentID])
            .map { "会员 \($0["name"] as String) \($0["phone"] as String)" }
    }

    func erasePersonalData(of person: PersonReference, in db: Database) throws -> Int {
        try db.execute(sql: "UPDATE club_members SET name = ?, phone = NULL WHERE residentID = ?",
                       arguments: [person.placeholder, person.residentID])
        return db.changesCount
    }
}

/// Two of these with different ids learned from the same examples: a tie the router must ask about.
struct TwinModule: ServiceModule {
    let id: String
    let prefix: String
    var name: LocalizedName { LocalizedName(id, id) }
    var summary: String { id }
    var casePrefix: String { prefix }
    var services: [Service] {
        [Service(code: ServiceCode("\(id)-report"), name: "\(id)登记", englishName: id, description: id, group: id,
                 fields: [Field("what", name: "内容", kind: .longText, question: "什么事？")])]
    }
    var examples: [Example] { ["门锁坏了", "大门关不上", "锁芯坏了打不开"].map { Example("\(id)-report", $0) } }

    func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] { ["what": .text(text)] }

    func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let record = try context.cases.open(CaseDraft(title: request.text, timeLimit: "general"), for: request)
        return Reply(module: id, status: .created, caseID: record.id, text: "\(id) \(record.id)")
    }
}
