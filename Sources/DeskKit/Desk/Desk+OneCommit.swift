import Foundation

extension Desk {
    /// Runs `body`, one line's handling, with everything it writes in one transaction (each write in a savepoint
    /// of it, as in a relay's batch, so a refused write still rolls back alone): one commit, so one `fdatasync`
    /// at `synchronous = FULL`, where a line that sets a question aside and opens a case would otherwise commit
    /// twice. Inside a batch, or on a store opened read-only, `body` runs as it is.
    ///
    /// Measured on durable intake (docs/performance.md, fifth pass): a repair report following another one
    /// (whose callback question it sets aside) went from three commits to one.
    func inOneCommit(_ message: Message, _ body: () -> Reply) -> Reply {
        guard DeskStore.batch == nil, !store.isReadOnly else { return body() }
        do {
            return try store.batch(body)
        } catch {
            // The commit failed: nothing the line wrote is kept.
            return internalError(error, message: message)
        }
    }
}
