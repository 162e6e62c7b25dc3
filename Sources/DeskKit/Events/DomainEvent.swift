import Foundation

/// Something that happened in the community that other modules may care about (an elder living alone was
/// registered, a resident died). Events are small `Codable` values defined in the kernel
/// (`CommunityEvents.swift`), so that a module can publish and observe them without importing another module
/// and without reading another module's tables.
///
/// Publish with `try context.events.publish(ResidentDied(…))`; modules that list a subscription to the type
/// (``ServiceModule/subscriptions``) are called at once, in the same transaction, in registry order. If one of
/// them throws, the whole line rolls back. Each published event is kept in the `domainEvents` table for audit
/// (name, publisher, payload with personal numbers masked, who received it).
public protocol DomainEvent: Codable, Sendable {
    /// A stable name for the audit table and for subscriptions (`elder-lives-alone`).
    static var name: String { get }
    /// One line for people reading the audit (`独居老人登记：周桂兰`); personal numbers are masked when stored.
    var summary: String { get }
}

/// A module's interest in one kind of ``DomainEvent``: the handler runs in the publishing line's transaction.
///
/// ```swift
/// var subscriptions: [EventSubscription] {
///     [.on(ElderLivesAlone.self) { event, context in try CareRegister(context).offer(event) }]
/// }
/// ```
public struct EventSubscription: Sendable {
    /// The ``DomainEvent/name`` observed.
    public let eventName: String
    let deliver: @Sendable (any DomainEvent, ServiceContext) throws -> Void

    /// Observes events of type `type`.
    public static func on<E: DomainEvent>(_ type: E.Type,
                                          _ handler: @escaping @Sendable (E, ServiceContext) throws -> Void) -> EventSubscription {
        EventSubscription(eventName: E.name) { event, context in
            guard let event = event as? E else { return }
            try handler(event, context)
        }
    }
}
