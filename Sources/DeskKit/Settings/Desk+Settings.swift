import Foundation

/// `设置`: modules' settings listed and changed at the prompt, every change audited.
extension Desk {
    /// `设置` lists every module's settings; `设置 模块` one module's; `设置 模块 名称 值` changes one (a 社区干部 when
    /// roles are on), `设置 模块 名称 默认` goes back to the default in code.
    func settings(_ args: String, message: Message) throws -> Reply {
        let words = args.split(separator: " ", maxSplits: 2).map(String.init)
        let now = message.time ?? clock.now
        guard let first = words.first else { return .answer(try settingsTable(registry.modules.filter { !$0.settings.isEmpty })) }
        guard let module = registry.module(named: first) else {
            let known = registry.modules.filter { !$0.settings.isEmpty }.map { "\($0.id)（\($0.name.chinese)）" }
            throw DeskError("unknown-module", "没有模块「\(first)」。有设置的模块：" + (known.isEmpty ? "无" : known.joined(separator: "、")))
        }
        guard words.count > 1 else { return .answer(try settingsTable([module])) }
        guard let setting = module.settings.first(where: { $0.name == words[1] }) else {
            let names = module.settings.map(\.name)
            throw DeskError("unknown-setting", "\(module.name.chinese)没有设置「\(words[1])」。" +
                            (names.isEmpty ? "这个模块没有可改的设置" : "可改的设置：\(names.joined(separator: "、"))"))
        }
        guard words.count > 2 else {
            throw DeskError("missing-argument", "请写出新的值：设置 \(module.id) \(setting.name) \(setting.defaultText)")
        }
        try requireDesk(message)
        let reset = ["默认", "default"].contains(words[2].lowercased())
        let value = reset ? setting.defaultText : try setting.canonical(words[2])
        let old = try store.write { db -> String? in
            try access(for: message, in: db).require(.changeSettings)
            return try SettingsStore(db: db).set(module: module.id, setting: setting, to: reset ? nil : value, source: "prompt",
                                                 operatorName: message.operatorName, now: now)
        }
        let was = old ?? "\(setting.defaultText)（默认）"
        return Reply(module: module.id, status: .updated,
                     text: "已将\(module.name.chinese)的「\(setting.name)」由 \(was) 改为 \(value)\(reset ? "（默认）" : "")，已记入修改记录。")
    }

    /// The settings of `modules`: current value, default, what it changes.
    private func settingsTable(_ modules: [any ServiceModule]) throws -> String {
        guard !modules.isEmpty else { return "没有可修改的模块设置。" }
        let stored = try store.read { db in try SettingsStore(db: db).all() }
        let rows = modules.flatMap { m in
            m.settings.map { s in
                [m.name.chinese + " " + m.id, s.name, stored["\(m.id)/\(s.name)"] ?? s.defaultText, s.defaultText, s.summary]
            }
        }
        return TextTable(headers: ["模块", "设置", "当前", "默认", "说明"], rows: rows).render()
            + "\n修改：设置 模块 名称 值（如 设置 \(modules[0].id) \(modules[0].settings[0].name) \(modules[0].settings[0].defaultText)）"
    }
}

/// The `moduleSettings` and `settingChanges` tables.
struct SettingsStore {
    let db: Database

    /// Sets (or with nil, resets) a module's setting and records the change; returns the old stored value.
    @discardableResult
    func set(module: String, setting: any SettingDeclaration, to value: String?, source: String, operatorName: String,
             now: Date) throws -> String? {
        let old = try String.fetchOne(db, sql: "SELECT value FROM moduleSettings WHERE module = ? AND name = ?",
                                      arguments: [module, setting.name])
        if let value {
            try db.execute(sql: """
                INSERT INTO moduleSettings(module, name, value) VALUES (?, ?, ?)
                ON CONFLICT(module, name) DO UPDATE SET value = excluded.value
                """, arguments: [module, setting.name, value])
        } else {
            try db.execute(sql: "DELETE FROM moduleSettings WHERE module = ? AND name = ?", arguments: [module, setting.name])
        }
        try db.execute(sql: """
            INSERT INTO settingChanges(module, name, oldValue, newValue, source, operatorName, at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [module, setting.name, old, value ?? setting.defaultText, source, operatorName, now])
        return old
    }

    /// Every stored value, by `module/name`.
    func all() throws -> [String: String] {
        Dictionary(try Row.fetchAll(db, sql: "SELECT module, name, value FROM moduleSettings").map {
            ("\($0["module"] as String)/\($0["name"] as String)", $0["value"] as String)
        }, uniquingKeysWith: { a, _ in a })
    }
}
