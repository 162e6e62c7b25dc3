import Foundation
import GRDB

/// 回访 written the way staff note a call (`回访 泊12-1 楼梯结冰 居民满意 结案`): the case found by its place and
/// words instead of its number.
extension Desk {
    /// The follow-up `args` describes without a case number: the case at the place it names, the one whose title
    /// shares the most words with it when several are there; with no place, or none there, the case of a resident it
    /// names (``caseToFollowUp(namedIn:now:)``). A closed case gets the rating its words say (rules.md
    /// §5: 满意, 不满意…); a case still open gets the call noted, to be rated once it is closed. Bad input — no place,
    /// no case there, two cases equally likely, no rating word — is an error that names what is missing and
    /// changes nothing.
    func followUpByPlace(_ args: String, usage: String, message: Message) throws -> Reply {
        let place = addresses.read(args), now = message.time ?? clock.now
        let record: CaseRecord
        if place.compound != nil, place.building != nil || place.villageGroup != nil || place.place != nil {
            do {
                record = try caseToFollowUp(at: place, described: args, now: now)
            } catch let error as DeskError where error.code == "not-found" {
                // A place the resident corrected after reporting (`是4栋不是5栋`): their case, by name, if one.
                guard let named = try caseToFollowUp(namedIn: args, now: now) else { throw error }
                record = named
            }
        } else if let named = try caseToFollowUp(namedIn: args, now: now) {
            // No place, a resident named (`回访 葛爹爹的水表 …`).
            record = named
        } else {
            throw DeskError("missing-case-id", "请写出工单号，如 BX-0042，或写明地点（如 泊12-1 楼道灯）或居民和事由（如 葛爹爹的水表）。用法：\(usage)")
        }
        let said = Self.satisfactionWords.first { args.contains($0.word) }
        switch record.status {
        case .closed:
            guard let said else {
                throw DeskError("missing-argument", "找到工单 \(record.id)（\(record.title)），请写出评分：回访 \(record.id) 满意（或 1–5 分、不满意）")
            }
            let updated = try store.write { db in
                try CaseBook(db: db, operatorName: message.operatorName, now: message.time ?? clock.now, directory: directory, module: nil,
                             runtime: runtime(access: access(for: message, in: db)))
                    .followUp(record.id, rating: said.rating, comment: Masking.redact(args))
            }
            return Reply(module: updated.module, status: .updated, caseID: updated.id,
                         text: "已记下工单 \(updated.id)（\(updated.title)）的回访：\(said.word)。工单现为「\(updated.status.chinese)」。")
        case .followedUp:
            throw DeskError("invalid-transition", "工单 \(record.id)（\(record.title)）已经回访过了" + (record.rating.map { "（评分 \($0)）" } ?? "") + "。")
        case .cancelled:
            throw DeskError("invalid-transition", "工单 \(record.id)（\(record.title)）已取消，不用回访。")
        case .accepted, .dispatched, .inProgress, .reopened:
            return addToCase(record, note: "回访：\(Masking.redact(args))", message: message,
                             reply: "工单 \(record.id)（\(record.title)）还没有办结（现为「\(record.status.chinese)」），已把回访情况记在工单上。"
                                + "办结后再记评分：回访 \(record.id) \(said?.word ?? "满意")")
        }
    }

    /// The case of the last ninety days at `place` (same compound and building, unit and public place when both
    /// name one) that the words of `text` speak of most; at a home (a room named) the one case there whatever its
    /// words.
    func caseToFollowUp(at place: Address, described text: String, now: Date) throws -> CaseRecord {
        let since = now.addingTimeInterval(-90 * 86400)
        let there = try store.read { db in
            try CaseRecord.fetchAll(db, sql: """
                SELECT * FROM cases WHERE compound = ? AND createdAt >= ? ORDER BY createdAt DESC LIMIT 200
                """, arguments: [place.compound, since])
        }.filter { record in
            guard let address = record.address else { return false }
            let stored = addresses.read(address)
            func same<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a == nil || b == nil || a == b }
            return (place.building == nil || stored.building == place.building) && same(place.unit, stored.unit)
                && same(place.villageGroup, stored.villageGroup) && (place.place == nil || stored.place == place.place)
        }
        // Shared words first — with the title and what the resident said, not the compound's name, which every title
        // there begins with —, then the place written as the case's (`泊12-1` is 12栋1单元's case before 12栋's).
        let words = wordsOfTheMatter(text)
        func score(_ record: CaseRecord) -> (words: Int, samePlace: Int) {
            let shared = words.intersection(Self.hanPairs(Self.whatItIsAbout(record))).count
            let samePlace = record.address.map { addresses.read($0).unit == place.unit } ?? false
            return (shared, samePlace ? 1 : 0)
        }
        let scored = there.map { ($0, score($0)) }
        guard let best = scored.map(\.1).max(by: { ($0.words, $0.samePlace) < ($1.words, $1.samePlace) }) else {
            throw DeskError("not-found", "「\(place)」近三个月没有工单。请写出工单号，可以用 搜索 查找。")
        }
        let likeliest = scored.filter { $0.1 == best }.map(\.0)
        let listed = likeliest.prefix(5).map { "\($0.id)（\($0.title)，\($0.status.chinese)）" }.joined(separator: "、")
        guard likeliest.count == 1, let first = likeliest.first else {
            throw DeskError("ambiguous-case", "「\(place)」有几张工单：\(listed)。请写出工单号：回访 工单号 满意")
        }
        // A case that shares no word is taken only at a home's own door (`回访 奥3-1-1602 满意`): at a building, the
        // call may be about any of its cases.
        guard best.words > 0 || place.room != nil else {
            throw DeskError("ambiguous-case", "「\(place)」的工单 \(listed) 没有说到这件事。请写出工单号：回访 工单号 满意")
        }
        return first
    }

    /// The words of two characters in `text` that may speak of a matter (``hanPairs(_:)``), the compounds' names left
    /// out: every case there is in its compound.
    func wordsOfTheMatter(_ text: String) -> Set<String> {
        Self.hanPairs(text).subtracting(directory.compounds.flatMap(\.allNames).flatMap(Self.hanPairs))
    }

    /// What a case is about, as 回访 written in words is matched against it: its title, its category and what was said
    /// in its text fields.
    static func whatItIsAbout(_ record: CaseRecord) -> String {
        let told = record.fields.values.compactMap { value -> String? in if case .text(let said) = value { said } else { nil } }
        return ([record.title, record.category ?? ""] + told).joined(separator: " ")
    }
}
