import Foundation

/// Staff at the counter telling how an open matter went, without its number (`泊林南边路路灯 两盏已修好 北门一盏等灯头`,
/// `桃源芸芸家屋面防水重做完 下了一场雨 屋里冇再滴 结单`): the news goes on the open case at the place the line names,
/// or of the resident it names, and a line that closes the matter closes that case.
extension Desk {
    /// Whether staff's `text` takes up a matter still to be done (``MatterTakenUp``) — to follow on a case, not a record of
    /// work done — and is not what a danger told after the fact left (`池塘落水 已联系物业今天加固假山边栏杆`).
    func isAMatterToFollow(_ text: String) -> Bool {
        MatterTakenUp.says(text) && emergencies.emergency(in: text, evenIfOver: true) == nil
    }

    /// The reply that records `text` on the open case it speaks of (``openCaseSpokenOf(in:now:)``), or nil when there is
    /// none. At the counter only: a resident's news in a group goes to their own case
    /// (``recentCase(for:about:within:)``).
    func progressOnOpenCase(_ text: String, message: Message) -> Reply? {
        guard message.channel == .desk, let record = openCaseSpokenOf(in: text, now: message.time ?? clock.now) else { return nil }
        let note = Masking.redact(text)
        // Closed only by whoever may close it, as `办结` is (``requireOwnOrPermitted(_:message:)``).
        let closes = MatterClosed.says(text)
        guard closes, (try? requireOwnOrPermitted(record.id, message: message)) != nil else {
            // News that asks nothing changes no state: noted on the case, as a neighbour's remark in a group is
            // (`.ignored` with the case's number), and answered at the counter.
            let notPermitted = closes ? "办结他人受理的工单要网格员或社区干部来办：办结 \(record.id) 处理结果。" : ""
            var noted = addToCase(record, note: "进展：\(note)", message: message,
                                  reply: "好的，已把这条进展记到工单 \(record.id)（\(record.title)，\(record.status.chinese)）上。" + notPermitted)
            if noted.status == .updated { noted.status = .ignored }
            return noted
        }
        do {
            let closed = try store.write { db in try book(db, record, message).close(record.id, note: note) }
            return Reply(module: closed.module, status: .updated, caseID: closed.id,
                         text: "工单 \(closed.id)（\(closed.title)）已办结，办理情况已记下。不是这张的话，输入 重办 \(closed.id) 原因。")
        } catch {
            return internalError(error, message: message, module: record.module)
        }
    }

    /// The open case `text` tells of: the one at the place it names that shares its words, or, naming no such place,
    /// the one of the resident it names (`幸爹爹`, `卢桂英`) whose words it shares (``caseToFollowUp(namedIn:now:)``).
    private func openCaseSpokenOf(in text: String, now: Date) -> CaseRecord? {
        let place = addresses.read(text)
        if place.compound != nil, place.building != nil || place.villageGroup != nil || place.place != nil,
           let record = try? caseToFollowUp(at: place, described: text, now: now), speaksOf(record, text) {
            return record.status.isOpen ? record : nil
        }
        guard let named = try? caseToFollowUp(namedIn: text, now: now), named.status.isOpen else { return nil }
        return named
    }

    /// Whether `text` shares a word of two characters with what `record` is about, leaving out the compounds' names,
    /// the case's place (`东门`: another matter there) and the words every title holds (`单元`, `地址待核实`,
    /// `待补充：类别`): at a home with several matters, a fix told of is the one it names.
    private func speaksOf(_ record: CaseRecord, _ text: String) -> Bool {
        let words = wordsOfTheMatter(text).subtracting(Self.titleWords).subtracting(Self.hanPairs(record.address ?? ""))
        return !words.isDisjoint(with: Self.hanPairs(Self.whatItIsAbout(record)))
    }

    /// Words of two characters that case titles hold whatever the matter: the address's and the blanks'.
    private static let titleWords = hanPairs("单元 地址待核实 待补充类别 姓名待补 住址待补")
}
