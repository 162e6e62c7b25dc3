/// The desk's own commands, in Chinese with English aliases. Module verbs may not reuse these words.
public enum KernelCommand: String, CaseIterable, Sendable {
    case help, modules, show, list, search, dispatch, start, note, close, followUp, reopen, cancel, stats, remind,
         resident, reveal, accessLog, operators, duty, outbox, settings, jobs, quit

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
        case .resident: ["居民"]
        case .reveal: ["显示号码"]
        case .accessLog: ["访问记录"]
        case .operators: ["操作员"]
        case .duty: ["值班", "换班"]
        case .outbox: ["发件箱", "待发"]
        case .settings: ["设置"]
        case .jobs: ["任务"]
        case .quit: ["退出"]
        }
    }

    /// Whether the verb must stand apart (a space after it, or nothing) to be the command: `居民 王阿姨` is a
    /// look-up, `居民问：…` and `居民投诉：…` are staff relaying what a resident said.
    public var verbStandsApart: Bool {
        switch self {
        case .resident, .operators, .duty, .outbox, .settings, .jobs: true
        default: false
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
        case .resident: ["resident"]
        case .reveal: ["reveal"]
        case .accessLog: ["accesslog"]
        case .operators: ["operators"]
        case .duty: ["duty"]
        case .outbox: ["outbox"]
        case .settings: ["set", "settings"]
        case .jobs: ["jobs"]
        case .quit: ["quit", "exit", "q"]
        }
    }

    /// How to use it, for help.
    public var usage: String {
        switch self {
        case .help: "帮助 [命令|全部|页码] / help — 简要说明；帮助 退休、帮助 材料 讲一个命令，带例子；帮助 1、帮助 2 分页列出所有命令（帮助 全部 一次列出）"
        case .modules: "模块 / modules — 各服务模块、服务和关键词"
        case .show: "查看 工单号 / show ID — 工单详情和全部记录（也可直接输入工单号）"
        case .list: "列表 [模块] [状态] [小区] [驿站] [超期] / list — 如：列表 报修 超期、列表 水印桃源 处理中、列表 驿站2"
        case .search: "搜索 关键词 / search — 按任意中文片段搜索工单"
        case .dispatch: "派单 工单号 单位或人 [说明] [公开：给群里的话] / dispatch — 派单或改派"
        case .start: "开始处理 工单号 [说明] / start — 标记处理中"
        case .note: "备注 工单号 内容 [公开：给群里的话] / note — 追加内部备注"
        case .close: "办结 工单号 处理结果 [公开：给群里的话] / close — 办结（处理结果只记在工单里；群里只看到「公开：」后的话，没写则是一句通用通知）"
        case .followUp: "回访 工单号 1-5 [意见]（或 回访 地点 事由 满意） / followup — 回访评分，1–2分自动重办"
        case .reopen: "重办 工单号 原因 [公开：给群里的话] / reopen — 重新办理"
        case .cancel: "取消 [工单号 原因] / cancel — 取消正在填写的请求，或取消工单"
        case .stats: "统计 [今天|本月|上月|2026-10] [单位|驿站] / stats — 受理、办结、超期和三率（响应率、解决率、满意率），按模块、负责单位或受理驿站"
        case .remind: "催办 工单号 [说明] / remind — 催办一件工单，记入工单记录；催办 [小时数] 列出即将到期（默认24小时内）和已超期的工单"
        case .resident: """
            居民 姓名|电话|R编号 / resident — 查居民（号码显示为 139****4567）
                居民 登记 姓名 电话 [身份证] [地址] [独居…]    居民 关联 工单号 电话 [姓名] — 记下回访电话
                居民 修改 R编号 姓名|电话|删电话|身份证|地址|备注 新值    居民 合并 R保留 R并入    居民 注销 R编号 原因
                居民 导出 R编号 [原因] — 本人申请查阅全部信息    居民 删除 R编号 原因 — 本人申请删除（匿名化）
            """
        case .reveal: "显示号码 工单号|R编号 原因 / reveal — 显示完整电话（如回访），记入访问记录"
        case .accessLog: "访问记录 [R编号] [条数] / accesslog — 谁在何时因何查看或处理了谁的个人信息"
        case .operators: "操作员 [停用 姓名 | 记录] / operators — 操作员账号和角色、密码记录（添加、改密码、重置：desk operator）"
        case .duty: "值班 姓名 / duty — 换班：换成另一位操作员（在终端上输入密码）"
        case .outbox: "发件箱 [群名] / outbox — 等待发到微信群的消息（号码已遮盖）；标记已发、投递：desk outbox"
        case .settings: "设置 [模块 [名称 值|默认]] / set — 列出或修改模块的设置，如 设置 care-visits 高风险周期 7天（社区干部；记入修改记录）"
        case .jobs: "任务 [运行 名称] / jobs — 定时任务：上次和下次运行；任务 运行 认证提醒 立即运行本期（网格员、社区干部）"
        case .quit: "退出 / quit — 退出（Ctrl-D 亦可）"
        }
    }
}
