/// `帮助 退休`, `帮助 材料`, `帮助 催办`: one command explained, with examples.
extension Desk {
    func help(for topic: String) throws -> String {
        let word = topic.trimmingSpaces
        if let command = KernelCommand.allCases.first(where: { $0.verbs.contains(word) || $0.aliases.contains(word.lowercased()) }) {
            return "【\(command.verbs[0])】\(command.usage)"
        }
        let match = registry.modules.lazy.flatMap { m in m.services.map { (m, $0) } }.first { _, s in
            s.verbs.contains(word) || s.aliases.contains(word.lowercased()) || s.name == word
        } ?? registry.modules.lazy.flatMap { m in m.services.map { (m, $0) } }.first { _, s in
            s.verbs.contains { $0.hasPrefix(word) || word.hasPrefix($0) } || s.name.contains(word)
        }
        if let (module, service) = match {
            var lines = ["【\(service.name)】\(module.name.chinese) · \(service.audience == .staff ? "工作人员用" : "居民和工作人员都可用")",
                         service.description,
                         "命令：" + (service.verbs + service.aliases).joined(separator: "、")]
            let asked = service.fields.filter(\.required).map(\.name)
            if !asked.isEmpty { lines.append("需要：" + asked.joined(separator: "、") + "（缺什么会问）") }
            if !service.usageExamples.isEmpty {
                lines.append("例如：")
                lines += service.usageExamples.map { "  " + $0 }
            }
            return lines.joined(separator: "\n")
        }
        if let module = registry.module(named: word) {
            return (["【\(module.name.chinese)】\(module.summary)"] + module.services.map { "  \($0.verbs.first ?? $0.name) — \($0.name)：\($0.description)" })
                .joined(separator: "\n")
        }
        throw DeskError("unknown-topic", "没有「\(word)」这个命令。输入 帮助 查看全部命令，或 模块 查看各模块")
    }
}
