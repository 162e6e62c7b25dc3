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
    /// The desk's store, for ``read(_:)``.
    let store: DeskStore?
    /// A person is in danger: an address outside the directory's layout is taken and flagged, never refused.
    public internal(set) var urgent = false

    public var today: CalendarDay { CalendarDay(now) }

    /// Reads the database (committed data, or what the current relay batch wrote so far): a module resolves
    /// what the text names from its own tables, or from the resident register (`Residents(db:now:)` read-only
    /// look-ups). Only for reading: a write here fails. Call it from ``ServiceModule/prefill(_:for:in:)`` and
    /// field checks, not from inside ``ServiceModule/handle(_:in:)`` (which has ``ServiceContext/db``).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        guard let store else { throw DeskError("internal", "此处不能读取数据库") }
        return try store.readOnly(body)
    }
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
    /// The registry and the rest of the desk, for delivering case changes and events to modules.
    var runtime: ModuleRuntime?

    public var today: CalendarDay { CalendarDay(now) }

    /// The resident register, in this request's transaction and on behalf of this operator (a correction is
    /// role-checked and audited): link your records to a ``Resident`` instead of keeping names and phone numbers
    /// of your own.
    public var residents: any ResidentRegister { Residents(db: db, now: now, access: access) }

    /// Forms the module keeps between starts (``KeptForms``): read on ``db``, kept after the line.
    public var kept: KeptForms { KeptForms(store: runtime?.store) }

    /// This module's settings, typed: `context.settings[Self.highRisk]` (the override set by staff or the seed,
    /// else the default in code).
    public var settings: ModuleSettings { ModuleSettings(db: db, module: cases.module?.id ?? "") }

    /// Publishing community events (``DomainEvent``) to the modules that observe them, in this transaction.
    public var events: EventBus { EventBus(context: self) }

    /// The place `text` names inside the community (empty when it names none) and who should act on a
    /// resident's request there: the grid worker of its compound, else the operator at the counter, else
    /// 社区服务台 for a group message. A building said in a compound's group (`3栋2单元601` in 顺驰泊林业主群) is
    /// in that compound.
    public func placeAndWorker(in text: String, request: ServiceRequest) -> (Address, String) {
        var address = addresses.read(text)
        if address.compound == nil, address.building != nil, let group = request.group, let compound = directory.compound(forGroup: group) {
            address.compound = compound.id
            address.compoundName = compound.name
        }
        if address.compound == nil { address = Address() }
        let worker = address.compound.flatMap(directory.grid(forCompound:))?.worker
            ?? (request.channel == .desk ? request.operatorName : "社区服务台")
        return (address, worker)
    }

    /// Formats `rows` under `headers` as a table whose columns line up with Chinese text.
    public func table(_ headers: [String], _ rows: [[String]]) -> String { TextTable(headers: headers, rows: rows).render() }
}
