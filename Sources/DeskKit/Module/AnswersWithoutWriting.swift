import Foundation

/// A module some of whose requests are answered without writing anything — a calculation, an answer looked up
/// in the module's own tables. The kernel asks ``answer(_:in:)`` first, outside any write transaction; only when
/// it returns nil is the request handled by ``ServiceModule/handle(_:in:)`` inside the line's transaction, as
/// usual. A pure answer costs no transaction, no savepoint and no commit (docs/performance.md).
///
/// ```swift
/// func answer(_ request: ServiceRequest, in context: AnswerContext) throws -> Reply? {
///     guard request.service.code == "retirement" else { return nil }   // everything else writes
///     return .answer(try RetirementQuestion(request: request, today: context.today).answer(), module: id)
/// }
/// ```
public protocol AnswersWithoutWriting: ServiceModule {
    /// The reply to `request` when it needs no write, or nil to have ``ServiceModule/handle(_:in:)`` take it.
    /// Throw ``DeskError`` for a refusal, as `handle` does; ``NeedsField`` hands the request to `handle`, which
    /// asks the question and stores it.
    func answer(_ request: ServiceRequest, in context: AnswerContext) throws -> Reply?
}

/// What a module may use to answer without writing: the directory, the time, who asks, and reads of the
/// database (each read sees one consistent state; any write through it fails).
public struct AnswerContext: Sendable {
    public let directory: CommunityDirectory
    public let now: Date
    public let channel: Channel
    /// Who is at the desk (for relayed messages, the relay's operator).
    public let operatorName: String
    let store: DeskStore

    public var today: CalendarDay { CalendarDay(now) }

    /// Forms the module keeps between starts (``KeptForms``): read inside ``read(_:)``, kept after the line.
    public var kept: KeptForms { KeptForms(store: store) }

    /// Runs `body` on a read-only view of the database (inside a relay's batch, on the batch's connection, so
    /// that it sees what the batch wrote so far).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try store.readOnly(body)
    }
}
