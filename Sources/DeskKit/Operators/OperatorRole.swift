/// What a person at the desk is: front desk, grid worker, or community cadre (administrator).
/// Stored by the English raw value; shown in Chinese.
public enum OperatorRole: String, Codable, CaseIterable, Sendable {
    case frontDesk, gridWorker, admin

    /// `前台`, `网格员`, `社区干部`.
    public var chinese: String {
        switch self {
        case .frontDesk: "前台"
        case .gridWorker: "网格员"
        case .admin: "社区干部"
        }
    }

    /// Reads a role as staff write it: `前台`, `网格员`, `社区干部`, `管理员`, `干部`, or the English name.
    public init?(words: String) {
        switch words.lowercased() {
        case "前台", "frontdesk", "front-desk": self = .frontDesk
        case "网格员", "网格", "gridworker", "grid-worker": self = .gridWorker
        case "社区干部", "干部", "管理员", "admin": self = .admin
        default: return nil
        }
    }

    /// What the role may do beyond handling cases.
    ///
    /// Grid workers make the 回访 calls and home visits, so they may see a number and correct the register;
    /// only cadres read the access log, export or erase a person's data, change fee records and manage accounts.
    public var permissions: Set<Permission> {
        switch self {
        case .frontDesk: []
        case .gridWorker: [.revealNumbers, .correctRegister, .closeOthersCases, .runJobs]
        case .admin: Set(Permission.allCases)
        }
    }
}

/// Something only some roles may do.
public enum Permission: String, CaseIterable, Sendable {
    /// `显示号码`: see a whole phone or ID number (recorded in the access log).
    case revealNumbers
    /// `访问记录`: read who looked at whose data.
    case readAccessLog
    /// `居民 导出` / `居民 删除`: a person's access request and erasure (PIPL arts. 45, 47).
    case exportPersonalData
    /// `居民 登记/修改/合并/注销`.
    case correctRegister
    /// `办结` a case someone else accepted and that is not assigned to you.
    case closeOthersCases
    /// Payments, reversals and other fee records (modules check this through ``ServiceContext/access``).
    case changeFeeRecords
    /// Add or deactivate operator accounts.
    case manageOperators
    /// `设置 模块 名称 值`: change a module's settings.
    case changeSettings
    /// `任务 运行`: run a scheduled job now.
    case runJobs

    /// For refusals: `显示完整号码`.
    public var chinese: String {
        switch self {
        case .revealNumbers: "显示完整号码"
        case .readAccessLog: "查看访问记录"
        case .exportPersonalData: "导出或删除居民个人信息"
        case .correctRegister: "修改居民名册"
        case .closeOthersCases: "办结他人受理的工单"
        case .changeFeeRecords: "修改收费记录"
        case .manageOperators: "管理操作员账号"
        case .changeSettings: "修改模块设置"
        case .runJobs: "立即运行定时任务"
        }
    }
}

/// Who is at the desk for one line and what they may do. With no operator account configured, roles are off
/// and everything is allowed (a first trial of the desk); with accounts, an operator who has not signed in with
/// a PIN has no role and may do none of the ``Permission``s.
public struct Access: Sendable, Equatable {
    public let operatorName: String
    /// The role proved by the operator's PIN; nil when not signed in.
    public let role: OperatorRole?
    /// False while no operator account exists.
    public let rolesEnabled: Bool

    public init(operatorName: String, role: OperatorRole?, rolesEnabled: Bool) {
        self.operatorName = operatorName; self.role = role; self.rolesEnabled = rolesEnabled
    }

    /// Everything allowed: no accounts yet.
    public static func rolesOff(_ operatorName: String) -> Access {
        Access(operatorName: operatorName, role: nil, rolesEnabled: false)
    }

    public func allows(_ permission: Permission) -> Bool {
        !rolesEnabled || (role?.permissions.contains(permission) ?? false)
    }

    /// Throws a refusal naming the operator, their role and what they may not do.
    public func require(_ permission: Permission) throws(DeskError) {
        guard allows(permission) else {
            let who = role.map { "\(operatorName)（\($0.chinese)）" } ?? "\(operatorName)（未用密码登录）"
            throw DeskError("not-permitted", "\(who)没有「\(permission.chinese)」的权限，请找有权限的同事办理")
        }
    }

    /// How the role is shown in the access log.
    public var roleDescription: String {
        rolesEnabled ? (role?.chinese ?? "未登录") : "角色未启用"
    }
}
