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
    }

    public let offices: [Office]

    struct Seed: Decodable {
        var offices: [Entry]
        struct Entry: Decodable {
            var id: String
            var topic: String
            var words: [String]
            var answer: String
        }
    }

    static let none = OfficeGuide(offices: [])

    init(offices: [Office]) { self.offices = offices }

    init(yaml: String) throws(SeedError) {
        let seed = try SeedFiles.decode(Seed.self, yaml: yaml, name: "desk/offices.yaml")
        offices = seed.offices.map { Office(id: $0.id, topic: $0.topic, words: $0.words, answer: $0.answer) }
    }

    /// The office whose words `text` names most specifically (the longest word found), or nil.
    public func office(for text: String) -> Office? {
        var best: (Office, Int)?
        for office in offices {
            for word in office.words where text.contains(word) && word.count > (best?.1 ?? 0) { best = (office, word.count) }
        }
        return best?.0
    }
}
