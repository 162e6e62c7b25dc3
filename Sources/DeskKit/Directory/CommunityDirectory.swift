import Foundation

/// The community the desk serves: compounds and their buildings, public places, grids and grid workers,
/// service stations, property companies, volunteer teams, other units, WeChat groups and case time limits.
///
/// Loaded from `seeds/community.yaml` into the database on first start; entries marked `sample: true` are
/// invented (names, phone numbers) and are there to be replaced by the community's own.
public struct CommunityDirectory: Codable, Sendable {
    public var community: Community
    public var compounds: [Compound]
    /// Public places inside or around the compounds (东门, 地下车库, 口袋公园…).
    public var places: [String]
    public var stations: [Station]
    public var grids: [Grid]
    public var organisations: [Organisation]
    public var teams: [Team]
    public var groups: [ChatGroup]
    public var timeLimits: [TimeLimit]
    /// How long a question waits for its answer; the defaults when absent.
    public var questionTimeouts: QuestionTimeouts?

    public struct Community: Codable, Sendable {
        public var name: String
        public var shortName: String
        public var district: String
        /// The public address of `desk serve` (`https://desk.example.cn`): group replies then carry each case's link.
        public var publicURL: String?
    }

    public struct Compound: Codable, Sendable {
        public var id: String
        public var name: String
        public var aliases: [String]
        /// The one character staff write before a building's figures (`奥3-1-1602`, `泊12-1`): a name only when a
        /// figure follows it, so `奥` alone is no compound.
        public var shorthand: String?
        /// The property company (an ``Organisation`` id) that answers for its buildings and public areas.
        public var propertyCompany: String?
        public var buildings: BuildingLayout?
        public var village: Bool?

        /// Every name people use for it, canonical name first.
        public var allNames: [String] { [name] + aliases }
    }

    /// Numbered buildings laid out alike: `from`…`to`, each with `units` units, `floors` floors and
    /// `roomsPerFloor` rooms a floor in each unit (room 502 is floor 5, room 2).
    public struct BuildingLayout: Codable, Sendable {
        public var from: Int
        public var to: Int
        public var units: Int
        public var floors: Int
        public var roomsPerFloor: Int
        public var sample: Bool?
    }

    public struct Station: Codable, Sendable {
        public var id: String
        public var name: String
        public var compound: String?
    }

    public struct Grid: Codable, Sendable {
        public var id: String
        public var name: String
        public var compound: String
        public var worker: String
        public var phone: String?
        public var sample: Bool?
    }

    public struct Organisation: Codable, Sendable {
        public var id: String
        public var name: String
        /// `property`, `utility`, `community`, `partner`, `club`…
        public var kind: String
        public var phone: String?
        public var sample: Bool?
    }

    public struct Team: Codable, Sendable {
        public var id: String
        public var name: String
        public var services: [String]
        public var sample: Bool?
    }

    /// A residents' WeChat group; the group's name tells the compound.
    public struct ChatGroup: Codable, Sendable {
        public var name: String
        public var compound: String
    }

    /// A case time limit (rules.md §5: emergency 2 h; water/power/gas/lift 24 h; general 7 days; complex 15 days).
    public struct TimeLimit: Codable, Sendable {
        public var id: String
        public var name: String
        public var hours: Int
    }
}

extension CommunityDirectory {
    public func compound(id: String) -> Compound? { compounds.first { $0.id == id } }
    public func organisation(id: String) -> Organisation? { organisations.first { $0.id == id } }
    public func team(id: String) -> Team? { teams.first { $0.id == id } }
    public func timeLimit(id: String) -> TimeLimit? { timeLimits.first { $0.id == id } }

    /// The compound a WeChat group belongs to, by the configured groups or by a compound name inside the group's name.
    public func compound(forGroup group: String) -> Compound? {
        if let g = groups.first(where: { $0.name == group }) { return compound(id: g.compound) }
        return compounds.first { c in c.allNames.contains { group.contains($0) } }
    }

    /// The grid covering a compound.
    public func grid(forCompound id: String) -> Grid? { grids.first { $0.compound == id } }

    /// Checks the directory itself: ids unique, references resolvable, time limits positive, building ranges in
    /// order. Thrown at load, naming the entry.
    public func validate() throws(SeedError) {
        func unique(_ ids: [String], _ what: String) throws(SeedError) {
            var seen = Set<String>()
            for id in ids where !seen.insert(id).inserted { throw .invalid("\(what) id 重复：\(id)") }
        }
        try unique(compounds.map(\.id), "小区")
        try unique(organisations.map(\.id), "单位")
        try unique(teams.map(\.id), "志愿队")
        try unique(timeLimits.map(\.id), "时限")
        for c in compounds {
            if let p = c.propertyCompany, organisation(id: p) == nil { throw .invalid("小区 \(c.name) 的物业 \(p) 不在单位列表中") }
        }
        for g in grids where compound(id: g.compound) == nil { throw .invalid("网格 \(g.name) 的小区 \(g.compound) 不存在") }
        for g in groups where compound(id: g.compound) == nil { throw .invalid("群 \(g.name) 的小区 \(g.compound) 不存在") }
        for l in timeLimits where l.hours <= 0 { throw .invalid("时限 \(l.id)（\(l.name)）的小时数应大于零，这里是 \(l.hours)") }
        for c in compounds {
            guard let b = c.buildings else { continue }
            guard b.from >= 1, b.to >= b.from else { throw .invalid("小区 \(c.name) 的楼栋范围应从 1 起、由小到大，这里是 \(b.from)–\(b.to)") }
            guard b.units > 0, b.floors > 0, b.roomsPerFloor > 0 else {
                throw .invalid("小区 \(c.name) 的单元数、楼层数和每层户数都应大于零")
            }
        }
    }
}
