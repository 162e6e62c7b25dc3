import Foundation

/// What the kernel needs, inside a transaction, to call modules back: tell a module of a change to its case,
/// deliver a community event to the modules that observe it, build a job's context. Carried by ``CaseBook`` and
/// ``ServiceContext``; `depth` stops a module's reaction from setting off reactions without end.
struct ModuleRuntime: Sendable {
    let registry: ModuleRegistry
    let directory: CommunityDirectory
    let addresses: AddressParser
    let logger: Logger
    let access: Access
    /// The desk's store, for the forms modules keep (``ServiceContext/kept``); nil keeps nothing.
    var store: DeskStore? = nil
    var depth = 0

    /// How deeply reactions may nest (a case change that publishes an event that changes a case…).
    static let maxDepth = 4

    /// A context for `module` in `db`, as `operatorName` at `now`.
    func context(for module: any ServiceModule, db: Database, operatorName: String, now: Date) -> ServiceContext {
        let book = CaseBook(db: db, operatorName: operatorName, now: now, directory: directory,
                            module: (module.id, module.casePrefix), runtime: self)
        return ServiceContext(db: db, cases: book, outbox: Outbox(db: db, now: now), directory: directory,
                              addresses: addresses, now: now, logger: logger, operatorName: operatorName,
                              access: access, runtime: self)
    }

    /// One level deeper, or a refusal when reactions nest too deeply.
    func nested(_ what: String) throws(DeskError) -> ModuleRuntime {
        guard depth < Self.maxDepth else {
            throw DeskError("reaction-loop", "模块之间的连锁反应过多（\(what)），已撤销，没有保存任何内容。请联系管理员")
        }
        var next = self
        next.depth += 1
        return next
    }

    /// Tells the module owning the changed case.
    func tell(_ change: CaseChange, db: Database, now: Date) throws {
        guard let module = registry.module(id: change.record.module) else { return }
        let inner = try nested("工单 \(change.record.id) \(change.kind.chinese)")
        try module.caseChanged(change, in: inner.context(for: module, db: db, operatorName: change.operatorName, now: now))
    }

    /// Delivers `event` to every module observing it, in registry order, and records it for audit.
    func publish<E: DomainEvent>(_ event: E, from publisher: String, db: Database, operatorName: String, now: Date) throws {
        let inner = try nested("事件 \(E.name)")
        var receivers: [String] = []
        for module in registry.modules {
            let subscriptions = module.subscriptions.filter { $0.eventName == E.name }
            guard !subscriptions.isEmpty else { continue }
            let context = inner.context(for: module, db: db, operatorName: operatorName, now: now)
            for subscription in subscriptions { try subscription.deliver(event, context) }
            receivers.append(module.id)
        }
        let payload = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO domainEvents(name, publisher, summary, payload, receivers, operatorName, at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [E.name, publisher, Masking.redact(event.summary), Masking.redact(payload),
                                     receivers.joined(separator: ","), operatorName, now])
    }
}

/// Publishes community events from a module's context: `try context.events.publish(ResidentDied(…))`.
public struct EventBus {
    let context: ServiceContext

    /// Delivers `event` now, in this transaction, to every module observing its type; if one of them throws,
    /// the publishing line rolls back. Recorded in `domainEvents` (personal numbers masked).
    public func publish<E: DomainEvent>(_ event: E) throws {
        guard let runtime = context.runtime else { return }
        try runtime.publish(event, from: context.cases.module?.id ?? "desk", db: context.db,
                            operatorName: context.operatorName, now: context.now)
    }
}
