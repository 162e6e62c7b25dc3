import Foundation

/// A case: everything that needs follow-up, from 受理 to 回访, whichever module opened it.
public struct CaseRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "cases"

    /// Short and typeable: the module's prefix and a number (`BX-0042`).
    public var id: String
    public var module: String
    public var service: String
    /// A one-line summary (`水印桃源 3栋2单元 电梯故障`).
    public var title: String
    public var fields: [String: FieldValue]
    public var requesterName: String?
    /// Stored whole; shown masked.
    public var requesterPhone: String?
    public var requesterSender: String?
    public var address: String?
    public var compound: String?
    public var channel: Channel
    public var groupName: String?
    public var status: CaseStatus
    /// The unit, team or person responsible.
    public var assignee: String?
    public var category: String?
    public var urgent: Bool
    public var deadline: Date?
    /// The time limit the deadline was set from, kept so that a reopened case gets a new deadline of the same length.
    public var timeLimitHours: Int?
    public var createdAt: Date
    public var updatedAt: Date
    public var closedAt: Date?
    /// The follow-up rating, 1–5.
    public var rating: Int?
    /// "The same problem at the same place": open cases with the same key are duplicates.
    public var dedupeKey: String?
    /// Required fields still missing (a relayed request opened before it was complete).
    public var missing: [String]
    /// The resident who asked, in the register (``Residents``).
    public var residentID: Int64? = nil
    /// The number to call for the 回访, stored whole; shown masked, seen whole only through `显示号码`.
    public var callbackPhone: String? = nil
    /// The service station the case was received at (`驿站1`); nil for cases from before stations were recorded,
    /// from a group no station serves, or from another program (``origin``).
    public var station: String? = nil

    /// Where the case was received, as the figures by station count it.
    public var origin: CaseOrigin { CaseOrigin(station: station, channel: channel) }

    /// Past its deadline and still open, as of `now`.
    public func isOverdue(at now: Date) -> Bool {
        guard status.isOpen, let deadline else { return false }
        return deadline < now
    }

    /// The requester as shown: name or nickname and masked phone.
    public var requesterDisplay: String {
        [requesterName ?? requesterSender, requesterPhone.map(Masking.phone)].compactMap { $0 }.joined(separator: " ")
    }
}

/// One change to a case: append-only, with operator and time.
public struct CaseEvent: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "caseEvents"

    public var id: Int64?
    public var caseID: String
    public var at: Date
    public var operatorName: String
    public var kind: CaseEventKind
    public var fromStatus: CaseStatus?
    public var toStatus: CaseStatus?
    public var note: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Another resident linked to a case (a duplicate report), kept with the case.
public struct CaseReporter: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "caseReporters"

    public var caseID: String
    public var name: String?
    public var phone: String?
    public var sender: String?
    public var channel: Channel
    public var at: Date
}

/// What a module says about a case it opens.
public struct CaseDraft: Sendable {
    public var title: String
    public var category: String?
    /// A time limit id from the directory (`emergency`, `utility`, `general`, `complex`); nil for no deadline.
    public var timeLimit: String?
    public var urgent: Bool
    /// Dispatch at once to this unit, team or person.
    public var assignee: String?
    public var address: Address?
    public var dedupeKey: String?
    /// Searchable text besides the title (the description).
    public var details: String?
    /// A fixed deadline (an appointment), instead of one computed from ``timeLimit``.
    public var deadline: Date?
    /// The person the case is about (``Resident/id``: the elder a home visit is for), linked when the request
    /// itself names nobody with a number — so that the person's export and deletion reach the case.
    public var resident: Int64?

    public init(title: String, category: String? = nil, timeLimit: String? = "general", urgent: Bool = false,
                assignee: String? = nil, address: Address? = nil, dedupeKey: String? = nil, details: String? = nil,
                deadline: Date? = nil, resident: Int64? = nil) {
        self.title = title; self.category = category; self.timeLimit = timeLimit; self.urgent = urgent
        self.assignee = assignee; self.address = address; self.dedupeKey = dedupeKey; self.details = details
        self.deadline = deadline; self.resident = resident
    }
}
