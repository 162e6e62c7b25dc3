/// Staff at the counter recording a notice they gave out for planned work (`8栋水箱清洗 停水2小时 已通知`, `10月10日4栋到
/// 9栋电梯年检 每栋停梯约两小时 张贴通知`, `供电所线路检修 全湾停电 挨家通知`): what the estate was told, not a fault to
/// repair nor a request — a notice, as the model reads it, at the counter too. (A fault found during the work,
/// `维保检查后说门刀有点松 要换配件 … 请物业贴通知`, is still the repair it names.)
enum PlannedWorkNotice {
    /// Whether `present` tells a notice given out for planned work, and no fault.
    static func says(_ present: CharacterPresence) -> Bool {
        present.containsAny(of: given) && present.containsAny(of: plannedWork) && !present.containsAny(of: faults)
    }

    /// Words of a notice given out (`已通知`, `张贴通知`, `挨家通知`, `喷药通知`) — not one still to give or awaited (`要通知住户`,
    /// `等物业通知`, `下回停电提前通知`): then the line is about what is to be done meanwhile.
    static let given = ["已通知", "张贴通知", "贴了通知", "已贴通知", "挨家通知", "挨户通知", "已张贴", "群里发了", "发了通知", "停水通知",
                        "停电通知", "喷药通知", "停梯通知"]
    /// Work done to a plan: water and power cut for it, lifts inspected, tanks cleaned, drills, spraying, pruning.
    static let plannedWork = ["停水", "停电", "停梯", "年检", "检修", "清洗", "演练", "演习", "喷药", "消杀", "灭鼠", "灭蟑", "修剪", "施工"]
    /// Words of a fault or of someone in trouble (`困人`, `坏了`, `漏水`), or of a matter residents raised beside it (`已贴通知
    /// 业主问换梯`): then the line is about that, not the notice.
    static let faults = ["坏", "漏", "堵", "不亮", "裂", "断", "塌", "困", "卡住", "打不开", "松", "报修", "投诉", "反映", "业主问",
                         "居民问", "住户问"]
}
