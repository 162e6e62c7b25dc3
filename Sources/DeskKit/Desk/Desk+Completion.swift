/// Words a frontend can offer for completion.
extension Desk {
    /// Commands (Chinese and English), module names, compound names, open case ids, and — while a question is
    /// pending for `conversation` — the choices of the field being asked for, first.
    public func completionWords(conversation: String) -> [String] {
        var words: [String] = []
        if let pending = pending(key: conversation) {
            if let code = pending.service, let asking = pending.asking,
               let field = registry.service(code: code)?.service.field(asking) {
                words += field.kind.choices.map(\.name)
                if case .address = field.kind { words += directory.compounds.map(\.name) }
            }
            words += pending.options.compactMap { registry.service(code: $0)?.service.name }
        }
        for command in KernelCommand.allCases { words += command.verbs.filter { $0.count > 1 } + command.aliases.filter { $0.count > 1 } }
        for module in registry.modules {
            words += [module.name.chinese, module.id]
            for service in module.services { words += service.verbs + service.aliases }
        }
        words += directory.compounds.flatMap(\.allNames)
        words += (try? store.read { db in
            try String.fetchAll(db, sql: """
                SELECT id FROM cases WHERE status IN \(CaseStatus.openSQL)
                ORDER BY createdAt DESC LIMIT 200
                """)
        }) ?? []
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}

extension Desk {
    /// The question still waiting for an answer in `conversation` (after a restart, say), if any.
    public func pendingQuestion(conversation: String) -> String? {
        guard let pending = pending(key: conversation) else { return nil }
        guard let code = pending.service, let (_, service) = registry.service(code: code) else {
            return "上次的问题还没有回答：请选择要办理的服务（输入 取消 放弃）"
        }
        let question = pending.question ?? pending.asking.flatMap(service.field).map(Self.question(for:)) ?? ""
        return "上次未完成的「\(service.name)」还在等回答：\(question)（输入 取消 放弃）"
    }
}
