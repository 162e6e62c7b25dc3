/// A place in the community: a home (`水印桃源 3栋2单元502室`) or a public place (`水印桃源 东门`).
public struct Address: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The compound's id in the directory.
    public var compound: String?
    /// The compound's name as shown.
    public var compoundName: String?
    public var building: Int?
    public var unit: Int?
    public var room: Int?
    /// A public place (东门, 地下车库, 口袋公园…).
    public var place: String?
    /// In a village (李家墩村湾): the villagers' group (`3组`) and the house number (`12号`).
    public var villageGroup: Int?
    public var house: Int?
    /// Why the address could not be checked against the directory's layout (`水印桃源没有503室`), when it was
    /// accepted from a resident all the same: staff check it (地址待核实).
    public var unverified: String?

    public init(compound: String? = nil, compoundName: String? = nil, building: Int? = nil, unit: Int? = nil,
                room: Int? = nil, place: String? = nil, villageGroup: Int? = nil, house: Int? = nil, unverified: String? = nil) {
        self.compound = compound; self.compoundName = compoundName
        self.building = building; self.unit = unit; self.room = room; self.place = place
        self.villageGroup = villageGroup; self.house = house
        self.unverified = unverified
    }

    public var isEmpty: Bool {
        compound == nil && building == nil && unit == nil && room == nil && place == nil && villageGroup == nil && house == nil
    }

    /// Whether it names a household: a building in a compound, or a house number in the village.
    public var isHousehold: Bool { building != nil || house != nil }

    /// `水印桃源 3栋2单元502室`.
    public var description: String {
        var home = ""
        if let villageGroup { home += "\(villageGroup)组" }
        if let house { home += "\(house)号" }
        if let building { home += "\(building)栋" }
        if let unit { home += "\(unit)单元" }
        if let room { home += "\(room)室" }
        if let place { home += home.isEmpty ? place : " \(place)" }
        return [compoundName, home.isEmpty ? nil : home].compactMap { $0 }.joined(separator: " ")
            + (unverified == nil ? "" : "（地址待核实）")
    }

    /// This address with its missing parts taken from `other` (an answer completing a partial address).
    public func filled(from other: Address) -> Address {
        Address(compound: compound ?? other.compound, compoundName: compoundName ?? other.compoundName,
                building: building ?? other.building, unit: unit ?? other.unit, room: room ?? other.room,
                place: place ?? other.place, villageGroup: villageGroup ?? other.villageGroup, house: house ?? other.house,
                unverified: unverified ?? other.unverified)
    }

    /// A stable key for "the same place": compound, building, unit, room and public place.
    public var key: String {
        [compound ?? "", building.map(String.init) ?? "", unit.map(String.init) ?? "",
         room.map(String.init) ?? "", place ?? ""].joined(separator: "|")
            + (villageGroup == nil && house == nil ? "" : "|\(villageGroup.map(String.init) ?? "")组\(house.map(String.init) ?? "")号")
    }
}

/// Why an address cannot be used.
public enum AddressError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unknownCompound(String, suggestions: [String])
    case noSuchBuilding(compound: String, building: Int, range: ClosedRange<Int>?)
    case noSuchUnit(compound: String, building: Int, unit: Int, units: Int)
    case noSuchRoom(compound: String, room: Int, floors: Int, roomsPerFloor: Int)

    /// The address names a known compound but a building, unit or room its layout does not have.
    public var isLayout: Bool {
        switch self {
        case .noSuchBuilding(let compound, _, _): !compound.isEmpty
        case .noSuchUnit, .noSuchRoom: true
        case .empty, .unknownCompound: false
        }
    }

    public var description: String {
        switch self {
        case .empty:
            "没有识别出地址，请写成 水印桃源3栋2单元502、3-2-502 或 东门、地下车库"
        case .unknownCompound(let name, let suggestions):
            suggestions.isEmpty ? "本社区没有「\(name)」这个小区"
                : "本社区没有「\(name)」这个小区，您是不是说：\(suggestions.joined(separator: "、"))？"
        case .noSuchBuilding(let c, let b, let range):
            range.map { "\(c)没有\(b)栋（楼栋为 \($0.lowerBound)–\($0.upperBound)栋）" } ?? "没有哪个小区有\(b)栋"
        case .noSuchUnit(let c, let b, let u, let units):
            "\(c)\(b)栋没有\(u)单元（共\(units)个单元）"
        case .noSuchRoom(let c, let room, let floors, let perFloor):
            "\(c)没有\(room)室（楼高\(floors)层，每层每单元\(perFloor)户，如 502 表示5楼2号）"
        }
    }
}
