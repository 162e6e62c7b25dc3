import DeskKit
import Foundation

/// `设施 …`: list, add, rename, move and retire assets. Every change is an event.
struct AssetCommands {
    let context: ServiceContext
    var finder: AssetFinder { AssetFinder(db: context.db) }

    static let usage = "设施 列表 | 设施 新增 编号 类型 种类 位置 [维护方] | 设施 改名 编号 新名称 | 设施 位置 编号 新位置 | 设施 停用 编号 原因"

    func run(_ text: String) throws -> Reply {
        let words = text.split(separator: " ").map(String.init)
        switch words.first ?? "列表" {
        case "列表", "list":
            let rows = try finder.assets(includeRetired: true).map {
                [$0.code, $0.type, $0.kind, $0.place, $0.installed, maintainerName($0.maintainer), $0.retired == true ? "停用" : "在用"]
            }
            return .answer(context.table(["编号", "类型", "名称", "位置", "安装", "维护方", "状态"], rows), module: "park-upkeep")
        case "新增", "add":
            guard words.count >= 5 else { throw DeskError("missing-argument", "新增的格式：设施 新增 编号 类型 名称 位置 [维护方id]") }
            let code = words[1].uppercased()
            guard try Asset.fetchOne(context.db, key: code) == nil else { throw DeskError("duplicate-asset", "编号 \(code) 已存在") }
            guard try AssetType.fetchOne(context.db, key: words[2]) != nil else {
                throw DeskError("unknown-type", "没有设施类型「\(words[2])」：\(try AssetType.fetchAll(context.db).map(\.name).joined(separator: "、"))")
            }
            let park = try ParkReports(context: context).park(in: text.contains("公园") ? text : "")
            let maintainer = words.count > 5 ? words[5] : "community-office"
            guard context.directory.organisation(id: maintainer) != nil || context.directory.team(id: maintainer) != nil else {
                throw DeskError("unknown-maintainer", "维护方「\(maintainer)」不在社区目录中（写单位或志愿队的 id）")
            }
            try Asset(code: code, park: park.id, type: words[2], kind: words[3], place: words[4], installed: context.today.description,
                      maintainer: maintainer, retired: nil).insert(context.db)
            try record(code, "新增", "\(words[2]) \(words[3]) \(words[4])")
            return Reply(module: "park-upkeep", status: .updated, text: "已新增设施 \(code) \(words[3])（\(words[4])）。")
        case "改名", "位置", "停用":
            guard words.count >= 3 else { throw DeskError("missing-argument", "用法：\(Self.usage)") }
            var asset = try finder.require(words[1])
            let value = words.dropFirst(2).joined(separator: " ")
            let action = words[0]
            let note: String
            switch action {
            case "改名": note = "\(asset.kind) → \(value)"; asset.kind = value
            case "位置": note = "\(asset.place) → \(value)"; asset.place = value
            default: note = value; asset.retired = true
            }
            try asset.update(context.db)
            try record(asset.code, action, note)
            return Reply(module: "park-upkeep", status: .updated, text: "设施 \(asset.code) 已\(action == "停用" ? "停用" : "更新")：\(note)。")
        default:
            throw DeskError("unknown-action", "用法：\(Self.usage)")
        }
    }

    private func maintainerName(_ id: String) -> String {
        context.directory.organisation(id: id)?.name ?? context.directory.team(id: id)?.name ?? id
    }

    private func record(_ code: String, _ action: String, _ note: String) throws {
        try AssetEvent(asset: code, at: context.now, operatorName: context.operatorName, action: action, note: note).insert(context.db)
    }
}
