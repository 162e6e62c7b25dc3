import Foundation

/// A danger to a person that the desk recognises in a line: fire, someone trapped, a gas leak, a fall or other
/// medical emergency, someone missing, violence. Read from `seeds/desk/emergencies.yaml`, so the words, the
/// safety instruction and the numbers to call are data that the community checks, not code.
public struct Emergency: Sendable, Equatable, Codable {
    /// `fire`, `trapped`, `gas`, `medical`, `missing`, `violence`.
    public var id: String
    /// `火情`.
    public var name: String
    /// What to do now, first thing in the reply.
    public var instruction: String
    /// The numbers to call, as said to a resident (`119 火警`, `燃气公司抢修 02780000005`).
    public var calls: [String]
    /// Whether a module's service may take it (a lift with someone inside is a lift repair; a gas smell is the
    /// gas company's repair); otherwise it goes to the kernel's 紧急求助.
    public var modulesMayHandle: Bool
    /// The service that takes this kind when a registered module offers it (`welfare-check`: someone not seen for
    /// days goes to the care module's welfare check); otherwise the kernel's 紧急求助.
    public var service: String? = nil

    /// The reply's first line: the instruction and the numbers.
    public var safetyText: String {
        "【\(name)·紧急】" + instruction + (calls.isEmpty ? "" : "求助电话：" + calls.joined(separator: "、") + "。")
    }
}

/// The emergencies the desk recognises, and the reading of a line for them: one pass of a phrase matcher over
/// the line (this runs on every line of free text), then each kind's words checked against its exceptions
/// and negations.
public struct EmergencyGuide: Sendable {
    struct Kind: Sendable {
        var emergency: Emergency
        var words: [String]
        var together: [[String]]
        /// Lists of alternatives that must all be there, one word of each (`[[孙子, 老人], [冇回来], [到现在, 放学]]`).
        var oneOfEach: [[String]] = []
        var except: [String]
        /// Phrases that, anywhere in the line, say this kind is not happening now (`住院`, `医生说`: an injury in
        /// a doctor's hands already).
        var notWhen: [String] = []
        /// Whether every alarm of this kind is one of its own (someone missing: a second child gone is another
        /// search), never joined to the group's open alarm of the kind (``Desk/sameEmergencyInGroup``).
        var separateAlarms = false
        /// Whether a fire put out (``putOut``: `火已扑灭`) ends this kind (a fire, sparks): an injury the fire did
        /// does not end with it.
        var endsWhenPutOut = false
        /// Whether one of ``together``'s groups is empty, so that every line completes it. Set by the guide
        /// (``EmergencyGuide/init(kinds:kept:)``) from ``together``, which no one changes after: asked of every kind
        /// for every line with a phrase of the guide, it was a walk over all of every kind's groups (some 460).
        var hasAnEmptyGroup = false
    }

    /// What a phrase found in a line means.
    enum Role: Sendable {
        case word(kind: Int)
        case except(kind: Int)
        case member(kind: Int, group: Int)
        /// A word of list `list` of the kind's ``Kind/oneOfEach``.
        case alternative(kind: Int, list: Int)
        /// The danger has passed (`人醒了`, `120拉走了`).
        case over
        /// A fire has been put out (``putOut``): the kinds that end with it (``Kind/endsWhenPutOut``) have passed.
        case putOut
        /// The danger is news of somewhere else (``elsewhere``).
        case elsewhere
        /// The line laughs (``laughter``): its alarm is a joke.
        case laughter
        /// A phrase of the kind's ``Kind/notWhen``.
        case notWhen(kind: Int)
    }

    let kinds: [Kind]
    private let matcher: PhraseMatcher<Role>

    /// The seed file's shape.
    struct Seed: Codable {
        var kinds: [Entry]
        struct Entry: Codable {
            var id: String
            var name: String
            var words: [String]?
            var together: [[String]]?
            /// Lists of alternatives: one word of each list together (`[[奶奶, 老人], [没见人, 联系不上]]`).
            var oneOfEach: [[String]]?
            var except: [String]?
            var notWhen: [String]?
            var instruction: String
            var call: [Call]
            var byModule: Bool?
            var service: String?
            var separateAlarms: Bool?
            var endsWhenPutOut: Bool?
        }
        struct Call: Codable {
            var name: String?
            var phone: String?
            var organisation: String?
        }
    }

    /// No emergencies known (a desk without seeds).
    static let none = EmergencyGuide(kinds: [])

    /// - Parameter kept: the guide's automaton as an earlier start kept it (``PhraseMatcher/init(_:kept:keep:)``).
    init(kinds: [Kind], kept: (@Sendable () -> [UInt8]?)? = nil) {
        self.kinds = kinds.map { kind in
            var kind = kind
            kind.hasAnEmptyGroup = kind.together.contains { $0.isEmpty }
            return kind
        }
        var phrases: [(phrase: String, payload: Role)] = Self.over.map { ($0, .over) } + Self.putOut.map { ($0, .putOut) }
            + Self.elsewhere.map { ($0, .elsewhere) } + Self.laughter.map { ($0, .laughter) }
        for (k, kind) in kinds.enumerated() {
            phrases += kind.words.map { ($0, .word(kind: k)) } + kind.except.map { ($0, .except(kind: k)) }
                + kind.notWhen.map { ($0, .notWhen(kind: k)) }
            for (g, group) in kind.together.enumerated() { phrases += group.map { ($0, .member(kind: k, group: g)) } }
            for (l, list) in kind.oneOfEach.enumerated() { phrases += list.map { ($0, .alternative(kind: k, list: l)) } }
        }
        matcher = kept.map { PhraseMatcher(phrases, kept: $0) } ?? PhraseMatcher(phrases)
    }

    /// Reads the seed, resolving organisations to their names and phone numbers in `directory`.
    /// - Parameter store: where the decoded seed is kept between starts (``DecodedSeeds``).
    init(yaml: String, directory: CommunityDirectory, store: DeskStore? = nil) throws(SeedError) {
        self.init(try DecodedSeeds.decode(Seed.self, yaml: yaml, name: "desk/emergencies.yaml", store: store, check: Self.check),
                  directory: directory)
    }

    /// The guide the seed `yaml` describes, built the first time a line is read for an emergency when `store`
    /// kept the seed decoded and checked at an earlier start, else built now — so a seed that does not read, or
    /// a kind without words, still stops the start (``DecodedSeeds/decodedOnFirstUse(_:yaml:name:store:check:)``).
    ///
    /// The guide's phrase automaton (9.6 M instructions of the first line of free text to build) is kept in `store`
    /// too (``StartupCache``, row `automaton:desk/emergencies.yaml`), under a key that hashes the seed's text, which
    /// with the executable makes the phrases: a start that finds it reads it on the guide's first walk, checked
    /// against the phrases there (a damaged or another list's automaton is built instead, on that line). A start
    /// that does not find it on a file it may write — a first start, a changed seed, a new build — builds the
    /// guide now and keeps its automaton, as the router's model is trained at start (a line cannot write it: the
    /// first walk is inside the line's transaction).
    static func onFirstUse(yaml: String, directory: CommunityDirectory, store: DeskStore) throws(SeedError) -> BuiltOnFirstUse<EmergencyGuide> {
        let seed = try DecodedSeeds.decodedOnFirstUse(Seed.self, yaml: yaml, name: "desk/emergencies.yaml", store: store, check: check)
        let row = "automaton:desk/emergencies.yaml", key = StartupCache.key(["emergency automaton 1", yaml])
        if (try? StartupCache.has(row, key: key, in: store)) == true {
            // Read on the first walk, on that line's connection, as the router's model is; a row gone since or
            // unreadable only means building it then.
            return BuiltOnFirstUse {
                EmergencyGuide(seed(), directory: directory, kept: { (try? StartupCache.load(row, key: key, from: store)).map { [UInt8]($0) } })
            }
        }
        guard StartupCache.canKeep(in: store) else { return BuiltOnFirstUse { EmergencyGuide(seed(), directory: directory) } }
        let guide = EmergencyGuide(seed(), directory: directory)
        try? StartupCache.save(row, key: key, body: Data(guide.keptAutomaton()), in: store)
        return BuiltOnFirstUse(built: guide)
    }

    /// The guide's phrase automaton in its kept form (``PhraseMatcher/keptAutomaton()``).
    func keptAutomaton() -> [UInt8] { matcher.keptAutomaton() }

    /// Refuses a seed with a kind that has no words, no group and no list of alternatives (empty strings left out).
    static func check(_ seed: Seed) throws(SeedError) {
        for entry in seed.kinds {
            func named(_ lists: [[String]]?) -> Bool { (lists ?? []).contains { $0.contains { !$0.isEmpty } } }
            guard !(entry.words ?? []).isEmpty || named(entry.together) || named(entry.oneOfEach) else {
                throw .invalid("desk/emergencies.yaml 的 \(entry.id) 没有 words 或 together")
            }
        }
    }

    /// The guide a checked seed (``check(_:)``) describes.
    private init(_ seed: Seed, directory: CommunityDirectory, kept: (@Sendable () -> [UInt8]?)? = nil) {
        var kinds: [Kind] = []
        for entry in seed.kinds {
            let together = (entry.together ?? []).map { $0.filter { !$0.isEmpty } }.filter { !$0.isEmpty }
            let oneOfEach = (entry.oneOfEach ?? []).map { $0.filter { !$0.isEmpty } }.filter { !$0.isEmpty }
            let calls = entry.call.compactMap { call -> String? in
                if let id = call.organisation {
                    guard let unit = directory.organisation(id: id), let phone = unit.phone else { return nil }
                    return "\(phone)（\(unit.name)）"
                }
                guard let phone = call.phone else { return nil }
                return call.name.map { "\(phone)（\($0)）" } ?? phone
            }
            kinds.append(Kind(emergency: Emergency(id: entry.id, name: entry.name, instruction: entry.instruction, calls: calls,
                                                    modulesMayHandle: entry.byModule ?? false, service: entry.service),
                              words: entry.words ?? [], together: together, oneOfEach: oneOfEach, except: entry.except ?? [],
                              notWhen: entry.notWhen ?? [], separateAlarms: entry.separateAlarms ?? false,
                              endsWhenPutOut: entry.endsWhenPutOut ?? false))
        }
        self.init(kinds: kinds, kept: kept)
    }

    /// The first emergency `text` describes, in the seed's order, or nil. News that the danger is over
    /// (`火已扑灭`, `人出来了`, `送医院了`) is not an emergency, nor a kind whose `notWhen` phrase is in the line (an
    /// injury in a doctor's hands: `医生说是骨折`, unless the phrase is inside one of the kind's exceptions); nor is a
    /// word inside one of its kind's exceptions (`打不着火`), nor a word said only to deny it (`没有着火`), nor a
    /// danger told as news of somewhere else (``elsewhere``).
    ///
    /// - Parameters:
    ///   - evenIfOver: describe the danger whatever the line says of help come (`紧急 … 邻居开车送儿童医院 120也
    ///     叫了`: staff marking an emergency they are still dealing with).
    ///   - helpOnTheWayIsNotOver: describe it, too, when all the line says of help is that it is on its way
    ///     (``onlyHelpOnTheWay(_:)``: staff logging a danger, `…叫不应 120已经在路上`).
    ///
    /// A line with a character set apart by spaces (`两个人都 站 不起来了 快来人`, an elder typing slowly) is read again
    /// with that character joined to its neighbours (``SpacedCharacters/lonelyCharactersJoined(_:)``) when it names no
    /// danger as typed: a danger's words split by a space are still a danger.
    ///
    /// A line that takes back its alarm after a pause (``AlarmTakenBack``: `塘里有个伢沉下去半天冇起来！……哦 是在比憋气`) is
    /// read for what it says after the pause only.
    public func emergency(in text: String, evenIfOver: Bool = false, helpOnTheWayIsNotOver: Bool = false) -> Emergency? {
        if let after = AlarmTakenBack.afterThePause(text) {
            return emergency(in: after, evenIfOver: evenIfOver, helpOnTheWayIsNotOver: helpOnTheWayIsNotOver)
        }
        if let found = emergency(inLine: text, evenIfOver: evenIfOver, helpOnTheWayIsNotOver: helpOnTheWayIsNotOver) { return found }
        guard let joined = SpacedCharacters.lonelyCharactersJoined(text) else { return nil }
        return emergency(inLine: joined, evenIfOver: evenIfOver, helpOnTheWayIsNotOver: helpOnTheWayIsNotOver)
    }

    /// ``emergency(in:evenIfOver:helpOnTheWayIsNotOver:)`` for the line as it stands.
    private func emergency(inLine text: String, evenIfOver: Bool, helpOnTheWayIsNotOver: Bool) -> Emergency? {
        let found = matcher.matches(in: text)
        let bytes = Array(text.utf8)
        let evenIfOver = evenIfOver || helpOnTheWayIsNotOver && Self.onlyHelpOnTheWay(found)
        // (`真的着火了 不是演练`: a drill denied ends nothing — nor does the drill the line names before it denies one,
        // `演练刚结束 … 厨房起火 … 不是演练`.)
        let drillDenied = found.contains { m in
            if case .over = m.payload { return Self.drills.contains(m.phrase) && Self.negated(m.start, in: bytes) }
            return false
        }
        func ends(_ m: PhraseMatcher<Role>.Match) -> Bool {
            !(drillDenied && Self.drills.contains(m.phrase)) && Self.tellsAnEnd(m.start, in: bytes)
        }
        guard !found.isEmpty, !found.contains(where: { m in
            // News of somewhere else is no danger here, whatever else the line says; help come or a danger past only
            // when the caller does not ask for the danger even so.
            if case .elsewhere = m.payload { return true }
            // Nor is an alarm the line laughs at (`着火了着火了 村口那一片冒烟 哈哈 是老黎屋里熏腊肉`).
            if case .laughter = m.payload { return true }
            // A drill is no danger even for a caller that asks for one over (`演练说得跟真的一样 楼道里还有人喊着火了`).
            if case .over = m.payload, !evenIfOver || Self.drills.contains(m.phrase) { return ends(m) }
            return false
        }) else { return nil }
        // `棉裤着火、烧伤小腿，火已扑灭，已打 120`: the fire is out, the burn is not.
        let firePutOut = !evenIfOver && found.contains { m in
            if case .putOut = m.payload { return ends(m) }
            return false
        }
        // Only a kind with one of its words, a word of one of its groups or one of its alternatives found can be
        // described (or one with an empty group, which every line completes): the others are not walked. Walking
        // every kind's lists over the words found was 33,000 instructions a line with any of them, most of relay
        // ingest's chatter (docs/performance.md, twentieth pass).
        var named = [Bool](repeating: false, count: kinds.count)
        for m in found {
            switch m.payload {
            case .word(let k), .member(let k, _), .alternative(let k, _): named[k] = true
            case .except, .over, .putOut, .elsewhere, .laughter, .notWhen: break
            }
        }
        for k in kinds.indices where named[k] || kinds[k].hasAnEmptyGroup {
            let kind = kinds[k]
            if firePutOut && kind.endsWhenPutOut { continue }
            let exceptions = found.compactMap { m -> Range<Int>? in
                if case .except(let e) = m.payload, e == k { return m.start..<m.end }
                return nil
            }
            func counts(_ m: PhraseMatcher<Role>.Match) -> Bool {
                !exceptions.contains { $0.lowerBound <= m.start && m.end <= $0.upperBound }
            }
            // A `notWhen` phrase inside one of the kind's exceptions does not count either: `医生说` is an injury in a
            // doctor's hands, `胡医生说像中风` a doctor at the scene.
            if found.contains(where: { if case .notWhen(let n) = $0.payload { n == k && counts($0) } else { false } }) { continue }
            let words = found.filter { m in
                if case .word(let w) = m.payload, w == k { return counts(m) }
                return false
            }
            if !words.isEmpty {
                if words.contains(where: {
                    !Self.negated($0.start, in: bytes) && !Self.notNow($0.start, in: bytes) && !Self.namesAnEpisode($0.end, in: bytes)
                }) { return kind.emergency }
                continue
            }
            if Self.completesAGroup(kind, k, found, counts) { return kind.emergency }
            if !kind.oneOfEach.isEmpty, kind.oneOfEach.indices.allSatisfy({ l in
                found.contains { m in
                    if case .alternative(let ak, let al) = m.payload, ak == k, al == l { return counts(m) }
                    return false
                }
            }) { return kind.emergency }
        }
        return nil
    }

    /// Whether the phrases `found` in a line complete one of the groups of kind `k` (``Kind/together``: every word of
    /// the group among them, each counted by `counts` — not inside one of the kind's exceptions), or the kind has an
    /// empty group, which every line completes.
    ///
    /// Only the groups with a word found are looked at, each once: a group none of whose words is found is not
    /// complete (no group the guide keeps is empty but those ``Kind/hasAnEmptyGroup`` tells of), and which group is
    /// complete does not matter, only whether one is. Every group of a kind was walked, the phrases found filtered
    /// for each into an array of its own — a kind has up to 148 groups (medical) and a report names a kind by one of
    /// its groups' words (`电梯`, `漏水`): 20 K instructions of a relayed message (docs/performance.md, fifty-third
    /// pass). Nothing is kept between lines.
    static func completesAGroup(_ kind: Kind, _ k: Int, _ found: [PhraseMatcher<Role>.Match],
                                _ counts: (PhraseMatcher<Role>.Match) -> Bool) -> Bool {
        if kind.hasAnEmptyGroup { return true }
        var named: [Int] = []   // a few at most: no set
        for m in found {
            if case .member(let mk, let g) = m.payload, mk == k, !named.contains(g), counts(m) { named.append(g) }
        }
        return named.contains { g in
            kind.together[g].allSatisfy { word in
                found.contains { m in
                    if case .member(let mk, let mg) = m.payload, mk == k, mg == g, m.phrase == word { return counts(m) }
                    return false
                }
            }
        }
    }

    /// The phrases of the guide in `text` as one walk finds them (the tests': ``completesAGroup(_:_:_:_:)``).
    func phrasesFound(in text: String) -> [PhraseMatcher<Role>.Match] { matcher.matches(in: text) }

    /// Whether `text` tells a danger as news of somewhere else, a game's or a drama's (``elsewhere``: `昨晚上看电视剧 有个
    /// 老人倒在地上叫不醒`): whatever the model makes of it, no one here is in danger.
    public func toldOfElsewhere(_ text: String) -> Bool {
        matcher.matches(in: text).contains { if case .elsewhere = $0.payload { true } else { false } }
    }

    /// Whether `text` names a danger only to dismiss it, and describes no emergency: every word of a kind after a denial
    /// (`没有着火，是有人烧纸钱`), or a kind's word with one of that kind's `notWhen` phrases that explains it away in the
    /// same line (`着火了着火了 … 我跑过去一看 是在熏腊肉`, `伢在游戏里掉进冰窟窿`). One walk of the matcher serves both.
    public func onlyDismissed(_ text: String) -> Bool {
        guard emergency(in: text) == nil else { return false }
        let found = matcher.matches(in: text)
        let words = found.filter { if case .word = $0.payload { true } else { false } }
        guard !words.isEmpty else { return false }
        let bytes = Array(text.utf8)
        if words.allSatisfy({ Self.negated($0.start, in: bytes) }) { return true }
        return found.contains { m in
            guard case .notWhen(let k) = m.payload else { return false }
            return words.contains { if case .word(let w) = $0.payload { w == k } else { false } }
        }
    }

    /// Whether each alarm of `emergency`'s kind is one of its own (the seed's `separateAlarms`).
    public func raisesSeparateAlarms(_ emergency: Emergency) -> Bool {
        kinds.contains { $0.emergency.id == emergency.id && $0.separateAlarms }
    }

    /// Whether a kind of danger names `service` as the one that takes it (a welfare check for an elder not seen).
    public func isTakenBy(service code: String) -> Bool { kinds.contains { $0.emergency.service == code } }

    /// The last kind in the seed: the safety words for a line taken for 紧急求助 although no kind was recognised.
    public var general: Emergency? { kinds.last?.emergency }

    /// The kind with seed id `id` (`medical`), if the seed has one.
    public func kind(_ id: String) -> Emergency? { kinds.first { $0.emergency.id == id }?.emergency }

    /// Whether `text` says that a danger has passed or help has come — not after a denial (`优待证冇找到了`,
    /// `还冇回来`).
    public func isOver(_ text: String) -> Bool {
        let over = matcher.matches(in: text).filter {
            switch $0.payload {
            case .over, .putOut: true
            default: false
            }
        }
        guard !over.isEmpty else { return false }
        let bytes = Array(text.utf8)
        return over.contains { Self.tellsAnEnd($0.start, in: bytes) && !Self.saidOfALight($0.start, in: bytes) }
    }

    /// Whether the phrase of a danger's end at byte `start` tells this line's danger ended: not denied (`没有送医院`),
    /// not of others (`其他伢都回来了`), not something seen before (`看到…救出来`), not help still asked for (`哪个有车
    /// 送儿童医院`). Both readings of an end — ``isOver(_:)`` and the emergency's own — ask it.
    private static func tellsAnEnd(_ start: Int, in bytes: [UInt8]) -> Bool {
        !negated(start, in: bytes) && !saidOfOthers(start, in: bytes) && !seenBefore(start, in: bytes)
            && !askedFor(start, in: bytes)
    }

    /// Whether every phrase of `text` that says a danger has passed only says that help is on its way (`120已经在路上`,
    /// `消防正在赶来`): staff logging a danger they are still dealing with, not its end — nothing says how it ended. (Taken
    /// to hospital often ends a record: `…心口痛 送普爱了 家里人跟着去了 活动照常`.)
    public func onlyHelpOnTheWay(_ text: String) -> Bool { Self.onlyHelpOnTheWay(matcher.matches(in: text)) }

    /// ``onlyHelpOnTheWay(_:)`` of the phrases found in a line.
    private static func onlyHelpOnTheWay(_ found: [PhraseMatcher<Role>.Match]) -> Bool {
        let over = found.filter { if case .over = $0.payload { true } else { false } }
        return !over.isEmpty && over.allSatisfy { helpOnTheWay.contains($0.phrase) }
    }

    /// The phrases of ``over`` that tell of help on its way, not of how the danger ended.
    static let helpOnTheWay: Set<String> = ["已在赶来", "已经在路上", "正在赶来"]

    /// Whether the phrase at byte `start` says a light went out (`楼道灯全灭了`, `路灯都灭了`): a fault, not a fire put out.
    private static func saidOfALight(_ start: Int, in bytes: [UInt8]) -> Bool {
        let light = Array("灯".utf8)
        // the light named at most one character (three bytes) before `灭`: `灯灭了`, `灯全灭了`, `灯都灭了`
        return stride(from: start - light.count, through: max(0, start - light.count - 3), by: -3).contains { at in
            at >= 0 && bytes[at..<(at + light.count)].elementsEqual(light)
        }
    }

    /// Whether the phrase at byte `start` tells what was seen before the danger (`昨天晚上还看到她回来了`): someone seen
    /// coming home last night is no news that the danger now is over.
    private static func seenBefore(_ start: Int, in bytes: [UInt8]) -> Bool {
        let before = String(decoding: bytes[max(0, start - 12)..<start], as: UTF8.self)
        return before.contains("看到") || before.contains("看见")
    }

    /// Whether the phrase at byte `start` is help asked for, not help given (`哪个有车 送儿童医院`, `帮忙送到医院`): the
    /// danger is still on. (Not `马上` or `赶紧`, which as often tell what was done: `邻居赶紧送到医院`.)
    private static func askedFor(_ start: Int, in bytes: [UInt8]) -> Bool {
        let before = String(decoding: bytes[max(0, start - 18)..<start], as: UTF8.self)
            .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        return pleas.contains { before.hasSuffix($0) }
    }

    /// What asks for someone to take a person to hospital, right before it (`哪个有车`, `快`, `帮忙`).
    private static let pleas = ["有车", "有冇得车", "有没有车", "开个车", "快点", "帮忙", "帮我"]

    /// Whether the phrase at byte `start` tells of others in its clause (`其他伢都回来了 他冇回`): the rest are safe,
    /// the one the line is about is not.
    private static func saidOfOthers(_ start: Int, in bytes: [UInt8]) -> Bool {
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        let clause = before.split(omittingEmptySubsequences: false, whereSeparator: clauseBreaks.contains).last ?? ""
        return others.contains { clause.contains($0) }
    }

    /// Phrases that tell a danger as news of somewhere else, as a warning (`新闻说青山那边…两个人一氧化碳中毒 大家千万莫在屋里烧`),
    /// or as a game's, a film's or a drama's (`伢玩赛车游戏 … 他在那里喊救命`, `昨晚那个电视剧 爹爹走丢了`): no danger here —
    /// nor news that one here is over. (None of the corpora's alarms names a game or a screen; some thirty of their
    /// remarks do.)
    static let elsewhere = ["新闻说", "新闻里", "新闻上说", "看到新闻", "看新闻", "电视上说", "报道说",
                            "游戏", "电视剧", "电视里", "电影", "剧里", "抗日片", "动画片"]

    /// Laughter (`哈哈`, `呵呵`, `😂`): said in jest — no one in danger laughs in the line that raises it (none of the
    /// corpora's alarms does, and some two hundred of their jokes and remarks do).
    static let laughter = ["哈哈", "呵呵", "😂", "🤣"]

    /// Words for the others in a clause (`其他`, `别的`).
    private static let others = ["其他", "其它", "别的", "别人", "其余"]

    /// Phrases that say the danger has passed or help has come.
    static let over = ["救出来", "人出来了", "已经出来", "送医院了", "送到医院", "做了手术", "没事了", "冇事了",
                       "冇得事", "没得事", "虚惊", "找到了", "已经找到", "回来了", "被送回", "已处理", "处理好了", "维保已经", "已在赶来",
                       "已经在路上", "正在赶来", "演练", "演习",
                       // told afterwards (`医院说是一氧化碳中毒 还好发现得早 谢谢大家关心`)
                       "发现得早", "谢谢大家关心", "以为着火", "以为是着火", "以为起火",
                       // the person come round or taken to hospital (`人醒了 120拉走了`, `婆婆上来了 冇受伤`)
                       "人醒了", "已经醒了", "醒过来", "哭出声", "缓过来", "120拉走", "120接走", "救护车拉走", "救护车接走", "拉去医院", "冇大碍", "没大碍",
                       "无大碍", "冇受伤", "没受伤", "人都冇事", "人都没事", "人没事", "人冇事", "手术做完", "做完手术",
                       // the ambulance gone, the food coughed up (`120来了 抬走了`, `吐出来了 能喘气了`)
                       "抬走了", "吐出来了", "能喘气了",
                       // shut off, as staff record it (`漏气 已经关阀换了`)
                       "已经关阀",
                       // taken to hospital and seen to (`送医了`, `拉到医院去了 缝了几针 冇得大事`, `伤口处理了`)
                       "送医了", "已送医", "拉到医院", "冇得大事", "没得大事", "没什么大事", "伤口处理了", "伤口处理好了",
                       // seen by a doctor and dressed (`看了医生 二度烫伤 包好了`)
                       "看了医生", "医生看过了", "包扎好了", "包扎了",
                       // in hospital, as staff record it later (`送中心医院了 拍了片 髋骨骨折要手术`, `在儿童医院观察`)
                       "送中心医院", "送儿童医院", "医院观察", "住院观察", "拍了片",
                       // seen to at the clinic (`老人烫伤送社区医院处理`)
                       "送社区医院", "送卫生院",
                       // taken away by the police, or well after all (`拿刀的已经被警察带走了`, `手机冇电了 人好好的`)
                       "被警察带走", "警察带走了", "人好好的",
                       // taken to a hospital by its name, on a drip, the ambulance gone (`救护车也到了 送到市一了`,
                       // `包爹爹在打针 好多了`, `120也来了 拉走了`)
                       // dealt with, as staff record it (`燃气泄漏处理完毕 燃气公司关阀换管`)
                       "处理完毕", "处理完了", "已经处理完",
                       "送到市一", "送市一", "送到同济", "送同济", "送到协和", "送协和", "送到普爱", "送普爱", "送到省人民", "在打针",
                       "拉走了",
                       // in hospital, a doctor's word told by the family (`奶奶在医院了 医生说血压太高 住两天观察`)
                       "在医院了", "住两天观察", "观察两天", "观察一晚", "挂水了", "在挂水",
                       // a fracture set or a cut sewn, as a neighbour tells it afterwards (`听说那个伢是手腕骨折 已经打了石膏`)
                       "打了石膏", "上了石膏", "缝了几针", "冇大事", "没大事",
                       // the ambulance has taken the person, a test or oxygen in hospital (`120 刚把我爸接走了`, `在医院拍片子`)
                       "接走了", "在医院拍", "去医院吸氧", "在医院吸氧",
                       // seen to, brought out or home (`120来了 缝针去了`, `保安把人拉出来了`, `车门开了`, `已经送回家了`); not
                       // `人清醒` or `已断电`, which are said while help is still coming
                       "缝针去了", "到医院了", "拉出来了", "车门开了", "送回家了"]

    /// Phrases that say a fire has been put out (`火扑灭了`, `消防到场确认明火已灭`): the end of a fire, not of a burn.
    static let putOut = ["扑灭", "灭了", "已灭", "已经灭"]

    /// A drill's names among ``over``: what is practised is no danger, unless the line denies it is a drill.
    private static let drills: Set<String> = ["演练", "演习"]

    /// Whether the word at byte `start` follows a denial (`没有着火`, `不是被困`).
    private static func negated(_ start: Int, in bytes: [UInt8]) -> Bool {
        func before(_ phrase: [UInt8]) -> Bool { phrase.count <= start && bytes[(start - phrase.count)..<start].elementsEqual(phrase) }
        // `是不是着火了` asks; it does not deny.
        return negations.contains(where: before) && !before(asking)
    }

    private static let asking = Array("是不是".utf8)

    private static let negations = ["没有", "没", "不是", "冇", "并没有", "未"].map { Array($0.utf8) }

    /// Whether the word at byte `start` tells of a danger that did not come (`差点点着了`) or is only feared (`怕漏电`),
    /// or names a past one in its clause (`上次电瓶车冒烟那个电梯 到现在还冇修好`): the line is about something else now.
    private static func notNow(_ start: Int, in bytes: [UInt8]) -> Bool {
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        if nearMisses.contains(where: { before.hasSuffix($0) }) { return true }
        let clause = before.split(omittingEmptySubsequences: false, whereSeparator: clauseBreaks.contains).last ?? ""
        return pastTimes.contains { clause.contains($0) }
    }

    /// Whether the word ending at byte `end` names a danger as an episode past, by what follows it (`伢的烫伤好了`,
    /// `霍爹爹摔倒那里 物业铲了青苔`, `煤气味那家 燃气公司上门检查了`): the line tells what came after. A place or a
    /// time right after the danger names the episode only when its clause ends there: `摔倒那里起不来` is a fall now.
    private static func namesAnEpisode(_ end: Int, in bytes: [UInt8]) -> Bool {
        let after = bytes[end...]
        if episodeEnds.contains(where: { after.starts(with: $0) }) { return true }
        return episodePlaces.contains { place in
            guard after.starts(with: place) else { return false }
            let rest = after.dropFirst(place.count)
            return rest.isEmpty || clauseEnds.contains { rest.starts(with: $0) }
        }
    }

    /// Words right after a danger that make it an episode past (`烫伤好了`, `摔倒的事`).
    private static let episodeEnds = ["好了", "好多了", "的事"].map { Array($0.utf8) }
    /// A place or a time right after a danger that, ending the clause, names the episode (`摔倒那里 …`, `着火那天，…`).
    /// So is the one it befell, named by it in brackets (`葛爹爹(上个月煤气灶起火那家)`, `黄爹爹(上回摔倒那个)`).
    private static let episodePlaces = ["那里", "那家", "那户", "那天", "那次", "那回", "那个", "那位"].map { Array($0.utf8) }
    /// What ends a clause, in UTF-8.
    private static let clauseEnds = clauseBreaks.map { Array(String($0).utf8) }
    /// What ends a clause.
    private static let clauseBreaks: Set<Character> = [" ", "，", ",", "。", "！", "!", "；", ";", "？", "?", ")", "）"]

    /// Words just before a danger that did not come, or is only feared (`把电闸拉了 怕漏电`).
    private static let nearMisses = ["差点", "差一点", "险些", "差点儿", "怕", "担心", "万一", "以防", "防止"]
    /// Words in a clause that set its danger in an episode past (not `十分钟之前`, which may be now).
    private static let pastTimes = ["上次", "上回", "那次", "去年", "前年"]
}
