import Foundation

/// A second alarm in a group about the danger reported there minutes ago (`汉口道5栋1单元12楼楼道冒黑烟 … 着火了`,
/// then from the floor below `我是11楼的 楼道全是烟 我抱着伢从楼梯往下跑了`): the sender hears the safety words
/// again and is linked to the open emergency as one more reporter — one urgent case for staff to run to, not two.
extension Desk {
    /// The group's open urgent case, opened within the last half hour for the same kind of danger as the alarm `text`
    /// (or a cry for help of no kind, ``EmergencyGuide/general``, before or after it), told in some of the same words
    /// (`楼道`) and at no other building than `place` names; nil when there is none, and for a kind whose alarms are
    /// each their own (two children missing are two searches). Whichever service took the first alarm: a wire down
    /// and sparking told with its street is the repairs module's, `还在冒火花 … 快点来人` after it, told with nothing
    /// of a repair, the desk's — one danger.
    func sameEmergencyInGroup(_ emergency: Emergency, text: String, place: Address?, message: Message) -> CaseRecord? {
        guard message.channel == .group, let group = message.group, !emergencies.raisesSeparateAlarms(emergency) else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-30 * 60)
        let open = (try? store.read { db in
            try CaseRecord.fetchAll(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND urgent AND status IN \(CaseStatus.openSQL)
                  AND createdAt >= ? ORDER BY createdAt DESC LIMIT 3
                """, arguments: [group, since])
        }) ?? []
        guard !open.isEmpty else { return nil }
        let words = Self.hanPairs(text)
        return open.first { record in
            guard !Self.namesAnotherBuilding(place, than: record) else { return false }
            let told = record.fields["description"]?.text ?? record.title
            // (Its words paired only when a rule below asks for them.)
            let sharesWords = { !words.isDisjoint(with: Self.hanPairs(told)) }
            let theirs = emergencies.emergency(in: told)?.id
            if theirs == emergency.id { return sharesWords() }
            // A cry for help first and what it is after, minutes later (`救命 公园池塘有个伢掉下克了`, then `已经有人跳下去了
            // 伢拉上来了 在吐水 快打120`): one danger once it is known what it is, when the same person tells it, or it is
            // told in some of the same words or of the same person in danger (`伢`). (`巷子又进水了 … 婆婆在屋里出不来`
            // and then `涵洞全淹了 有几个伢在里面玩水` are two.)
            let general = emergencies.general?.id
            guard general != nil, theirs == general || emergency.id == general,
                  record.createdAt >= (message.time ?? clock.now).addingTimeInterval(-Self.cryThenWhatWindow) else { return false }
            let sameTeller = message.requester.sender != nil && record.requesterSender == message.requester.sender
            return sameTeller || Self.personsInDanger.contains { text.contains($0) && told.contains($0) } || sharesWords()
        }
    }

    /// How soon after a cry for help of no kind an alarm of a kind is taken for the same danger, whatever its words.
    static let cryThenWhatWindow: TimeInterval = 10 * 60

    /// Words for the one in danger that two alarms about one danger share (`伢`, `婆婆`). Not ``personInDanger``, whose
    /// `他` and `她` tell how the person is in an answer but would join any two alarms.
    static let personsInDanger = ["伢", "孩子", "小孩", "老人", "婆婆", "爹爹", "奶奶", "爷爷", "男的", "女的", "小伙", "师傅"]

    /// Whether `place` and the case's place are both buildings of a compound and not the same one.
    private static func namesAnotherBuilding(_ place: Address?, than record: CaseRecord) -> Bool {
        guard let place, let building = place.building,
              let theirs = record.fields.values.lazy.compactMap(\.address).first, let their = theirs.building else { return false }
        return building != their || (place.compound != nil && theirs.compound != nil && place.compound != theirs.compound)
    }
}
