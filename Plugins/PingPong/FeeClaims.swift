import DeskKit
import Foundation

/// A fee payment a resident told in a WeChat group: money the club has not seen yet. It never enters the
/// ledger or the public statement by itself; it waits as a case for the club's managers, who check the
/// transfer and confirm it (`会费确认 PP-0003`) or turn it down (`会费确认 PP-0003 退回 没收到这笔转账`).
struct FeeClaim: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "pingpongClaims"
    var caseID: String
    var memberID: Int64
    var planID: String
    var amountFen: Int
    var method: String
    var reference: String?
    var reason: String?
    var paidOn: CalendarDay
}

/// Filing, listing, confirming and turning down fee claims.
struct FeeClaims {
    let context: ServiceContext

    static let usage = "会费确认（列出待确认的会费）| 会费确认 PP-0003（核对到账后入账）| 会费确认 PP-0003 退回 原因"
    /// Words that turn a claim down rather than confirm it.
    static let refusals = ["退回", "不对", "拒绝", "没收到", "未收到", "驳回"]

    /// Claims whose case is still open, oldest first.
    static func open(_ db: Database) throws -> [FeeClaim] {
        try FeeClaim.fetchAll(db, sql: """
            SELECT c.* FROM pingpongClaims c JOIN cases k ON k.id = c.caseID
            WHERE k.status IN \(CaseStatus.openSQL) ORDER BY c.caseID
            """)
    }

    /// Files a claim from a group: a case for the managers, and a kind reply that says nothing is booked yet.
    func file(_ claim: FeeClaim, member: Member, plan: Plan, request: ServiceRequest) throws -> Reply {
        let club = try PingPong.club(context.db)
        let managers = club.managersName
        let amount = Money(fen: claim.amountFen)
        let what = "\(member.name) \(plan.name) \(amount)（\(PingPong.methodName(claim.method))）"
        let record = try context.cases.open(
            CaseDraft(title: "会费待确认：\(what)", category: "会费确认", timeLimit: "general", assignee: managers,
                      details: request.text), for: request)
        var stored = claim
        stored.caseID = record.id
        try stored.insert(context.db)
        return Reply(module: "pingpong", status: .created, caseID: record.id,
                     text: "收到，\(what)已转 \(managers) 核对，到账后由管理员入账，工单 \(record.id)。群里说的交费要管理员确认后才记账，谢谢理解！")
    }

    /// `会费确认 …` at the counter.
    func run(_ text: String) throws -> Reply {
        let words = text.split(separator: " ").map(String.init)
        guard let id = words.first?.uppercased() else { return try list() }
        guard let claim = try FeeClaim.fetchOne(context.db, key: id) else {
            throw DeskError("unknown-claim", "没有待确认的会费「\(words[0])」。用法：\(Self.usage)")
        }
        let record = try context.cases.require(id)
        guard record.status.isOpen else {
            throw DeskError("claim-settled", "\(id) 已经处理过了（\(record.status.chinese)）")
        }
        guard let member = try Member.fetchOne(context.db, key: claim.memberID).map({ try Member.load([$0], in: context.residents)[0] }),
              let plan = try Plan.fetchOne(context.db, key: claim.planID) else {
            throw DeskError("unknown-member", "\(id) 的会员或方案已不存在")
        }
        let rest = words.dropFirst()
        if let first = rest.first, Self.refusals.contains(where: first.hasPrefix) {
            let why = rest.dropFirst().joined(separator: " ")
            guard !why.isEmpty else { throw DeskError("missing-argument", "退回要写明原因：会费确认 \(id) 退回 没收到这笔转账") }
            try context.cases.close(id, note: "会费未入账：\(why)", publicText: "管理员核对后，这笔会费没有入账。如有疑问请找球友会管理员。")
            return Reply(module: "pingpong", status: .updated, caseID: id, text: "已退回 \(id)（\(member.name)），没有入账。原因：\(why)")
        }
        let booked = try FeePayments(context: context).book(claim, member: member, plan: plan)
        try context.cases.close(id, note: "管理员确认到账。" + booked.text, publicText: "会费已核对入账，谢谢支持球室！")
        return Reply(module: "pingpong", status: .updated, caseID: id, text: "已确认 \(id)。" + booked.text)
    }

    private func list() throws -> Reply {
        let claims = try Self.open(context.db)
        guard !claims.isEmpty else { return .answer("没有待确认的会费。", module: "pingpong") }
        let names = Dictionary(uniqueKeysWithValues: try ClubMembers(context: context).all().map { ($0.id!, $0.name) })
        let plans = Dictionary(uniqueKeysWithValues: try Plan.fetchAll(context.db).map { ($0.id, $0.name) })
        let rows = claims.map {
            [$0.caseID, $0.paidOn.description, names[$0.memberID] ?? "?", plans[$0.planID] ?? $0.planID,
             Money(fen: $0.amountFen).plain, PingPong.methodName($0.method), $0.reference ?? "—"]
        }
        return .answer("待确认的会费（核对到账后：会费确认 工单号；没收到：会费确认 工单号 退回 原因）：\n"
                       + context.table(["工单", "交费日期", "会员", "方案", "金额", "方式", "转账单号"], rows), module: "pingpong")
    }
}
