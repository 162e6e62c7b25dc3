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

    /// Runs `body` — the handling of the lines a session already has waiting — in one transaction (each line's
    /// writes in savepoints of it, as in a relay's batch): one commit, so one `fdatasync`, for all of them. The
    /// caller writes their replies only once this returns, so a case is on disk before its reply, as when each line
    /// committed alone. Throws when the transaction could not begin or commit: then nothing `body` wrote is kept, and
    /// what the desk remembered of `conversation`'s question (which it may have read inside the transaction) is
    /// forgotten. Inside a batch, or on a store opened read-only, `body` runs as it is.
    ///
    /// Measured in line mode (docs/performance.md, nineteenth pass): 4,000 lines piped, a quarter of them repair
    /// reports that each open or join a case, went from 1,026 `fdatasync`s (one a report) to 14.
    public func together<T>(conversation: String, _ body: () -> T) throws -> T {
        guard DeskStore.batch == nil, !store.isReadOnly else { return body() }
        do {
            return try store.batch(body)
        } catch {
            invalidateQuestion(conversation)
            throw error
        }
    }
}
