/// A neighbour in the group asking after the one an emergency was about (`那个伢没事吧`, `那个奶奶出院了冇`,
/// `芮爹爹还好吧`), the same hour or days later: a question put to the desk, answered with the case that follows it —
/// not a word for the case, and never the person's health in the group (personal data stays with staff).
extension Desk {
    /// The answer to `text` when it asks after a person and the group had an urgent case in the last three days.
    func askedAfterTheOneInDanger(_ text: String, message: Message) -> Reply? {
        // (Not a line put to one neighbour, `@陈姐 万叔怎么样了`: that neighbour answers it.)
        // (Read joined when typed a character at a time, `伢 么 样 了`, however short; a line spaced as usual keeps its
        // spaces: `爹爹检查了 冇大碍` asks nothing.)
        guard message.channel == .group, Self.mayAskAfter(text), let group = message.group,
              case let line = text.split(separator: " ").allSatisfy({ $0.count == 1 }) ? text.withoutSpaces : SpacedCharacters.joined(text),
              case let plain = line.withoutSpaces, plain.count <= Self.longestLineAskingAfter,
              !NeighbourTalk.repliesToANeighbour(text) else { return nil }
        let present = CharacterPresence(line)
        guard present.containsAny(of: Self.askingAfter), let question = Self.question(in: plain),
              Self.namesSomeone(plain.count <= Self.shortQuestionAfter ? line : question),
              !present.containsAny(of: Self.aMatterAskedAfter) else { return nil }
        let since = (message.time ?? clock.now).addingTimeInterval(-Self.daysAskedAfter)
        // (An emergency a grid worker typed at the counter has no group: it is the group's when it was in the group's
        // compound — `村湾14号 约3岁男孩被开水烫伤`, then in the village's group `伢么样了`.)
        let compound = directory.compound(forGroup: group)?.id
        guard let record = try? store.read({ db in
            try CaseRecord.fetchOne(db, sql: """
                SELECT * FROM cases WHERE (groupName = ? OR (groupName IS NULL AND compound = ?)) AND urgent AND createdAt >= ?
                ORDER BY createdAt DESC LIMIT 1
                """, arguments: [group, compound, since])
        }) else { return nil }
        // (The newest emergency is named as the newest, not as the one asked after: the line may mean an earlier one.)
        return .answer("谢谢关心。群里这几天的紧急情况社区都在跟进（最近的一件：紧急工单 \(record.id)，现在「\(record.status.chinese)」）。"
            + "当事人的身体情况请问家属或网格员，群里不说个人的病情。")
    }

    /// Whether `text` holds one of the characters every word of ``askingAfter`` holds (样, 吧, 冇, 没, 紧, 重), compared one by
    /// one: a line without them asks after no one and is read no further. (Perf, relay: asked of every free-text line, the
    /// whole check cost 4.67 K instructions a relayed message before it — docs/performance.md, the sixtieth pass's
    /// after-the-merge.)
    static func mayAskAfter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "样" || $0 == "吧" || $0 == "冇" || $0 == "没" || $0 == "紧" || $0 == "重" }
    }

    /// Whether someone is called, right before the asking words, by a family name after `老` or `小` (`老包么样了`,
    /// `小霍怎么样了`): a person asked after, whom ``someone`` does not name.
    static func namesSomeoneAskedAfter(_ line: String) -> Bool {
        askingAfter.contains { word in
            var rest = line[...]
            while let found = rest.range(of: word) {
                let before = line[..<found.lowerBound].suffix(2)
                if before.count == 2, before.first == "老" || before.first == "小",
                   let last = before.last?.unicodeScalars.first, last.properties.isIdeographic { return true }
                rest = line[found.upperBound...]
            }
            return false
        }
    }

    /// The question that opens `plain` (a line without its spaces), up to the end of its first asking words, when it is
    /// short (``shortQuestionAfter`` characters); what follows only says why it is asked (`被砸的婆婆是哪栋的 么样了 我下班
    /// 看到地上一摊血`). Nil when the asking words come later.
    static func question(in plain: String) -> String? {
        let ends = askingAfter.compactMap { plain.range(of: $0)?.upperBound }
        guard let end = ends.min(), plain.distance(from: plain.startIndex, to: end) <= shortQuestionAfter else { return nil }
        return String(plain[..<end])
    }

    /// Whether `text` names the one asked after (``someone``, or `老包`, `小霍` right before the asking words).
    static func namesSomeone(_ text: String) -> Bool {
        CharacterPresence(text).containsAny(of: someone) || namesSomeoneAskedAfter(text)
    }

    /// How long after an emergency the group still asks after its person.
    static let daysAskedAfter: Double = 3 * 24 * 3600
    /// A question after someone is short (its characters counted without spaces, up to its asking words: ``question(in:)``).
    static let shortQuestionAfter = 20
    /// The longest line, question and why it is asked, read as asking after someone; a longer line tells something of its
    /// own.
    static let longestLineAskingAfter = 30
    /// Words that ask how someone is.
    static let askingAfter = ["么样了", "怎么样了", "咋样了", "出院了冇", "出院了没", "出院冇", "醒了冇", "醒了没", "没事吧", "冇事吧",
                              "还好吧", "生了冇", "生了没", "检查了冇", "检查了没", "救过来了冇", "脱离危险了冇",
                              // (`伢眼睛保住了冇`, `好点了冇`, `罗婆婆回来了冇`: back from hospital)
                              "保住了冇", "保住了没", "好点了冇", "好点了没", "好些了冇", "好些了没", "回来了冇", "回来了没",
                              // (`江滩那两个伢上来了冇`: out of the water; `那个伢下来了冇`: down from the tree; `桂枝家冇得事吧`)
                              "上来了冇", "上来了没", "伢下来了冇", "人下来了冇", "伢出来了冇", "人出来了冇", "冇得事吧", "没得事吧",
                              // (`是哪个爹爹 要不要紧`)
                              "要不要紧", "要紧不",
                              // (`受伤的是哪个 伤得重不重`)
                              "重不重", "伤得重不"]
    /// Who is asked after.
    static let someone = ["伢", "孩子", "小孩", "宝宝", "婆婆", "爹爹", "奶奶", "爷爷", "外婆", "老人", "大哥", "大姐", "师傅", "媳妇", "小伙",
                          "阿姨", "叔", "小哥", "我爸", "我妈", "孙女", "孙子", "儿子", "女儿", "老伴",
                          // someone pointed at or by what they were doing, or by a pronoun (`4栋那个姐么样了`, `那个钓鱼的么样了`,
                          // `地库里那个女的么样了`, `他么样了`, `她妈么样了`)
                          "姐", "那个", "他", "她",
                          // someone not named (`4栋的人么样了`, `人冇事吧`, `是哪个倒了`), or a household (`三妹屋里么样了`)
                          "人", "哪个", "屋里"]
    /// A matter asked after, not a person (`婆婆的认证的事么样了`): the case's own follow-up.
    /// (Nor one's own home, `我屋里冇事吧 隔壁说听到水响`: a worry of one's own, not the one in danger.)
    static let aMatterAskedAfter = ["的事", "那个事", "那件事", "认证", "养老金", "社保", "医保", "报名", "修", "工单", "单子", "探访", "上门",
                                    "我屋里冇事", "我屋里没事", "我家冇事", "我家没事"]
}
