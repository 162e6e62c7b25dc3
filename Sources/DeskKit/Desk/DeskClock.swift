import Foundation

/// Where the desk gets the time. The `desk` executable uses ``SystemClock``; tests use a fixed one.
public protocol DeskClock: Sendable {
    var now: Date { get }
}

/// The machine's clock.
public struct SystemClock: DeskClock {
    public init() {}
    public var now: Date { Date() }
}
