import Foundation

/// Where a case was received, as the figures by station count it: one of the community's service stations
/// (党群服务驿站), a WeChat group that no station serves, another program, or — for a case from before the desk
/// recorded stations — 未记录.
public enum CaseOrigin: Hashable, Sendable {
    case station(String)
    /// A group message from a group whose compound has no station (`微信群`, the channel only).
    case group
    /// Another program (Open311, the city's platform).
    case api
    case unrecorded

    public init(station: String?, channel: Channel) {
        switch (station, channel) {
        case (let name?, _): self = .station(name)
        case (nil, .group): self = .group
        case (nil, .api): self = .api
        case (nil, .desk): self = .unrecorded
        }
    }

    /// What `统计 按驿站`, `查看` and the dashboard show, and what a list filters on.
    public var label: String {
        switch self {
        case .station(let name): name
        case .group: "微信群"
        case .api: "其他系统"
        case .unrecorded: "未记录"
        }
    }

    /// The origin a label names: a station's name, or 微信群, 其他系统, 未记录.
    public init(label: String) {
        switch label {
        case "微信群": self = .group
        case "其他系统": self = .api
        case "未记录": self = .unrecorded
        default: self = .station(label)
        }
    }

    /// ``label`` computed in SQL over the `cases` table's `station` and `channel` columns (of the table aliased
    /// `alias`, when given).
    static func sql(_ alias: String? = nil) -> String {
        let p = alias.map { "\($0)." } ?? ""
        return "COALESCE(\(p)station, CASE \(p)channel WHEN 'group' THEN '微信群' WHEN 'api' THEN '其他系统' ELSE '未记录' END)"
    }
}

extension CommunityDirectory {
    /// The station named `text` (its name, `驿站1`, or its id, `station-1`); an error naming the valid ones otherwise.
    public func station(named text: String) throws(DeskError) -> Station {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let found = stations.first(where: { $0.name == t || $0.id == t }) else {
            throw DeskError("unknown-station", stations.isEmpty
                ? "社区目录里没有驿站，不能指定驿站「\(text)」"
                : "没有驿站「\(text)」。社区的驿站：\(stations.map(\.name).joined(separator: "、"))")
        }
        return found
    }

    /// The station that serves a WeChat group: the one in the group's compound (community.yaml `stations`), or
    /// nil when that compound has none.
    public func station(forGroup group: String) -> Station? {
        guard let compound = compound(forGroup: group) else { return nil }
        return stations.first { $0.compound == compound.id }
    }

    /// The station a message was received at: the one it names, else for a group message the group's station.
    func station(of message: Message) -> String? {
        message.station ?? (message.channel == .group ? message.group.flatMap { station(forGroup: $0)?.name } : nil)
    }
}
