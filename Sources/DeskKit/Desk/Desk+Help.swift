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

/// `帮助 全部` in pages (`帮助 1`, `帮助 2`…), for a station's screen or a phone: whole sections (a module, the
/// case commands) per page where they fit.
extension Desk {
    /// Lines on one page of the full help, at most.
    static let helpPageLines = 22

    /// The pages of ``help``, each a list of lines.
    var helpPages: [[String]] {
        // Sections start at a 【…】 heading; the first line (the greeting) goes on the first page.
        var sections: [[String]] = []
        for line in help.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            if line.hasPrefix("【") || sections.isEmpty { sections.append([line]) } else { sections[sections.count - 1].append(line) }
        }
        var pages: [[String]] = [[]]
        for section in sections {
            if !pages[pages.count - 1].isEmpty && pages[pages.count - 1].count + section.count > Self.helpPageLines { pages.append([]) }
            var rest = section[...]
            while !rest.isEmpty {
                let room = Self.helpPageLines - pages[pages.count - 1].count
                if room <= 0 { pages.append([]); continue }
                pages[pages.count - 1] += rest.prefix(room)
                rest = rest.dropFirst(room)
            }
        }
        return pages
    }

    /// `帮助 2`: one page, with where it stands and how to go on.
    func helpPage(_ number: Int) throws -> String {
        let pages = helpPages
        guard (1...pages.count).contains(number) else {
            throw DeskError("unknown-page", "帮助共 \(pages.count) 页，没有第 \(number) 页：输入 帮助 1 到 帮助 \(pages.count)")
        }
        let next = number < pages.count ? "输入 帮助 \(number + 1) 看下一页" : "已是最后一页"
        return pages[number - 1].joined(separator: "\n") + "\n（第 \(number)/\(pages.count) 页，\(next)；帮助 全部 一次列出）"
    }
}
