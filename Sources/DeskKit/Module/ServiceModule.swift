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

    /// Loads the module's seed data (`seeds/<id>/…`) into its tables, in a write transaction of its own after
    /// the migrations: at the first start of a database, and again at a later start when the module's seed
    /// files have changed (the kernel keeps a hash of each file) and ``seedUpdates`` is ``SeedUpdates/reapply``.
    /// Write it as idempotent upserts, so that running it again updates rows instead of duplicating them.
    /// A missing seed file (``SeedError/missing(_:)``) does not stop the desk: the kernel warns and the module
    /// runs with what it has (defaults in code); the seed runs when the file appears.
    func seed(_ db: Database, from seeds: SeedFiles) throws

    /// What the kernel does when the module's seed files changed since they were applied: run ``seed(_:from:)``
    /// again (the seed must then be idempotent upserts), or only report the change for staff to decide (default).
    var seedUpdates: SeedUpdates { get }

    /// Settings the community can change (`设置 <模块> <名称> <值>`), with defaults in code. Read them with
    /// `context.settings[Self.someSetting]`.
    var settings: [any SettingDeclaration] { get }

    /// Work done on a schedule (`每天 08:00`), at most once per period, caught up at start (``ScheduledJob``).
    var jobs: [ScheduledJob] { get }

    /// The typed field keys the module reads (``FieldKey``); checked against its services at start.
    var fieldKeys: [any AnyFieldKey] { get }

    /// The community events the module observes (``DomainEvent``), delivered in the publishing transaction.
    var subscriptions: [EventSubscription] { get }

    /// Told of every change to one of the module's own cases, in the transaction that makes it — whoever makes
    /// it: the module, a kernel command (`办结 GA-0003`), a 回访. Throw (a ``DeskError`` saying why) to refuse the
    /// change: it is rolled back and the person sees the error. Changes the module makes here to its other cases
    /// are told to it too (nesting is limited to a few levels).
    func caseChanged(_ change: CaseChange, in context: ServiceContext) throws

    /// Reads what free text already says for `service` (e.g. the category and address of a repair), so that
    /// only what is still missing is asked. It may read the module's own tables (``PrefillContext/read(_:)``,
    /// to resolve "王奶奶 7栋" from a register) but never writes.
    ///
    /// The text is already normalised (``TextNormalizer``: NFKC, so full-width `，１２` arrive as `,12`; zero-width
    /// and direction marks removed). After it, the kernel fills what is still empty: a text field coded `name`
    /// from the requester's name, address fields from the text or the requester's address; an optional address
    /// that names only a building is kept as said rather than asked about.
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
    public var seedUpdates: SeedUpdates { .report }
    public var settings: [any SettingDeclaration] { [] }
    public var jobs: [ScheduledJob] { [] }
    public var fieldKeys: [any AnyFieldKey] { [] }
    public var subscriptions: [EventSubscription] { [] }
    public func caseChanged(_ change: CaseChange, in context: ServiceContext) throws {}
}

/// What to do when a module's seed files changed since they were applied.
public enum SeedUpdates: Sendable {
    /// Run the module's seed again at the next start (its seed must be idempotent upserts).
    case reapply
    /// Leave the tables as they are and report the changed files at start and in `desk jobs`'s notices, for
    /// staff to decide (for seeds that staff edit at the prompt afterwards, where re-applying would undo them).
    case report
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
