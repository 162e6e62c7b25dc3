import DeskKit
import Foundation

/// One deliverer per group at a time: a row in `outboxLeases` naming the holder and when its claim expires.
/// A deliverer takes the lease before posting a group's messages and renews it before each message; a lease
/// left by a killed process lapses at its expiry, so the next run is never blocked for long.
struct DeliveryLease {
    let store: DeskStore
    let group: String
    /// This process and run (`pid:uuid`).
    let holder: String
    /// How long a claim lasts without renewal.
    let duration: TimeInterval

    /// Takes or renews the lease; false when another live deliverer holds it.
    func acquire(now: Date) throws -> Bool {
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO outboxLeases(groupName, holder, expiresAt) VALUES (?, ?, ?)
                ON CONFLICT(groupName) DO UPDATE SET holder = excluded.holder, expiresAt = excluded.expiresAt
                WHERE outboxLeases.holder = excluded.holder OR outboxLeases.expiresAt < ?
                """, arguments: [group, holder, now.addingTimeInterval(duration), now])
            return try String.fetchOne(db, sql: "SELECT holder FROM outboxLeases WHERE groupName = ?", arguments: [group]) == holder
        }
    }

    /// Gives the lease back (only if still ours).
    func release() throws {
        try store.write { db in
            try db.execute(sql: "DELETE FROM outboxLeases WHERE groupName = ? AND holder = ?", arguments: [group, holder])
        }
    }
}
