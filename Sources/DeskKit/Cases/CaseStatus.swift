/// Where a case stands in the 12345 lifecycle (rules.md §5): 受理 → 已派单 → 处理中 → 已办结 → 已回访,
/// or 已取消; an unsatisfied follow-up (or a `重办`) puts it in 重办 with a new deadline.
public enum CaseStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case accepted, dispatched, inProgress, closed, followedUp, cancelled, reopened

    public var chinese: String {
        switch self {
        case .accepted: "受理"
        case .dispatched: "已派单"
        case .inProgress: "处理中"
        case .closed: "已办结"
        case .followedUp: "已回访"
        case .cancelled: "已取消"
        case .reopened: "重办"
        }
    }

    /// Still needs work: counts for overdue, duplicates and reminders.
    public var isOpen: Bool { [.accepted, .dispatched, .inProgress, .reopened].contains(self) }

    /// The statuses still needing work.
    public static let open: [CaseStatus] = allCases.filter(\.isOpen)

    /// The same, as an SQL list for `status IN …`: `('accepted', 'dispatched', 'inProgress', 'reopened')`.
    public static let openSQL = "(" + open.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"

    /// Whether `status` is open, written out as one comparison for each open status: `(status = 'accepted' OR
    /// status = 'dispatched' OR …)`. For the duplicate look-ups asked of every report, whose plan is fixed (`INDEXED
    /// BY`): SQLite builds a temporary index of an `IN` list of more than two constants each time the statement
    /// runs, some 31,000 instructions — more than the rest of the look-up — where it tries a chain like this one
    /// comparison at a time (perf, relay: docs/performance.md, fifty-eighth pass).
    public static let isOpenSQL = "(" + open.map { "status = '\($0.rawValue)'" }.joined(separator: " OR ") + ")"

    /// Reads a status from Chinese or English (`已派单`, `派单`, `dispatched`, `open`/`未办结` are handled by callers).
    public init?(words: String) {
        let w = words.lowercased()
        guard let match = Self.allCases.first(where: {
            $0.chinese == w || $0.rawValue.lowercased() == w || $0.chinese.dropFirst() == w && $0.chinese.hasPrefix("已")
        }) else { return nil }
        self = match
    }
}

/// What happened to a case: each change is one event, with who and when.
public enum CaseEventKind: String, Codable, Sendable, DatabaseValueConvertible {
    case created, completed, dispatched, started, noted, closed, followedUp, reopened, cancelled, linked, updated, urged

    public var chinese: String {
        switch self {
        case .created: "受理"
        case .completed: "补全信息"
        case .dispatched: "派单"
        case .started: "开始处理"
        case .noted: "备注"
        case .closed: "办结"
        case .followedUp: "回访"
        case .reopened: "重办"
        case .cancelled: "取消"
        case .linked: "关联报告人"
        case .updated: "更新"
        case .urged: "催办"
        }
    }
}
