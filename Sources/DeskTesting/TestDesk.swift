import DeskKit
import Foundation

/// An in-memory desk with the modules you choose, a fixed clock and an operator: what module authors use to
/// test their module as the front desk would use it.
///
/// ```swift
/// let desk = try TestDesk(modules: [Repairs()])
/// let r = desk.say("报修 水印桃源3栋2单元502 厨房漏水")
/// #expect(r.status == .created)
/// let record = try desk.case(r.caseID!)
/// ```
public final class TestDesk: Sendable {
    public let desk: Desk
    public let clock: FixedClock
    public let operatorName: String

    /// - Parameters:
    ///   - modules: the modules to register, as the `desk` executable would.
    ///   - clock: the desk's time; by default 2026-11-28 10:00 in Asia/Shanghai (a Saturday).
    ///   - operatorName: who is at the desk.
    ///   - seeds: the seed folder; by default the one that ships with MicroDesk.
    ///   - seedOverlay: seed files given inline, by path under `seeds/` (`"care-visits/settings.yaml": "高风险周期: 7天"`),
    ///     in place of the folder's: a module's tests need not depend on the repository's seed layout.
    ///   - path: a database file to open (and migrate) instead of a new in-memory one: a migration's test opens
    ///     a file written with the schema before it.
    ///   - readsOnTheWriter: on a file, every read on the writer connection, as `desk say` opens it.
    public init(modules: [any ServiceModule], clock: FixedClock = FixedClock(2026, 11, 28),
                operatorName: String = "测试员", seeds: SeedFiles = .bundled, seedOverlay: [String: String] = [:],
                path: String? = nil, readsOnTheWriter: Bool = false) throws {
        let seeds = seeds.overlaid(seedOverlay)
        let registry = try ModuleRegistry(modules)
        let store = try path.map { try DeskStore.open(path: $0, registry: registry, seeds: seeds, readsOnTheWriter: readsOnTheWriter) }
            ?? DeskStore.inMemory(registry: registry, seeds: seeds)
        var logger = Logger(label: "desk.test")
        logger.logLevel = .critical
        desk = try Desk(registry: registry, store: store, clock: clock, logger: logger, seeds: seeds)
        self.clock = clock
        self.operatorName = operatorName
    }

    /// Says `text` at the desk, as the operator.
    @discardableResult
    public func say(_ text: String, conversation: String? = nil) -> Reply {
        desk.respond(to: Message(text, channel: .desk, operatorName: operatorName, conversation: conversation ?? "desk:\(operatorName)"))
    }

    /// Says `text` at the service station `station` (`驿站2`), as the prompt started with `--station` does.
    @discardableResult
    public func say(_ text: String, at station: String) -> Reply {
        desk.respond(to: Message(text, channel: .desk, operatorName: operatorName, conversation: "desk:\(operatorName)@\(station)",
                                 station: station))
    }

    /// Says `text` as another operator, signed in with `role` (nil: not signed in). Add accounts with
    /// ``addOperator(_:role:pin:)`` first; without any account roles are off and everything is allowed.
    @discardableResult
    public func say(_ text: String, as operatorName: String, role: OperatorRole?) -> Reply {
        desk.respond(to: Message(text, channel: .desk, operatorName: operatorName, conversation: "desk:\(operatorName)",
                                 operatorRole: role))
    }

    /// Adds an operator account (the first must be a 社区干部; later ones are added by the first account).
    @discardableResult
    public func addOperator(_ name: String, role: OperatorRole, pin: String) throws -> OperatorAccount {
        let admin = try read { try Operators(db: $0).all().first { $0.role == .admin && $0.active } }
        let access = admin.map { Access(operatorName: $0.name, role: .admin, rolesEnabled: true) } ?? .rolesOff(operatorName)
        return try desk.addOperator(name: name, role: role, pin: pin, by: access)
    }

    /// A message relayed from a WeChat group by `sender` (a nickname that may carry an address, `7-1-302 李阿姨`).
    @discardableResult
    public func relay(_ text: String, group: String, sender: String, address: Address? = nil) -> Reply {
        desk.respond(to: Message(text, channel: .group, operatorName: "relay", requester: Requester(address: address, sender: sender),
                                 group: group, time: clock.now))
    }

    /// The case `id`; fails the test with a clear error when there is none.
    public func `case`(_ id: String) throws -> CaseRecord {
        try read { db in
            guard let record = try CaseRecord.fetchOne(db, key: id) else { throw DeskError("unknown-case", "no case \(id)") }
            return record
        }
    }

    /// The events of case `id`, oldest first.
    public func events(_ id: String) throws -> [CaseEvent] {
        try read { try CaseEvent.filter(Column("caseID") == id).order(Column("id")).fetchAll($0) }
    }

    /// Every case, oldest first.
    public func cases() throws -> [CaseRecord] {
        try read { try CaseRecord.order(Column("createdAt"), Column("id")).fetchAll($0) }
    }

    /// Messages waiting in the outbox.
    public func outbox() throws -> [OutboxMessage] {
        try read { try OutboxMessage.filter(Column("sentAt") == nil).order(Column("id")).fetchAll($0) }
    }

    /// Reads the database directly (a module's own tables).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try desk.store.read(body)
    }

    /// Every row of every table, as text: compare two snapshots to prove a refused input changed nothing.
    public func snapshot() throws -> String {
        try read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT LIKE 'caseSearch_%' AND name NOT LIKE 'eventSearch_%' AND name != 'grdb_migrations' ORDER BY name
                """)
            return try tables.map { table in
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY 1")
                return "## \(table)\n" + rows.map(\.description).joined(separator: "\n")
            }.joined(separator: "\n")
        }
    }
}

extension SeedFiles {
    /// The `seeds/` folder that ships with MicroDesk.
    public static let bundled = SeedFiles(folder: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds"))
}
