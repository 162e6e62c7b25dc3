import Foundation

/// The link a resident gets for a case opened from a WeChat group: `/c/BX-0042/<token>`. The token is 128 random
/// bits kept with the case, so a case page cannot be found by counting case numbers; whoever has the link (the
/// group it was posted in) sees the case's public status and may rate it once.
public struct CaseLink: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "caseLinks"

    public var caseID: String
    /// 22 characters of URL-safe base64.
    public var token: String
    public var createdAt: Date
    /// When the resident rated the case through the link: a link rates once.
    public var ratedAt: Date?

    /// The path of the case page, below the public address.
    public var path: String { "/c/\(caseID)/\(token)" }

    /// A new link for `caseID` with a fresh random token.
    static func new(caseID: String, at now: Date) -> CaseLink {
        var generator = SystemRandomNumberGenerator()   // getrandom(2): a cryptographically secure source
        while true {
            let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let token = Self.base64URL(Data(bytes).base64EncodedString())
            // Replies mask runs of digits that look like phone numbers; a token never holds one.
            guard !holdsSixDigitsInARow(token) else { continue }
            return CaseLink(caseID: caseID, token: token, createdAt: now, ratedAt: nil)
        }
    }

    /// `base64` in the URL's alphabet without padding: `+` as `-`, `/` as `_`, no `=`. Mapped byte by byte (the
    /// text is ASCII): Foundation's three `replacingOccurrences` were 25,000 instructions each, 9 M of relaying
    /// 1,000 messages (docs/performance.md, twenty-fifth pass).
    static func base64URL(_ base64: String) -> String {
        String(decoding: base64.utf8.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "+"): UInt8(ascii: "-")
            case UInt8(ascii: "/"): UInt8(ascii: "_")
            case UInt8(ascii: "="): nil
            default: byte
            }
        }, as: UTF8.self)
    }

    /// Whether `token` has six ASCII digits in a row (a scan of its bytes: the regular expression it replaced
    /// was compiled for every case the relay opened).
    static func holdsSixDigitsInARow(_ token: String) -> Bool {
        var run = 0
        for byte in token.utf8 {
            run = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? run + 1 : 0
            if run == 6 { return true }
        }
        return false
    }

    /// The link of `caseID` when `token` is its token (compared in constant time), else nil.
    static func find(_ db: Database, caseID: String, token: String) throws -> CaseLink? {
        guard let link = try CaseLink.fetchOne(db, key: caseID), constantTimeEqual(link.token, token) else { return nil }
        return link
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension CaseBook {
    /// Gives a case opened from a group its link (once).
    func addLink(_ record: CaseRecord) throws {
        // Statements prepared once per connection: the relay opens a case, and so a link, for many messages.
        guard record.channel == .group,
              try !Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM caseLinks WHERE caseID = ?)"), arguments: [record.id])!
        else { return }
        let link = CaseLink.new(caseID: record.id, at: now)
        // The times as GRDB's text, written by hand (`StoredTime.value`; docs/performance.md, fifty-seventh pass).
        try db.cachedStatement(sql: "INSERT INTO caseLinks(caseID, token, createdAt, ratedAt) VALUES (?, ?, ?, ?)")
            .execute(arguments: [link.caseID, link.token, StoredTime.value(link.createdAt), link.ratedAt.map(StoredTime.value)])
    }
}
