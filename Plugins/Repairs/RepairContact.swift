import DeskKit

/// Who to call back about a repair (回访).
enum RepairContact {
    /// `王阿姨 13971234567`: a name with a polite title, said next to the report.
    static func name(in text: String) -> String? {
        pattern.firstGroups(in: text)?.groups[0]
    }

    /// Every match holds the last character of one of its forms of address (the clues): a report without any is
    /// not handed to the regular expression, which took 33,000 instructions a report to find nothing
    /// (docs/performance.md, twentieth pass).
    private static let pattern = TextPattern(#"(\p{Han}{1,2}(?:阿姨|师傅|大爷|爹爹|婆婆|奶奶|爷爷|先生|女士|老师|姐|哥))(?=\s|[0-9]|$|,|，)"#,
                                             clues: "姨傅爷爹婆奶生士师姐哥")
}

/// The veterans' volunteer appliance service (兵哥哥服务队) is for the elderly and the disabled (README: 微力量), and
/// for the community's own equipment in the rooms its elders use (the activity room's air conditioner).
enum ApplianceEligibility {
    static let choices = [Choice("elderly", "老年人", aliases: ["老人", "60岁以上", "独居老人"]),
                          Choice("disabled", "残疾人", aliases: ["残疾", "残障"]),
                          Choice("neither", "都不是", aliases: ["不是", "都不", "否", "年轻人"]),
                          Choice("community", "社区公用的", aliases: ["公用", "社区的", "活动室的"])]
    static let question = "家电维修由兵哥哥服务队为老年人、残疾人义务上门。请问住户是？"

    /// The community's rooms: an appliance named in one is the community's own (`活动室的空调坏了`), not a resident's.
    static let communityRooms = ["活动室", "活动中心", "会议室", "议事厅", "棋牌室", "驿站", "长者食堂", "助餐点", "老年大学"]

    /// What the text says about the resident, if anything.
    static func read(_ text: String) -> String? {
        let present = CharacterPresence(text)   // (Foundation's search, word after word, cost a relayed report more)
        if present.containsAny(of: communityRooms) { return "community" }
        if present.containsAny(of: ["残疾", "残障", "轮椅"]) { return "disabled" }
        if present.containsAny(of: ["老人", "老年", "独居", "爹爹", "婆婆", "奶奶", "爷爷", "大爷", "老伴", "岁了"]) { return "elderly" }
        return nil
    }

    /// Asks when unknown; refuses, with where to go instead, when the resident is neither.
    static func check(_ request: ServiceRequest) throws {
        switch request["eligible"]?.choice {
        case nil: throw NeedsField("eligible", question: question + "（1. 老年人 2. 残疾人 3. 都不是 4. 社区公用的）")
        case "neither":
            throw DeskError("not-eligible", "兵哥哥服务队的家电维修是为老年人、残疾人提供的志愿服务，没有登记。"
                            + "其他住户的家电请联系品牌售后或维修店；房屋里的水电问题可以报修给物业。")
        default: return
        }
    }
}
