import Foundation

/// A module's settings as stored: `context.settings[Self.highRisk]` is the value set by staff (`设置`) or by
/// `seeds/<module>/settings.yaml`, else the default in code.
public struct ModuleSettings {
    let db: Database
    let module: String

    public subscript<V>(_ setting: Setting<V>) -> V {
        guard let text = try? String.fetchOne(db, sql: "SELECT value FROM moduleSettings WHERE module = ? AND name = ?",
                                              arguments: [module, setting.name]),
              let value = try? setting.value(from: text) else { return setting.defaultValue }
        return value
    }
}
