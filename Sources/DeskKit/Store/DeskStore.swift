import Foundation

/// The desk's embedded SQLite database: kernel tables, each module's tables, and the community directory.
///
/// On a file it is a GRDB `DatabasePool` in WAL mode with a busy timeout, so two desks can share one file;
/// tests use an in-memory `DatabaseQueue`. Opening migrates (kernel first, then each module under its id) and
/// loads the seeds on first start, once.
public final class DeskStore: Sendable {
    /// The connection every write of the desk goes through.
    public let writer: any DatabaseWriter

    /// Opens (creating if needed) the database at `path`. Fails with one sentence saying what is wrong:
    /// a missing folder, a read-only file, a file that is not a SQLite database.
    public static func open(path: String, registry: ModuleRegistry, seeds: SeedFiles?) throws(DeskError) -> DeskStore {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DeskError("database-folder-missing", "无法打开数据库 \(path)：文件夹 \(folder) 不存在")
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.label = "desk"
        do {
            try Self.keepPrivate(path)
            let pool = try DatabasePool(path: path, configuration: config)
            return try DeskStore(writer: pool, registry: registry, seeds: seeds)
        } catch let error as DeskError {
            throw error
        } catch let error as DatabaseError {
            throw Self.explain(error, path: path)
        } catch {
            throw DeskError("database-unusable", "无法打开数据库 \(path)：\(error)")
        }
    }

    /// The database holds residents' personal data: it is created readable by its owner only (0600), and an
    /// older file the owner can change is made so. SQLite gives the `-wal` and `-shm` files the database
    /// file's permissions when it creates them.
    static func keepPrivate(_ path: String) throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            // An empty file is an empty SQLite database.
            guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else { return }
        }
        for file in [path, path + "-wal", path + "-shm"] where fm.fileExists(atPath: file) {
            guard let attributes = try? fm.attributesOfItem(atPath: file),
                  let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0,
                  (attributes[.ownerAccountID] as? Int).map({ $0 == Int(getuid()) }) ?? false else { continue }
            try? fm.setAttributes([.posixPermissions: mode & 0o700], ofItemAtPath: file)
        }
    }

    /// A private in-memory database, for tests and benchmarks.
    public static func inMemory(registry: ModuleRegistry, seeds: SeedFiles?) throws -> DeskStore {
        try DeskStore(writer: DatabaseQueue(), registry: registry, seeds: seeds)
    }

    init(writer: any DatabaseWriter, registry: ModuleRegistry, seeds: SeedFiles?) throws {
        self.writer = writer
        var migrator = DatabaseMigrator()
        KernelMigrations.register(in: &migrator)
        for module in registry.modules {
            for step in module.migrations {
                migrator.registerMigration("\(module.id).\(step.name)", migrate: step.migrate)
            }
        }
        try migrator.migrate(writer)
        try writer.write { db in
            try Self.seed(db, registry: registry, seeds: seeds)
        }
    }

    /// The community directory stored at first start.
    public func directory() throws -> CommunityDirectory {
        guard let body = try writer.read({ db in
            try String.fetchOne(db, sql: "SELECT body FROM seedDocuments WHERE name = 'community.yaml'")
        }) else {
            throw DeskError("no-directory", "数据库里没有社区目录：请在含 seeds/ 的目录运行，或设置 DESK_SEEDS")
        }
        let directory = try SeedFiles.decode(CommunityDirectory.self, yaml: body, name: "community.yaml")
        try directory.validate()
        return directory
    }

    private static func seed(_ db: Database, registry: ModuleRegistry, seeds: SeedFiles?) throws {
        let now = Date()
        let hasDirectory = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM seedDocuments WHERE name = 'community.yaml')")!
        if !hasDirectory, let seeds {
            let body = try seeds.text("community.yaml")
            let directory = try SeedFiles.decode(CommunityDirectory.self, yaml: body, name: "community.yaml")
            try directory.validate()
            try db.execute(sql: "INSERT INTO seedDocuments(name, body, loadedAt) VALUES ('community.yaml', ?, ?)",
                           arguments: [body, now])
        }
        guard let seeds else { return }
        for module in registry.modules {
            let done = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM moduleSeeds WHERE module = ?)", arguments: [module.id])!
            guard !done else { continue }
            try module.seed(db, from: seeds)
            try db.execute(sql: "INSERT INTO moduleSeeds(module, loadedAt) VALUES (?, ?)", arguments: [module.id, now])
        }
    }

    private static func explain(_ error: DatabaseError, path: String) -> DeskError {
        switch error.resultCode {
        case .SQLITE_NOTADB: DeskError("not-a-database", "无法打开数据库 \(path)：这不是 SQLite 数据库文件")
        case .SQLITE_READONLY: DeskError("database-read-only", "无法打开数据库 \(path)：文件或文件夹是只读的")
        case .SQLITE_CANTOPEN: DeskError("database-cannot-open", "无法打开数据库 \(path)：没有权限或路径不是文件")
        case .SQLITE_CORRUPT: DeskError("database-corrupt", "无法打开数据库 \(path)：文件已损坏")
        default: DeskError("database-unusable", "无法打开数据库 \(path)：\(error.message ?? "\(error.resultCode)")")
        }
    }
}
