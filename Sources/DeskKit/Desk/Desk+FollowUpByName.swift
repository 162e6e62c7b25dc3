import Foundation
import GRDB

/// 回访 and staff's follow-ups written with the resident's name instead of a place or a number (`回访 葛爹爹的水表 他说
/// “包了棉花 冇冻了 满意”`, `上次那个鲍阿姨的楼道灯 又坏了 四楼的`): staff name the resident as they call them, and the
/// thing.
extension Desk {
    /// Staff at the counter coming back to a resident's earlier matter, named by the resident and the thing
    /// (`上次那个葛爹爹的水表 这回冻裂了`, `刚才那位鲍阿姨的楼道灯 …`): the line goes on that case as a note — a closed
    /// case says how to take it up again. Nil when the line does not refer back, or names no case of one resident.
    func earlierMatterNamed(_ text: String, message: Message) -> Reply? {
        // (The first characters of the words looked for first: most counter lines hold none and skip the search.)
        guard message.channel == .desk, text.unicodeScalars.contains(where: { $0 == "上" || $0 == "刚" || $0 == "前" }),
              let back = Self.referringBack.first(where: text.contains),
              let record = try? caseToFollowUp(namedIn: text.replacingOccurrences(of: back, with: " "), now: message.time ?? clock.now)
        else { return nil }
        let again = record.status == .closed || record.status == .followedUp ? "工单已办结；要重办请写：重办 \(record.id) 原因" : ""
        return addToCase(record, note: "跟进：\(Masking.redact(text))", message: message,
                         reply: "已记到工单 \(record.id)（\(record.title)，\(record.status.chinese)）。" + again)
    }

    /// Words with which staff refer back to a resident they dealt with before.
    private static let referringBack = ["上次那个", "上回那个", "上次的", "刚才那位", "刚才那个", "前几天那个"]

    /// The names of the residents `text` addresses (``personsAddressed(in:)``: `葛爹爹`, `鲍阿姨`, a full name), each
    /// with the forms of address that name the same person: `葛大爷` in the group is `葛爹爹` at the counter.
    static func namesOfAddressed(in text: String) -> [String] {
        personsAddressed(in: text).flatMap { name -> [String] in
            guard let forms = sameForms.first(where: { $0.contains(where: name.hasSuffix) }),
                  let form = forms.first(where: name.hasSuffix) else { return [name] }
            let surname = name.dropLast(form.count)
            return forms.map { surname + $0 }
        }
    }

    /// Forms of address that name the same person.
    private static let sameForms = [["爹爹", "大爷", "爷爷"], ["婆婆", "奶奶"]]

    /// The case of the last ninety days reported by (or for) a resident `text` names by surname and form of address,
    /// the one whose title and words `text` shares most (``hanPairs(_:)``), when exactly one shares any: nil when
    /// `text` names no one, or no case of theirs, or two equally.
    func caseToFollowUp(namedIn text: String, now: Date) throws -> CaseRecord? {
        let names = Self.namesOfAddressed(in: text)
        guard !names.isEmpty else { return nil }
        let since = now.addingTimeInterval(-90 * 86400)
        let theirs = try store.read { db in
            try CaseRecord.fetchAll(db, sql: "SELECT * FROM cases WHERE createdAt >= ? AND status != ? ORDER BY createdAt DESC LIMIT 500",
                                    arguments: [since, CaseStatus.cancelled.rawValue])
        }.compactMap { record -> (CaseRecord, String)? in
            let about = Self.whatItIsAbout(record)
            let who = [record.requesterSender, record.requesterName].compactMap { $0 }.joined(separator: " ") + " " + about
            return names.contains(where: who.contains) ? (record, about) : nil
        }
        // The resident's name shares its pairs with every case of theirs: only the rest of the words choose.
        let words = Self.hanPairs(text).subtracting(names.flatMap(Self.hanPairs))
        let scored = theirs.map { ($0.0, words.intersection(Self.hanPairs($0.1)).count) }
        guard let best = scored.map(\.1).max(), best > 0 else { return nil }
        let likeliest = scored.filter { $0.1 == best }
        return likeliest.count == 1 ? likeliest[0].0 : nil
    }
}
