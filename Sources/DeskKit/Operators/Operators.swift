import Foundation
import HummingbirdBcrypt

/// An operator account: a name staff sign in with, a role, and a PIN kept only as a bcrypt hash.
public struct OperatorAccount: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "operators"

    public var name: String
    public var role: OperatorRole
    /// bcrypt (salted, cost ``Operators/cost``); the PIN itself is never stored.
    public var pinHash: String
    public var active: Bool
    public var createdAt: Date
    public var createdBy: String
    /// Wrong PINs given in a row since the last right one.
    public var failedAttempts: Int = 0
    /// After ``Operators/maxFailedAttempts`` wrong PINs, no PIN is accepted until then (or an administrator's reset).
    public var lockedUntil: Date? = nil
}

/// The operator accounts, inside the caller's transaction. With none, roles are off.
public struct Operators {
    let db: Database

    public init(db: Database) { self.db = db }

    /// bcrypt's work factor: 2¹² rounds, about a quarter of a second per check, which makes guessing PINs from a
    /// stolen database slow (a 6-digit PIN is still a small space: keep the database file private).
    public static let cost: UInt8 = 12
    /// The shortest PIN accepted.
    public static let minimumPINLength = 4

    /// True once any account exists: from then on roles decide what each operator may do.
    ///
    /// Asked in every write a line makes (the operator's ``Access``): a probe (``Database/hasRow(_:keys:)``) whether
    /// an active account is there, which inside a transaction steps the prepared statement through SQLite's C API.
    /// `Bool.fetchOne` of `SELECT EXISTS(…)` built GRDB's cursor for it every time: some 9,600 instructions a
    /// relayed report (docs/performance.md, sixty-eighth pass). The same rows answer: an active account, or none.
    public func rolesEnabled() throws -> Bool {
        try db.hasRow("SELECT 1 FROM operators WHERE active", keys: [])
    }

    public func all() throws -> [OperatorAccount] {
        try OperatorAccount.order(Column("createdAt"), Column("name")).fetchAll(db)
    }

    public func account(_ name: String) throws -> OperatorAccount? {
        try OperatorAccount.fetchOne(db, key: name)
    }

    /// Adds an account. The first account must be a 社区干部 (administrator) and needs no one's permission;
    /// later ones are added by an administrator (`by`).
    @discardableResult
    public func add(name: String, role: OperatorRole, pin: String, by access: Access, now: Date) throws -> OperatorAccount {
        let name = name.trimmingSpaces
        guard !name.isEmpty else { throw DeskError("missing-argument", "操作员姓名不能为空") }
        guard name.count <= 20, !name.contains(" ") else { throw DeskError("invalid-argument", "操作员姓名「\(name)」不合适：最多20字，不含空格") }
        try Self.checkPIN(pin)
        if try rolesEnabled() {
            try access.require(.manageOperators)
        } else if role != .admin {
            throw DeskError("first-operator-admin", "第一个账号必须是社区干部（管理员），之后由管理员添加其他账号")
        }
        guard try account(name) == nil else { throw DeskError("duplicate-operator", "操作员「\(name)」已经存在") }
        let account = OperatorAccount(name: name, role: role, pinHash: Bcrypt.hash(pin, cost: Self.cost), active: true,
                                      createdAt: now, createdBy: access.operatorName)
        try account.insert(db)
        return account
    }

    /// Turns an account off (an administrator only); its history stays.
    public func deactivate(_ name: String, by access: Access) throws {
        try access.require(.manageOperators)
        guard var account = try account(name) else { throw DeskError("unknown-operator", "没有操作员「\(name)」") }
        account.active = false
        try account.update(db)
    }

    /// The account when `pin` is its PIN; a ``DeskError`` that does not say which of the two was wrong otherwise.
    /// Every wrong PIN for an existing account is counted; at ``maxFailedAttempts`` in a row the account is locked
    /// for ``lockoutMinutes`` (recorded), and a locked account is refused whatever PIN is given.
    /// Writes: call it in a write transaction, and let a refusal commit (the count must survive the refusal).
    /// ``Desk/signIn(name:pin:)`` checks the PIN outside the transaction and calls ``settle(name:matched:hash:now:)``.
    public func verify(name: String, pin: String, now: Date) throws -> Result<OperatorAccount, DeskError> {
        let hash = try account(name.trimmingSpaces)?.pinHash
        return try settle(name: name, matched: hash.map { Bcrypt.verify(pin, hash: $0) } ?? false, hash: hash, now: now)
    }

    /// Records the outcome of a PIN check made against `hash` (bcrypt is slow: it is done before the write
    /// transaction): a match signs in unless the account is locked or its PIN changed meanwhile; a miss counts.
    public func settle(name: String, matched: Bool, hash: String?, now: Date) throws -> Result<OperatorAccount, DeskError> {
        guard var account = try account(name.trimmingSpaces), account.active else {
            return .failure(DeskError("sign-in-failed", "姓名或密码不对"))
        }
        if let until = account.lockedUntil, until > now {
            return .failure(Self.locked(account.name, until: until))
        }
        guard matched, account.pinHash == hash else {
            account.failedAttempts += 1
            if account.failedAttempts >= Self.maxFailedAttempts {
                let until = now.addingTimeInterval(Double(Self.lockoutMinutes * 60))
                account.failedAttempts = 0
                account.lockedUntil = until
                try account.update(db)
                try log(account.name, .locked, by: "系统", now: now)
                return .failure(Self.locked(account.name, until: until))
            }
            try account.update(db)
            let left = Self.maxFailedAttempts - account.failedAttempts
            return .failure(DeskError("sign-in-failed", "姓名或密码不对（再错 \(left) 次将锁定 \(Self.lockoutMinutes) 分钟）"))
        }
        if account.failedAttempts != 0 || account.lockedUntil != nil {
            account.failedAttempts = 0
            account.lockedUntil = nil
            try account.update(db)
        }
        return .success(account)
    }

    /// Wrong PINs in a row that lock an account.
    public static let maxFailedAttempts = 5
    /// How long a locked account stays locked.
    public static let lockoutMinutes = 15

    private static func locked(_ name: String, until: Date) -> DeskError {
        DeskError("account-locked", "账号「\(name)」连续输错密码已锁定，请 \(DeskFormat.time(until)) 后再试，或请社区干部重置密码")
    }

    /// The operator's own PIN change: the old PIN must be right (a wrong one counts towards the lockout).
    public func changePIN(name: String, old: String, new: String, now: Date) throws -> Result<OperatorAccount, DeskError> {
        try Self.checkPIN(new)
        switch try verify(name: name, pin: old, now: now) {
        case .failure(let error): return .failure(error)
        case .success(var account):
            account.pinHash = Bcrypt.hash(new, cost: Self.cost)
            try account.update(db)
            try log(account.name, .changed, by: account.name, now: now)
            return .success(account)
        }
    }

    /// An administrator sets a new PIN for `name` (a forgotten PIN, or a locked account), which also unlocks it.
    @discardableResult
    public func resetPIN(name: String, new: String, by access: Access, now: Date) throws -> OperatorAccount {
        try access.require(.manageOperators)
        try Self.checkPIN(new)
        guard var account = try account(name.trimmingSpaces) else { throw DeskError("unknown-operator", "没有操作员「\(name)」") }
        account.pinHash = Bcrypt.hash(new, cost: Self.cost)
        account.failedAttempts = 0
        account.lockedUntil = nil
        try account.update(db)
        try log(account.name, .reset, by: access.operatorName, now: now)
        return account
    }

    static func checkPIN(_ pin: String) throws(DeskError) {
        guard pin.count >= minimumPINLength, pin.count <= 64 else {
            throw DeskError("invalid-pin", "密码至少 \(minimumPINLength) 位（最多64位）")
        }
    }

    /// What happened to an account's PIN.
    public enum Event: String, Sendable, CaseIterable {
        case changed, reset, locked

        public var chinese: String {
            switch self {
            case .changed: "本人修改密码"
            case .reset: "管理员重置密码"
            case .locked: "连续输错密码锁定"
            }
        }
    }

    private func log(_ name: String, _ event: Event, by: String, now: Date) throws {
        try db.execute(sql: "INSERT INTO operatorEvents(at, operatorName, action, by) VALUES (?, ?, ?, ?)",
                       arguments: [now, name, event.rawValue, by])
    }

    /// The latest PIN changes, resets and lockouts, newest first.
    public func events(limit: Int = 50) throws -> [(at: Date, name: String, event: Event, by: String)] {
        try Row.fetchAll(db, sql: "SELECT at, operatorName, action, by FROM operatorEvents ORDER BY id DESC LIMIT ?",
                         arguments: [limit]).compactMap { row in
            Event(rawValue: row["action"]).map { (row["at"], row["operatorName"], $0, row["by"]) }
        }
    }
}
