import DeskKit

/// What kind of repair, with the words residents use for it. Who answers for each category and in how long
/// is the community's choice, configured in `seeds/repairs/routing.yaml`.
struct RepairCategory: Sendable {
    let key: String
    let name: String
    /// Words in free text that mean this category, strongest first.
    let words: [String]
    /// Which service a report of this category belongs to when it was routed by free text.
    let service: RepairService

    static let all: [RepairCategory] = [
        // (`号梯`: a lift called by its number, `6栋3号梯按钮失灵`.)
        RepairCategory(key: "lift", name: "电梯", words: ["电梯", "轿厢", "困梯", "号梯"], service: .publicArea),
        RepairCategory(key: "water", name: "给排水/漏水", words: ["漏水", "渗水", "爆管", "水管", "停水", "没水", "水压", "滴水", "水龙头", "渗漏", "渗下来", "漏下来", "往下渗", "冒水", "进水", "倒灌"], service: .household),
        RepairCategory(key: "power", name: "供电", words: ["漏电", "停电", "跳闸", "电闸", "空开", "没电", "插座", "电线", "电路", "电表"], service: .household),
        RepairCategory(key: "gas", name: "燃气", words: ["燃气味", "煤气味", "燃气", "煤气", "天然气"], service: .household),
        // (Before the doors: `单元门口的灯又不亮了` is a lamp by a door, not the door.)
        RepairCategory(key: "lighting", name: "公共照明", words: ["路灯", "楼道灯", "感应灯", "灯不亮", "灯又不亮", "灯也不亮", "灯都不亮", "灯一直不亮",
                                                               "照明"], service: .publicArea),
        RepairCategory(key: "doors", name: "门窗门禁", words: ["门禁", "单元门", "防盗门", "门锁", "窗户", "窗子", "玻璃"], service: .household),
        RepairCategory(key: "roof", name: "屋面", words: ["屋顶", "楼顶", "屋面", "顶楼渗", "漏雨"], service: .publicArea),
        RepairCategory(key: "facade", name: "外墙", words: ["外墙", "墙皮", "瓷砖", "墙砖", "掉砖", "空鼓"], service: .publicArea),
        RepairCategory(key: "drains", name: "下水道/化粪", words: ["下水道", "化粪池", "马桶堵", "堵了", "堵塞", "反水", "返水", "污水"], service: .household),
        RepairCategory(key: "gates", name: "道闸车库", words: ["道闸", "车库", "栏杆", "抬杆", "停车场"], service: .publicArea),
        RepairCategory(key: "appliance", name: "家电", words: ["电视", "冰箱", "洗衣机", "空调", "热水器", "微波炉", "电饭煲", "油烟机", "家电"], service: .appliance),
        // The estate's own courts and fitness path (`篮筐歪了`, `羽毛球场的网柱松了`); the pocket park's equipment is the
        // park's (seeds/park-upkeep/parks.yaml), the pingpong room's its own.
        RepairCategory(key: "sports", name: "运动场地器材", words: ["篮筐", "篮板", "篮球架", "网柱", "球网", "单杠", "双杠"],
                       service: .publicArea),
        RepairCategory(key: "walls", name: "墙体开裂", words: ["打裂", "墙裂", "裂缝", "开裂", "墙体"], service: .household),
        RepairCategory(key: "other", name: "其他", words: [], service: .household),
    ]

    static func named(_ key: String) -> RepairCategory? { all.first { $0.key == key } }

    /// The category whose words appear in `text`, strongest first. 外墙 and 屋面 are tried before the rest: a
    /// leaking roof is the roof's problem, not a burst pipe (屋面漏水), and falling tiles are another problem than
    /// a leaking roof at the same building (domain report bug 20).
    static func detect(in text: String) -> RepairCategory? {
        let first = ["facade", "roof"].compactMap(named)
        // Searched byte by byte (`CharacterPresence`): Foundation's search for some sixty words was a tenth of
        // relaying a report (perf, relay).
        let present = CharacterPresence(text)
        return (first + all).first { c in present.containsAny(of: c.words) }
    }

    static var choices: [Choice] { all.map { Choice($0.key, $0.name, aliases: $0.words) } }
}

/// The three repair services.
enum RepairService: String, Sendable {
    case household = "household-repair"
    case publicArea = "public-repair"
    case appliance = "appliance-repair"
}

/// Words that make a repair an emergency (2-hour limit, rules.md §5): someone trapped or hurt, fire, gas,
/// live electricity.
enum Emergency {
    static let words = ["被困", "困人", "关人", "困在", "漏电", "触电", "煤气味", "燃气味", "煤气泄漏", "燃气泄漏",
                        "砸到人", "砸伤", "起火", "着火", "冒烟", "火花", "爆管", "水管爆", "管子爆", "水漫", "淹了"]

    /// Phrases that contain an emergency word but are not emergencies (a stove that will not light).
    static let notEmergencies = ["打不着火", "点不着火", "不着火"]

    static func word(in text: String) -> String? {
        // Searched byte by byte (`CharacterPresence`), and replaced only where present: Foundation's search and
        // replacing, word after word, were a tenth of relaying a report (perf, relay).
        let cleaned = notEmergencies.reduce(text) { CharacterPresence($0).contains($1) ? $0.replacingOccurrences(of: $1, with: "") : $0 }
        return CharacterPresence(cleaned).first(of: words)
    }
}
