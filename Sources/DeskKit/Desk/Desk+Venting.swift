import Foundation

/// A grievance said to the group and nothing more (`又是鞭炮 这回是结婚 全吵醒了`, `唉 这些养狗的真是冇得素质`): no
/// place named, no fault, nothing asked of anyone. The model hears a complaint in its words; the corpora's authors, like
/// the community's staff, hear a neighbour venting — a complaint has a problem at a place, or asks someone to act. A
/// line the model is sure of (`又是电瓶车 都说了好多次不要推上楼`, 0.98) stays a complaint.
extension Desk {
    /// Whether `text`, which the router gives to `ref`, only vents: `ref` is a complaint, report or suggestion, the
    /// router is not sure of it, and the line names no place, no fault and asks nothing.
    func isAGrievanceOnly(_ text: String, _ ref: Router.ServiceRef) -> Bool {
        guard [appealRef(.complaint), appealRef(.report), appealRef(.suggestion)].contains(ref),
              router.confidence(text) < Self.sureOfAGrievance, !QuestionForm.asks(text),
              // (A nuisance back again, `电瓶车拉线充电的 今天晚上又拉了 白说了`, is the complaint it was.)
              router.conductAgain(in: text) == nil else { return false }
        let present = CharacterPresence(text)
        guard !present.containsAny(of: Self.asksSomeone), !present.containsAny(of: Self.placeWords), !present.containsAny(of: Self.faults),
              !text.contains(where: { $0.isNumber }) else { return false }
        return !directory.compounds.contains { $0.allNames.contains(where: text.contains) }
    }

    /// Whether the router gives `text` to a complaint, report or suggestion that only vents (``isAGrievanceOnly(_:_:)``).
    func ventsOnly(_ text: String, _ decision: Router.Decision) -> Bool {
        if case .service(let ref) = decision { return isAGrievanceOnly(text, ref) }
        return false
    }

    /// How sure the router must be of a complaint for a line with no place and no ask to stay one.
    static let sureOfAGrievance = 0.9
    /// Words that ask someone to act, or name who should.
    static let asksSomeone = ["请", "麻烦", "能不能", "可不可以", "要求", "管一下", "管管", "处理", "查一下", "查查", "说一下", "撒", "社区", "物业",
                              "网格", "居委", "城管", "派出所", "报警", "投诉", "举报", "建议", "希望", "应该", "必须", "要装", "要管", "要查",
                              // or say it is going on now (`狗又出来了 还在追小孩`)
                              "还在", "正在", "现在"]
    /// A fault named (`排水沟被垃圾堵了`): a problem to see to, however it is said.
    static let faults = ["堵", "坏", "漏", "不亮", "冇水", "没水", "停水", "停电", "断了", "倒了", "塌", "冒水", "积水"]
    /// Where a grievance happens.
    static let placeWords = ["门口", "楼道", "楼下", "楼上", "单元", "地库", "车库", "公园", "广场", "电梯", "路口", "菜场", "东门", "西门", "南门",
                             "北门", "大门", "湾子", "村湾", "栋", "号楼", "小区", "隔壁", "对面", "屋顶", "楼顶", "花坛", "草坪"]
}
