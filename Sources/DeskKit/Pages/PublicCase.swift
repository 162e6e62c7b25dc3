import Foundation

/// A case as its resident sees it through the link the group got (`/c/BX-0042/<token>`): the status, the steps
/// with their dates, the texts the group was told, the unit responsible and its deadline. Never a name, phone,
/// ID, address, title or internal note: the title may hold an address or a health detail.
public struct PublicCase: Sendable, Equatable {
    public var id: String
    /// `住户报修/公共设施报修`.
    public var service: String
    public var status: CaseStatus
    public var urgent: Bool
    public var createdAt: Date
    public var assignee: String?
    public var deadline: Date?
    public var overdue: Bool
    /// The lifecycle: 受理, 派单, 开始处理, 办结, 回访, 重办, 取消, 催办, with their dates.
    public var steps: [Step]
    /// What the group was told about the case, oldest first.
    public var notices: [Step]
    public var rating: Int?
    /// Closed and not yet rated through the link: the page shows the rating form.
    public var mayRate: Bool

    public struct Step: Sendable, Equatable {
        public var at: Date
        public var text: String
    }

    /// What a resident is shown for an event, or nil for what stays internal (notes, links, updates).
    static func step(_ e: CaseEvent) -> String? {
        switch e.kind {
        case .created: "受理"
        case .dispatched: "派单"
        case .started: "开始处理"
        case .closed: "办结"
        case .followedUp: e.toStatus == .reopened ? "回访：不满意，重新办理" : "回访"
        case .reopened: "重新办理"
        case .cancelled: "取消"
        case .urged: "催办"
        case .completed, .noted, .linked, .updated: nil
        }
    }
}

/// Why a rating through a case link was refused.
public enum CaseRatingError: Error, Equatable {
    case notFound
    case notClosed(CaseStatus)
    case alreadyRated
    case invalid(String)

    public var message: String {
        switch self {
        case .notFound: "没有这个工单链接"
        case .notClosed(let s): "工单现在是「\(s.chinese)」，办结后才能评价"
        case .alreadyRated: "这个工单已经评价过了，谢谢您"
        case .invalid(let why): why
        }
    }
}

extension Desk {
    /// The case `id` as its link shows it, when `token` is the case's token; nil otherwise (an unknown case and a
    /// wrong token look the same).
    public func publicCase(_ id: String, token: String) throws -> PublicCase? {
        guard let caseID = CaseNumber.normalize(id) else { return nil }
        let now = clock.now
        return try store.read { db -> PublicCase? in
            guard let link = try CaseLink.find(db, caseID: caseID, token: token),
                  let record = try CaseRecord.fetchOne(db, key: caseID) else { return nil }
            let events = try CaseEvent.filter(Column("caseID") == caseID).order(Column("id")).fetchAll(db)
            let prefix = "工单 \(caseID)："
            let notices = try Row.fetchAll(db, sql: "SELECT createdAt, text FROM outbox WHERE caseID = ? ORDER BY id", arguments: [caseID])
                .compactMap { row -> PublicCase.Step? in
                    let text: String = row["text"]
                    guard text.hasPrefix(prefix) else { return nil }   // only what the kernel posted about the case
                    return PublicCase.Step(at: row["createdAt"], text: Masking.redact(String(text.dropFirst(prefix.count))))
                }
            let service = registry.service(code: record.service).map { "\($0.module.name.chinese)/\($0.service.name)" }
                ?? record.service
            return PublicCase(
                id: record.id, service: service, status: record.status, urgent: record.urgent, createdAt: record.createdAt,
                assignee: record.assignee.map(Masking.redact), deadline: record.status.isOpen ? record.deadline : nil,
                overdue: record.isOverdue(at: now),
                steps: events.compactMap { e in PublicCase.step(e).map { .init(at: e.at, text: $0) } },
                notices: notices, rating: record.rating,
                mayRate: record.status == .closed && link.ratedAt == nil)
        }
    }

    /// Records the resident's own 回访 rating (1–5) through the case link, once: 3 or more closes the follow-up,
    /// 1–2 reopens the case, as `回访` at the prompt does. Refused, changing nothing, with a wrong token, a case
    /// not 已办结, or a link that has rated already.
    public func rateThroughLink(_ id: String, token: String, rating: Int) throws -> CaseRecord {
        guard (1...5).contains(rating) else { throw CaseRatingError.invalid("请选择 1–5 分") }
        guard let caseID = CaseNumber.normalize(id) else { throw CaseRatingError.notFound }
        let now = clock.now
        return try store.write { db in
            guard var link = try CaseLink.find(db, caseID: caseID, token: token) else { throw CaseRatingError.notFound }
            guard link.ratedAt == nil else { throw CaseRatingError.alreadyRated }
            let book = CaseBook(db: db, operatorName: "居民（网页评价）", now: now, directory: directory, module: nil)
            let record = try book.require(caseID)
            guard record.status == .closed else { throw CaseRatingError.notClosed(record.status) }
            link.ratedAt = now
            try link.update(db)
            return try book.followUp(caseID, rating: rating, comment: "居民通过工单链接评价")
        }
    }

    /// The public address the case links start with (`https://desk.example.cn`), from `--public-url`,
    /// `$DESK_PUBLIC_URL` or community.yaml's `community.publicURL`; nil: group replies carry no link.
    public var publicURL: String? {
        get { publicURLSetting.withLock { $0 } ?? directory.community.publicURL }
        set { publicURLSetting.withLock { $0 = newValue.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } } }
    }

    /// The link of case `id` when it has one and a public address is set.
    public func caseLinkURL(_ id: String) -> String? {
        guard let base = publicURL, let link = try? store.read({ try CaseLink.fetchOne($0, key: id) }) else { return nil }
        return base + link.path
    }

    /// A group's reply that names a case of that group carries the case's link, so the resident can follow it.
    /// (Whether the desk has a public address is asked before the reply is searched for the case number: without
    /// one, Foundation's search of every group reply that names a case was 18,000 instructions for nothing —
    /// docs/performance.md, twenty-third pass.)
    func withCaseLink(_ reply: Reply, for message: Message) -> Reply {
        guard message.channel == .group, let id = reply.caseID, reply.status != .error, reply.status != .ignored,
              publicURL != nil, reply.text.contains(id),
              let record = try? store.read({ try CaseRecord.fetchOne($0, key: id) }), record.groupName == message.group,
              let url = caseLinkURL(id), !reply.text.contains(url) else { return reply }
        var linked = reply
        linked.text += "\n进度查询和评价：\(url)"
        return linked
    }
}
