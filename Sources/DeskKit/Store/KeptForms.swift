import Foundation
import Synchronization

/// What a module may keep between starts: a form of something it builds from its own tables (an index, say) that
/// costs more to build than to read back, kept by the kernel in `startupCache` under the module's name for it and
/// a stamp that changes whenever what it was built from changes.
///
/// A module reads a form inside a line (``form(_:stamp:in:)``, on the line's own connection); when there is none
/// for the stamp — a first start, a changed stamp, a new build, a damaged row — it builds as before and hands the
/// kernel the form to keep (``keep(_:stamp:_:)``). A line's reads are in a transaction that is rolled back, so
/// the kernel writes the form after the line, in a transaction of its own. The form is never trusted: the kernel
/// hands back only what it wrote under the same name, stamp and executable, whole (a checksum over it), and the
/// module still checks what it reads (bounds, counts) and builds instead when anything is off.
///
/// On a desk in memory (`desk eval`, the tests) there is never a form and nothing is kept: the module builds every
/// time, as before. A file opened read-only reads what is kept and keeps nothing.
///
/// ```swift
/// if let bytes = context.kept.form("social-security/knowledge-index", stamp: String(stamp), in: db),
///    let index = Index(kept: bytes, entries: entries) { return index }
/// let index = Index(entries)
/// context.kept.keep("social-security/knowledge-index", stamp: String(stamp)) { index.keptForm() }
/// ```
public struct KeptForms: Sendable {
    /// The desk's store, or nil: nothing is read or kept.
    let store: DeskStore?

    /// A facility that keeps nothing (a context made outside a desk).
    public static let none = KeptForms(store: nil)

    /// The form kept as `name` (the module's id and what it keeps: `social-security/knowledge-index`) for
    /// `stamp` by this executable, read on `db` (the line's connection) — or nil when there is none whole: none
    /// kept, kept for another stamp or by another build, or damaged.
    public func form(_ name: String, stamp: String, in db: Database) -> [UInt8]? {
        guard let store, store.writer is DatabasePool else { return nil }
        let row = try? Data.fetchOne(db, sql: "SELECT body FROM startupCache WHERE name = ? AND key = ?",
                                     arguments: [Self.row(name), Self.key(name, stamp: stamp)])
        guard let row, row.count >= 8 else { return nil }
        return row.withUnsafeBytes { raw -> [UInt8]? in
            let body = UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 8)])
            guard raw.loadUnaligned(fromByteOffset: body.count, as: UInt64.self) == Self.checksum(body) else { return nil }
            return [UInt8](body)
        }
    }

    /// ``form(_:stamp:in:)`` read through the store (``DeskStore/read(_:)``: inside a batch, on the batch's
    /// connection), for what the kernel builds where it has no connection at hand — the router's routing words,
    /// built on a line's first walk (``Router``).
    func form(_ name: String, stamp: String) -> [UInt8]? {
        guard let store, store.writer is DatabasePool else { return nil }
        return try? store.read { db in form(name, stamp: stamp, in: db) }
    }

    /// Keeps `form` as `name` for `stamp`, replacing what was kept as `name` before. `form` is called after the
    /// line, outside its transaction, when the kernel writes it (``DeskStore/keepPendingForms()``); a form asked
    /// for again before then is made once. Nothing is kept on a desk that keeps nothing; a failed write only
    /// means building again at the next start.
    public func keep(_ name: String, stamp: String, _ form: @escaping @Sendable () -> [UInt8]) {
        guard let store, StartupCache.canKeep(in: store) else { return }
        let pending = DeskStore.PendingForm(key: Self.key(name, stamp: stamp), form: form)
        store.pendingForms.withLock { $0[Self.row(name)] = pending }
    }

    /// The row of `startupCache` a form is kept in: apart from the kernel's own rows.
    static func row(_ name: String) -> String { "kept:" + name }

    /// The key a form is kept under: its name, its stamp, and (``StartupCache/key(_:)-swift.type.method``) the
    /// executable, so that another build's layout is never read.
    static func key(_ name: String, stamp: String) -> String { StartupCache.key(["kept form 1", name, stamp]) }

    /// A 64-bit FNV-1a checksum of `bytes`, taken eight bytes at a time (the kept phrase automata's too,
    /// ``PhraseMatcher``): a damaged form is never handed to a module.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            offset += 8
        }
        for byte in bytes[offset...] { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}

extension DeskStore {
    /// A form a module asked to keep (``KeptForms/keep(_:stamp:_:)``), not yet written.
    struct PendingForm: Sendable {
        let key: String
        let form: @Sendable () -> [UInt8]
    }

    /// Writes the forms modules asked to keep during the lines so far, each with its checksum, in a transaction
    /// of its own (``Desk/respond(to:)`` calls it after each line). Inside a relay's batch nothing is written:
    /// the forms wait for a line outside one. A form that cannot be written is dropped (the module builds again).
    func keepPendingForms() {
        // Every line comes here, nearly always with nothing to keep: that is asked first. Without this test the
        // call cost a debug build's `帮助` 69,504 instructions with nothing to write, with it 239 (callgrind).
        guard pendingForms.withLock({ !$0.isEmpty }), Self.batch == nil else { return }
        let pending = pendingForms.withLock { forms -> [String: PendingForm] in
            defer { forms = [:] }
            return forms
        }
        for (row, form) in pending.sorted(by: { $0.key < $1.key }) {
            var body = form.form()
            let checksum = body.withUnsafeBytes(KeptForms.checksum)
            withUnsafeBytes(of: checksum) { body += $0 }
            try? StartupCache.save(row, key: form.key, body: Data(body), in: self)
        }
    }
}
