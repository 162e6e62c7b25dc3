import Foundation

/// A change to one of a module's own cases, told to the module (``ServiceModule/caseChanged(_:in:)``) inside the
/// transaction that made it — whoever made it: the module itself, a kernel command typed by staff (`办结 GA-0003`),
/// a 回访, a neighbour's report that escalates the case. Throwing from `caseChanged` rolls the change back and the
/// person who made it sees the error.
public struct CaseChange: Sendable {
    /// What happened.
    public enum Kind: String, Sendable, CaseIterable {
        /// Opened (受理), or completed after its missing fields were asked.
        case opened
        /// 派单 or 改派.
        case dispatched
        /// 开始处理.
        case started
        /// 办结.
        case closed
        /// 重办, or reopened by an unsatisfied 回访 (then ``CaseChange/rating`` is set).
        case reopened
        /// 回访 with a rating of 3 or more.
        case rated
        /// 取消.
        case cancelled
        /// Raised to an emergency by a later report.
        case escalated

        public var chinese: String {
            switch self {
            case .opened: "受理"
            case .dispatched: "派单"
            case .started: "开始处理"
            case .closed: "办结"
            case .reopened: "重办"
            case .rated: "回访"
            case .cancelled: "取消"
            case .escalated: "升级为紧急"
            }
        }
    }

    public var kind: Kind
    /// The case after the change.
    public var record: CaseRecord
    /// The status before the change (nil when the case was just opened).
    public var from: CaseStatus?
    /// What the operator wrote with the change (internal; personal numbers masked).
    public var note: String?
    /// The 回访 rating, for ``Kind/rated`` and a 回访 that reopened the case.
    public var rating: Int?
    /// Who made the change.
    public var operatorName: String

    public init(kind: Kind, record: CaseRecord, from: CaseStatus?, note: String?, rating: Int? = nil, operatorName: String) {
        self.kind = kind; self.record = record; self.from = from; self.note = note; self.rating = rating
        self.operatorName = operatorName
    }
}
