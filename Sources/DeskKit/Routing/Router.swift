import Foundation
import Synchronization

/// Decides what a line is for: a kernel command, a module's service called by its verb, or — for free text —
/// what the learned model and the services' routing words make of it: a service, a near tie to ask about, a
/// speech act (a notice, chatter, an echo of someone else's report, a reporter saying it is fixed…), or
/// nothing the desk knows. Its tables and model are built once, from the registry and the examples.
struct Router: Sendable {
    /// A service by its position in the registry.
    struct ServiceRef: Hashable, Sendable, Comparable {
        let module: Int
        let service: Int

        static func < (a: ServiceRef, b: ServiceRef) -> Bool { (a.module, a.service) < (b.module, b.service) }
    }

    enum Target: Sendable, Equatable {
        case kernel(KernelCommand)
        case service(ServiceRef)
    }

    /// The outcome of reading free text.
    enum Decision: Equatable {
        /// A service, confidently.
        case service(ServiceRef)
        /// Two or three services of different modules, too close to choose: ask.
        case tie([ServiceRef])
        /// Not a new request of its own: chatter, a notice, an ad, a question for another office, or a speech act
        /// about an earlier report. `fallback` is the best service, for an act that finds no case to attach to.
        case act(KernelLabel, fallback: ServiceRef?)
        /// Nothing the desk knows well enough; `guesses` are the likeliest services, best first.
        case unknown(guesses: [ServiceRef])

        /// Whether the line reads as a request (a service, or a near tie between services).
        var isRequest: Bool {
            switch self {
            case .service, .tie: true
            case .act, .unknown: false
            }
        }

        /// Talk, or nothing the desk can place.
        var isTalkOrUnplaced: Bool {
            switch self {
            case .act(.chatter, _), .unknown: true
            default: false
            }
        }

        /// A remark about something already reported: an echo, a follow-up, or nothing the desk can place.
        var isThreadRemark: Bool {
            switch self {
            case .act(.meToo, _), .act(.followUp, _): true
            default: false
            }
        }

        /// The service given the line, or for a speech act the service the model would fall back on.
        var serviceOrGuess: ServiceRef? {
            switch self {
            case .service(let ref): ref
            case .act(_, let fallback): fallback
            case .tie, .unknown: nil
            }
        }

        /// Chatter, a notice or an ad.
        var isNotARequest: Bool {
            if case .act(let act, _) = self { return act.isNotARequest }
            return false
        }

        /// The likeliest service, whatever the decision.
        var bestService: ServiceRef? {
            switch self {
            case .service(let ref): ref
            case .tie(let refs), .unknown(let refs): refs.first
            case .act(_, let fallback): fallback
            }
        }
    }

    /// Everything the router weighed for one line, for `desk route` and for tests.
    struct Explanation {
        var decision: Decision
        var rule: String?
        /// The model's labels with their probabilities, best first (the top few).
        var model: [(label: String, probability: Double)]
        /// Routing words found, with the services they count for.
        var words: [(phrase: String, label: String, weight: Double)]
        /// Final scores of the candidates, best first.
        var scores: [(label: String, score: Double)]
    }

    private let verbsByFirst: [Character: [(verb: String, target: Target)]]
    private let aliases: [String: Target]
    /// The first scalars of ``aliases``.
    private let aliasStarts: Set<Unicode.Scalar>
    private let words: PhraseMatcher<(ServiceRef, Double)>
    /// Residents' verbs found inside a sentence (`居民投诉：…`): they name their service outright.
    private let verbsInside: PhraseMatcher<ServiceRef>
    let classifier: LazyModel
    /// What the model reads of a line: without phone and hyphenated numbers.
    private let content: RoutingText
    /// Every label a line is scored for — the kernel's labels and the services' codes — sorted (the model's
    /// ``LazyModel/order``). ``explain(_:sender:staff:compound:)`` keeps its scores in arrays by a label's position
    /// here, and a tie in score goes to the earlier position as it went to the smaller label. (String-keyed
    /// dictionaries of scores, sorted whole, were a fifth of reading a line: perf, dispatch.)
    private let labels: [String]
    /// By a label's position: the service it is the code of, and the kernel's label it is. (The services' and
    /// ``labelOfRef`` internal for ``WeighingByLabelTests``.)
    let serviceOfLabel: [ServiceRef?]
    private let kernelOfLabel: [KernelLabel?]
    /// Service → the position of its code in ``labels``.
    let labelOfRef: [ServiceRef: Int]
    private let noticeSigners: [String]
    /// The last nickname ``isUnitAccount(_:)`` answered for, shared by the copies of this router, and the words it
    /// looks for made ready once (``UnitAccountMemo/words``).
    private let lastUnitAccount: UnitAccountMemo
    let staffServices: Set<ServiceRef>
    /// By a label's position: whether it is the code of one of ``staffServices``. Made once, beside
    /// ``serviceOfLabel``, for the weighing, which asks it of every service's label of every line it weighs from a
    /// group: hashing the service for the set each time, and again for the line's set of services away
    /// (``labelsAway(_:)``), was 8 K instructions of a relayed message (docs/performance.md, fifty-third pass).
    let staffLabel: [Bool]
    /// Services the model alone may not route to (``Service/routingNeedsWord``).
    private let wordOnly: Set<ServiceRef>
    /// By a label's position: what a line must show for the model alone to route it to that label's service
    /// (``Service/routingNeedsSign``), or nil. An array beside ``staffLabel``: hashing the service for a dictionary
    /// on every weighed line cost 0.125 K instructions a relayed message (docs/performance.md, fifty-eighth pass).
    private let signOfLabel: [(@Sendable (String) -> Bool)?]
    /// Catch-all services, which need more certainty.
    private let strict: Set<ServiceRef>
    /// The kernel's 诉求 services: asked for in so many words (`表扬一下`, `提个意见`), they beat any act.
    private let appeals: Set<ServiceRef>
    /// The 诉求 service for a request that is neither a complaint nor a report (求助), when registered: the community's
    /// work asked for, such as a household's registration at its door (``CommunityWork``).
    private let otherAppeal: ServiceRef?
    /// Services of one place, by the words that name it (``Service/placeWords``).
    private let placeBound: [ServiceRef: [String]]
    /// Services of one place in one compound: the compound's id and the words that name the place from anywhere
    /// (``Service/placeNames`` and the compound's names).
    private let placeCompounds: [ServiceRef: (compound: String, names: [String])]
    /// The compounds' names: a line naming one says where it is.
    private let compoundNames: [String]
    /// Places whose faults one service mends (``Service/faultsAt``), with that service.
    /// (The places and the conduct words below made ready once, ``CharacterPresence/Word``: both lists are searched in
    /// every report the router weighs. Perf, relay: docs/performance.md, sixty-seventh pass.)
    private let faultPlaces: [(place: CharacterPresence.Word, service: ServiceRef)]
    /// Words of people's conduct (``Service/conduct``), with the service that takes them up.
    private let conductWords: [(word: CharacterPresence.Word, service: ServiceRef)]
    /// Services that take reports and open a case while they ask (``Service/opensCaseWhenIncomplete``), not the kernel's.
    private let reportServices: Set<ServiceRef>
    /// Words of work a service keeps a record of (``Service/recordsWork``), with that service.
    private let workWords: [(word: String, service: ServiceRef)]
    /// Requests about a place (``Service/placeRequests``) with the service of that place (its words: ``placeBound``).
    private let placeRequests: [(words: [String], service: ServiceRef)]
    /// The services that answer what their module's services cost (``Service/answersCosts``), and by module the first
    /// of them.
    private let costAnswering: Set<ServiceRef>, costAnswerers: [Int: ServiceRef]

    /// The lowest score for acting on a service without asking.
    static let threshold = 0.45
    /// How many of a line's inner two- and three-character grams the model must have seen with a service for a
    /// resident's line to go to it without a routing word (``NaiveBayes/support(of:in:)``).
    static let minimumSupport = 3
    /// The lowest score for a catch-all service (``Service/routingIsCatchAll``).
    static let strictThreshold = 0.75
    /// A runner-up from another module within this share of the winner makes a tie.
    static let tieShare = 0.8
    /// A service the model is this sure of keeps the line even with another module's verb inside it
    /// (`口袋公园报修 路灯不亮` is the park's, though 报修 is the repairs module's verb).
    static let sureOfAnotherModule = 0.9
    /// At the counter, the lowest score for a service to win over the model's "notice" or "ad".
    static let counterFloor = 0.05
    /// Staff going to talk someone out of something (`跟物业上门劝`, `去劝停`): a matter between neighbours. (Not a
    /// quarrel already settled, `私下劝了 都说冇事`, nor advice, `以劝导为主`, nor children sent home, `已劝回`.)
    static let wentToPersuade = ["上门劝", "去劝", "一起劝", "劝停", "劝说"]
    /// The lowest score for a speech act's fallback service (``Decision/act(_:fallback:)``).
    static let fallbackFloor = 0.05
    /// How much the routing words weigh beside the model (a full weight of 3 or more adds this much).
    static let wordWeight = 0.35

    /// - Parameter compoundNames: the compounds' names and aliases by compound id, which tell a place-bound
    ///   service's line from one about somewhere else, and name the compound of a place (``Service/placeCompound``).
    /// - Parameter kept: where the routing words' automaton is kept between starts (the desk's store;
    ///   ``keptWordsName``). ``KeptForms/none`` keeps nothing: the automaton is built on the first walk.
    init(registry: ModuleRegistry, examples: ExampleSources = .none, noticeSigners: [String] = [],
         compoundNames: [String: [String]] = [:], kept: KeptForms = .none) {
        var verbs: [(String, Target)] = []
        var aliases: [String: Target] = [:]
        for command in KernelCommand.allCases {
            verbs += command.verbs.map { ($0, .kernel(command)) }
            for a in command.aliases { aliases[a] = .kernel(command) }
        }
        var routing: [(phrase: String, payload: (ServiceRef, Double))] = []
        var inside: [(phrase: String, payload: ServiceRef)] = []
        var refs: [String: ServiceRef] = [:]
        var staff = Set<ServiceRef>()
        var wordOnly = Set<ServiceRef>()
        var signs: [ServiceRef: @Sendable (String) -> Bool] = [:]
        var strict = Set<ServiceRef>()
        var appeals = Set<ServiceRef>()
        var placeBound: [ServiceRef: [String]] = [:]
        var placeCompounds: [ServiceRef: (compound: String, names: [String])] = [:]
        var faultPlaces: [(place: CharacterPresence.Word, service: ServiceRef)] = []
        var conductWords: [(word: CharacterPresence.Word, service: ServiceRef)] = []
        var reportServices = Set<ServiceRef>()
        var workWords: [(word: String, service: ServiceRef)] = []
        var placeRequests: [(words: [String], service: ServiceRef)] = []
        var costAnswering = Set<ServiceRef>(), costAnswerers: [Int: ServiceRef] = [:]
        for (mi, module) in registry.modules.enumerated() {
            for (si, service) in module.services.enumerated() {
                let ref = ServiceRef(module: mi, service: si)
                refs[service.code] = ref
                workWords += service.recordsWork.map { ($0, ref) }
                verbs += service.verbs.map { ($0, .service(ref)) }
                for a in service.aliases { aliases[a.lowercased()] = .service(ref) }
                if service.audience == .staff { staff.insert(ref); continue }
                if service.routingNeedsWord { wordOnly.insert(ref) }
                if let sign = service.routingNeedsSign { signs[ref] = sign }
                if service.answersCosts {
                    costAnswering.insert(ref)
                    if costAnswerers[mi] == nil { costAnswerers[mi] = ref }
                }
                if service.routingIsCatchAll { strict.insert(ref) }
                if module is Appeals { appeals.insert(ref) } else if service.opensCaseWhenIncomplete { reportServices.insert(ref) }
                faultPlaces += service.faultsAt.map { (CharacterPresence.Word($0), ref) }
                if !service.placeRequests.isEmpty { placeRequests.append((service.placeRequests, ref)) }
                conductWords += service.conduct.map { (CharacterPresence.Word($0), ref) }
                if !service.placeWords.isEmpty { placeBound[ref] = service.placeWords }
                if let compound = service.placeCompound {
                    placeCompounds[ref] = (compound, service.placeNames + (compoundNames[compound] ?? []))
                }
                routing += service.routing.map { ($0.phrase, (ref, $0.weight)) }
                // A residents' service's verb in the middle of a sentence is a strong hint too.
                routing += service.verbs.map { ($0, (ref, 2.0)) }
                inside += service.verbs.filter { $0.count >= 2 }.map { ($0, ref) }
            }
        }
        // Longest first, each verb's length counted once (counting Characters in the sort's comparisons was a
        // fiftieth of a start: docs/performance.md, ninth pass); the same comparisons, so the same order.
        let byLength = verbs.map { (verb: $0.0, target: $0.1, length: $0.0.count) }.sorted { $0.length > $1.length }
        verbsByFirst = Dictionary(grouping: byLength, by: { $0.verb.first! }).mapValues { $0.map { (verb: $0.verb, target: $0.target) } }
        self.aliases = aliases
        aliasStarts = Set(aliases.keys.compactMap(\.unicodeScalars.first))
        // The routing words' automaton — built on the first line of free text, 4.83 M instructions of a release
        // build's (docs/performance.md, thirty-fourth pass) — read back from what an earlier start kept; built, and
        // kept after the line, when there is none or it is not the automaton of these words (``keptWordsName``).
        words = PhraseMatcher(routing, kept: { kept.form(Self.keptWordsName, stamp: Self.keptWordsStamp) },
                              keep: { form in kept.keep(Self.keptWordsName, stamp: Self.keptWordsStamp, form) })
        verbsInside = PhraseMatcher(inside)
        // Only labels the desk can act on: a registered service or a kernel label. Examples of a module that is
        // not registered are left out (the model cannot send a line where nothing answers). Staff services
        // learn too (`周桂兰今天来驿站现场认证了` at the counter), but are never chosen for a group's message.
        let kernelLabels = Set(KernelLabel.allCases.map(\.rawValue))
        let content = RoutingText()
        self.content = content
        classifier = LazyModel(examples, accepting: kernelLabels.union(refs.keys), reading: content)
        labels = classifier.order
        serviceOfLabel = labels.map { refs[$0] }
        kernelOfLabel = labels.map { KernelLabel(rawValue: $0) }
        let positions = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        labelOfRef = Dictionary(uniqueKeysWithValues: refs.map { ($1, positions[$0]!) })
        self.noticeSigners = noticeSigners
        lastUnitAccount = UnitAccountMemo(words: Self.unitAccountWords + noticeSigners)
        staffServices = staff
        staffLabel = serviceOfLabel.map { $0.map(staff.contains) ?? false }
        self.wordOnly = wordOnly
        signOfLabel = serviceOfLabel.map { $0.flatMap { signs[$0] } }
        self.strict = strict
        self.appeals = appeals
        otherAppeal = refs[Appeals.Kind.other.rawValue]
        self.placeBound = placeBound
        self.placeCompounds = placeCompounds
        self.compoundNames = compoundNames.keys.sorted().flatMap { compoundNames[$0] ?? [] }
        self.faultPlaces = faultPlaces
        self.conductWords = conductWords
        self.reportServices = reportServices
        self.workWords = workWords
        self.placeRequests = placeRequests
        self.costAnswering = costAnswering
        self.costAnswerers = costAnswerers
    }

    /// The name the routing words' automaton is kept under (``KeptForms``), and its stamp. The stamp names only the
    /// form: what the words are — the registered modules' routing words and verbs, in order — is checked when the
    /// form is read, against the key of the phrases it holds (``PhraseMatcher/init(_:kept:keep:)``), so other
    /// modules or changed words (another registry on the same file, a changed module) build the automaton
    /// again on that line and keep the new one; the executable is in the key (``KeptForms/key(_:stamp:)``).
    static let keptWordsName = "desk/router-words", keptWordsStamp = "routing words 1"

    /// The routing words' automaton in its kept form (the tests').
    func keptWords() -> [UInt8] { words.keptAutomaton() }

    /// Whether `text` places itself away from the place `words` name: a building or a village group (`12栋`,
    /// `三组`) or a compound, and none of `words`.
    func isElsewhere(_ text: String, than words: [String]) -> Bool {
        let present = CharacterPresence(text)
        return !present.containsAny(of: words) && namesAPlace(text, present)
    }

    /// Whether `text` names a compound, or a building or a village group (`12栋`, `三组`).
    private func namesAPlace(_ text: String, _ present: CharacterPresence) -> Bool {
        if present.containsAny(of: compoundNames) { return true }
        // A number (Arabic or Chinese) before 栋, 幢 or 组.
        guard Self.buildingMarks.contains(where: present.mayContain) else { return false }
        return Self.numberBefore(oneOf: "栋幢组", in: text)
    }

    /// Whether a number (Arabic or Chinese: `Character.isNumber` holds for 一…十, 两, 〇) stands just before one of `marks`
    /// in `text` (`12栋`, `三组`).
    private static func numberBefore(oneOf marks: String, in text: String) -> Bool {
        var previous: Character?
        for c in text {
            if marks.contains(c), previous?.isNumber == true { return true }
            previous = c
        }
        return false
    }

    private static let buildingMarks = ["栋", "幢", "组"]

    /// Whether `text` holds a run of seven or more digits, masked ones (`*`) counted: a phone number, whole or as
    /// the desk shows it (`133****9034`) — not a hotline (`96333`).
    static func holdsAPhoneNumber(_ text: String) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            run = ("0"..."9").contains(scalar) || scalar == "*" ? run + 1 : 0
            if run >= 7 { return true }
        }
        return false
    }

    /// Takes the model ready from the database, or trains and stores it now (``ModelCache``).
    func prepareModel(store: DeskStore) throws {
        try ModelCache.prepare(classifier, store: store)
    }

    /// A command at the start of the line: a Chinese verb (with or without a space) or an English alias
    /// (followed by a space or the end). Returns the target, the rest of the line, and whether a space or the
    /// end of the line followed the verb (`报修 …` rather than `报修…`).
    func explicit(_ text: String) -> (target: Target, rest: String, separated: Bool)? {
        // The first word is lowercased and looked up only when it may start an alias: `lowercased()` maps scalar by
        // scalar, so the lowercased word starts with the lowercase of its first scalar. (Perf, dispatch: lowercasing
        // and hashing the first word of every line was a twentieth of it.)
        if let first = text.unicodeScalars.first?.properties.lowercaseMapping.unicodeScalars.first, aliasStarts.contains(first) {
            let firstWord = text.prefix { $0 != " " }
            if let target = aliases[firstWord.lowercased()] {
                return (target, String(text.dropFirst(firstWord.count)).trimmingSpaces, true)
            }
        }
        guard let first = text.first, let candidates = verbsByFirst[first] else { return nil }
        for (verb, target) in candidates where text.hasPrefix(verb) {
            let rest = text.dropFirst(verb.count)
            return (target, String(rest).trimmingSpaces, rest.isEmpty || rest.first == " ")
        }
        return nil
    }

    /// Reads free text.
    func decide(_ text: String, sender: String? = nil, staff: Bool = true, compound: String? = nil) -> Decision {
        weigh(text, sender: sender, staff: staff, compound: compound, showingTheModel: false).decision
    }

    /// Reads free text, keeping what was weighed.
    /// - Parameter sender: a group nickname; an account of a unit the directory knows (`奥园物业-小刘`) posts
    ///   notices and replies, not requests.
    /// - Parameter staff: whether staff services may be chosen (not for a group's message).
    /// - Parameter compound: the compound of the group the line came from (``Service/placeCompound``).
    func explain(_ text: String, sender: String? = nil, staff: Bool = true, compound: String? = nil) -> Explanation {
        weigh(text, sender: sender, staff: staff, compound: compound, showingTheModel: true)
    }

    /// ``explain(_:sender:staff:compound:)``; the model's own ranking (``Explanation/model``) only when
    /// `showingTheModel` (the decision does not need it sorted).
    private func weigh(_ text: String, sender: String?, staff: Bool, compound: String?, showingTheModel: Bool) -> Explanation {
        var explanation = weighed(text, sender: sender, staff: staff, compound: compound, showingTheModel: showingTheModel)
        // `我奶奶说的 她叫我问一下 二组路口那个电线杆歪了`, heard as talk: the matter, without who writes for whom.
        if !staff, explanation.decision.isTalkOrUnplaced, let matter = RelayedFor.matter(of: text) {
            let again = weigh(String(matter), sender: sender, staff: staff, compound: compound, showingTheModel: showingTheModel)
            if again.decision.isRequest { return again }
        }
        switch explanation.decision {
        case .act(.chatter, _) where explanation.rule == nil, .unknown:
            // `楼上1701又开始钻了 …`, `烧烤店的油烟还是老样子`: a nuisance come back, or a plea about it, which the model
            // hears as talk or cannot place — a complaint.
            let present = CharacterPresence(text)
            if let taker = conductAgain(in: present) {
                explanation.decision = .service(taker.service)
                explanation.rule = "又说起人的行为（\(taker.word)）"
            } else if !staff, let taker = conductAtABuilding(in: text, present) {
                // `9栋402那家 电钻从早上七点响到现在`: a nuisance told with the building it comes from — a complaint to act on,
                // not a remark.
                explanation.decision = .service(taker.service)
                explanation.rule = "说了哪栋楼的人的行为（\(taker.word)）"
            } else if !staff, let taker = conductAtNight(in: present) {
                // `五点钟楼上就开始打电钻 这才几点`: a nuisance at an hour of sleep, a complaint however it is put.
                explanation.decision = .service(taker.service)
                explanation.rule = "说了夜里或清早人的行为（\(taker.word)）"
            }
            return explanation
        case .service(let ref) where appeals.contains(ref):
            // `公园的灯能不能开到九点半`: a suggestion by its words, the park's own times by its place.
            let present = CharacterPresence(text)
            // (Not what people do there: `广场舞的音响开到九点半` is conduct, ``Service/conduct``.)
            if !conductWords.contains(where: { present.contains($0.word) }),
               let owner = placeRequests.first(where: { present.containsAny(of: $0.words) && present.containsAny(of: placeBound[$0.service] ?? []) }) {
                explanation.decision = .service(owner.service)
                explanation.rule = "说的是\(name(of: owner.service) ?? "")那里的时间安排"
            }
            return explanation
        default: break
        }
        if case .tie(let refs) = explanation.decision, let first = refs.first, reportServices.contains(first),
           let taker = conductTaken(from: first, in: text, CharacterPresence(text)) {
            // `消防通道上又停了三台车 …` weighed nearly even between a repair and a complaint: what people do, named with
            // no fault, is the conduct's, as when the repair alone was heard.
            explanation.decision = .service(taker.service)
            explanation.rule = "说的是人的行为（\(taker.word.text)），没有说什么坏了"
            return explanation
        }
        // (A place's own service too: `有人在公园池塘边钓鱼` is nothing of the park broken.)
        guard case .service(let ref) = explanation.decision, reportServices.contains(ref) || placeBound[ref] != nil else { return explanation }
        // (Words looked for only when the text has their first character: ``CharacterPresence``; a report is most of
        // what a group's busy hour brings.)
        let present = CharacterPresence(text)
        if let owner = faultPlaces.first(where: { $0.service.module != ref.module && present.contains($0.place) }) {
            // `球室那个暖风机一开就跳闸`: a household repair by its words, the club's by its place.
            explanation.decision = .service(owner.service)
            explanation.rule = "\(owner.place.text)的故障归 \(name(of: owner.service) ?? "")"
        } else if let taker = conductTaken(from: ref, in: text, present),
                  // Litter left in a place is its upkeep, whoever left it (`公园草坪上好多狗屎`, `有人倒了一堆装修垃圾`).
                  reportServices.contains(ref) || !present.containsAny(of: Self.litter) {
            // `消防通道那个车今天又停在那里`, `有人把狗拴在楼道里一天到晚叫`: what people do, not a thing broken.
            explanation.decision = .service(taker.service)
            explanation.rule = "说的是人的行为（\(taker.word.text)），没有说什么坏了"
        }
        return explanation
    }

    /// The conduct `text` names that another module than `ref`'s takes up (``Service/conduct``), when the line names no
    /// fault besides the conduct's own words (the longest first: `楼上空调滴水的事` is the conduct, not a leak).
    private func conductTaken(from ref: ServiceRef, in text: String, _ present: CharacterPresence)
        -> (word: CharacterPresence.Word, service: ServiceRef)? {
        guard let taker = conductWords.first(where: { $0.service.module != ref.module && present.contains($0.word) }) else { return nil }
        let own = conductWords.filter { $0.service == taker.service && present.contains($0.word) }.map(\.word.text)
        let rest = own.sorted { $0.count > $1.count }.reduce(text) { $0.replacingOccurrences(of: $1, with: " ") }
        return CharacterPresence(rest).containsAny(of: Self.faultWords) ? nil : taker
    }

    /// By a label's position: whether the service it is the code of is one of `away` (empty when `away` is). A label is
    /// a service's code exactly where ``labelOfRef`` puts the service (both are made from the same codes), so the
    /// services of `away` without a label mark nothing, and nothing is kept between lines.
    func labelsAway(_ away: Set<ServiceRef>) -> [Bool] {
        var marked = [Bool](repeating: false, count: away.isEmpty ? 0 : labels.count)
        for ref in away { if let label = labelOfRef[ref] { marked[label] = true } }
        return marked
    }

    /// The conduct a line says is back or goes on (`又开始钻了`, `还是老样子`, `你们管不管`) and names no fault, with the
    /// service that takes it up (``Service/conduct``); nil when it names none.
    func conductAgain(in text: String) -> (word: String, service: ServiceRef)? {
        conductAgain(in: CharacterPresence(text))
    }

    /// ``conductAgain(in:)`` for a line whose characters are already looked at (`present`).
    private func conductAgain(in present: CharacterPresence) -> (word: String, service: ServiceRef)? {
        guard present.containsAny(of: Self.again), !present.containsAny(of: Self.faultWords) else { return nil }
        return conductNamed(in: present)
    }

    /// The conduct a line names together with a building by its number (`5栋`, `十二栋`), and no fault, with the service
    /// that takes it up; nil otherwise.
    func conductAtABuilding(in text: String, _ present: CharacterPresence) -> (word: String, service: ServiceRef)? {
        guard present.contains("栋"), !present.containsAny(of: Self.faultWords), Self.namesABuilding(text) else { return nil }
        return conductNamed(in: present)
    }

    /// The conduct a line names at an hour of sleep (`一点半了`, `五点钟`, `半夜`, `吵醒`), and no fault, with the service that
    /// takes it up; nil otherwise.
    func conductAtNight(in present: CharacterPresence) -> (word: String, service: ServiceRef)? {
        guard present.containsAny(of: Self.hoursOfSleep), !present.containsAny(of: Self.faultWords) else { return nil }
        return conductNamed(in: present)
    }

    /// Words of the night and the small hours, when a neighbour's noise keeps people awake.
    private static let hoursOfSleep = ["半夜", "凌晨", "深更", "夜里", "晚上十一点", "十二点了", "一点了", "一点半", "两点了", "这才几点",
                                       "四点钟", "五点钟", "五点多", "六点钟", "大清早", "一大早", "睡不着", "吵醒", "睡不成"]

    /// Whether `text` names a building by its number: a digit or a Chinese numeral just before 栋.
    static func namesABuilding(_ text: String) -> Bool {
        numberBefore(oneOf: "栋", in: text)
    }

    /// The service that takes up a dog's barking (the conduct `狗叫`), when the line (`present`) says a dog barks again and again
    /// (`那条狗每天夜里叫`, `白天主人不在 狗一直在叫`) and not that it has stopped (`狗后来就不叫了`); nil otherwise, and for
    /// a line put to the neighbours by name (`邻居们 …`), which is theirs to settle among themselves.
    func barkingGoesOn(_ present: CharacterPresence) -> ServiceRef? {
        guard present.contains("狗"), present.containsAny(of: ["叫", "吠"]), present.containsAny(of: Self.again),
              !present.containsAny(of: ["不叫", "冇叫", "没叫", "叫声小"]), !present.contains("邻居") else { return nil }
        return conductWords.first { $0.word.text == "狗叫" }?.service
    }

    /// The service that takes up the conduct `text` names (``Service/conduct``: `广场舞`, `电钻`), or nil.
    func takerOfConduct(in text: String) -> ServiceRef? {
        conductNamed(in: CharacterPresence(text))?.service
    }

    /// The first conduct word a line holds, with the service that takes it up.
    private func conductNamed(in present: CharacterPresence) -> (word: String, service: ServiceRef)? {
        conductWords.first { present.contains($0.word) }.map { ($0.word.text, $0.service) }
    }

    /// The service that keeps a record of the work `text` names (``Service/recordsWork``), or nil.
    func keepsRecord(of text: String) -> ServiceRef? {
        let present = CharacterPresence(text)
        return workWords.first { present.contains($0.word) }?.service
    }

    /// Whether the words just before the UTF-8 offset `start` of `text` ask how or where (`怎么报名`, `在哪里报名`): a
    /// verb asked about is not a service called.
    static func asksHow(before start: Int, in text: String) -> Bool {
        let before = text.utf8.prefix(start)
        return howWords.contains { before.count >= $0.utf8.count && before.suffix($0.utf8.count).elementsEqual($0.utf8) }
    }

    /// Whether the verb ending at the UTF-8 offset `end` of `text` is the start of an office's name (`社保所视频确认`:
    /// the office that confirmed, not the service called).
    static func namesAnOffice(after end: Int, in text: String) -> Bool {
        let after = text.utf8.dropFirst(end)
        return officeEnds.contains { after.starts(with: $0.utf8) }
    }
    private static let officeEnds = ["所", "局"]

    /// Words that ask how or where something is done.
    private static let howWords = ["怎么", "怎样", "么样", "如何", "哪里", "在哪", "哪儿"]

    /// Words of litter and dirt: a place's own service cleans them up.
    static let litter = ["屎", "粪", "垃圾", "倒了", "碎片", "砂浆", "脏"]

    /// Words that say a nuisance is back or goes on, or ask whether anyone deals with it.
    static let again = ["又", "还是", "还在", "天天", "每天", "一直", "管不管", "冇人管", "没人管", "有冇得人管", "有没有人管"]

    /// Words that say something is broken or wrong with a thing: a report with one of them stays a repair whatever
    /// conduct it names (`车停在消防通道上 把井盖压坏了`).
    static let faultWords = ["坏", "漏", "堵", "不亮", "冇亮", "没亮", "裂", "断", "掉下", "塌", "歪", "松了", "锈", "跳闸", "停水",
                             "停电", "冇水", "没水", "冇电", "没电", "卡住", "困", "不通", "积水", "渗", "不动", "打不开", "关不", "合不拢",
                             "打穿", "破了", "烂了", "冒烟", "着火", "滴水", "发霉", "不启动", "启动不了", "不制冷", "不制热", "不出水"]

    /// ``weigh(_:sender:staff:compound:showingTheModel:)`` before the place of a fault is looked at.
    private func weighed(_ text: String, sender: String?, staff: Bool, compound: String?, showingTheModel: Bool) -> Explanation {
        func ruled(_ rule: String, _ decision: Decision) -> Explanation {
            Explanation(decision: decision, rule: rule, model: [], words: [], scores: [])
        }
        if let sender, isUnitAccount(sender) {
            // Staff in a group answer residents (`婆婆您住几栋？我帮您查一下`, `我现在过来拉警戒线`): their
            // questions and reports are theirs to follow up, not requests to the desk.
            return ruled("单位账号或工作人员发的通知或回复", .act(.notice, fallback: nil))
        }
        if isNotice(text) { return ruled("通知格式（【通知】开头或单位落款）", .act(.notice, fallback: nil)) }
        if Self.meTooLines.contains(text.withoutSpaces) { return ruled("附和（+1）", .act(.meToo, fallback: nil)) }
        if isChatter(text) { return ruled("寒暄、表情或图片", .act(.chatter, fallback: nil)) }
        if !staff, NeighbourTalk.signsAChain(text) { return ruled("接龙（序号、名字、数量）", .act(.chatter, fallback: nil)) }
        // (One reading of the line's characters, for the rules below and the weighing after them.)
        let present = CharacterPresence(text)
        // `哪家的狗每天夜里叫 叫到天亮`: a nuisance that goes on night after night, though it asks the group whose dog it is.
        if let taker = barkingGoesOn(present) { return ruled("狗天天叫（扰民）", .service(taker)) }
        // `中秋晚会报名 我们一家三口`: a sign-up in the gathering's thread, for its organiser; asked how, the question is
        // the community's (where its arrangements are posted).
        if !staff, CommunityEvent.signsUp(present) {
            return ruled("报名参加社区活动", .act(QuestionForm.asks(text) ? .outOfScope : .chatter, fallback: nil))
        }
        // `明天的义剪几点到几点`: a question about a gathering that names no service of the desk by its words (`中秋节球室
        // 开不开` is the club's).
        if !staff, CommunityEvent.isAsked(present), mostNamed(in: text, where: { _ in true }) == nil {
            return ruled("问社区活动的安排", .act(.outOfScope, fallback: nil))
        }
        // `关你么事 我停一下就走`: a neighbour answering back in a quarrel, not a complaint of their own.
        if !staff, Retort.says(present) { return ruled("邻居之间争辩（回嘴）", .act(.chatter, fallback: nil)) }
        // `谁丢了一串钥匙 在12栋门口捡的 放门卫了`: lost and found among neighbours, not a request to the desk.
        if !staff, LostProperty.posted(present) { return ruled("失物招领（捡到了、谁丢了）", .act(.chatter, fallback: nil)) }
        if FixNews.says(text), !(staff && recordsStaffWork(text)) { return ruled("说已经好了（修好、来水、灯亮）", .act(.resolved, fallback: nil)) }
        if staff, MatterClosed.says(text) { return ruled("工作人员说这件事结了", .act(.resolved, fallback: nil)) }
        if !staff, GoodNews.says(text) { return ruled("说事情办成了并道谢（到账了、批下来了 谢谢）", .act(.resolved, fallback: nil)) }
        // A question put to the group about a service the desk names outright (`有冇人晓得村湾的老人办高龄津贴要么样弄`,
        // `各位邻居 我爸那个养老金资格认证 … 么样搞`) is the desk's to answer.
        if !staff, NeighbourTalk.matches(text), !(NeighbourTalk.putToTheGroup(text) && namesAServiceOutright(text)) {
            // `你找物业报修撒`, `我马上下来`, `有人捡到钥匙吗`: neighbours talking to each other, not to the desk.
            return ruled("邻居之间的话（出主意、说要来帮忙、问群里的人）", .act(.chatter, fallback: nil))
        }
        if !text.contains(where: { $0.isLetter }) { return ruled("没有文字", .unknown(guesses: [])) }
        if CostQuestion.asks(text), let answerer = costAnswerer(for: text, sender: sender, staff: staff, compound: compound) {
            return ruled("问收费或谁出钱（按问的是什么）", .service(answerer))
        }
        var explanation = Explanation(decision: .unknown(guesses: []), model: [], words: [], scores: [])
        // The routing words: each phrase counts once per service.
        var wordScores: [ServiceRef: Double] = [:]
        var seen: [(ServiceRef, String)] = []   // a few at most: no set, no key built per phrase
        for m in words.matches(in: text) {
            let (ref, weight) = m.payload
            guard !seen.contains(where: { $0.0 == ref && $0.1 == m.phrase }) else { continue }
            seen.append((ref, m.phrase))
            wordScores[ref, default: 0] += weight
            explanation.words.append((m.phrase, name(of: ref) ?? "?", weight))
        }
        let read = content.content(text)
        let (probabilities, slots, learned) = classifier.posterior(read)
        // The model's labels, most likely first (ties in label order): only to show them.
        if showingTheModel {
            explanation.model = Self.ranking(probabilities).prefix(5).filter { slots[$0] >= 0 }.map { (labels[slots[$0]], probabilities[$0]) }
        }
        // Scores by label position: the model's probability, plus the routing words' evidence for services.
        var scores = [Double](repeating: 0, count: labels.count)
        var scored = [Bool](repeating: false, count: labels.count)
        // A service of one place is out of the running for a line about somewhere else.
        // (Whether the line names a place is the same for every such service: asked once. Perf, dispatch: asking it
        // for each was a twentieth of a line.)
        var away: Set<ServiceRef> = placeBound.isEmpty || !namesAPlace(text, present) ? []
            : Set(placeBound.filter { !present.containsAny(of: $0.value) }.keys)
        if let compound {
            away.formUnion(placeCompounds.filter { $0.value.compound != compound && !present.containsAny(of: $0.value.names) }.keys)
        }
        let awayLabel = labelsAway(away)
        // (The model's labels are distinct, and so are their positions here, `slots`: no order of this walk changes a score.)
        var awayPositions: [Int] = []
        for i in probabilities.indices {
            let label = slots[i], p = probabilities[i]
            guard label >= 0 else { continue }
            if serviceOfLabel[label] != nil {
                if !staff && staffLabel[label] { continue }
                if !away.isEmpty, awayLabel[label] { awayPositions.append(i); continue }
            }
            scores[label] = p
            scored[label] = true
        }
        let awayShare = Self.share(of: awayPositions, in: probabilities)
        if awayShare > 0, awayShare < 1 {
            // The model's belief among the services left (`小花园里好多狗屎 能不能管一下` in another compound's
            // group: the park had 92 %, the complaint most of the rest).
            for label in scores.indices where scored[label] { scores[label] = scores[label] / (1 - awayShare) }
        }
        for (ref, w) in wordScores where !away.contains(ref) {
            guard let label = labelOfRef[ref] else { continue }
            // A service without examples is routed by its words alone: a weight of 1 reaches the threshold.
            scores[label] += learned[label] ? Self.wordWeight * min(w, 3) / 3 : Self.threshold * min(w, 3)
            scored[label] = true
        }
        var ranked: [(label: Int, score: Double)] = []
        ranked.reserveCapacity(labels.count)   // (one allocation, not one each time the array outgrows itself)
        for label in scores.indices where scored[label] { ranked.append((label, scores[label])) }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.label < $1.label }
        explanation.scores = ranked.prefix(5).map { (labels[$0.label], $0.score) }
        if let rule = CommunityWork.rule(for: text, present, staff: staff),
           let ref = otherAppeal ?? ranked.lazy.compactMap({ self.serviceOfLabel[$0.label] }).first(where: appeals.contains) {
            // The community's work for one household or person (`…租户两人白天上班 约…晚上8点后入户登记`, `…来开地址一致
            // 证明 … 已开`, `好邻居我想推隔壁老满 … 四户签了字`): a 求助 case, however much it reads like a notice, work
            // done, praise the model hears, or a visit to a frail neighbour.
            explanation.rule = rule
            explanation.decision = .service(ref)
            return explanation
        }
        if let first = ranked.first, let silent = serviceOfLabel[first.label],
           wordOnly.contains(silent) && wordScores[silent] == nil || signOfLabel[first.label].map({ !$0(text) }) ?? false {
            // A service taken only when its word is said gives way. In a group, to chatter: "太好了🙏" reads like
            // praise to the model, `那是12栋的孙爹爹 他喜欢捡纸箱卖` like a welfare check. At the counter, staff type
            // requests more than remarks, and a resident may plead (`那帮我妈登记一下 杨玉兰 7栋1单元502`): to the
            // module's next service when the model believes it more than chatter (`泊林6-2-302 陈爹爹 独居
            // 要求每周看一次` is a visit to arrange, not an urgent check).
            // (Or a service whose sign the line lacks, ``Service/routingNeedsSign``: `1806婆婆吓到了冇` is no retirement
            // question. It gives way only to a service named outright or believed on its own; the model's crumbs
            // after it are no reading.)
            let lackedSign = !(wordOnly.contains(silent) && wordScores[silent] == nil)
            explanation.rule = "\(labels[first.label]) \(lackedSign ? "缺少它要的标志" : "需要关键词")"
            let rest = ranked.dropFirst()
            let chatter = kernelOfLabel.firstIndex(of: .chatter).map { scores[$0] } ?? 0
            func eligible(_ ref: ServiceRef) -> Bool { !wordOnly.contains(ref) && !staffServices.contains(ref) }
            let sibling = staff || present.containsAny(of: Self.pleas) ? rest.first { entry in
                serviceOfLabel[entry.label].map { $0.module == silent.module && eligible($0) } ?? false
            } : nil
            // A question put to the group (`我这个月的养老金么样还冇到`) is no remark: to the next service that may take it.
            // Nor is a line that names another service's own thing (`楼道里那个灭火器过期了 2023年的`: the year made it
            // look like a certification question).
            // (The one its words weigh most for: `高龄津贴 … 代办` is the allowance's errand, not social security's.)
            let named = Self.namedOutright(among: rest.compactMap { serviceOfLabel[$0.label] }.filter(eligible), wordScores)
                .flatMap { ref in rest.first { serviceOfLabel[$0.label] == ref } }
            // The next service the line may go to, whatever its words: for a fault or a question below.
            let nextEligible = rest.first { entry in serviceOfLabel[entry.label].map(eligible) ?? false }
            // A fault told, with a word of the service it names (`托管班教室空调不制冷 报物业来修`), when no sibling is
            // believed more than chatter: to that service, not dropped as a remark. Told without any service's word
            // (`棋牌室那个麻将机又卡住了 洗不了牌`: not the pingpong room's, whose word it lacks): to the next service the model
            // believes more than chatter.
            let faultTold = present.containsAny(of: Self.faultWords)
            let faulted = faultTold ? rest.first { entry in
                serviceOfLabel[entry.label].map { eligible($0) && (wordScores[$0] ?? 0) >= 1 } ?? false
            } ?? nextEligible.flatMap { $0.score > chatter ? $0 : nil } : nil
            let next = named ?? sibling.flatMap { $0.score > chatter ? $0 : nil } ?? faulted ?? sibling
                ?? (QuestionForm.asks(text) ? nextEligible : nil)
            guard let next, next.score > chatter, !lackedSign || next.label == named?.label || next.score >= Self.threshold else {
                // A resident's particulars (`她叫邓秀英 3栋1单元601`, `严志华 133****9034`, a name alone: `张三`) are unknown,
                // not chatter: said while a question waits, they may be its answer.
                let particulars = !staff && (namesAPlace(text, present) || Self.holdsAPhoneNumber(text) || PersonName.isName(Substring(text)))
                explanation.decision = particulars ? .unknown(guesses: []) : .act(.chatter, fallback: nil)
                return explanation
            }
            explanation.decision = .service(serviceOfLabel[next.label]!)
            return explanation
        }
        let services = ranked.compactMap { entry in serviceOfLabel[entry.label].map { ($0, entry.score) } }
        let bestService = services.first?.0
        guard let top = ranked.first else { return explanation }

        let topService = serviceOfLabel[top.label]
        if kernelOfLabel[top.label].map({ $0 == .followUp || $0 == .meToo }) ?? (top.score < Self.sureOfAnotherModule),
           let named = verbsInside.matches(in: text).first(where: { $0.start > 0 && $0.payload.module != topService?.module
               && !Self.asksHow(before: $0.start, in: text) && !Self.namesAnOffice(after: $0.end, in: text) })?.payload,
           (labelOfRef[named].map { scores[$0] } ?? 0) >= 0.05 {
            // A residents' verb inside the sentence (`居民投诉：…`) names its service outright, against the model's
            // guess elsewhere. (At the start of the line, the verb is a command and `Desk` weighs it.)
            explanation.rule = "关键词明确"
            explanation.decision = .service(named)
            return explanation
        }
        if let act = kernelOfLabel[top.label] {
            // A service the routing words name outright beats a weak act.
            // A complaint, a suggestion or praise asked for in so many words (`表扬一下`, `提个意见`, weight 3)
            // beats any act: the model reads the long grumble around it as talk. So does a question put in a
            // service's own words (`修外墙的钱是走维修基金还是自己出`), even one the model reads as news of a fix
            // (`顶楼漏水是物业修还是我们自己出钱啊`).
            // Nor is a notice asked about (`有人打电话说我爸养老金少发了 补发要先交手续费 靠谱吗`) a notice.
            let asked = QuestionForm.asks(text)
            if act.isNotARequest || act == .resolved && asked, let (ref, score) = services.first,
               case let weight = wordScores[ref] ?? 0,
               appeals.contains(ref) && weight >= 3 || weight >= 2 && score >= top.score * 0.6 || weight >= 3 && asked
                || act == .notice && weight >= 2 && Self.endsAsking(text) {
                explanation.decision = .service(ref)
                explanation.rule = "关键词明确"
            } else if act == .chatter, !staff, Grievance.says(present), let (ref, _) = services.first, appeals.contains(ref),
                      (wordScores[ref] ?? 0) >= 1 {
                // `贴了告示有么用 今天又是八点打`: a nuisance back in spite of what was done reads as talk to the model;
                // what was done in vain says it is a complaint.
                explanation.decision = .service(ref)
                explanation.rule = "又来了的投诉（说了几回、有什么用）"
            } else if act == .chatter, !staff, Grievance.nobodyDealsWithIt(present), let (ref, _) = services.first,
                      (wordScores[ref] ?? 0) >= 1 {
                // `说好了一个人限打四十分钟 有几个老师傅一打就是一个半钟头 也冇人管`: nobody dealing with it says it is a
                // complaint, to the service its words name.
                explanation.decision = .service(ref)
                explanation.rule = "没人管的投诉"
            } else if act == .chatter, !staff, text.count >= Self.longLine, present.containsAny(of: Self.pleas),
                      let (ref, score) = services.first, (wordScores[ref] ?? 0) >= 1, score >= top.score * 0.5 {
                // A long line that thanks and tells a story before its plea (`我是裘婆婆的儿子 … 谢谢驿站的助餐 不过…
                // 能不能晚一点送`) reads as talk to the model; the plea and the service's word say it asks.
                explanation.decision = .service(ref)
                explanation.rule = "长消息里的请求"
            } else if act == .chatter, staff, text.count >= Self.longLine, present.containsAny(of: Self.staffPleas),
                      let (ref, score) = services.first(where: { !wordOnly.contains($0.0) }), score >= Self.counterFloor {
                // Staff do not chat with the desk at length: a long counter line that asks for something to be done
                // (`甘婆婆屋里冇得电热毯了 今晚冇得盖的 请冬季慰问那边送床厚被子`) is for the service the model believes most,
                // however much of it reads like talk — not answered with a greeting. (Not a service taken only on its
                // word: `以后还是请人礼拜三来看一回` is no urgent welfare check.)
                explanation.decision = .service(ref)
                explanation.rule = "柜台录入的长消息里的请求"
            } else if staff, act.isNotARequest, ResidentReported.says(text, present) || present.containsAny(of: Self.wentToPersuade),
                      !services.contains(where: { (wordScores[$0.0] ?? 0) >= 1 }),
                      let (ref, _) = services.first(where: { appeals.contains($0.0) }) {
                // What a resident reported or staff went to talk someone out of (`阳台养鹅 凌晨叫 小宁反映 跟物业上门劝`),
                // when no service's own word names it (only `上门`, `物业`): a matter between neighbours, an appeal.
                explanation.rule = "服务台记下居民反映的事"
                explanation.decision = .service(ref)
            } else if staff, act == .notice || act == .ad, !(act == .notice && PlannedWorkNotice.says(present)),
                      let (ref, score) = services.first(where: { !wordOnly.contains($0.0) || wordScores[$0.0] != nil }),
                      score >= Self.counterFloor {
                // Staff at the counter type what a resident asks; they do not paste ads or notices to the desk
                // (a pasted notice in its usual format is caught by the rules above): `顺驰 8-1-302 暖气不热`. Not a
                // service that needs its word without it (`他说还是帮他代办一下 熊志刚 …` is no urgent welfare check).
                // Only a notice staff record giving out for planned work is one (``PlannedWorkNotice``).
                explanation.rule = "服务台录入的不是通知"
                explanation.decision = .service(ref)
            } else if staff, act.isNotARequest, ResidentReported.says(text, present),
                      let (ref, _) = services.first(where: { appeals.contains($0.0) }) {
                // What a resident reported, written down at the counter (`四伢反映村口鱼塘边冇围栏：录入`), is a matter
                // to deal with however much it reads like a notice: no other service spoke for it, so an appeal.
                explanation.rule = "服务台记下居民反映的事"
                explanation.decision = .service(ref)
            } else if staff, act.isNotARequest, PassedToTheProperty.says(present), !CommunityEvent.isNamed(present),
                      let (ref, _) = services.first(where: { wordScores[$0.0] != nil }) {
                // Staff passing what they found to the property company (`桶站三天未清运 满溢 报物业催环卫`): its work on
                // the estate, the service its words name — not a notice, however dated and terse the line reads. (Not
                // the arrangements for one of the community's gatherings: `中秋邻里会明晚 … 场地灯光请物业检查`.)
                explanation.rule = "服务台转给物业的事"
                explanation.decision = .service(ref)
            } else {
                // A fallback the line hardly speaks of (`要到哪个派出所`: a suggestion at 0.00) is none.
                explanation.decision = .act(act, fallback: (services.first?.1 ?? 0) >= Self.fallbackFloor ? bestService : nil)
            }
            return explanation
        }
        if !staff, let (winner, _) = services.first, wordScores[winner] == nil, let label = name(of: winner),
           classifier.support(of: label, in: read, against: present.containsAny(of: Self.asks) ? nil : KernelLabel.chatter.rawValue)
            < Self.minimumSupport {
            // Nothing of the line but single characters was ever said for the service — or nothing said for it more
            // than for chatter (`我屋里的还在抢票`) — and no routing word names it: a neighbour's remark the model merely
            // leans on (`终于 腿都爬断了`), not a request.
            if let named = Self.namedOutright(among: services.map(\.0), wordScores) {
                // Another service the line names outright (`水表冻了 么样化开啊`: how to thaw, not a report) takes it.
                explanation.rule = "关键词明确"
                explanation.decision = .service(named)
                return explanation
            }
            explanation.rule = "没有依据（只有单字像 \(label)）"
            // Unknown, not chatter: said while a question waits (`周桂兰`), it may still be the answer.
            explanation.decision = .unknown(guesses: [])
            return explanation
        }
        // (A catch-all named outright, `想请社区出面`, needs no more than any other service.)
        guard let (winner, score) = services.first,
              score >= (strict.contains(winner) && (wordScores[winner] ?? 0) < 3 ? Self.strictThreshold : Self.threshold) else {
            explanation.decision = .unknown(guesses: services.prefix(2).filter { $0.1 >= 0.15 }.map(\.0))
            return explanation
        }
        if staff, !appeals.contains(winner), !reportServices.contains(winner), (wordScores[winner] ?? 0) < 1,
           ResidentReported.entered(text, present),
           let (appeal, _) = services.first(where: { appeals.contains($0.0) }) {
            // A resident's report staff say they entered (`邬婆婆反映改造工人搭架子碰弯她家的晾衣架：录入，转项目部`) is a
            // matter to deal with, not a question for the service the model leans to (a home visit for 婆婆).
            explanation.rule = "服务台记下居民反映的事"
            explanation.decision = .service(appeal)
            return explanation
        }
        if appeals.contains(winner), PropertyAsked.says(text, present),
           let (repair, _) = services.first(where: { reportServices.contains($0.0) && !away.contains($0.0) }) {
            // `物业 10栋门口的垃圾桶盖子全坏了 换几个盖子`: a job put to the property office is a report, however cross.
            explanation.decision = .service(repair)
            explanation.rule = "请物业修、换、剪、拖走的是报修"
            return explanation
        }
        // Each module competes with its best service; a close runner-up from another module makes a tie.
        var close: [ServiceRef] = [winner]
        for (ref, s) in services.dropFirst() where s >= score * Self.tieShare && close.count < 3 {
            if !close.contains(where: { $0.module == ref.module }) { close.append(ref) }
        }
        // A fault the line names beside a grumble (`7栋2单元那个电梯 又坏了 … 我要投诉`): the module's service takes it,
        // and the grumble stays in the case's words; 诉求 is for what no module handles.
        if close.count > 1, close.contains(where: appeals.contains),
           case let named = close.filter({ !appeals.contains($0) && (wordScores[$0] ?? 0) > 0 }), named.count == 1 {
            close = named
        }
        explanation.decision = close.count > 1 ? .tie(close) : .service(close[0])
        return explanation
    }

    /// Positions of the model's `probabilities`, most likely first (ties in position order).
    static func ranking(_ probabilities: [Double]) -> [Int] {
        probabilities.indices.sorted { moreLikely($0, than: $1, in: probabilities) }
    }

    /// Whether position `a` of `probabilities` comes before `b` in ``ranking(_:)``.
    private static func moreLikely(_ a: Int, than b: Int, in probabilities: [Double]) -> Bool {
        probabilities[a] != probabilities[b] ? probabilities[a] > probabilities[b] : a < b
    }

    /// The sum of `probabilities` at `positions`, added in the order of ``ranking(_:)`` — the order the share of the
    /// services away was always summed in, since a sum of doubles depends on its order — by sorting only `positions`
    /// (a few services of one place), not every label. (Perf, relay: ranking every label for a line that names a place
    /// cost some 8,000 instructions; docs/performance.md, sixty-sixth pass.)
    static func share(of positions: [Int], in probabilities: [Double]) -> Double {
        positions.sorted { moreLikely($0, than: $1, in: probabilities) }.reduce(0) { $0 + probabilities[$1] }
    }

    /// The service among `candidates` (in the order given) whose routing words in the line weigh most, when they
    /// weigh 2 or more: a service the line names outright. (The first of equals.)
    private static func namedOutright(among candidates: [ServiceRef], _ wordScores: [ServiceRef: Double]) -> ServiceRef? {
        var best: (ref: ServiceRef, weight: Double)?
        for ref in candidates {
            guard let weight = wordScores[ref], weight >= 2, weight > best?.weight ?? 0 else { continue }
            best = (ref, weight)
        }
        return best?.ref
    }

    /// The label of a service: its code.
    private func name(of ref: ServiceRef) -> String? { labelOfRef[ref].map { labels[$0] } }

    /// Words with which a resident's line asks someone to act: with them, every gram the model saw with a service
    /// supports it; without, only those it saw more with the service than with chatter.
    private static let asks = ["管一下", "管管", "帮我", "帮忙", "麻烦", "请社区", "请物业", "请网格", "处理一下", "来看看", "来看一下"]
    /// Characters from which a line is long: a story told before what is asked.
    static let longLine = 30

    /// Words with which a line pleads for something to be done (`帮我报一下`, `能不能跟食堂说下`, `麻烦登记`).
    private static let pleas = ["帮我", "帮她", "帮他", "帮忙", "麻烦", "登记", "能不能", "可不可以", "可以帮", "申请", "请社区", "请网格"]
    /// Words with which staff ask for something to be done in a counter line (`请物业来看`, `能不能有人来教一下`).
    private static let staffPleas = pleas + ["请", "想请", "要人", "有人来"]

    /// Whether a residents' service is named outright: its verb, or routing words weighing 2 or more.
    func namesAServiceOutright(_ text: String) -> Bool {
        wordWeights(in: text).values.contains { $0 >= 2 }
    }

    /// The routing words' weights in `text` summed by service, counting only words that `count`.
    private func wordWeights(in text: String, counting count: (ServiceRef, Double) -> Bool = { _, _ in true }) -> [ServiceRef: Double] {
        var scores: [ServiceRef: Double] = [:]
        for m in words.matches(in: text) where count(m.payload.0, m.payload.1) { scores[m.payload.0, default: 0] += m.payload.1 }
        return scores
    }

    /// The service whose routing words in `text` weigh most, at least one typical word's weight (1), among those
    /// `allowed`; nil when none does. Mentions (``RoutingWord/mentions(_:)``) never add up to it.
    func mostNamed(in text: String, where allowed: (ServiceRef) -> Bool) -> ServiceRef? {
        wordWeights(in: text) { ref, weight in weight >= 1 && allowed(ref) }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The service that answers the price `text` asks (``CostQuestion``): the line read again without its money words
    /// decides what is asked about (`助餐一顿多少钱` is care's, though the model hears insurance in 多少钱), or, read as
    /// no service's, the service whose words name most of it. That service when it answers costs itself
    /// (``Service/answersCosts``: `高龄津贴一个月多少钱`), else its module's first that does (`修楼道灯要住户出钱吗`:
    /// the repairs questions', not a public-area report). Nil when no such module is named: read as any other line.
    private func costAnswerer(for text: String, sender: String?, staff: Bool, compound: String?) -> ServiceRef? {
        guard !costAnswerers.isEmpty else { return nil }
        let subject = CostQuestion.withoutCostWords(text)
        let read = weighed(subject, sender: sender, staff: staff, compound: compound, showingTheModel: false).decision
        var named: ServiceRef?
        if case .service(let ref) = read, costAnswerers[ref.module] != nil { named = ref }
        named = named ?? mostNamed(in: subject) { costAnswerers[$0.module] != nil }
        return named.flatMap { costAnswering.contains($0) ? $0 : costAnswerers[$0.module] }
    }

    /// Whether the model is sure `text` is a record of a staff service (`4月2日 于长顺 认证上门做好了 人脸识别`): work
    /// done, told at the counter to be kept — its `做好了` is not news that a reported fault is fixed.
    private func recordsStaffWork(_ text: String) -> Bool {
        let (probabilities, slots, _) = classifier.posterior(content.content(text))
        guard let best = probabilities.indices.max(by: { probabilities[$0] < probabilities[$1] }), slots[best] >= 0,
              let ref = serviceOfLabel[slots[best]] else { return false }
        return staffServices.contains(ref) && probabilities[best] >= 0.9
    }

    /// The best score of any label for `text` (how sure the router is of its decision).
    func confidence(_ text: String) -> Double {
        weigh(text, sender: nil, staff: true, compound: nil, showingTheModel: false).scores.first?.score ?? 0
    }

    /// Whether a line ends on a question (`… 靠谱吗`, `… 是真的么？`), as a notice never does: a notice's `写清楚几栋几单元` is
    /// no question, though ``QuestionForm/asks(_:)`` hears one in it.
    static func endsAsking(_ text: String) -> Bool {
        guard let last = text.trimmingSpaces.unicodeScalars.last else { return false }
        return "吗么啵呢?？".unicodeScalars.contains(last)
    }

    /// A pasted announcement: it starts with a bracketed heading (`【通知】`, `【温馨提示】`) or ends with the
    /// signature of a unit the directory knows (`…水印桃源物业服务中心 11月28日`) — unless it is passed on with the
    /// forwarder's question about it (``ForwardedMessage/asksWhetherTrue(_:)``).
    func isNotice(_ text: String) -> Bool {
        // `[转发] 燃气公司通知：… 能信吗`: a notice passed on with a question is the forwarder's question.
        if ForwardedMessage.asksWhetherTrue(text) { return false }
        // `hasPrefix` compares Unicode-aware, slowly for Chinese: twenty headings were most of this check on every
        // line (perf, dispatch). Only a line starting with a heading's first character can start with it, and its
        // headings are compared byte by byte (``CharacterPresence``: 2.2 M of the dispatch bench's 1,000 lines,
        // on `[图片]`, before; docs/performance.md, eleventh pass).
        if let first = text.unicodeScalars.first, Self.noticeHeadingStarts.contains(first) {
            let line = CharacterPresence(text)
            if Self.noticeHeadings.contains(where: line.hasPrefix) { return true }
        }
        if Self.bracketedHeading(text) { return true }
        // `乒乓球友会通知：本周六…`, `物业温馨提示：…`: a unit's heading ending in 通知：.
        // (Counting characters walks the line's grapheme clusters: counted once, and not at all for a line with fewer
        // than 20 scalars, which has fewer than 20 characters. Perf, dispatch: three counts were a twentieth of a line.)
        let long = text.unicodeScalars.count >= 20 && text.count >= 20
        if long, let colon = text.prefix(12).firstIndex(where: { $0 == "：" || $0 == ":" }),
           ["通知", "公告", "提示", "提醒"].contains(where: text[..<colon].hasSuffix) { return true }
        guard long else { return false }
        let tail = String(text.suffix(30))
        // Foundation's searches (for each of the units' names, backwards) were a tenth of reading a line of 20 or
        // more characters (perf, dispatch); a word whose first character is not in the tail cannot be found there.
        // In a tail of plain characters (``CharacterPresence/isPlain(_:)``: nearly every line) each character is
        // one scalar, and the scalars are searched: a set of the tail's characters cost 29,000 instructions a line
        // (perf, dispatch; docs/performance.md, eleventh pass).
        let characters: Set<Character>? = CharacterPresence.isPlain(tail) ? nil : Set(tail)
        func mayHold(_ word: String) -> Bool {
            if let characters { return word.first.map(characters.contains) ?? false }
            return word.unicodeScalars.first.map(tail.unicodeScalars.contains) ?? false
        }
        guard !(mayHold("投") && tail.contains("投诉")) && !mayHold("找") else { return false }
        return noticeSigners.contains { signer in
            guard mayHold(signer) else { return false }
            // A signature closes the notice (`…奥园物业服务中心 12月1日`); a unit named mid-sentence or after a
            // verb (`要去派出所还是社区`) is a resident's question.
            guard let range = tail.range(of: signer, options: .backwards) else { return false }
            if let before = tail[..<range.lowerBound].last, Self.verbsBeforeAUnit.contains(before) { return false }
            return tail[range.upperBound...].allSatisfy { !$0.unicodeScalars.first!.properties.isIdeographic || "年月日号".contains($0) }
        }
    }

    /// A heading of the notice's own kind (`【乒乓球友会】本月会费请还冇交的球友尽快交…`, `【3栋楼长】…`) on a line long
    /// enough to be a notice; not a resident's bracketed plea (`【求助】3栋漏水`, `【寻人】`, `【投诉】`).
    static func bracketedHeading(_ text: String) -> Bool {
        // (Its first scalar: no other spelling of a line starts with 【, which has no decomposition, and `hasPrefix`
        // was 1.3 M of the dispatch bench's 1,000 lines.)
        guard text.unicodeScalars.first == "【", text.unicodeScalars.count >= 20, text.count >= 20, let close = text.prefix(14).firstIndex(of: "】") else { return false }
        let heading = text[text.index(after: text.startIndex)..<close]
        return !heading.isEmpty && !["求助", "投诉", "举报", "报修", "紧急", "急", "救", "寻", "找", "问"].contains(where: heading.contains)
    }

    /// Characters that make a unit's name the object of a verb (`去派出所`, `找物业公司`, `问居委会`), not a signature.
    /// So does `是` (`是在社区办还是派出所`): a resident weighing where to go.
    private static let verbsBeforeAUnit: Set<Character> = ["去", "到", "找", "问", "打", "给", "叫", "报", "向", "跟", "请", "喊", "是"]

    /// A nickname that names a unit: the property company, the community office, a utility.
    ///
    /// The answer for the last nickname is kept: a group's line asks it of the same sender twice, when the line is
    /// read and again when the desk asks whether it is a pasted notice (``Desk/isPastedNotice(_:sender:)``). The
    /// nickname is compared byte for byte, so a canonically equivalent one (`\u{FA4C}区`, `社区`) is searched anew.
    /// (Perf, relay: 6.5 K instructions a search, 13.0 K of a relayed message's 604 K; docs/performance.md,
    /// forty-second pass.)
    func isUnitAccount(_ sender: String) -> Bool {
        if let last = lastUnitAccount.last.withLock({ $0 }), last.sender.utf8.elementsEqual(sender.utf8) { return last.isUnit }
        let isUnit = searchedAsUnitAccount(sender)
        lastUnitAccount.last.withLock { $0 = (sender, isUnit) }
        return isUnit
    }

    /// ``isUnitAccount(_:)`` searched anew, without the kept answer.
    ///
    /// A nickname of plain characters (``CharacterPresence/isPlain(_:)``: nearly every one) is walked once by a
    /// matcher of the words that are plain and not empty (``UnitAccountMemo/words``), which finds one of them
    /// exactly where the start's search (``searchedWordByWord(_:)``) finds it: ``CharacterPresence`` searches a plain
    /// word in a plain line byte by byte, and so does the matcher, all the words in one walk. The words that are not
    /// plain, or empty (none of the desk's own), are searched one by one as before. Whether any word is in the
    /// nickname does not depend on the order they are asked in. (Perf, relay: the 36 words searched one by one,
    /// each through its first characters, were 6.7 K instructions of a relayed message, whose sender is rarely the
    /// last one asked; docs/performance.md, fiftieth pass.)
    func searchedAsUnitAccount(_ sender: String) -> Bool {
        guard CharacterPresence.isPlain(sender) else { return searchedWordByWord(sender) }
        let words = lastUnitAccount.words
        if words.plain.occurs(in: sender) { return true }
        return !words.others.isEmpty && CharacterPresence(sender).containsAny(of: words.others)
    }

    /// The start's search, one word at a time: ``unitAccountWords``, then the notice signers, each by
    /// ``CharacterPresence`` (byte by byte in a plain nickname, by Foundation otherwise). Foundation's search for
    /// thirty names, at every reading of a group's line, was a tenth of relaying a message (perf, relay).
    func searchedWordByWord(_ sender: String) -> Bool {
        let name = CharacterPresence(sender)
        return name.containsAny(of: Self.unitAccountWords) || name.containsAny(of: noticeSigners)
    }

    /// The notice signers the router was made with (the tests').
    var unitAccountSigners: [String] { noticeSigners }

    /// The words of a unit's account that the matcher does not walk, searched one by one (the tests').
    var unitAccountWordsSearchedAlone: [String] { lastUnitAccount.words.others }

    /// Words in a group nickname that mark the community's or a unit's staff (`王网格`, `物业管家小周`, `驿站1小张`), or
    /// the club's and the volunteer teams' people answering in the group (`球友会老罗`, `兵哥哥服务队-老魏`, `红十字队小黎`), and
    /// the property's contractors named by their trade (`水电工小龚`, `绿化队老孟`).
    static let unitAccountWords = ["物业", "居委会", "社区", "网格", "管理处", "客服", "燃气公司", "供电所", "维保", "驿站",
                                   "管家", "书记", "球友会", "服务队", "志愿队", "爱心队", "红十字", "水电工", "绿化"]

    static let noticeHeadings = ["【通知】", "【温馨提示】", "【公告】", "【提醒】", "【重要通知】", "【停水通知】", "【停电通知】",
                                 "【紧急通知】", "【社区通知】", "【物业通知】", "【防诈提醒】", "【反诈提醒】", "【活动通知】",
                                 "[通知]", "通知：", "通知:", "温馨提示：", "温馨提示:", "公告：", "公告:"]
    /// The first characters of ``noticeHeadings`` (none of which has a decomposition).
    private static let noticeHeadingStarts = Set(noticeHeadings.compactMap(\.unicodeScalars.first))

    /// Greetings, thanks, acknowledgements, placeholders for media, emoji and punctuation, as a whole line.
    func isChatter(_ text: String) -> Bool {
        let kept = Self.withoutStickers(text)
        // An ideograph that no chatter line or placeholder holds stays in the line whatever is taken out below, so
        // the line is no chatter: most lines are told so at their first such character, without the filtering,
        // lowercasing and replacing below (perf, dispatch: a tenth of reading a line).
        if kept.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) && !Self.chatterIdeographs.contains($0) }) {
            return false
        }
        // (Collected into a string's scalars: `filter` on the substring's scalars rebuilt it scalar by scalar.)
        var meaningful = String.UnicodeScalarView()
        for s in kept.unicodeScalars where Self.isMeaningful(s) { meaningful.append(s) }
        if meaningful.isEmpty { return true }
        var stripped = String(meaningful).lowercased()
        // Most lines hold no placeholder's first character: they skip Foundation's replacing, ten calls a line.
        if stripped.contains(where: Self.placeholderStarts.contains) {
            for placeholder in Self.mediaPlaceholders { stripped = stripped.replacingOccurrences(of: placeholder, with: "") }
        }
        return stripped.isEmpty || Self.chatterLines.contains(stripped)
    }

    /// Whether a scalar of a line counts for ``isChatter(_:)``: not a space, punctuation, a symbol, an emoji, a mark
    /// or an invisible format character.
    private static func isMeaningful(_ s: Unicode.Scalar) -> Bool {
        // A CJK ideograph (most of a line) is none of these, and an ASCII character is one of them only as a
        // space, punctuation or a symbol (every printable ASCII character that is no letter or digit): both
        // are told without reading five of their properties and Foundation's character set (perf, dispatch).
        if (0x4E00...0x9FFF).contains(s.value) { return true }
        if s.isASCII {
            let alphanumeric = ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
            return !(s == " " || (0x21...0x7E).contains(s.value) && !alphanumeric)
        }
        return !(s.properties.isEmojiPresentation || s.properties.isEmoji && s.value > 0x2000 || s.properties.generalCategory == .nonspacingMark
          || Self.punctuation.contains(s) || s == " " || s.value == 0xFE0F || s.value == 0x200D
          || (0x200B...0x200F).contains(s.value) || (0x202A...0x202E).contains(s.value))
    }

    /// `text` without WeChat's sticker codes (`[玫瑰]`, `[捂脸]`, `[强]`: a word of one to four characters in
    /// square brackets), which exports write in place of the picture.
    static func withoutStickers(_ text: String) -> Substring {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return Substring(text) }
        var kept = Substring(), rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            kept += rest[..<open]
            let inside = rest[rest.index(after: open)...]
            if let close = inside.prefix(5).firstIndex(of: "]"), close > inside.startIndex {
                rest = inside[inside.index(after: close)...]
            } else {
                kept += "["
                rest = inside
            }
        }
        return kept + rest
    }

    /// Whether `text` opens with an echo and goes on with the sender's own story (`+1 早上送伢上学就冇坐成`,
    /// `我们也是 晚上高峰期更小`): the echo, set apart by a space or a mark.
    static func opensWithMeToo(_ text: String) -> Bool {
        // (The echoes compared byte by byte, ``CharacterPresence/hasPrefix(_:)``: the standard library's `hasPrefix`
        // was 4.1 K of a relayed message's 547 K; docs/performance.md, forty-eighth pass.)
        let line = CharacterPresence(text)
        return meTooOpenings.contains { mark in
            guard line.hasPrefix(mark), let next = text.dropFirst(mark.count).first else { return false }
            return next == " " || next == "，" || next == "," || next == "！" || next == "!" || next == "。"
        }
    }

    /// Echoes a line may open with.
    static let meTooOpenings = ["+1", "同上", "我也是", "我家也是", "我们也是", "我屋也是", "我们这边也是"]

    /// Whole lines that echo someone else's report.
    static let meTooLines: Set<String> = ["+1", "+1+1", "+10086", "同上", "我也是", "我家也是", "我们也是", "一样", "同样"]

    private static let punctuation = CharacterSet.punctuationCharacters.union(.symbols)

    /// Media placeholders of WeChat exports, written without their brackets once punctuation is gone.
    static let mediaPlaceholders = ["图片", "语音", "表情", "视频", "动画表情", "链接", "文件", "位置", "红包", "转账"]
    private static let placeholderStarts = Set(mediaPlaceholders.compactMap(\.first))

    /// The ideographs of ``chatterLines`` and ``mediaPlaceholders``.
    private static let chatterIdeographs = Set((chatterLines.union(mediaPlaceholders)).flatMap(\.unicodeScalars)
        .filter { (0x4E00...0x9FFF).contains($0.value) })

    /// Whole lines that are chatter once punctuation and emoji are gone.
    static let chatterLines: Set<String> = [
        "早上好", "早", "早安", "中午好", "下午好", "晚上好", "晚安", "大家好", "你好", "您好", "收到", "收到了", "好的", "好",
        "好滴", "嗯", "嗯嗯", "哦", "对", "是的", "谢谢", "谢谢大家", "谢谢你", "多谢", "感谢", "辛苦了", "辛苦", "哈哈",
        "哈哈哈", "ok", "okay", "1", "赞", "点赞", "明白", "知道了", "了解", "没问题", "再见", "拜拜",
        "支持", "顶", "同意", "赞同", "厉害", "好棒", "太好了", "可以", "行",
        // Calling before the question itself (`在吗 问个事`): the question is the next line.
        "在吗", "在不在", "有人吗", "有人在吗", "在吗问个事", "问个事", "问个事情", "请问一下", "打扰一下", "我想问一下",
    ]
}

extension String {
    /// Without leading and trailing spaces (ASCII and ideographic).
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\u{3000}" || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\u{3000}" || l == "\t" { s = s.dropLast() }
        return String(s)
    }

    /// Without its ASCII spaces (`120 到了` → `120到了`). Foundation's replacing only when there is a space to take out:
    /// most lines have none.
    var withoutSpaces: String {
        utf8.contains(UInt8(ascii: " ")) ? replacingOccurrences(of: " ", with: "") : self
    }
}

/// The last nickname ``Router/isUnitAccount(_:)`` answered for, and its answer; and the words it looks for.
final class UnitAccountMemo: Sendable {
    let last = Mutex<(sender: String, isUnit: Bool)?>(nil)

    /// The words of a unit's account (``Router/unitAccountWords`` and the router's notice signers): those of plain
    /// characters and not empty in one matcher (its automaton built on its first walk), the others, in their order,
    /// searched one by one by ``CharacterPresence`` as before. Made from the router's own constants when the router
    /// is made — the signers are the directory's organisations the router was made with, as they were searched
    /// before — so nothing is kept that a restart or another process could change.
    let words: (plain: PhraseMatcher<Int>, others: [String])

    /// - Parameter words: ``Router/unitAccountWords`` and the notice signers.
    init(words: [String]) {
        let plain = words.filter { !$0.isEmpty && CharacterPresence.isPlain($0) }
        self.words = (PhraseMatcher(plain.map { (phrase: $0, payload: 0) }),
                      words.filter { $0.isEmpty || !CharacterPresence.isPlain($0) })
    }
}
