import DeskKit
import Foundation

/// Who answers for a repair category and in how long, from `seeds/repairs/routing.yaml`.
struct RepairRouting: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "repairsRouting"

    var category: String
    /// A time limit id from the community directory (`utility`, `general`, `complex`).
    var timeLimit: String
    /// `property` (the compound's property company), or an organisation or volunteer-team id.
    var responsible: String

    /// The seed file's shape.
    struct Seed: Decodable {
        var categories: [String: Entry]
        struct Entry: Decodable {
            var timeLimit: String
            var responsible: String
        }
    }

    /// The routing of `category`. A statement prepared once per connection: `fetchOne(_:key:)` built its
    /// statement for every report (docs/performance.md, fifteenth pass).
    static func find(_ category: String, in db: Database) throws -> RepairRouting? {
        try fetchOne(db.cachedStatement(sql: "SELECT * FROM repairsRouting WHERE category = ?"), arguments: [category])
    }

    /// The unit or team name that answers for a repair at `address`.
    func responsibleName(at address: Address, in directory: CommunityDirectory) -> String {
        if responsible == "property" {
            let company = address.compound.flatMap(directory.compound(id:))?.propertyCompany.flatMap(directory.organisation(id:))
            return company?.name ?? directory.organisation(id: "community-office")?.name ?? "社区居委会"
        }
        return directory.organisation(id: responsible)?.name ?? directory.team(id: responsible)?.name ?? responsible
    }
}
