import DeskKit
import Foundation

/// Words that make a park report urgent: something fell or hangs loose, live electricity, someone fell.
enum ParkSafety {
    static let words = ["砸", "断了", "挂在半空", "掉下来", "漏电", "触电", "绊倒", "摔", "受伤", "塌"]
    static func word(in text: String) -> String? { words.first { text.contains($0) } }
}

/// Reports of broken park assets, and inspection rounds whose faults open cases.
struct ParkReports {
    let context: ServiceContext
    var finder: AssetFinder { AssetFinder(db: context.db) }

    /// "口袋公园的路灯晚上不亮", "扭腰器转不动了": a case for the matching asset.
    func report(_ request: ServiceRequest) throws -> Reply {
        let text = request.text
        let candidates = try finder.candidates(in: text)
        let asset: Asset
        if let answer = request["asset"]?.text {
            if let n = Int(answer), (1...max(candidates.count, 1)).contains(n), !candidates.isEmpty { asset = candidates[n - 1] }
            else if let found = try finder.candidates(in: answer).first(where: { c in candidates.isEmpty || candidates.contains { $0.code == c.code } }) { asset = found }
            else { throw NeedsField("asset", question: try question(candidates, retry: "没有找到「\(answer)」。")) }
        } else if candidates.count == 1 {
            asset = candidates[0]
        } else {
            throw NeedsField("asset", question: try question(candidates, retry: ""))
        }
        let urgent = ParkSafety.word(in: text) != nil
        let key = "asset:\(asset.code)"
        if let open = try context.cases.openDuplicate(module: "park-upkeep", key: key) {
            try context.cases.link(request, to: open.id)
            return Reply(module: "park-upkeep", status: .duplicate, caseID: open.id,
                         text: "\(asset.label) 已有工单 \(open.id)（\(open.status.chinese)），已记下您的反映，不重复开单。")
        }
        let record = try open(asset, description: text, urgent: urgent, request: request)
        return Reply(module: "park-upkeep", status: .created, caseID: record.id,
                     text: "已受理，工单 \(record.id)：\(asset.label)。" + (urgent ? "涉及安全，按紧急处理，" : "")
                        + "已派给 \(record.assignee ?? "社区")" + (record.deadline.map { "，\(DeskFormat.time($0)) 前处理" } ?? "") + "。")
    }

    private func question(_ candidates: [Asset], retry: String) throws -> String {
        if candidates.isEmpty {
            let types = try AssetType.fetchAll(context.db).map(\.name).joined(separator: "、")
            return retry + "请问是公园里的哪个设施？（\(types)，或设施编号如 NZ-01）"
        }
        return retry + "有 \(candidates.count) 个可能：" + candidates.enumerated().map { "\($0.offset + 1). \($0.element.label)" }.joined(separator: " ") + "。请问是哪一个？"
    }

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
        let inspector = head.split(separator: " ").map(String.init).first { w in !park.named(in: w) && !w.isEmpty } ?? context.operatorName
        var faults: [String: String] = [:]
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
