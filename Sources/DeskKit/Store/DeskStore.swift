import Foundation
import Synchronization

/// The desk's embedded SQLite database: kernel tables, each module's tables, and the community directory.
///
/// On a file it is a GRDB `DatabasePool` in WAL mode with a busy timeout, so two desks can share one file;
/// tests use an in-memory `DatabaseQueue`. Opening migrates (kernel first, then each module under its id) and
/// loads the seeds on first start, once.
///
/// Durability (docs/reliability.md): the writer connection runs with `synchronous = FULL`, so a commit — and so
/// every reply that acknowledges a case — is on disk before the reply is written. A file that fails SQLite's
/// `quick_check` is refused before anything is written to it (a pass stands a day for the same file:
/// ``StoreCheck``). Opening an up-to-date, seeded file takes no write lock, so reading commands start while
/// another desk writes.
public final class DeskStore: Sendable {
    /// The connection every write of the desk goes through.
    public let writer: any DatabaseWriter
    /// Opened for reading only, because another process held the write lock at start: every write is refused
    /// at once as `SQLITE_READONLY` (said as `busy`), before a transaction is begun.
    public let isReadOnly: Bool
    /// What start-up found about the seeds, for staff (a missing file, a changed file not applied, a bad
    /// setting in `settings.yaml`); the `desk` command prints them.
    public let seedNotices: [String]
    /// Reads go to the writer connection, not to the pool's readers (``read(_:)``): for a command that says one
    /// line and exits (`desk say`), whose reads never run beside another of its own. A reader opened for the
    /// start's first read parsed the schema of some 400 rows again (docs/performance.md, thirty-first pass).
    let readsOnTheWriter: Bool
    /// The forms modules asked to keep during a line, written after it (``KeptForms``, ``keepPendingForms()``).
    let pendingForms = Mutex<[String: PendingForm]>([:])

    /// Opens (creating if needed) the database at `path`. Fails with one sentence saying what is wrong:
    /// a missing folder, a read-only file, a file that is not a SQLite database or is damaged.
    /// `busyTimeout` is how long a statement waits for another process's write lock (then: `busy`).
    /// `readsOnTheWriter`: every read on the writer connection, no reader ever opened — for a process that
    /// reads and writes from one thread only and exits (`desk say`); a server or a prompt keeps the readers.
    public static func open(path: String, registry: ModuleRegistry, seeds: SeedFiles?,
                            busyTimeout: TimeInterval = DeskStore.busyTimeout,
                            readsOnTheWriter: Bool = false) throws(DeskError) -> DeskStore {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DeskError("database-folder-missing", "无法打开数据库 \(path)：文件夹 \(folder) 不存在")
        }
        var config = Configuration()
        // Short while opening: GRDB's WAL set-up writes a probe when the WAL file is empty, and must not wait
        // for another process's write lock; the full timeout is set once the pool is open.
        config.busyMode = .timeout(min(busyTimeout, 0.2))
        config.label = "desk"
        do {
            let exists = FileManager.default.fileExists(atPath: path)
            if exists { try StoreCheck.verify(path: path, busyTimeout: busyTimeout) }
            try Self.keepPrivate(path)
            if exists { Self.leaveEmptyLog(beside: path) }
            let pool: DatabasePool
            do {
                pool = try DatabasePool(path: path, configuration: config)
            } catch let error as DatabaseError where exists && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) {
                // Another process is writing: open for reading (列表, 查看, the outbox listing work; a write says `busy`).
                var readOnly = config
                readOnly.readonly = true
                readOnly.busyMode = .timeout(busyTimeout)
                return try DeskStore(writer: try DatabasePool(path: path, configuration: readOnly), registry: registry, seeds: seeds,
                                     readOnly: true, readsOnTheWriter: readsOnTheWriter)
            }
            // After the pool is open: GRDB's WAL set-up (run when the pool opens) sets NORMAL, which lets a power
            // cut lose commits that were already acknowledged. The larger page cache keeps relay ingest from
            // turning into disk seeks as the file grows (SQLite's default is 2 MB).
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: """
                    PRAGMA busy_timeout = \(Int(busyTimeout * 1000));
                    PRAGMA synchronous = FULL;
                    PRAGMA cache_size = -\(writerCacheKiB)
                    """)
            }
            return try DeskStore(writer: pool, registry: registry, seeds: seeds, readsOnTheWriter: readsOnTheWriter)
        } catch let error as DeskError {
            throw error
        } catch let error as DatabaseError {
            throw Self.explain(error, path: path)
        } catch {
            throw DeskError("database-unusable", "无法打开数据库 \(path)：\(error)")
        }
    }

    /// How long a statement waits by default for another process's write lock before giving up (`busy`), in seconds.
    public static let busyTimeout: TimeInterval = 10
    /// The writer connection's page cache, in KiB.
    static let writerCacheKiB = 64 * 1024

    /// The database holds residents' personal data: it is created readable by its owner only (0600), and an
    /// older file the owner can change is made so. SQLite gives the `-wal` and `-shm` files the database
    /// file's permissions when it creates them.
    static func keepPrivate(_ path: String) throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            // An empty file is an empty SQLite database.
            guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else { return }
        }
        // `lstat` and `chmod`, as `attributesOfItem` and `setAttributes` read and set them: the attributes'
        // dictionary cast its `Any` values to `Int` through Foundation's bridging, 2.4 M instructions of every start
        // (docs/performance.md, twenty-second pass).
        for file in [path, path + "-wal", path + "-shm"] where fm.fileExists(atPath: file) {
            var info = stat()
            guard lstat(file, &info) == 0, info.st_mode & 0o077 != 0, info.st_uid == getuid() else { continue }
            _ = chmod(file, info.st_mode & 0o7777 & 0o700)
        }
    }

    /// A private in-memory database, for tests and benchmarks.
    public static func inMemory(registry: ModuleRegistry, seeds: SeedFiles?) throws -> DeskStore {
        try DeskStore(writer: DatabaseQueue(), registry: registry, seeds: seeds)
    }

    /// The kernel's migrations, then each module's in registry order, named `<module id>.<name>`.
    static func migrator(_ registry: ModuleRegistry) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        KernelMigrations.register(in: &migrator)
        for module in registry.modules {
            for step in module.migrations {
                migrator.registerMigration("\(module.id).\(step.name)", migrate: step.migrate)
            }
        }
        return migrator
    }

    /// Writes a new database file at `path` with the schema as it was just before `migration`
    /// (`"pingpong.v3-register-only"`): a module tests its migration on rows written the old way, then opens the
    /// file (``open(path:registry:seeds:busyTimeout:)``, or `TestDesk(…, path:)`), which runs the rest.
    public static func create(path: String, before migration: String, registry: ModuleRegistry) throws {
        let migrator = Self.migrator(registry)
        guard let index = migrator.migrations.firstIndex(of: migration) else {
            throw DeskError("unknown-migration", "没有迁移「\(migration)」")
        }
        let queue = try DatabaseQueue(path: path)
        if index > 0 { try migrator.migrate(queue, upTo: migrator.migrations[index - 1]) }
    }

    init(writer: any DatabaseWriter, registry: ModuleRegistry, seeds: SeedFiles?, readOnly: Bool = false,
         readsOnTheWriter: Bool = false) throws {
        self.writer = writer
        isReadOnly = readOnly
        self.readsOnTheWriter = readsOnTheWriter
        let migrator = Self.migrator(registry)
        // Only a file that needs it is written to at start (no write lock taken for an up-to-date, seeded file).
        let (migrated, hasDirectory) = try Self.read(writer, onTheWriter: readsOnTheWriter) { db in
            (try migrator.hasCompletedMigrations(db), try Self.hasTable("seedDocuments", db) && Self.hasDirectory(db))
        }
        if !migrated { try migrator.migrate(writer) }
        let versions = seeds.map { SeedVersions(registry: registry, seeds: $0) }
        let now = Date()
        let inspected = try Self.read(writer, onTheWriter: readsOnTheWriter) { db in
            try versions?.reconcile(db, apply: false, now: now)
        } ?? (needsWrite: false, notices: [])
        if (!hasDirectory && seeds != nil) || inspected.needsWrite, !readOnly {
            seedNotices = try writer.write { db in
                try Self.seedDirectory(db, seeds: seeds, now: now)
                return try versions?.reconcile(db, apply: true, now: now).notices ?? []
            }
        } else {
            seedNotices = inspected.notices
        }
    }

    /// Whether the table exists, asked of `sqlite_master` (names without regard to case, as SQLite takes them).
    /// GRDB's `tableExists` reads the whole schema first — some 400 rows with their SQL, into a cache nothing
    /// else at start asks — 3.9 M instructions of every start (docs/performance.md, eighteenth pass).
    private static func hasTable(_ name: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE)",
                          arguments: [name])!
    }

    private static func hasDirectory(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM seedDocuments WHERE name = 'community.yaml')")!
    }

    /// The community directory stored at first start.
    public func directory() throws -> CommunityDirectory {
        guard let body = try read({ db in
            try String.fetchOne(db, sql: "SELECT body FROM seedDocuments WHERE name = 'community.yaml'")
        }) else {
            throw DeskError("no-directory", "数据库里没有社区目录：请在含 seeds/ 的目录运行，或设置 DESK_SEEDS")
        }
        let directory = try DecodedSeeds.decode(CommunityDirectory.self, yaml: body, name: "community.yaml", store: self)
        try directory.validate()
        return directory
    }

    /// Stores the community directory at first start.
    private static func seedDirectory(_ db: Database, seeds: SeedFiles?, now: Date) throws {
        guard let seeds, try !hasDirectory(db) else { return }
        let body = try seeds.text("community.yaml")
        let directory = try SeedFiles.decode(CommunityDirectory.self, yaml: body, name: "community.yaml")
        try directory.validate()
        try db.execute(sql: "INSERT INTO seedDocuments(name, body, loadedAt) VALUES ('community.yaml', ?, ?)",
                       arguments: [body, now])
    }

    private static func explain(_ error: DatabaseError, path: String) -> DeskError {
        switch error.resultCode {
        case .SQLITE_NOTADB: DeskError("not-a-database", "无法打开数据库 \(path)：这不是 SQLite 数据库文件")
        case .SQLITE_READONLY: DeskError("database-read-only", "无法打开数据库 \(path)：文件或文件夹是只读的")
        case .SQLITE_CANTOPEN: DeskError("database-cannot-open", "无法打开数据库 \(path)：没有权限或路径不是文件")
        case .SQLITE_CORRUPT: StoreCheck.corrupt(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: DeskError("busy", "数据库 \(path) 正被另一个程序写入，等待超时，请稍后再试")
        case .SQLITE_FULL: DeskError("disk-full", "无法写入数据库 \(path)：磁盘已满，请腾出空间后再试")
        default: DeskError("database-unusable", "无法打开数据库 \(path)：\(error.message ?? "\(error.resultCode)")")
        }
    }
}
