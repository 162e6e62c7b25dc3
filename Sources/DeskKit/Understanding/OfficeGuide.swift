/// Where to go for what the community desk does not handle (居住证, 疫苗, 户口…), from `seeds/desk/offices.yaml`:
/// such a question gets a pointer, not 没有听懂 and not a case.
public struct OfficeGuide: Sendable {
    public struct Office: Sendable, Equatable {
        public var id: String
        /// `居住证`.
        public var topic: String
        public var words: [String]
        /// Where to go, when, what to bring.
        public var answer: String
        /// Whether the pointer is given even when a service of the desk is named: a caller pretending to be the
        /// pension office names the certification (`说养老金要重新认证 要报银行卡号 是不是你们打的`).
        public var beforeServices = false
        /// Whether a group line that only tells of it is answered too: a resident who tells of a suspicious call
        /// (`我刚也接到一个 说我养老金要重新核定 要先交一千块手续费`) is warned, though they ask nothing.
        public var warnsWhenTold = false
        /// Whether a resident who already gave the scammer something (``FraudVictim``) gets a 求助 case beside the
        /// pointer: staff help them call the bank and the police.
        public var helpsVictims = false
        /// Phrases inside which the topic's words do not name it: `户口在孝感` tells where someone is registered,
        /// it asks nothing about moving a registration — though another of the topic's words may still (`我户口在
        /// 老家 能不能迁到泊林来`: `迁到`). A phrase followed by a question word still names it (`户口在哪里迁`).
        public var except: [String] = []
        /// Words that say the line is about something else, wherever they stand: `打算装修 要不要先去哪里登记` registers a
        /// renovation, not a new household, though it asks where to register.
        public var notWhen: [String] = []

        /// The pointer as the desk says it: the topic, then where to go (`居住证：居住证由辖区派出所办理…`).
        public var pointer: String { "\(topic)：\(answer)" }

        /// The UTF-8 byte ranges of the ``except`` phrases in `text` that are not followed by a question word.
        func exceptedSpans(in text: String) -> [Range<Int>] {
            except.flatMap { phrase in
                text.ranges(of: phrase).compactMap { range -> Range<Int>? in
                    let after = text[range.upperBound...]
                    if ["哪", "么", "什么", "啥"].contains(where: after.hasPrefix) { return nil }
                    let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                    return start..<(start + phrase.utf8.count)
                }
            }
        }
    }

    public let offices: [Office]
    private let matcher: PhraseMatcher<Int>

    struct Seed: Codable {
        var offices: [Entry]
        struct Entry: Codable {
            var id: String
            var topic: String
            var words: [String]
            var answer: String
            var beforeServices: Bool?
            var warnsWhenTold: Bool?
            var helpsVictims: Bool?
            var except: [String]?
            var notWhen: [String]?
        }
    }

    static let none = OfficeGuide(offices: [])

    init(offices: [Office]) {
        self.offices = offices
        matcher = PhraseMatcher(offices.enumerated().flatMap { i, office in office.words.map { ($0, i) } })
    }

    /// - Parameter store: where the decoded seed is kept between starts (``DecodedSeeds``).
    init(yaml: String, store: DeskStore? = nil) throws(SeedError) {
        self.init(try DecodedSeeds.decode(Seed.self, yaml: yaml, name: "desk/offices.yaml", store: store))
    }

    /// The guide the seed `yaml` describes, built the first time a line is read for an office when `store` kept
    /// the seed decoded at an earlier start, else built now — so a seed that does not read still stops the start
    /// (``DecodedSeeds/decodedOnFirstUse(_:yaml:name:store:check:)``).
    static func onFirstUse(yaml: String, store: DeskStore) throws(SeedError) -> BuiltOnFirstUse<OfficeGuide> {
        let seed = try DecodedSeeds.decodedOnFirstUse(Seed.self, yaml: yaml, name: "desk/offices.yaml", store: store) { _ in }
        return BuiltOnFirstUse { OfficeGuide(seed()) }
    }

    private init(_ seed: Seed) {
        self.init(offices: seed.offices.map {
            Office(id: $0.id, topic: $0.topic, words: $0.words, answer: $0.answer, beforeServices: $0.beforeServices ?? false,
                   warnsWhenTold: $0.warnsWhenTold ?? false, helpsVictims: $0.helpsVictims ?? false, except: $0.except ?? [],
                   notWhen: $0.notWhen ?? [])
        })
    }

    /// The office whose words `text` names most specifically (the longest word found; the first office on
    /// equal length), or nil. A word inside one of its office's ``Office/except`` phrases does not count, nor does an
    /// office one of whose ``Office/notWhen`` words the line holds.
    public func office(for text: String) -> Office? {
        let best = matcher.matches(in: text).filter { match in
            let office = offices[match.payload]
            return !office.exceptedSpans(in: text).contains { $0.contains(match.start) && match.end <= $0.upperBound }
                && !office.notWhen.contains(where: text.contains)
        }.min { a, b in
            a.phrase.utf8.count != b.phrase.utf8.count ? a.phrase.utf8.count > b.phrase.utf8.count : a.payload < b.payload
        }
        return best.map { offices[$0.payload] }
    }
}
