import DeskKit
import Foundation

/// Words that make a park report urgent: something fell or hangs loose, live electricity, someone fell, wasps.
enum ParkSafety {
    static let words = ["砸", "断了", "挂在半空", "掉下来", "漏电", "触电", "绊倒", "摔", "受伤", "塌", "马蜂", "蜂窝"]
    static func word(in text: String) -> String? { words.first { text.contains($0) } }
}

/// Words that say something in the park is out of order (`不亮`, `坏了`, `转不动`).
enum ParkFault {
    static let words = ["坏", "不亮", "不转", "转不动", "断", "松了", "掉了", "破", "烂", "歪", "倒了", "漏", "锈", "堵",
                        "不能用", "用不了", "晃", "卡住", "不出水", "关不掉", "关不了", "停不下来"]
    static func named(in text: String) -> Bool { words.contains(where: text.contains) }
}

/// Park problems that belong to no registered asset.
struct ParkTopic {
    let name: String
    let words: [String]
    /// An organisation id of the community directory.
    let responsible: String

    /// Whether the topic is a fault only when the line names one (`喷泉一直在喷 关不掉`, not `喷泉几时开`).
    var needsFault = false

    func matches(_ text: String) -> Bool {
        words.contains(where: text.contains) && (!needsFault || ParkFault.named(in: text))
    }

    static let all = [
        ParkTopic(name: "树木", words: ["树枝", "树干", "大树", "树倒", "树杈", "枯枝"], responsible: "property-shuiyin"),
        ParkTopic(name: "环境卫生", words: ["狗屎", "狗粪", "粪便", "乱扔", "垃圾堆", "烟头"], responsible: "property-shuiyin"),
        ParkTopic(name: "积水", words: ["积水", "水坑"], responsible: "property-shuiyin"),
        // the fountain and the sprinklers, which the register does not hold (`喷泉一直在喷 关不掉`)
        ParkTopic(name: "喷泉和喷灌", words: ["喷泉", "喷头", "喷灌", "洒水"], responsible: "property-shuiyin", needsFault: true),
        ParkTopic(name: "虫害", words: ["马蜂", "蜂窝", "黄蜂", "毛毛虫", "白蚁"], responsible: "property-shuiyin"),
    ]
}

/// Reports of broken park assets, and inspection rounds whose faults open cases.
struct ParkReports {
    let context: ServiceContext
    var finder: AssetFinder { AssetFinder(db: context.db) }

    /// "口袋公园的路灯晚上不亮", "扭腰器转不动了": a case for the matching asset.
    func report(_ request: ServiceRequest) throws -> Reply {
        let text = request.text
        if request["asset"] == nil, let topic = ParkTopic.all.first(where: { $0.matches(text) }) {
            return try report(topic, request: request)
        }
        let candidates = try finder.candidates(in: text)
        if request["asset"] == nil, candidates.isEmpty, !ParkFault.named(in: text),
           Self.asksWhen.contains(where: text.contains), !Self.asksForWork.contains(where: text.contains) {
            // No asset and no fault, asked when or whether, on a topic the FAQ answers (`口袋公园的喷泉今年几时开啊`): a
            // question, not a report.
            let asked = try FAQ.load(from: "parkFAQ", db: context.db).matches(text)
            if !asked.isEmpty { return .answer(asked.map(\.answer).joined(separator: "\n"), module: "park-upkeep") }
        }
        let asset: Asset
        if let answer = request["asset"]?.text {
            // The place shown in the choice answers too (`入口`, `花坛边那个`; frontdesk M10).
            // 门口, 进门 and 大门 are what people call the 入口.
            let said = ["门口", "进门", "大门"].reduce(answer) { $0.replacingOccurrences(of: $1, with: "入口") }
            let place = said.replacingOccurrences(of: #"(那个|那边|这个|的)$"#, with: "", options: .regularExpression)
            let byPlace = candidates.filter { !place.isEmpty && ($0.place == place || said.contains($0.place)) }
            // `1`, `第一个`, `选2`, a part of the name: read as every choice answer is.
            if !candidates.isEmpty, let i = ChoiceAnswer.index(answer, names: candidates.map(\.label), keys: candidates.map(\.code)) { asset = candidates[i] }
            else if byPlace.count == 1 { asset = byPlace[0] }
            else if let found = try finder.candidates(in: answer).first(where: { c in candidates.isEmpty || candidates.contains { $0.code == c.code } }) { asset = found }
            else { throw NeedsField("asset", question: try question(candidates, retry: "没有找到「\(answer)」。")) }
        } else if candidates.count == 1 {
            asset = candidates[0]
        } else {
            // Two lamps or benches a line that says what is wrong may mean: a report all the same, a case from a
            // group at once (trial finding, #13). A line that names no asset or no fault may be no report (a
            // question, a remark), and is only asked.
            let report = !candidates.isEmpty && ParkFault.named(in: text)
            throw NeedsField("asset", question: try question(candidates, retry: ""), acceptsNow: report)
        }
        let urgent = ParkSafety.word(in: text) != nil
        let key = "asset:\(asset.code)"
        if let open = try context.cases.openDuplicate(module: "park-upkeep", key: key) {
            try context.cases.link(request, to: open)
            return Reply(module: "park-upkeep", status: .duplicate, caseID: open.id,
                         text: "\(asset.label) 已有工单 \(open.id)（\(open.status.chinese)），已记下您的反映，不重复开单。")
        }
        let record = try open(asset, description: text, urgent: urgent, request: request)
        return Reply(module: "park-upkeep", status: .created, caseID: record.id,
                     text: "已受理，工单 \(record.id)：\(asset.label)。" + (urgent ? "涉及安全，按紧急处理，" : "")
                        + "已派给 \(record.assignee ?? "社区")" + (record.deadline.map { "，\(DeskFormat.time($0)) 前处理" } ?? "") + "。")
    }

    /// A problem that is no registered asset's (a broken tree branch, dog mess): its own case, never linked to
    /// an asset's case (frontdesk report: 树枝 and 狗屎 were linked to the flower bed's).
    private func report(_ topic: ParkTopic, request: ServiceRequest) throws -> Reply {
        let parks = try Park.fetchAll(context.db)
        let park = parks.first { $0.named(in: request.text) } ?? parks.first
        let key = "park-topic:\(park?.id ?? ""):\(topic.name)"
        if let open = try context.cases.openDuplicate(module: "park-upkeep", key: key) {
            try context.cases.link(request, to: open)
            return Reply(module: "park-upkeep", status: .duplicate, caseID: open.id,
                         text: "\(park?.name ?? "公园")的\(topic.name)问题已有工单 \(open.id)（\(open.status.chinese)），已记下您的反映，不重复开单。")
        }
        let urgent = ParkSafety.word(in: request.text) != nil
        let assignee = context.directory.organisation(id: topic.responsible)?.name ?? topic.responsible
        let record = try context.cases.open(
            CaseDraft(title: "\(park?.name ?? "公园") \(topic.name)" + (urgent ? "（紧急）" : ""), category: topic.name,
                      timeLimit: urgent ? "emergency" : "general", urgent: urgent, assignee: assignee,
                      address: park.map { Address(compound: $0.compound, compoundName: context.directory.compound(id: $0.compound)?.name, place: $0.name) },
                      dedupeKey: key, details: request.text),
            for: request)
        return Reply(module: "park-upkeep", status: .created, caseID: record.id,
                     text: "已受理，工单 \(record.id)：\(park?.name ?? "公园") \(topic.name)。" + (urgent ? "涉及安全，按紧急处理，" : "")
                        + "已派给 \(assignee)" + (record.deadline.map { "，\(DeskFormat.time($0)) 前处理" } ?? "") + "。")
    }

    private func question(_ candidates: [Asset], retry: String) throws -> String {
        if candidates.isEmpty {
            let types = try AssetType.fetchAll(context.db).map(\.name).joined(separator: "、")
            return retry + "请问是公园里的哪个设施？（\(types)，或设施编号如 NZ-01）"
        }
        return retry + "有 \(candidates.count) 个可能：" + candidates.enumerated().map { "\($0.offset + 1). \($0.element.label)" }.joined(separator: " ") + "。请问是哪一个？"
    }

    /// How a question asks when or whether (`喷泉今年几时开啊`), …
    static let asksWhen = ["几时", "几点", "什么时候", "么时候", "开不开", "开了冇", "开了没", "吗"]
    /// … and how a line asks for something to be done, which is no question for the FAQ (`能不能调到晚上`).
    static let asksForWork = ["能不能", "可不可以", "麻烦", "请", "帮忙", "修"]

    /// Opens the case for a fault on `asset`, dispatched to its maintainer.
    func open(_ asset: Asset, description: String, urgent: Bool, request: ServiceRequest) throws -> CaseRecord {
        let type = try AssetType.fetchOne(context.db, key: asset.type)
        let park = try Park.fetchOne(context.db, key: asset.park)
        let maintainer = context.directory.organisation(id: asset.maintainer)?.name ?? context.directory.team(id: asset.maintainer)?.name ?? asset.maintainer
        let record = try context.cases.open(
            CaseDraft(title: "\(park?.name ?? "公园") \(asset.label) 故障" + (urgent ? "（紧急）" : ""), category: asset.type,
                      timeLimit: urgent ? "emergency" : type?.timeLimit ?? "general", urgent: urgent, assignee: maintainer,
                      address: park.map { Address(compound: $0.compound, compoundName: context.directory.compound(id: $0.compound)?.name, place: $0.name) },
                      dedupeKey: "asset:\(asset.code)", details: description),
            for: request)
        try context.db.execute(sql: "INSERT INTO parkAssetCases(caseID, asset) VALUES (?, ?)", arguments: [record.id, asset.code])
        return record
    }

    /// `巡检表 口袋公园`: what to check on each asset.
    func checklist(_ text: String) throws -> Reply {
        let park = try self.park(in: text)
        let types = Dictionary(uniqueKeysWithValues: try AssetType.fetchAll(context.db).map { ($0.name, $0.check) })
        let rows = try finder.assets(park: park.id).map { [$0.code, $0.kind, $0.place, types[$0.type] ?? "", "□ 正常  □ 故障"] }
        return .answer("\(park.name) 巡检表（\(context.today)，巡检人：______）：\n" + context.table(["编号", "设施", "位置", "检查要点", "结果"], rows),
                       module: "park-upkeep")
    }

    /// `巡检 口袋公园 [巡检人] | NZ-01 故障 转不动 | LD-02 故障 不亮`: assets not named are OK. Each fault opens a
    /// case unless the asset already has one open.
    func round(_ request: ServiceRequest) throws -> Reply {
        let parts = (request["text"]?.text ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        let head = parts.first ?? ""
        let park = try self.park(in: head)
        let words = head.split(separator: " ").map(String.init).filter { !park.named(in: $0) }
        // The inspector is a short name of its own; the rest of the head may say what was found, in words.
        let assetWords = try finder.assets(park: park.id).flatMap { [$0.kind, $0.place] } + AssetType.fetchAll(context.db).flatMap { $0.words + [$0.name] }
        let named = words.first { w in
            (2...4).contains(w.count) && w.allSatisfy { !$0.isASCII && !$0.isNumber }
                && !(Self.problemWords + Self.fineWords + assetWords).contains(where: w.contains)
        }
        let inspector = named ?? context.operatorName
        var faults = try spokenFaults(words.filter { $0 != named }.joined(separator: " "), park: park)
        for part in parts.dropFirst() where !part.isEmpty {
            let words = part.split(separator: " ", maxSplits: 1).map(String.init)
            let asset = try finder.require(words[0])
            guard asset.park == park.id else { throw DeskError("wrong-park", "\(asset.label) 不属于\(park.name)") }
            let note = words.count > 1 ? words[1].replacingOccurrences(of: "故障", with: "").trimmingCharacters(in: .whitespaces) : ""
            faults[asset.code] = note.isEmpty ? "巡检发现故障" : note
        }
        let roundID = try Int64.fetchOne(context.db, sql: """
            INSERT INTO parkRounds(park, at, inspector, operatorName) VALUES (?, ?, ?, ?) RETURNING id
            """, arguments: [park.id, context.now, inspector, context.operatorName])!
        var opened: [String] = [], existing: [String] = []
        for asset in try finder.assets(park: park.id) {
            var caseID: String?
            if let note = faults[asset.code] {
                if let open = try context.cases.openDuplicate(module: "park-upkeep", key: "asset:\(asset.code)") {
                    caseID = open.id; existing.append("\(asset.code)→\(open.id)")
                    try context.cases.note(open.id, "巡检（\(inspector)）再次发现：\(note)")
                } else {
                    let record = try open(asset, description: "巡检发现：\(note)", urgent: ParkSafety.word(in: note) != nil, request: request)
                    caseID = record.id; opened.append("\(asset.code)→\(record.id)")
                }
            }
            try context.db.execute(sql: "INSERT INTO parkRoundItems(roundID, asset, ok, note, caseID) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [roundID, asset.code, faults[asset.code] == nil, faults[asset.code], caseID])
        }
        let count = try finder.assets(park: park.id).count
        var text = "已记录\(park.name)巡检（\(inspector)）：\(count) 项，正常 \(count - faults.count) 项，故障 \(faults.count) 项。"
        if !opened.isEmpty { text += "新开工单：\(opened.joined(separator: "、"))。" }
        if !existing.isEmpty { text += "已有工单：\(existing.joined(separator: "、"))。" }
        return Reply(module: "park-upkeep", status: opened.isEmpty ? .updated : .created, caseID: nil, text: text)
    }

    /// Faults said in words during a round (`NZ-01转不动了，其他都正常`, `漫步机皮带松了`): each clause that names one
    /// asset and does not say it is fine is a fault. A clause that is not fine but names no asset is refused, so
    /// that a stated fault is never recorded as normal (frontdesk M7).
    private func spokenFaults(_ text: String, park: Park) throws -> [String: String] {
        var faults: [String: String] = [:]
        for clause in text.split(whereSeparator: { ",，。;；、".contains($0) }).map({ $0.trimmingCharacters(in: .whitespaces) }) where !clause.isEmpty {
            if Self.faultClause(clause) == nil { continue }
            let named = try finder.candidates(in: clause).filter { $0.park == park.id }
            guard named.count == 1 else {
                throw DeskError("unclear-fault", "「\(clause)」没有看出是哪个设施\(named.isEmpty ? "" : "（\(named.map(\.code).joined(separator: "、")) 都有可能）")，"
                                + "巡检没有记录。请写设施编号，如 巡检 口袋公园 NZ-01 转不动")
            }
            let note = clause.replacingOccurrences(of: named[0].code, with: "", options: .caseInsensitive).trimmingCharacters(in: .whitespaces)
            faults[named[0].code] = note.isEmpty ? "巡检发现故障" : note
        }
        return faults
    }

    /// The clause itself when it reports a problem; nil when it says all is well (`其他都正常`, `没问题`).
    static func faultClause(_ clause: String) -> String? {
        if problemWords.contains(where: clause.contains) { return clause }
        if fineWords.contains(where: clause.contains) { return nil }
        return clause.contains(where: { $0.isLetter && !$0.isASCII }) ? clause : nil
    }

    static let fineWords = ["正常", "没问题", "完好", "良好", "都好", "无异常"]
    static let problemWords = ["不正常", "坏", "断", "松", "不亮", "转不动", "漏", "裂", "掉", "歪", "锈", "脏", "满", "故障", "不能", "不动"]

    /// `公园记录 口袋公园`: rounds, cases and the assets that fail most.
    func history(_ text: String) throws -> Reply {
        let park = try self.park(in: text)
        let rounds = try Row.fetchAll(context.db, sql: """
            SELECT r.at, r.inspector, SUM(NOT i.ok) AS faults, COUNT(*) AS items
            FROM parkRounds r JOIN parkRoundItems i ON i.roundID = r.id WHERE r.park = ? GROUP BY r.id ORDER BY r.at DESC LIMIT 10
            """, arguments: [park.id])
        let cases = try CaseRecord.fetchAll(context.db, sql: """
            SELECT c.* FROM cases c JOIN parkAssetCases a ON a.caseID = c.id JOIN parkAssets s ON s.code = a.asset
            WHERE s.park = ? ORDER BY c.createdAt DESC LIMIT 20
            """, arguments: [park.id])
        let failing = try Row.fetchAll(context.db, sql: """
            SELECT a.asset, COUNT(*) AS n FROM parkAssetCases a JOIN parkAssets s ON s.code = a.asset
            WHERE s.park = ? GROUP BY a.asset ORDER BY n DESC, a.asset LIMIT 5
            """, arguments: [park.id])
        var lines = ["\(park.name) 记录"]
        lines.append("巡检（最近 \(rounds.count) 次）：")
        lines.append(rounds.isEmpty ? "  没有" : context.table(["时间", "巡检人", "故障/项数"], rounds.map {
            [DeskFormat.timestamp($0["at"]), $0["inspector"], "\($0["faults"] as Int)/\($0["items"] as Int)"]
        }))
        lines.append("工单：")
        lines.append(cases.isEmpty ? "  没有" : context.table(["工单号", "状态", "标题"], cases.map { [$0.id, $0.status.chinese, $0.title] }))
        lines.append("故障最多的设施：")
        lines.append(failing.isEmpty ? "  没有" : context.table(["设施", "工单数"], try failing.map {
            [try finder.require($0["asset"], includeRetired: true).label, "\($0["n"] as Int)"]
        }))
        return .answer(lines.joined(separator: "\n"), module: "park-upkeep")
    }

    func park(in text: String) throws -> Park {
        let parks = try Park.fetchAll(context.db)
        if let park = parks.first(where: { $0.named(in: text) }) { return park }
        if parks.count == 1, !text.contains(where: \.isLetter) || text.isEmpty { return parks[0] }
        throw DeskError("unknown-park", "请写出公园名称：\(parks.map(\.name).joined(separator: "、"))")
    }
}
