import Foundation

/// A person the community serves: who asked, who to call back, whose elder or club record it is.
///
/// Personal data, kept whole in the database and shown masked everywhere (``Masking``): the name, phone numbers
/// (``ResidentPhone``), the ID number, the home address and notes on vulnerability (独居, 卧床, 失能…). Whole
/// numbers are seen only through the audited reveal (`显示号码`), which is written to the ``AccessRecord`` log.
public struct Resident: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "residents"

    public var id: Int64?
    public var name: String?
    /// The citizen ID number, when the person gave it (GB 11643-1999, checked before storing).
    public var idNumber: String?
    public var address: String?
    public var compound: String?
    /// The household at ``address``.
    public var householdID: Int64?
    /// Vulnerability and care notes (独居, 卧床…): sensitive personal data.
    public var notes: String?
    public var status: Status
    /// Where this entry went when it was merged into another person.
    public var mergedInto: Int64?
    public var createdAt: Date
    public var updatedAt: Date

    /// An entry's state: in use, closed (moved away, deceased), merged into another, or anonymised on request.
    public enum Status: String, Codable, Sendable {
        case active, closed, merged, anonymised

        public var chinese: String {
            switch self {
            case .active: "在册"
            case .closed: "已注销"
            case .merged: "已合并"
            case .anonymised: "已匿名化"
            }
        }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// `R12`: how staff name an entry in commands.
    public var code: String { "R\(id ?? 0)" }

    /// Name and code, for lists: `王阿姨（R12）`.
    public var label: String { "\(name ?? "未留姓名")（\(code)）" }
}

/// One of a resident's phone numbers (digits only, stored whole).
public struct ResidentPhone: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "residentPhones"

    public var residentID: Int64
    public var digits: String
    /// `本人`, `儿子`, `家属`…
    public var label: String?
    public var addedAt: Date
}

/// The people living at one address.
public struct Household: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "households"

    public var id: Int64?
    public var address: String
    public var compound: String?
    public var createdAt: Date

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
