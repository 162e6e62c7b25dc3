import Foundation

/// Staff at the counter who come back to a matter they typed earlier and name its person: `雷爹爹全名雷大明 52号 漏了`,
/// `华国强的身份证号送来了 420102…`, `邓婆婆名字叫邓桂兰 刚才漏了`, `鲁爹爹水箱 我来补电话 他儿子的139…`. The particulars
/// go on that case instead of being read as a request of their own — the model takes a bare ID number for a
/// social-security errand and a name for a home visit.
extension Desk {
    /// How far back an earlier case at the counter is looked for: the same working day, give or take.
    static let supplementWindow: TimeInterval = 24 * 3600

    /// The open case opened at the counter within ``supplementWindow`` that `text`, typed at the counter, adds
    /// particulars to: the newest that names the same person — by a surname and a form of address (`雷爹爹`) or by a
    /// full name the case holds (`华国强`). Nil when the line does not supply (no ID or phone number, no word of adding
    /// or correcting), asks, is an emergency, names a service outright, or no such case is found.
    func earlierCase(suppliedBy text: String, message: Message) -> CaseRecord? {
        guard message.channel == .desk, Self.supplies(text), !QuestionForm.asks(text), !router.namesAServiceOutright(text),
              emergencies.emergency(in: text) == nil else { return nil }
        let addressed = Self.personsAddressed(in: text)
        let since = (message.time ?? clock.now).addingTimeInterval(-Self.supplementWindow)
        let rows = (try? store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT cases.*, caseSearch.body AS searchBody FROM cases JOIN caseSearch ON caseSearch.rowid = cases.rowid
                WHERE cases.createdAt >= ? AND cases.channel = 'desk' AND cases.status IN \(CaseStatus.openSQL)
                ORDER BY cases.createdAt DESC, cases.rowid DESC LIMIT 30
                """, arguments: [since])
        }) ?? []
        for row in rows {
            guard let record = try? CaseRecord(row: row) else { continue }
            if message.station != nil && record.station != message.station { continue }
            let body: String = row["searchBody"] ?? ""
            if addressed.contains(where: body.contains) || Self.names(of: record).contains(where: text.contains) { return record }
        }
        return nil
    }

    /// Whether `text` adds to or corrects something: an ID or phone number, or words of adding and correcting.
    /// (The words are searched with ``CharacterPresence``, which finds what Foundation's `contains` finds: asked of
    /// every line at the counter, Foundation's search for each word was 15 % of line mode's instructions —
    /// docs/performance.md, twentieth pass.)
    static func supplies(_ text: String) -> Bool {
        if CharacterPresence(text).containsAny(of: supplyWords) || text.hasSuffix(" 漏了") { return true }
        return PhoneNumber.find(in: text) != nil || carriesAnIDNumber(text)
    }

    private static let supplyWords = ["补一句", "补一下", "补充一下", "补电话", "补地址", "补住址", "补个地址", "补录", "补上", "补个电话", "全名", "名字叫", "刚才漏", "号送来", "证送来",
                                      "搞错了", "写错了", "录错了", "打错了", "重输", "更正"]

    /// The persons `text` addresses: a surname with a form of address (`雷爹爹`, `邓婆婆`, `奥园邓婆婆`), or the full name
    /// before one (`苏桂英婆婆` → `苏桂英`, not `英婆婆`).
    static func personsAddressed(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for title in addressForms {
            let t = Array(title.unicodeScalars)
            var i = 1
            while i + t.count <= scalars.count {
                defer { i += 1 }
                guard Array(scalars[i..<i + t.count]) == t, scalars[i - 1].properties.isIdeographic, !notSurnames.contains(scalars[i - 1])
                else { continue }
                if i >= 3, scalars[i - 2].properties.isIdeographic, !wordEnds.contains(scalars[i - 2]), scalars[i - 3].properties.isIdeographic {
                    found.append(String(String.UnicodeScalarView(scalars[i - 3..<i])))   // a full name before the title
                } else if i < 2 || !scalars[i - 2].properties.isIdeographic || wordEnds.contains(scalars[i - 2]) {
                    found.append(String(String.UnicodeScalarView([scalars[i - 1]] + t)))
                }
            }
        }
        return found
    }

    private static let addressForms = ["爹爹", "婆婆", "奶奶", "爷爷", "阿姨", "师傅", "先生", "女士", "老师", "大姐", "大爷"]
    /// Characters before a form of address that are no surname (`老婆婆`, `这个爹爹`, `她婆婆`).
    private static let notSurnames = Set("的个这那老我他她你们位家和跟给是有小大两几姨叔伯哥".unicodeScalars)
    /// Characters that end the word before a surname: a place (`奥园`, `泊林`, `村湾`, `6栋`) or a particle.
    private static let wordEnds = Set("的园林源湾道栋号元室楼区村组里边口前后上下个位这那和跟给说叫是".unicodeScalars)

    /// The full names a case holds: the requester's, and the person fields' (an elder's, a member's, a volunteer's)
    /// when they are two to four ideographs.
    static func names(of record: CaseRecord) -> [String] {
        var names = record.requesterName.map { [$0] } ?? []
        for key in personFields {
            if case .text(let s)? = record.fields[key] { names.append(s) }
        }
        return names.filter { (2...4).contains($0.count) && $0.unicodeScalars.allSatisfy(\.properties.isIdeographic) }
    }

    /// The fields of the modules' services that hold a person's name.
    private static let personFields = ["name", "elder", "member", "volunteer"]
}
