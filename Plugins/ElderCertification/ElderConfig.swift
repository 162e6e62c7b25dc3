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


/// `seeds/elder-certification/info.yaml`: what residents are told about the 优待证 and the 高龄津贴. Whether an
/// entry is verified is kept in the seed for the community to check; replies never mention it.
struct ElderInfo: Codable, Sendable {
    var benefitCard: BenefitCard
    var ageAllowance: AgeAllowance

    struct BenefitCard: Codable, Sendable {
        var verified: Bool
        var who: String
        var `where`: String
        var bring: String
        var over65: String
    }

    struct AgeAllowance: Codable, Sendable {
        var verified: Bool
        var who: String
        var how: String
        var amounts: String
    }

    static func load(_ db: Database) throws -> ElderInfo {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM elderConfig WHERE key = 'info'") else {
            throw DeskError("no-config", "老年认证模块没有导入 seeds/elder-certification/info.yaml")
        }
        return try JSONDecoder().decode(ElderInfo.self, from: Data(json.utf8))
    }

    func save(_ db: Database) throws {
        let json = String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
        try db.execute(sql: "INSERT OR REPLACE INTO elderConfig(key, value) VALUES ('info', ?)", arguments: [json])
    }
}
