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

    /// The reply's first line: the instruction and the numbers.
    public var safetyText: String {
        "【\(name)·紧急】" + instruction + (calls.isEmpty ? "" : "求助电话：" + calls.joined(separator: "、") + "。")
    }
}

/// The emergencies the desk recognises, and the reading of a line for them.
public struct EmergencyGuide: Sendable {
    struct Kind: Sendable {
        var emergency: Emergency
        var words: [String]
        var together: [[String]]
        var except: [String]
    }

    let kinds: [Kind]

    /// The seed file's shape.
    struct Seed: Decodable {
        var kinds: [Entry]
        struct Entry: Decodable {
            var id: String
            var name: String
            var words: [String]?
            var together: [[String]]?
            var except: [String]?
            var instruction: String
            var call: [Call]
            var byModule: Bool?
        }
        struct Call: Decodable {
            var name: String?
            var phone: String?
            var organisation: String?
        }
    }

    /// No emergencies known (a desk without seeds).
    static let none = EmergencyGuide(kinds: [])

    init(kinds: [Kind]) { self.kinds = kinds }

    /// Reads the seed, resolving organisations to their names and phone numbers in `directory`.
    init(yaml: String, directory: CommunityDirectory) throws(SeedError) {
        let seed = try SeedFiles.decode(Seed.self, yaml: yaml, name: "desk/emergencies.yaml")
        var kinds: [Kind] = []
        for entry in seed.kinds {
            guard !(entry.words ?? []).isEmpty || !(entry.together ?? []).isEmpty else {
                throw .invalid("desk/emergencies.yaml 的 \(entry.id) 没有 words 或 together")
            }
            let calls = entry.call.compactMap { call -> String? in
                if let id = call.organisation {
                    guard let unit = directory.organisation(id: id), let phone = unit.phone else { return nil }
                    return "\(phone)（\(unit.name)）"
                }
                guard let phone = call.phone else { return nil }
                return call.name.map { "\(phone)（\($0)）" } ?? phone
            }
            kinds.append(Kind(emergency: Emergency(id: entry.id, name: entry.name, instruction: entry.instruction, calls: calls,
                                                        modulesMayHandle: entry.byModule ?? false),
                              words: entry.words ?? [], together: entry.together ?? [], except: entry.except ?? []))
        }
        self.kinds = kinds
    }

    /// The first emergency `text` describes, in the seed's order, or nil. News that the danger is over
    /// (`火已扑灭`, `人出来了`, `送医院了`) is not an emergency.
    public func emergency(in text: String) -> Emergency? {
        if isOver(text) { return nil }
        for kind in kinds {
            var cleaned = text
            for phrase in kind.except where cleaned.contains(phrase) { cleaned = cleaned.replacingOccurrences(of: phrase, with: "·") }
            if Self.negated(kind.words, in: cleaned) { continue }
            if kind.words.contains(where: { cleaned.contains($0) })
                || kind.together.contains(where: { group in group.allSatisfy { $0.isEmpty || cleaned.contains($0) } }) {
                return kind.emergency
            }
        }
        return nil
    }

    /// Whether `text` says that a danger has passed or help has come.
    public func isOver(_ text: String) -> Bool { Self.over.contains(where: text.contains) }

    /// Phrases that say the danger has passed or help has come.
    static let over = ["扑灭", "灭了", "救出来", "人出来了", "出来了 ", "已经出来", "送医院了", "送到医院", "做了手术", "没事了", "冇事了",
                       "冇得事", "没得事", "虚惊", "找到了", "已经找到", "回来了", "被送回", "已处理", "处理好了", "维保已经", "已在赶来",
                       "已经在路上", "正在赶来", "演练", "演习"]

    /// `没有着火`, `不是被困`: the danger word said only to deny it.
    private static func negated(_ words: [String], in text: String) -> Bool {
        let found = words.filter { text.contains($0) }
        guard !found.isEmpty else { return false }
        return found.allSatisfy { word in
            ["没有", "没", "不是", "冇", "并没有", "未"].contains { text.contains($0 + word) }
        }
    }
}
