import Foundation

/// Decides what a line is for: a kernel command, a module's service called by its verb, free text scored by
/// the modules' routing words, or chatter. Its tables are built once from the registry.
struct Router: Sendable {
    /// A service by its position in the registry.
    struct ServiceRef: Hashable, Sendable {
        let module: Int
        let service: Int
    }

    enum Target: Sendable, Equatable {
        case kernel(KernelCommand)
        case service(ServiceRef)
    }

    /// The outcome of scoring free text.
    enum Decision: Equatable {
        case service(ServiceRef)
        case tie([ServiceRef])
        case chatter
        case unknown
    }

    private let verbsByFirst: [Character: [(verb: String, target: Target)]]
    private let aliases: [String: Target]
    private let words: PhraseMatcher<(ServiceRef, Double)>
    private let chatterWords: PhraseMatcher<Bool>

    /// A score below this is a guess too weak to act on.
    static let threshold = 1.0
    /// A runner-up from another module within this share of the winner makes a tie.
    static let tieShare = 0.8

    init(registry: ModuleRegistry) {
        var verbs: [(String, Target)] = []
        var aliases: [String: Target] = [:]
        for command in KernelCommand.allCases {
            verbs += command.verbs.map { ($0, .kernel(command)) }
            for a in command.aliases { aliases[a] = .kernel(command) }
        }
        var routing: [(phrase: String, payload: (ServiceRef, Double))] = []
        for (mi, module) in registry.modules.enumerated() {
            for (si, service) in module.services.enumerated() {
                let ref = ServiceRef(module: mi, service: si)
                verbs += service.verbs.map { ($0, .service(ref)) }
                for a in service.aliases { aliases[a.lowercased()] = .service(ref) }
                routing += service.routing.map { ($0.phrase, (ref, $0.weight)) }
                // A residents' service's verb in the middle of a sentence is a strong hint too.
                if service.audience == .residents { routing += service.verbs.map { ($0, (ref, 2.0)) } }
            }
        }
        verbsByFirst = Dictionary(grouping: verbs.sorted { $0.0.count > $1.0.count }, by: { $0.0.first! })
            .mapValues { $0.map { (verb: $0.0, target: $0.1) } }
        self.aliases = aliases
        words = PhraseMatcher(routing)
        chatterWords = PhraseMatcher(Self.chatter.map { ($0, true) })
    }

    /// A command at the start of the line: a Chinese verb (with or without a space) or an English alias
    /// (followed by a space or the end). Returns the target and the rest of the line.
    func explicit(_ text: String) -> (target: Target, rest: String)? {
        let firstWord = text.prefix { $0 != " " }
        if let target = aliases[firstWord.lowercased()] {
            return (target, String(text.dropFirst(firstWord.count)).trimmingSpaces)
        }
        guard let first = text.first, let candidates = verbsByFirst[first] else { return nil }
        for (verb, target) in candidates where text.hasPrefix(verb) {
            return (target, String(text.dropFirst(verb.count)).trimmingSpaces)
        }
        return nil
    }

    /// Scores free text against every service's routing words.
    func decide(_ text: String, registry: ModuleRegistry) -> Decision {
        var scores: [ServiceRef: Double] = [:]
        var seen = Set<String>()
        for m in words.matches(in: text) where seen.insert("\(m.payload.0.module).\(m.payload.0.service).\(m.phrase)").inserted {
            scores[m.payload.0, default: 0] += m.payload.1
        }
        // Each module competes with its best service.
        var best: [Int: (ServiceRef, Double)] = [:]
        for (ref, score) in scores where score > (best[ref.module]?.1 ?? 0) { best[ref.module] = (ref, score) }
        let ranked = best.values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.module < $1.0.module }
        guard let top = ranked.first, top.1 >= Self.threshold else {
            return isChatter(text) ? .chatter : .unknown
        }
        let close = ranked.prefix(3).filter { $0.1 >= top.1 * Self.tieShare }
        return close.count > 1 ? .tie(close.map(\.0)) : .service(top.0)
    }

    /// Greetings, thanks, acknowledgements, placeholders for media, emoji, punctuation and ads.
    func isChatter(_ text: String) -> Bool {
        let meaningful = text.unicodeScalars.filter { s in
            !(s.properties.isEmojiPresentation || s.properties.isEmoji && s.value > 0x2000 || s.properties.generalCategory == .nonspacingMark
              || Self.punctuation.contains(s) || s == " " || s.value == 0xFE0F || s.value == 0x200D
              || (0x200B...0x200F).contains(s.value) || (0x202A...0x202E).contains(s.value))
        }
        if meaningful.isEmpty { return true }
        let stripped = String(String.UnicodeScalarView(meaningful))
        if Self.chatterLines.contains(stripped.lowercased()) { return true }
        return !chatterWords.matches(in: text).isEmpty
    }

    private static let punctuation = CharacterSet.punctuationCharacters.union(.symbols)

    /// Whole lines that are chatter once punctuation and emoji are gone.
    static let chatterLines: Set<String> = [
        "早上好", "早", "早安", "中午好", "下午好", "晚上好", "晚安", "大家好", "你好", "您好", "收到", "收到了", "好的", "好",
        "好滴", "嗯", "嗯嗯", "哦", "对", "是的", "谢谢", "谢谢大家", "谢谢你", "多谢", "感谢", "辛苦了", "辛苦", "哈哈",
        "哈哈哈", "ok", "okay", "1", "赞", "点赞", "明白", "知道了", "了解", "没问题", "再见", "拜拜",
    ]

    /// Phrases that mark a line as chatter or an ad when nothing routed it.
    static let chatter = [
        "[图片]", "[语音]", "[表情]", "[视频]", "[动画表情]", "[链接]", "[文件]", "[位置]", "[红包]", "[转账]",
        "加微信", "加我微信", "优惠", "促销", "代购", "团购", "扫码", "转发", "点赞", "拼单", "秒杀", "免费领",
        "早上好", "晚安", "哈哈", "收到", "谢谢",
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
}
