import Foundation

/// What the desk reads text with, besides the modules' declarations: the labelled examples the router learns
/// from (`seeds/desk/examples.tsv` and each registered module's `seeds/<id>/examples.tsv`), the emergencies
/// (`seeds/desk/emergencies.yaml`) and the office directory (`seeds/desk/offices.yaml`).
///
/// They are read from the seed folder at every start, so an edited example file takes effect on the next
/// start; a copy is kept in the database (written only when it changed), for a desk started without seeds.
struct UnderstandingAssets {
    var examples: ExampleSources
    /// Built when a line is first read for an emergency or an office (``BuiltOnFirstUse``).
    var emergencies: BuiltOnFirstUse<EmergencyGuide>
    var offices: BuiltOnFirstUse<OfficeGuide>

    static func load(seeds: SeedFiles?, registry: ModuleRegistry, store: DeskStore,
                     directory: CommunityDirectory) throws -> UnderstandingAssets {
        let names = ["desk/examples.tsv"] + registry.modules.map { "\($0.id)/examples.tsv" }
            + ["desk/emergencies.yaml", "desk/offices.yaml"]
        var files: [String: Data] = [:]
        if let seeds {
            for name in names where FileManager.default.fileExists(atPath: seeds.folder.appendingPathComponent(name).path) {
                files[name] = try seeds.bytes(name)
            }
        }
        // The copies kept at the last start that had seeds: compared with the files by SQLite, byte for byte (the
        // file's bytes bound as a blob and cast to text, which keeps them as they are), and read only for a file
        // that is missing. Reading every copy into a `String` and comparing it with the file in Swift cost a
        // twelfth of a start (docs/performance.md, eighteenth pass).
        let (changed, kept) = try store.read { db in
            let same = try db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM seedDocuments WHERE name = ? AND body = CAST(? AS TEXT))")
            let copy = try db.cachedStatement(sql: "SELECT body FROM seedDocuments WHERE name = ?")
            return (try names.filter { name in try files[name].map { try !Bool.fetchOne(same, arguments: ["understanding:" + name, $0])! } ?? false },
                    try names.filter { files[$0] == nil }.compactMap { name in
                        try String.fetchOne(copy, arguments: ["understanding:" + name]).map { (name, $0) }
                    })
        }
        // Only a changed file is read as text here, and refused when it is not UTF-8: a file that equals its copy is
        // the text the copy was kept from. The examples (460 kB) are made text only when a model is trained from
        // them; checking them as UTF-8 at every start was a twelfth of a `desk say 帮助` (docs/performance.md,
        // twenty-sixth pass).
        var texts: [String: String] = [:]
        for name in changed { texts[name] = try SeedFiles.text(of: files[name]!, name: name) }
        try keep(texts, in: store)
        for (name, body) in kept { texts[name] = body }
        func text(_ name: String) -> String? { texts[name] ?? files[name].map { String(decoding: $0, as: UTF8.self) } }

        let examples = names.filter { $0.hasSuffix(".tsv") }.compactMap { name in
            (texts[name].map { Data($0.utf8) } ?? files[name]).map { (name: name, bytes: $0) }
        }
        return UnderstandingAssets(
            examples: ExampleSources(builtIn: registry.modules.flatMap(\.examples), files: examples),
            emergencies: try text("desk/emergencies.yaml").map { try EmergencyGuide.onFirstUse(yaml: $0, directory: directory, store: store) }
                ?? BuiltOnFirstUse(built: .none),
            offices: try text("desk/offices.yaml").map { try OfficeGuide.onFirstUse(yaml: $0, store: store) } ?? BuiltOnFirstUse(built: .none))
    }

    /// Stores the texts that changed (one write, and only when something did).
    private static func keep(_ changed: [String: String], in store: DeskStore) throws {
        guard !changed.isEmpty else { return }
        try store.write { db in
            for (name, body) in changed {
                try db.execute(sql: """
                    INSERT INTO seedDocuments(name, body, loadedAt) VALUES (?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET body = excluded.body, loadedAt = excluded.loadedAt
                    """, arguments: ["understanding:\(name)", body, Date()])
            }
        }
    }

    /// Who signs a pasted notice: the directory's units, and the usual kinds of unit.
    static func noticeSigners(_ directory: CommunityDirectory) -> [String] {
        directory.organisations.filter { $0.kind != "club" && $0.kind != "partner" }.map(\.name)
            + ["物业服务中心", "物业管理处", "物业公司", "居委会", "居民委员会", "业委会", "业主委员会", "社区党委", "街道办事处", "派出所", "网格站"]
    }
}
