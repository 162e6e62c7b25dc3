/// Why a line goes where it goes: for `desk route`, for module authors tuning their examples, and for staff
/// who wonder why the desk asked what it asked.
extension Desk {
    /// Said at the counter, or, with `group`, posted in that WeChat group (read as a resident's line, in the
    /// group's compound).
    public func explainRoute(_ line: String, group: String? = nil) -> String {
        let text = Self.readable(line)
        func name(_ label: String) -> String {
            if let (module, service) = registry.service(code: label) { return "\(module.name.chinese)·\(service.name)" }
            return Self.labelNames[label] ?? label
        }
        func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
        var lines: [String] = ["「\(Masking.redact(text))」"]
        if let (target, rest, separated) = router.explicit(text) {
            let what: String
            switch target {
            case .kernel(let c): what = "内核命令 \(c.verbs[0])"
            case .service(let ref): what = "服务 " + name(registry.services[ref.module][ref.service].code)
            }
            lines.append("开头的命令词：\(what)（\(separated ? "后面有空格或没有内容" : "紧接着文字")），其余部分「\(Masking.redact(rest))」")
        }
        if let emergency = emergencies.emergency(in: text) {
            lines.append("紧急情况：\(emergency.name)，先回复安全提示：\(emergency.calls.joined(separator: "、"))")
        }
        let explanation = router.explain(text, staff: group == nil, compound: group.flatMap { directory.compound(forGroup: $0)?.id })
        if let rule = explanation.rule {
            // The router's rules name a service by its code (`welfare-check 需要关键词`): shown by its Chinese name.
            let codes = registry.services.joined().map(\.code).sorted { $0.count > $1.count }
            lines.append("规则：" + codes.reduce(rule) { $0.replacingOccurrences(of: $1, with: name($1)) })
        }
        if !explanation.model.isEmpty {
            lines.append("模型：" + explanation.model.map { "\(name($0.label)) \(percent($0.probability))" }.joined(separator: "，"))
        }
        if !explanation.words.isEmpty {
            lines.append("关键词：" + explanation.words.map { "\($0.phrase)→\(name($0.label))（\($0.weight)）" }.joined(separator: "，"))
        }
        if !explanation.scores.isEmpty {
            lines.append("得分：" + explanation.scores.map { "\(name($0.label)) \(String(format: "%.2f", $0.score))" }.joined(separator: "，"))
        }
        let decision: String
        switch explanation.decision {
        case .service(let ref): decision = "交给 " + name(registry.services[ref.module][ref.service].code)
        case .tie(let refs): decision = "分不清，问是哪一项：" + refs.map { name(registry.services[$0.module][$0.service].code) }.joined(separator: "、")
        case .act(let act, _): decision = Self.labelNames[act.rawValue] ?? act.rawValue
        case .unknown: decision = "没有把握（阈值 \(Router.threshold)）"
        }
        lines.append("结论：\(decision)")
        return lines.joined(separator: "\n")
    }

    /// What free text would be taken for, as a label: a service code (`household-repair`), a kernel label
    /// (`chatter`, `act-metoo`…), `tie` or `unknown`, with an emergency's id in front (`fire:appeals…`). Reads
    /// nothing from the database: for tests, benchmarks and tools.
    public func routeLabel(_ line: String) -> String {
        let text = TextNormalizer.normalize(line)
        let decision = router.decide(text)
        let label: String
        switch decision {
        case .service(let ref): label = registry.services[ref.module][ref.service].code
        case .tie: label = "tie"
        case .act(let act, _): label = act.rawValue
        case .unknown: label = "unknown"
        }
        return emergency(in: text, decision: decision).map { "\($0.id):\(label)" } ?? label
    }

    static let labelNames: [String: String] = [
        "chatter": "闲聊寒暄（不处理）", "notice": "通知公告（不处理）", "ad": "广告（不处理）",
        "out-of-scope": "不归本服务台办（告诉去哪里办）", "act-resolved": "说已经解决或不需要了（记到原工单）",
        "act-followup": "催问进度（记到原工单）", "act-metoo": "附和别人的报告（关联到原工单）",
    ]
}
