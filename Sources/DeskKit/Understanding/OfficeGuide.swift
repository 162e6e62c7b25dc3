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
        }
    }

    static let none = OfficeGuide(offices: [])

    init(offices: [Office]) {
        self.offices = offices
        matcher = PhraseMatcher(offices.enumerated().flatMap { i, office in office.words.map { ($0, i) } })
    }

    /// - Parameter store: where the decoded seed is kept between starts (``DecodedSeeds``).
    init(yaml: String, store: DeskStore? = nil) throws(SeedError) {
        let seed = try DecodedSeeds.decode(Seed.self, yaml: yaml, name: "desk/offices.yaml", store: store)
        self.init(offices: seed.offices.map {
            Office(id: $0.id, topic: $0.topic, words: $0.words, answer: $0.answer, beforeServices: $0.beforeServices ?? false)
        })
    }

    /// The office whose words `text` names most specifically (the longest word found; the first office on
    /// equal length), or nil.
    public func office(for text: String) -> Office? {
        let best = matcher.matches(in: text).min { a, b in
            a.phrase.utf8.count != b.phrase.utf8.count ? a.phrase.utf8.count > b.phrase.utf8.count : a.payload < b.payload
        }
        return best.map { offices[$0.payload] }
    }
}
