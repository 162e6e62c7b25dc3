/// The desk's own commands, in Chinese with English aliases. Module verbs may not reuse these words.
public enum KernelCommand: String, CaseIterable, Sendable {
    case help, modules, show, list, search, dispatch, start, note, close, followUp, reopen, cancel, stats, remind, quit

    /// Chinese verbs, typed with or without a space before the arguments.
    public var verbs: [String] {
        switch self {
        case .help: ["帮助", "？", "?"]
        case .modules: ["模块"]
        case .show: ["查看", "工单"]
        case .list: ["列表"]
        case .search: ["搜索", "查找"]
        case .dispatch: ["派单", "改派", "转派"]
        case .start: ["开始处理"]
        case .note: ["备注"]
        case .close: ["办结"]
        case .followUp: ["回访"]
        case .reopen: ["重办"]
        case .cancel: ["取消", "撤销"]
        case .stats: ["统计"]
        case .remind: ["催办"]
        case .quit: ["退出"]
        }
    }

    /// English aliases, followed by a space or the end of the line.
    public var aliases: [String] {
        switch self {
        case .help: ["help", "h"]
        case .modules: ["modules"]
        case .show: ["show"]
        case .list: ["list", "ls"]
        case .search: ["search", "find"]
        case .dispatch: ["dispatch", "assign", "reassign"]
        case .start: ["start"]
        case .note: ["note"]
        case .close: ["close"]
        case .followUp: ["followup", "follow-up"]
        case .reopen: ["reopen"]
        case .cancel: ["cancel"]
        case .stats: ["stats"]
        case .remind: ["remind"]
        case .quit: ["quit", "exit", "q"]
        }
    }

    /// How to use it, for help.
    public var usage: String {
        switch self {
        case .help: "帮助 [命令|全部] / help — 简要说明；帮助 退休、帮助 材料 讲一个命令，带例子；帮助 全部 列出所有命令"
        case .modules: "模块 / modules — 各服务模块、服务和关键词"
        case .show: "查看 工单号 / show ID — 工单详情和全部记录（也可直接输入工单号）"
        case .list: "列表 [模块] [状态] [小区] [超期] / list — 如：列表 报修 超期、列表 水印桃源 处理中"
        case .search: "搜索 关键词 / search — 按任意中文片段搜索工单"
        case .dispatch: "派单 工单号 单位或人 [说明] / dispatch — 派单或改派"
        case .start: "开始处理 工单号 [说明] / start — 标记处理中"
        case .note: "备注 工单号 内容 / note — 追加备注"
        case .close: "办结 工单号 处理结果 / close — 办结"
        case .followUp: "回访 工单号 1-5 [意见] / followup — 回访评分，1–2分自动重办"
        case .reopen: "重办 工单号 原因 / reopen — 重新办理"
        case .cancel: "取消 [工单号 原因] / cancel — 取消正在填写的请求，或取消工单"
        case .stats: "统计 [今天|本月|上月|2026-10] [单位] / stats — 受理、办结、超期和三率（响应率、解决率、满意率），按模块或负责单位"
        case .remind: "催办 工单号 [说明] / remind — 催办一件工单，记入工单记录；催办 [小时数] 列出即将到期（默认24小时内）和已超期的工单"
        case .quit: "退出 / quit — 退出（Ctrl-D 亦可）"
        }
    }
}
