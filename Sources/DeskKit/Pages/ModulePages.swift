import Foundation

/// A page of figures a module offers to the web pages of `desk serve`: the ping-pong club's 收支公示, a team's
/// volunteer hours. The module computes the figures from its own tables; the server lays them out. So a module
/// never imports a frontend, and the server never reads a module's tables.
///
/// ```swift
/// extension PingPong: PageProvidingModule {
///     public var pages: [ModulePage] { [ModulePage(name: "公示", title: "收支公示", audience: .everyone)] }
///     public func page(_ name: String, month: YearMonth, in context: PageContext) throws -> PageContent? { … }
/// }
/// ```
public protocol PageProvidingModule: ServiceModule {
    /// The pages the module offers.
    var pages: [ModulePage] { get }
    /// The figures of page `name` for `month`, read (never written) in `context`; nil when the module has no such page.
    func page(_ name: String, month: YearMonth, in context: PageContext) throws -> PageContent?
}

/// One page a module offers, for one month at a time.
public struct ModulePage: Sendable, Equatable {
    /// The name in the address: `/pingpong/公示/2026-11`.
    public var name: String
    /// The heading.
    public var title: String
    public var audience: Audience

    /// Who may see the page.
    public enum Audience: Sendable, Equatable {
        /// Anyone with the link: the figures are public (a club's 公示). Never personal data.
        case everyone
        /// Operators signed in to the dashboard, where the page is one section.
        case staff
    }

    public init(name: String, title: String, audience: Audience) {
        self.name = name; self.title = title; self.audience = audience
    }
}

/// What a module may read while computing a page: its tables (a read-only transaction), the directory and the time.
public struct PageContext {
    public let db: Database
    public let directory: CommunityDirectory
    public let now: Date

    public var today: CalendarDay { CalendarDay(now) }
}

/// The figures of a page: headline figures, then tables. Texts are plain; the server escapes them.
public struct PageContent: Sendable, Equatable {
    /// The heading, with the month (`乒乓球友会 2026年11月收支公示`).
    public var title: String
    /// Label and value pairs shown large (`本月结余` / `¥1,234.50`).
    public var figures: [Figure]
    public var tables: [Table]
    /// A closing line (`账目明细可到驿站查阅`).
    public var footer: String?

    public init(title: String, figures: [Figure] = [], tables: [Table] = [], footer: String? = nil) {
        self.title = title; self.figures = figures; self.tables = tables; self.footer = footer
    }

    public struct Figure: Sendable, Equatable {
        public var label: String
        public var value: String
        public init(_ label: String, _ value: String) { self.label = label; self.value = value }
    }

    public struct Table: Sendable, Equatable {
        public var title: String
        public var headers: [String]
        public var rows: [[String]]
        /// Shown instead of an empty table (`无`).
        public var empty: String
        public init(title: String, headers: [String], rows: [[String]], empty: String = "无") {
            self.title = title; self.headers = headers; self.rows = rows; self.empty = empty
        }
    }
}

extension Desk {
    /// Every page the registered modules offer, with the module's id.
    public func modulePages(for audience: ModulePage.Audience) -> [(module: String, page: ModulePage)] {
        registry.modules.compactMap { $0 as? any PageProvidingModule }.flatMap { module in
            module.pages.filter { $0.audience == audience }.map { (module.id, $0) }
        }
    }

    /// Page `name` of module `moduleID` for `month`, read in one read-only transaction; nil when there is no
    /// such page for `audience`.
    public func modulePage(module moduleID: String, name: String, month: YearMonth,
                           for audience: ModulePage.Audience) throws -> PageContent? {
        guard let module = registry.module(id: moduleID) as? any PageProvidingModule,
              module.pages.contains(where: { $0.name == name && $0.audience == audience }) else { return nil }
        let now = clock.now
        return try store.read { db in
            try module.page(name, month: month, in: PageContext(db: db, directory: directory, now: now))
        }
    }
}
