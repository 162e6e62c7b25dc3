import Foundation
import Yams

/// Versioned module seeds: the kernel keeps a hash of every file under `seeds/<module>/` as applied
/// (`moduleSeedFiles`). At start, a module never seeded is seeded; a changed file is applied again through the
/// module's idempotent ``ServiceModule/seed(_:from:)`` when it says ``SeedUpdates/reapply``, or reported (every
/// start, until the file is as applied) when it says ``SeedUpdates/report``; `settings.yaml` is applied by the
/// kernel (each value checked; a bad one is reported and changes nothing). A missing seed file is reported and
/// the module runs with its defaults; it is loaded at the first start that finds it. `examples.tsv` is the
/// router's, read at every start, and not a seed of the module's tables.
struct SeedVersions {
    let registry: ModuleRegistry
    let seeds: SeedFiles

    /// The file the kernel applies itself.
    static let settingsFile = "settings.yaml"
    /// Files under a module's folder that are not its table seeds.
    static let notSeeds: Set<String> = ["examples.tsv"]

    /// What start-up found; with `apply`, also does it (inside the write transaction `db`).
    /// - Returns: whether a write is needed (when not applying), and the notices for staff.
    func reconcile(_ db: Database, apply: Bool, now: Date) throws -> (needsWrite: Bool, notices: [String]) {
        var needsWrite = false
        var notices: [String] = []
        for module in registry.modules {
            let files = seeds.files(under: module.id).filter { !Self.notSeeds.contains(String($0.split(separator: "/").last ?? "")) }
            var current: [String: String] = [:]
            for file in files { current[file] = (try? seeds.text(file)).map(Self.hash) }
            let stored = Dictionary(try Row.fetchAll(db, sql: "SELECT file, hash FROM moduleSeedFiles WHERE module = ?",
                                                     arguments: [module.id]).map { ($0["file"] as String, $0["hash"] as String) },
                                    uniquingKeysWith: { a, _ in a })
            let seeded = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM moduleSeeds WHERE module = ?)", arguments: [module.id])!
            let settingsPath = "\(module.id)/\(Self.settingsFile)"
            let tableFiles = current.filter { $0.key != settingsPath }
            let changed = tableFiles.filter { stored[$0.key] != $0.value }.keys.sorted()

            if !seeded {
                needsWrite = true
                if apply {
                    do {
                        try db.inSavepoint { try module.seed(db, from: seeds); return .commit }
                        try db.execute(sql: "INSERT INTO moduleSeeds(module, loadedAt) VALUES (?, ?)", arguments: [module.id, now])
                        try record(tableFiles, module: module.id, db: db, now: now)
                    } catch let SeedError.missing(path) {
                        notices.append("模块 \(module.id) 缺少种子文件 \(path)：先按代码中的默认运行，文件放好后下次启动时载入")
                    }
                }
            } else if stored.isEmpty {
                // Seeded before seed versions were kept: what is there now is taken as applied.
                needsWrite = needsWrite || !tableFiles.isEmpty
                if apply { try record(tableFiles, module: module.id, db: db, now: now) }
            } else if !changed.isEmpty {
                switch module.seedUpdates {
                case .reapply:
                    needsWrite = true
                    if apply {
                        try db.inSavepoint { try module.seed(db, from: seeds); return .commit }
                        try record(tableFiles, module: module.id, db: db, now: now)
                        notices.append("已重新载入模块 \(module.id) 修改过的种子文件：\(changed.joined(separator: "、"))")
                    }
                case .report:
                    do {
                        notices.append("种子文件 \(changed.joined(separator: "、")) 在载入后修改过，模块 \(module.id) 不自动重新载入（会覆盖在服务台上做的修改）：请核对后在服务台上修改，或恢复文件")
                    }
                }
            }
            if let hash = current[settingsPath], stored[settingsPath] != hash {
                needsWrite = true
                if apply { notices += try applySettings(of: module, file: settingsPath, hash: hash, db: db, now: now) }
            }
        }
        return (needsWrite, notices)
    }

    private func record(_ files: [String: String], module: String, db: Database, now: Date) throws {
        for (file, hash) in files {
            try db.execute(sql: """
                INSERT INTO moduleSeedFiles(module, file, hash, appliedAt, state) VALUES (?, ?, ?, ?, 'applied')
                ON CONFLICT(module, file) DO UPDATE SET hash = excluded.hash, appliedAt = excluded.appliedAt, state = 'applied'
                """, arguments: [module, file, hash, now])
        }
    }

    /// Applies `seeds/<module>/settings.yaml` (a map of setting names to values), each change audited.
    private func applySettings(of module: any ServiceModule, file: String, hash: String, db: Database, now: Date) throws -> [String] {
        var notices: [String] = []
        let entries: [String: Any]
        do {
            entries = try (Yams.load(yaml: try seeds.text(file)) as? [String: Any]) ?? [:]
        } catch {
            return ["种子文件 \(file) 格式有误，未载入：\(error)"]
        }
        let store = SettingsStore(db: db)
        let current = try store.all()
        for (name, raw) in entries.sorted(by: { $0.key < $1.key }) {
            guard let setting = module.settings.first(where: { $0.name == name }) else {
                notices.append("种子文件 \(file)：模块 \(module.id) 没有设置「\(name)」，已忽略这一项")
                continue
            }
            let value: String
            do { value = try setting.canonical("\(raw)") } catch {
                notices.append("种子文件 \(file)：\(error.message)，这一项未载入")
                continue
            }
            guard current["\(module.id)/\(name)"] != value else { continue }
            try store.set(module: module.id, setting: setting, to: value, source: "seed", operatorName: "种子文件", now: now)
        }
        try record([file: hash], module: module.id, db: db, now: now)
        return notices
    }

    /// FNV-1a, 64 bits, in hex: enough to see that a file changed (not a security check).
    static func hash(_ text: String) -> String {
        // Over the string's contiguous UTF-8 buffer, as ``StartupCache``'s hash: stepping `String.UTF8View`'s
        // iterator byte by byte cost three times the hash (1.3 M instructions of every start, docs/performance.md,
        // twenty-sixth pass). The same bytes, so the same hash.
        var text = text
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        text.withUTF8 { bytes in
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return String(h, radix: 16)
    }
}
