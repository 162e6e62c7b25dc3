import Foundation
import HummingbirdBcrypt

/// Operators at the desk: signing in, what a line's operator may do, and the accounts list.
extension Desk {
    /// True once an operator account exists; until then roles are off and the desk says so.
    public var rolesEnabled: Bool {
        // A database that cannot be read counts as roles on: refusing is safer than allowing.
        (try? store.read { try Operators(db: $0).rolesEnabled() }) ?? true
    }

    /// Checks `pin` for `name`; the account (with its role) when it matches. A wrong PIN is counted (and locks the
    /// account after ``Operators/maxFailedAttempts`` in a row), at the prompt and at `desk serve` alike.
    ///
    /// bcrypt takes a quarter of a second: the PIN is checked outside any transaction, so that other stations'
    /// lines are not held up; the short write after it records the outcome.
    public func signIn(name: String, pin: String) throws -> OperatorAccount {
        let hash = try store.read { try Operators(db: $0).account(name.trimmingSpaces)?.pinHash }
        let matched = hash.map { Bcrypt.verify(pin, hash: $0) } ?? false
        return try store.write { try Operators(db: $0).settle(name: name, matched: matched, hash: hash, now: clock.now) }.get()
    }

    /// The operator changes their own PIN, giving the old one.
    public func changePIN(name: String, old: String, new: String) throws -> OperatorAccount {
        try store.write { try Operators(db: $0).changePIN(name: name, old: old, new: new, now: clock.now) }.get()
    }

    /// An administrator (`access`) sets a new PIN for `name` and unlocks the account; recorded.
    @discardableResult
    public func resetPIN(name: String, new: String, by access: Access) throws -> OperatorAccount {
        try store.write { try Operators(db: $0).resetPIN(name: name, new: new, by: access, now: clock.now) }
    }

    /// Adds an operator account (see ``Operators/add(name:role:pin:by:now:)``: the first is an administrator's,
    /// later ones need an administrator).
    @discardableResult
    public func addOperator(name: String, role: OperatorRole, pin: String, by access: Access) throws -> OperatorAccount {
        try store.write { try Operators(db: $0).add(name: name, role: role, pin: pin, by: access, now: clock.now) }
    }

    /// What the operator of `message` may do. A relayed group message has no role whatever it claims.
    public func access(for message: Message) -> Access {
        Access(operatorName: message.operatorName, role: message.channel == .desk ? message.operatorRole : nil,
               rolesEnabled: rolesEnabled)
    }

    /// The same, read inside a transaction already open on `db`.
    func access(for message: Message, in db: Database) -> Access {
        Access(operatorName: message.operatorName, role: message.channel == .desk ? message.operatorRole : nil,
               rolesEnabled: (try? Operators(db: db).rolesEnabled()) ?? true)
    }

    /// Personal-data commands are for the desk only, never for a WeChat group or a program on the API channel.
    func requireDesk(_ message: Message) throws(DeskError) {
        guard message.channel == .desk else {
            throw DeskError("not-permitted", "这个命令只能在服务台使用")
        }
    }

    /// 办结 by someone other than the one who accepted the case or to whom it is assigned needs the
    /// ``Permission/closeOthersCases`` permission.
    func requireOwnOrPermitted(_ id: String, message: Message) throws {
        let access = access(for: message)
        guard !access.allows(.closeOthersCases) else { return }
        let name = message.operatorName
        let own = try store.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT NOT EXISTS(SELECT 1 FROM cases WHERE id = ?)
                    OR EXISTS(SELECT 1 FROM cases WHERE id = ? AND assignee = ?)
                    OR EXISTS(SELECT 1 FROM caseEvents WHERE caseID = ? AND kind = 'created' AND operatorName = ?)
                """, arguments: [id, id, name, id, name])!
        }
        if !own { try access.require(.closeOthersCases) }
    }

    /// `操作员`: the accounts; `操作员 停用 姓名`.
    func operators(_ args: String, message: Message) throws -> Reply {
        try requireDesk(message)
        let access = access(for: message)
        let words = args.split(separator: " ").map(String.init)
        if words.first == "记录" {
            try access.require(.manageOperators)
            let events = try store.read { try Operators(db: $0).events() }
            guard !events.isEmpty else { return .answer("密码记录：没有。") }
            let rows = events.map { [DeskFormat.timestamp($0.at), $0.name, $0.event.chinese, $0.by] }
            return .answer("密码记录（修改、重置、锁定）：\n" + TextTable(headers: ["时间", "操作员", "事件", "操作人"], rows: rows).render())
        }
        if words.first == "停用" {
            guard words.count == 2 else { throw DeskError("missing-argument", "用法：操作员 停用 姓名") }
            try store.write { try Operators(db: $0).deactivate(words[1], by: access) }
            return Reply(status: .updated, text: "已停用操作员「\(words[1])」。")
        }
        guard words.isEmpty else { throw DeskError("unknown-filter", "用法：\(KernelCommand.operators.usage)") }
        let accounts = try store.read { try Operators(db: $0).all() }
        guard !accounts.isEmpty else {
            return .answer("还没有操作员账号：角色未启用，所有人都可以做所有操作（查看完整号码也会记入访问记录）。"
                           + "设置第一个管理员：desk operator add 姓名 --role 社区干部")
        }
        try access.require(.manageOperators)
        let rows = accounts.map { [$0.name, $0.role.chinese, $0.active ? "在用" : "已停用", DeskFormat.timestamp($0.createdAt), $0.createdBy] }
        return .answer("操作员账号：\n" + TextTable(headers: ["姓名", "角色", "状态", "添加时间", "添加人"], rows: rows).render()
                       + "\n添加账号：desk operator add 姓名 --role 前台|网格员|社区干部（需管理员密码）"
                       + "\n改密码：desk operator pin 姓名；重置或解锁：desk operator reset 姓名 --as 管理员；记录：操作员 记录")
    }
}
