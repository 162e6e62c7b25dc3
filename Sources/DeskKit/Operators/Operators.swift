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
    public func rolesEnabled() throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM operators WHERE active)"))!
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
        guard pin.count >= Self.minimumPINLength, pin.count <= 64 else {
            throw DeskError("invalid-pin", "密码至少 \(Self.minimumPINLength) 位（最多64位）")
        }
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
    public func verify(name: String, pin: String) throws -> OperatorAccount {
        guard let account = try account(name.trimmingSpaces), account.active, Bcrypt.verify(pin, hash: account.pinHash) else {
            throw DeskError("sign-in-failed", "姓名或密码不对")
        }
        return account
    }
}
