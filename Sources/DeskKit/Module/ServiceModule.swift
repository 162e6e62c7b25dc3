/// A service area of the desk — repairs, social-security questions, elder certification… — compiled as its
/// own module and registered once at start-up by the `desk` executable.
///
/// A module declares what it offers (``services``: Open311-style services with typed fields, the verbs that
/// call them and the words that route free text to them) and keeps its own tables (``migrations``). The kernel
/// routes a line to one of its services, asks for missing required fields one at a time, and then calls
/// ``handle(_:in:)`` inside one database transaction: what the module writes, and the case it opens, commit
/// together or not at all.
///
/// ```swift
/// struct LostAndFound: ServiceModule {
///     let id = "lost-and-found"
///     let name = LocalizedName("失物招领", "Lost and found")
///     let summary = "登记捡到和丢失的物品"
///     let casePrefix = "SW"
///     let services = [Service(code: "lost-item", name: "登记失物", verbs: ["失物"], aliases: ["lost"], …)]
///     func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply { … }
/// }
/// ```
public protocol ServiceModule: Sendable {
    /// A stable id, also the prefix of the module's tables and migrations (`repairs`, `pingpong`).
    var id: String { get }
    /// The module's name in Chinese and English.
    var name: LocalizedName { get }
    /// One line saying what the module does, shown by `模块`/`modules` and in help.
    var summary: String { get }
    /// The letters before a case number (`BX` for `BX-0042`); unique among modules.
    var casePrefix: String { get }
    /// The services the module offers.
    var services: [Service] { get }
    /// The module's own schema changes, applied in order after the kernel's; names are namespaced by ``id``.
    var migrations: [ModuleMigration] { get }
    /// Labelled messages the router learns from, besides those in `seeds/<id>/examples.tsv`: each an example of
    /// one of the module's residents' services, written as people write. A service without examples is routed
    /// by its verbs and routing words alone.
    var examples: [Example] { get }

    /// Loads the module's seed data into its tables. Called once per database, in the migration transaction.
    func seed(_ db: Database, from seeds: SeedFiles) throws

    /// Reads what free text already says for `service` (e.g. the category and address of a repair), so that
    /// only what is still missing is asked. Must not write.
    func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue]

    /// Handles a request whose required fields are all present and valid. Throw ``NeedsField`` to ask the
    /// person for one more field (for example a reason to confirm an unusual amount); throw ``DeskError`` for
    /// a refusal with a clear message. Anything thrown rolls back everything the request wrote.
    func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply
}

extension ServiceModule {
    public var migrations: [ModuleMigration] { [] }
    public var examples: [Example] { [] }
    public func seed(_ db: Database, from seeds: SeedFiles) throws {}
    public func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] { [:] }
}

/// A name in Chinese and in English.
public struct LocalizedName: Sendable, Equatable {
    public var chinese: String
    public var english: String

    public init(_ chinese: String, _ english: String) {
        self.chinese = chinese; self.english = english
    }
}

/// One step of a module's schema, run once per database by GRDB's `DatabaseMigrator` under the name
/// `<module id>.<name>`.
public struct ModuleMigration: Sendable {
    public var name: String
    public var migrate: @Sendable (Database) throws -> Void

    public init(_ name: String, migrate: @escaping @Sendable (Database) throws -> Void) {
        self.name = name; self.migrate = migrate
    }
}
