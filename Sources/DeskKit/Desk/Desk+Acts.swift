import Foundation

/// What the desk does with a line that is not a new request of its own: chatter and notices are left alone, a
/// question for another office gets a pointer, and what a reporter says about an earlier report (fixed, still
/// broken, "+1") goes to that report's case instead of opening another.
extension Desk {
    func speechAct(_ act: KernelLabel, fallback best: Router.ServiceRef?, text: String, message: Message) -> Reply {
        let group = message.channel == .group
        // The best service is a fallback only for a line that says what is wanted: `2栋` alone starts nothing.
        // (Weighed only by the acts that use a fallback: most lines that come here are chatter.)
        var fallback: Router.ServiceRef? { best.flatMap { requestContent(text).isEmpty ? nil : $0 } }
        switch act {
        case .chatter, .ad:
            return Reply(status: .ignored, text: group ? "" : "您好！需要办什么事请直接说，输入 帮助 查看全部命令。")
        case .notice:
            return Reply(status: .ignored, text: group ? "" : "这是一条通知，不需要办理。如要登记，请写明要办的事。")
        case .outOfScope:
            if let office = offices.office(for: text) { return .answer("\(office.topic)：\(office.answer)") }
            if let fallback { return begin(fallback, text: text, message: message) }
            return group ? Reply(status: .ignored, text: "") : .answer("这件事不在本服务台办理范围内。可以输入 诉求 加内容登记，由社区居委会转办。")
        case .resolved:
            guard let record = recentCase(for: message, about: text) ?? (group ? emergencyThread(message) : nil) else {
                return Reply(status: .ignored, text: group ? "" : "好的，没有需要登记的。")
            }
            // Thanks for a fix needs no answer in the group; "不用来了" does (the resident waits for someone).
            let thanksOnly = group && Self.thanksWords.contains(where: text.contains) && !Self.cancelInside.contains(where: text.contains)
            return addToCase(record, note: "居民反馈已解决或不再需要：\(Masking.redact(text))", message: message,
                             reply: thanksOnly ? nil : "收到，已在工单 \(record.id) 上记下您说的情况，工作人员核实后办结。")
        case .followUp:
            guard let record = recentCase(for: message, about: text) else {
                if let fallback { return begin(fallback, text: text, message: message) }
                return group ? Reply(status: .ignored, text: "") : .answer("请告诉我工单号，或说明是哪里的什么问题。")
            }
            var reply = "您的工单 \(record.id)（\(record.title)）现在是「\(record.status.chinese)」"
            if let assignee = record.assignee { reply += "，由 \(assignee) 处理" }
            if let deadline = record.deadline { reply += "，期限 \(DeskFormat.time(deadline))" }
            reply += "。已把您的催问记在工单上，会提醒处理单位。"
            return addToCase(record, note: "居民催问：\(Masking.redact(text))", message: message, reply: reply)
        case .meToo:
            if group, let record = recentGroupCase(message), Self.echoes(text, record) {
                return linkEcho(to: record, text: text, message: message)
            }
            if let fallback { return begin(fallback, text: text, message: message) }
            return Reply(status: .ignored, text: group ? "" : "请说一下要办什么事，例如：\(DisplayWidth.truncate(text, to: 16)) 厨房漏水。")
        }
    }

    /// The sender's own open case from the same group within the last 30 days: of their newest five, the first
    /// whose title shares a word with `text` (`楼上还是半夜拖椅子` is about the noise, not the certification asked
    /// for since), else the newest.
    private func recentCase(for message: Message, about text: String? = nil) -> CaseRecord? {
        guard message.channel == .group, let sender = message.requester.sender, let group = message.group else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-30 * 86400)
        let own = (try? store.read { db in
            try CaseRecord.fetchAll(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND status IN \(CaseStatus.openSQL) AND createdAt >= ?
                AND (requesterSender = ? OR id IN (SELECT caseID FROM caseReporters WHERE sender = ?))
                ORDER BY createdAt DESC LIMIT 5
                """, arguments: [group, since, sender, sender])
        }) ?? []
        guard let text, own.count > 1 else { return own.first }
        let words = Self.hanPairs(text)
        return own.first { !words.isDisjoint(with: Self.hanPairs($0.title + " " + ($0.category ?? ""))) } ?? own.first
    }

    /// Whether `text` can be an echo of `record`: short (`+1`, `我们这栋也停了`), or sharing a word with its title
    /// (`燃气灶打不着火` is not an echo of a lift case).
    private static func echoes(_ text: String, _ record: CaseRecord) -> Bool {
        text.count <= 10 || !hanPairs(text).isDisjoint(with: hanPairs(record.title + " " + (record.category ?? "")))
    }

    /// The group's newest open case of the last day: what a "+1" in the thread refers to.
    private func recentGroupCase(_ message: Message) -> CaseRecord? {
        guard let group = message.group else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-86400)
        return try? store.read { db in
            try CaseRecord.fetchOne(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND status IN \(CaseStatus.openSQL) AND updatedAt >= ?
                ORDER BY updatedAt DESC LIMIT 1
                """, arguments: [group, since])
        }
    }

    private func book(_ db: Database, _ record: CaseRecord, _ message: Message) -> CaseBook {
        let module = registry.module(id: record.module)
        return CaseBook(db: db, operatorName: message.operatorName, now: message.time ?? clock.now, directory: directory,
                        module: module.map { ($0.id, $0.casePrefix) }, runtime: runtime(access: access(for: message, in: db)))
    }

    /// The group's urgent open case of the last hour: the thread a neighbour's remark belongs to.
    func emergencyThread(_ message: Message) -> CaseRecord? {
        guard let group = message.group else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-3600)
        return try? store.read { db in
            try CaseRecord.fetchOne(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND urgent AND status IN \(CaseStatus.openSQL) AND updatedAt >= ?
                ORDER BY updatedAt DESC LIMIT 1
                """, arguments: [group, since])
        }
    }

    /// Words of thanks: a resident's "fixed, thanks" needs no answer in the group.
    private static let thanksWords = ["谢", "感谢", "辛苦", "点赞", "👍", "🙏"]
    /// Words that call off a visit (`不用来了`, `取消`): the resident expects an answer.
    private static let cancelInside = ["不用来", "不用派", "不用过来", "取消", "撤", "不需要", "不用管", "不用修"]

    /// Whether a remark in a group during an emergency is about the emergency: a hotline (`打了120`) or an echo
    /// is; an urging (`大门门禁还冇修好`) is about the sender's own open case when they have one.
    func joinsEmergencyThread(_ text: String, _ record: CaseRecord, decision: Router.Decision, message: Message) -> Bool {
        if Self.mentionsHotline(text) { return true }
        guard case .act(.followUp, _) = decision else { return true }
        // An urging is about the sender's own open case when they have one other than the emergency.
        return recentCase(for: message, about: text).map { $0.id == record.id } ?? true
    }

    /// The group's open case of `service` from the last three hours that `text` is about: its title shares a
    /// word with the text (`电梯`). An emergency that says no place takes that case's place.
    func relatedOpenCase(_ service: String, text: String, message: Message) -> CaseRecord? {
        guard let group = message.group else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-3 * 3600)
        let candidates = (try? store.read { db in
            try CaseRecord.fetchAll(db, sql: """
                SELECT * FROM cases WHERE groupName = ? AND service = ? AND status IN \(CaseStatus.openSQL) AND updatedAt >= ?
                ORDER BY updatedAt DESC LIMIT 5
                """, arguments: [group, service, since])
        }) ?? []
        let words = Self.hanPairs(text)
        return candidates.first { !words.isDisjoint(with: Self.hanPairs($0.title)) }
    }

    /// Every pair of adjacent Chinese characters in `text` (`电梯`, `梯里`…).
    private static func hanPairs(_ text: String) -> Set<String> {
        let han = text.map { $0.unicodeScalars.first!.properties.isIdeographic ? $0 : " " }
        return Set(zip(han, han.dropFirst()).filter { $0 != " " && $1 != " " }.map { String([$0, $1]) })
    }

    /// `已经打了120`, `打了燃气公司电话`, `消防车来了`: news from the scene of an emergency. A hotline's digits count
    /// only standing alone (`1202` is a room).
    static func mentionsHotline(_ text: String) -> Bool {
        if ["救护车", "消防车", "急救", "燃气公司", "抢修的", "消防队", "派出所", "警察"].contains(where: text.contains) { return true }
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            if ["120", "119", "110"].contains(String(chars[i..<j])) { return true }
            i = j
        }
        return false
    }

    /// Notes `note` on `record`. With a `reply`, the person hears it; without one the note is silent — in a
    /// group, a word that needs no answer (a neighbour's remark in an emergency's thread, thanks for a repair)
    /// is kept for staff without a post to everyone (`ignored`, with the case it went to).
    func addToCase(_ record: CaseRecord, note: String, message: Message, reply: String?) -> Reply {
        do {
            try store.write { db in _ = try book(db, record, message).note(record.id, note) }
            guard let reply else { return Reply(module: record.module, status: .ignored, caseID: record.id, text: "") }
            return Reply(module: record.module, status: .updated, caseID: record.id, text: reply)
        } catch {
            return internalError(error, message: message, module: record.module)
        }
    }

    /// A neighbour's "+1": linked to the case as one more reporter, escalated if it adds danger.
    private func linkEcho(to record: CaseRecord, text: String, message: Message) -> Reply {
        guard let (_, service) = registry.service(code: record.service) else { return Reply(status: .ignored, text: "") }
        let request = ServiceRequest(service: service, fields: [:], text: text, requester: message.requester,
                                     channel: message.channel, time: message.time ?? clock.now,
                                     operatorName: message.operatorName, group: message.group)
        do {
            try store.write { db in _ = try book(db, record, message).link(request, to: record.id) }
            return Reply(module: record.module, status: .duplicate, caseID: record.id,
                         text: "这个问题已有工单 \(record.id)（\(record.title)，\(record.status.chinese)），已把您登记为报告人。")
        } catch {
            return internalError(error, message: message, module: record.module)
        }
    }
}
