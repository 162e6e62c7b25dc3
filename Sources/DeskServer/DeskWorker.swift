import DeskKit
import Dispatch

/// Runs the desk's blocking work (SQLite, the kernel's synchronous `respond`) on threads of its own, never on
/// the server's event loops or Swift's cooperative pool.
///
/// Lines run one at a time on one serial queue: SQLite has one writer anyway, and a station's lines then keep
/// their order. Reads (Open311 listings, the outbox) run on a concurrent queue beside them (WAL readers).
public final class DeskWorker: Sendable {
    public let desk: Desk
    private let writes = DispatchQueue(label: "desk.lines")
    private let reads = DispatchQueue(label: "desk.reads", attributes: .concurrent)

    public init(desk: Desk) { self.desk = desk }

    /// Runs `body` on the lines queue: everything that may write.
    public func write<T: Sendable>(_ body: @escaping @Sendable (Desk) throws -> T) async throws -> T {
        try await run(on: writes, body)
    }

    /// Runs `body` on the reads queue.
    public func read<T: Sendable>(_ body: @escaping @Sendable (Desk) throws -> T) async throws -> T {
        try await run(on: reads, body)
    }

    private func run<T: Sendable>(on queue: DispatchQueue, _ body: @escaping @Sendable (Desk) throws -> T) async throws -> T {
        let desk = self.desk
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body(desk) }) }
        }
    }
}
