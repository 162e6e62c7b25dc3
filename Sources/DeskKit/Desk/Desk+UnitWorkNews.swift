import Foundation
import GRDB

/// The property company's or a contractor's people telling a group of their work on a resident's matter (`苗阿姨
/// 排污泵换了个新的 井也掏干净了`, `高区加压泵已经复位 来水了`, `门机皮带换了 已恢复运行`): news for the case, kept on it
/// for the staff who follow it up. A unit saying it is fixed does not close the case: the resident or the staff
/// confirm that.
extension Desk {
    /// A silent note of `text` on the group's open case it is about, when a unit's account (``Router/isUnitAccount(_:)``)
    /// tells of work done, under way or coming (``workNews``) outside a notice's own format. Nil when the line is no
    /// such news or no open case of the group is plainly the one (``caseTheWorkIsOn(_:message:)``): the line stays
    /// the unit's own, as before.
    func unitWorkNews(_ text: String, message: Message) -> Reply? {
        guard message.channel == .group, let sender = message.requester.sender, router.isUnitAccount(sender),
              !router.isNotice(text), CharacterPresence(text).containsAny(of: Self.workNews),
              let record = caseTheWorkIsOn(text, message: message) else { return nil }
        return addToCase(record, note: "单位在群里说：\(Masking.redact(text))", message: message, reply: nil)
    }

    /// The group's open case of the last fortnight that `text` is about: the one that shares the most words with it
    /// (``hanPairs(_:)`` of its title and particulars), a resident the line addresses (`苗阿姨`, `邝爹爹`) counting for
    /// the cases they reported; of equals, the newest. Without any word or name in common, the group's newest open
    /// case of the last day, when it is not an emergency (an emergency's thread has its own reading). Cases raised by
    /// a unit's account are not candidates.
    func caseTheWorkIsOn(_ text: String, message: Message) -> CaseRecord? {
        guard let group = message.group else { return nil }
        let now = message.time ?? clock.now
        let open = (try? store.read { db in
            try CaseRecord.fetchAll(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND status IN \(CaseStatus.openSQL) AND updatedAt >= ?
                ORDER BY updatedAt DESC LIMIT 20
                """, arguments: [group, now.addingTimeInterval(-14 * 86400)])
        }) ?? []
        let candidates = open.filter { record in !(record.requesterSender.map(router.isUnitAccount) ?? false) }
        let addressed = Self.personsAddressed(in: text).compactMap(\.unicodeScalars.first)
        let words = Self.hanPairs(text)
        let scored = candidates.map { record -> (CaseRecord, Int) in
            let who = [record.requesterSender, record.requesterName].compactMap { $0 }.joined()
            let named = addressed.contains { surname in who.unicodeScalars.contains(surname) } ? 2 : 0
            return (record, named + words.intersection(Self.hanPairs(Self.whatItIsAbout(record))).count)
        }
        if let best = scored.map(\.1).max(), best > 0 { return scored.first { $0.1 == best }?.0 }
        guard let newest = candidates.first, !newest.urgent, newest.updatedAt >= now.addingTimeInterval(-86400) else { return nil }
        return newest
    }

    /// Words of work done, under way or coming, and of what caused a fault (`换了`, `复位`, `已恢复`, `在换`,
    /// `下午到`, `堵了`).
    static let workNews = ["修好", "换了", "换好", "换上", "已恢复", "恢复了", "恢复运行", "复位", "来水了", "来电了", "清了", "清理",
                           "调了", "调好", "接好", "补上", "补好", "开工", "重做", "在换", "在修", "在查", "去查", "来换", "来修",
                           "下午到", "上午到", "明天来", "马上到", "预计", "堵了", "坏了", "故障", "原因"]
}
