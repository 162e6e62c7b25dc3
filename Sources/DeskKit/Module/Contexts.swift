import Foundation

/// What a module may read while filling fields from free text: the directory, the address parser, the time,
/// where the message came from. Nothing here writes.
public struct PrefillContext: Sendable {
    public let directory: CommunityDirectory
    public let addresses: AddressParser
    public let now: Date
    public let channel: Channel
    public let group: String?
    public let requester: Requester

    public var today: CalendarDay { CalendarDay(now) }
}

/// What a module gets to handle a request: the open database transaction, the case book, the outbox, the
/// directory, the time and a logger. Everything written through it commits with the reply, or not at all.
public struct ServiceContext {
    /// The database, inside the transaction of this request. A module reads and writes its own tables here.
    public let db: Database
    /// Opening cases and moving them through their lifecycle.
    public let cases: CaseBook
    /// Messages to post back to WeChat groups.
    public let outbox: Outbox
    public let directory: CommunityDirectory
    public let addresses: AddressParser
    public let now: Date
    public let logger: Logger
    /// Who is at the desk.
    public let operatorName: String
    /// What the operator may do: check it before changing fee records (`try context.access.require(.changeFeeRecords)`).
    /// All allowed while no operator account exists.
    public var access: Access = .rolesOff("")

    public var today: CalendarDay { CalendarDay(now) }

    /// The resident register, in this request's transaction: link your records to a ``Resident`` instead of
    /// keeping names and phone numbers of your own.
    public var residents: any ResidentRegister { Residents(db: db, now: now) }

    /// Formats `rows` under `headers` as a table whose columns line up with Chinese text.
    public func table(_ headers: [String], _ rows: [[String]]) -> String { TextTable(headers: headers, rows: rows).render() }
}
