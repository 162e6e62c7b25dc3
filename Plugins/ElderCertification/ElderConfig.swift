import Foundation
import DeskKit

/// `seeds/elder-certification/config.yaml`, kept in the module's table after first start.
struct ElderConfig: Codable, Sendable {
    var cycle: CertificationCycle
    var benefitCard: BenefitCard
    var ageAllowance: AgeAllowance

    struct BenefitCard: Codable, Sendable {
        /// Application opens this many months before the 60th birthday month.
        var applyMonthsBefore: Int
    }

    struct AgeAllowance: Codable, Sendable {
        var ages: [Int]
        /// Monthly amounts in yuan by age; empty until the community fills in verified figures.
        var monthlyYuan: [String: Int]
    }

    static func load(_ db: Database) throws -> ElderConfig {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM elderConfig WHERE key = 'config'") else {
            throw DeskError("no-config", "老年认证模块没有配置（seeds/elder-certification/config.yaml 未导入）")
        }
        return try JSONDecoder().decode(ElderConfig.self, from: Data(json.utf8))
    }

    func save(_ db: Database) throws {
        let json = String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
        try db.execute(sql: "INSERT OR REPLACE INTO elderConfig(key, value) VALUES ('config', ?)", arguments: [json])
    }
}

