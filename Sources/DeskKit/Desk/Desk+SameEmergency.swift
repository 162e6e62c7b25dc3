import Foundation

/// A second alarm in a group about the danger reported there minutes ago (`汉口道5栋1单元12楼楼道冒黑烟 … 着火了`,
/// then from the floor below `我是11楼的 楼道全是烟 我抱着伢从楼梯往下跑了`): the sender hears the safety words
/// again and is linked to the open emergency as one more reporter — one urgent case for staff to run to, not two.
extension Desk {
    /// The group's open urgent case of `service`, opened within the last half hour for the same kind of danger as the
    /// alarm `text`, told in some of the same words (`楼道`) and at no other building than `place` names; nil when
    /// there is none, and for a kind whose alarms are each their own (two children missing are two searches).
    func sameEmergencyInGroup(_ emergency: Emergency, text: String, service: String, place: Address?, message: Message) -> CaseRecord? {
        guard message.channel == .group, let group = message.group, !emergencies.raisesSeparateAlarms(emergency) else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-30 * 60)
        let open = (try? store.read { db in
            try CaseRecord.fetchAll(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND service = ? AND urgent AND status IN \(CaseStatus.openSQL)
                  AND createdAt >= ? ORDER BY createdAt DESC LIMIT 3
                """, arguments: [group, service, since])
        }) ?? []
        guard !open.isEmpty else { return nil }
        let words = Self.hanPairs(text)
        return open.first { record in
            let told = record.fields["description"]?.text ?? record.title
            return emergencies.emergency(in: told)?.id == emergency.id && !words.isDisjoint(with: Self.hanPairs(told))
                && !Self.namesAnotherBuilding(place, than: record)
        }
    }

    /// Whether `place` and the case's place are both buildings of a compound and not the same one.
    private static func namesAnotherBuilding(_ place: Address?, than record: CaseRecord) -> Bool {
        guard let place, let building = place.building,
              let theirs = record.fields.values.lazy.compactMap(\.address).first, let their = theirs.building else { return false }
        return building != their || (place.compound != nil && theirs.compound != nil && place.compound != theirs.compound)
    }
}
