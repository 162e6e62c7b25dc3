import Foundation

// The domain events of the community, shared by every module. Add one here (with a doc comment saying who
// publishes it and when) rather than in a module: a module never imports another.

/// An older resident who lives alone (独居) or only with a spouse (空巢) was registered or found to do so.
/// Published by 老年认证 when an elder is registered or corrected to living alone; 微关爱 offers the person for
/// its care register.
public struct ElderLivesAlone: DomainEvent {
    public static let name = "elder-lives-alone"
    /// The person in the resident register (``Resident/id``), when linked.
    public var resident: Int64?
    /// The elder's name (stored whole by the register; masked in the audit).
    public var name: String
    /// The home address as written (`水印桃源3栋2单元502`).
    public var address: String
    /// `独居` or `空巢`.
    public var living: String

    public init(resident: Int64?, name: String, address: String, living: String) {
        self.resident = resident; self.name = name; self.address = address; self.living = living
    }

    public var summary: String { "\(living)老人：\(Masking.redact(name))（\(address)）" }
}

/// A resident died. Published by 老年认证's 老人注销 … 去世 (and by any module that learns it first); modules stop
/// reminders, visits and fees for the person.
public struct ResidentDied: DomainEvent {
    public static let name = "resident-died"
    public var resident: Int64?
    public var name: String
    public var address: String?
    public var day: CalendarDay

    public init(resident: Int64?, name: String, address: String?, day: CalendarDay) {
        self.resident = resident; self.name = name; self.address = address; self.day = day
    }

    public var summary: String { "居民去世：\(Masking.redact(name))（\(day.chinese)）" }
}

/// A grid worker certified an elder at home (上门认证 done). Published by 老年认证; 微关爱 may count it as a visit.
public struct ElderCertifiedAtHome: DomainEvent {
    public static let name = "elder-certified-at-home"
    public var resident: Int64?
    public var name: String
    public var address: String
    public var day: CalendarDay
    /// The grid worker who went.
    public var worker: String?

    public init(resident: Int64?, name: String, address: String, day: CalendarDay, worker: String?) {
        self.resident = resident; self.name = name; self.address = address; self.day = day; self.worker = worker
    }

    public var summary: String { "上门认证：\(Masking.redact(name))（\(day.chinese)）" }
}
