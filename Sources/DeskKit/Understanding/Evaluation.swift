import Foundation

/// Measures how well a desk reads people: a labelled corpus (`group, sender, text, module, kind` — see
/// `Tests/Corpus/understanding-eval.tsv`) is replayed in order through a desk, as the relay and the counter
/// would send it, and each reply is compared with what a person expects.
///
/// A reply's kind is `case` when it opened, linked or changed a case (or recorded something, such as a fee),
/// `answer` when it answered, `ignored` when the line was left alone. A question back (`ask`) counts as the
/// module taking the request: it matches `case` or `answer` when the module is right, since what the request
/// becomes depends on the answer still to come. A silent note (`noted`: in a group, a word kept on a case with
/// no post — thanks for a fix, a neighbour's remark in an emergency's thread) is what a line to be left alone
/// should get as far as the group sees, and what a remark to be linked should get as far as staff see: it
/// counts as right for `ignored`, and for `case` when the module is right; it never counts as a lost request
/// or as chatter that opened a case.
public struct Evaluation: Sendable {
    /// One labelled line.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var group: String?
        public var sender: String
        public var text: String
        public var module: String
        public var kind: String
    }

    /// One line's outcome.
    public struct Outcome: Sendable {
        public var row: Row
        public var module: String
        public var kind: String
        public var reply: String

        public var moduleRight: Bool { module == row.module }
        public var right: Bool {
            switch kind {
            case "noted": row.kind == "ignored" || row.kind == "case" && moduleRight
            case "ask": moduleRight && row.kind != "ignored"
            default: moduleRight && kind == row.kind
            }
        }
    }

    public static let kinds = ["case", "answer", "ignored"]

    public let rows: [Row]

    /// Reads the corpus: `#` lines are comments; the first other line is the column header when its last column is
    /// no kind (`group	sender	text	module	kind`), else already a row — a corpus that describes its columns in
    /// comments loses no line. A header or row without the five tab-separated columns, an unknown kind, or a file
    /// with no rows is refused, naming the line.
    public init(tsv: String, name: String) throws(SeedError) {
        var rows: [Row] = []
        var header = true
        for (index, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            if header {
                guard columns.count == 5 else {
                    throw .invalid("\(name) 第 \(index + 1) 行是表头，应有 5 列，用制表符分隔（群、发送人、内容、模块、类型），这里有 \(columns.count) 列")
                }
                header = false
                if !Self.kinds.contains(columns[4]) { continue }
            }
            guard columns.count == 5 else { throw .invalid("\(name) 第 \(index + 1) 行应有 5 列（群、发送人、内容、模块、类型），这里有 \(columns.count) 列") }
            guard Self.kinds.contains(columns[4]) else {
                throw .invalid("\(name) 第 \(index + 1) 行的类型「\(columns[4])」应为 case、answer 或 ignored")
            }
            rows.append(Row(line: index + 1, group: columns[0].isEmpty ? nil : columns[0], sender: columns[1],
                            text: columns[2], module: columns[3], kind: columns[4]))
        }
        guard !rows.isEmpty else { throw .invalid("\(name) 里没有要检验的行（表头之后每行一句话，5 列用制表符分隔）") }
        self.rows = rows
    }

    /// Replays every row through `desk`, a minute apart from `start`.
    public func run(on desk: Desk, start: Date) -> Report {
        var outcomes: [Outcome] = []
        for (i, row) in rows.enumerated() {
            let time = start.addingTimeInterval(Double(i) * 60)
            let message: Message
            if let group = row.group {
                let home = desk.addresses.read(row.sender)
                message = Message(row.text, channel: .group, operatorName: "relay",
                                  requester: Requester(address: home.building == nil ? nil : home, sender: row.sender),
                                  group: group, time: time)
            } else {
                message = Message(row.text, channel: .desk, operatorName: row.sender, conversation: "desk:eval:\(row.sender)", time: time)
            }
            let reply = desk.respond(to: message)
            let kind = Self.kind(of: reply)
            // A line left alone was taken by no module, whichever looked at it.
            outcomes.append(Outcome(row: row, module: kind == "ignored" ? "none" : reply.module ?? "none", kind: kind,
                                    reply: kind == "noted" ? "（不回复，记到工单 \(reply.caseID ?? "")）" : reply.text))
        }
        return Report(outcomes: outcomes)
    }

    static func kind(of reply: Reply) -> String {
        switch reply.status {
        case .created, .duplicate, .updated: "case"
        case .answered: "answer"
        case .ignored: reply.caseID != nil ? "noted" : "ignored"
        case .ask: reply.caseID != nil ? "case" : "ask"
        case .error: "error"
        }
    }

    /// The figures of one run.
    public struct Report: Sendable {
        public let outcomes: [Outcome]

        public var accuracy: Double { share(outcomes) { $0.right } }

        /// Lines expected to be left alone (chatter, notices) that opened or changed a case.
        public var ignoredThatOpenedCases: [Outcome] { outcomes.filter { $0.row.kind == "ignored" && $0.kind == "case" } }

        /// Requests (expected `case`) that the desk left alone or answered without any module.
        public var lostRequests: [Outcome] {
            outcomes.filter { $0.row.kind == "case" && ($0.kind == "ignored" || $0.kind == "error" || $0.module == "none") }
        }

        /// Accuracy per expected module, in the order first seen.
        public var byModule: [(module: String, count: Int, accuracy: Double)] {
            var order: [String] = []
            for o in outcomes where !order.contains(o.row.module) { order.append(o.row.module) }
            return order.map { m in
                let rows = outcomes.filter { $0.row.module == m }
                return (m, rows.count, share(rows) { $0.right })
            }
        }

        /// Expected module → module that answered → count.
        public var confusion: [String: [String: Int]] {
            var table: [String: [String: Int]] = [:]
            for o in outcomes { table[o.row.module, default: [:]][o.module, default: 0] += 1 }
            return table
        }

        /// The report `desk eval` prints: the figures, the confusion table and every miss. `names` gives each
        /// module id its Chinese name.
        public func text(names: [String: String]) -> String {
            func name(_ id: String) -> String { id == "none" ? "无" : names[id] ?? id }
            func kind(_ k: String) -> String {
                ["case": "工单", "answer": "答复", "ignored": "忽略", "ask": "追问", "error": "出错", "noted": "记到工单不回复"][k] ?? k
            }
            var lines = ["共 \(outcomes.count) 条，模块和类型都对 \(outcomes.filter(\.right).count) 条：\(percent(accuracy))"]
            lines.append("应忽略却开了工单：\(ignoredThatOpenedCases.count) 条；应受理却没有受理：\(lostRequests.count) 条")
            lines.append("")
            lines.append(TextTable(headers: ["应为模块", "条数", "正确率"],
                                   rows: byModule.map { [name($0.module), "\($0.count)", percent($0.accuracy)] }).render())
            lines.append("")
            let modules = byModule.map(\.module)
            let answered = Array(Set(outcomes.map(\.module))).sorted()
            lines.append("混淆表（行：应为；列：实际）")
            lines.append(TextTable(headers: ["应为＼实际"] + answered.map(name),
                                   rows: modules.map { m in [name(m)] + answered.map { "\(confusion[m]?[$0] ?? 0)" } }).render())
            let misses = outcomes.filter { !$0.right }
            if !misses.isEmpty {
                lines.append("")
                lines.append("未答对的 \(misses.count) 条：")
                for o in misses {
                    lines.append("第\(o.row.line)行 [\(o.row.group ?? "柜台")] \(Masking.redact(o.row.text))")
                    lines.append("    应为 \(name(o.row.module))/\(kind(o.row.kind))，实际 \(name(o.module))/\(kind(o.kind))：\(DisplayWidth.truncate(Masking.redact(o.reply.replacingOccurrences(of: "\n", with: " ")), to: 70))")
                }
            }
            return lines.joined(separator: "\n")
        }

        /// Every line with the desk's reply, right or wrong (`desk eval --all`).
        public func transcript() -> String {
            outcomes.map { o in
                "\(o.right ? "✓" : "✗") 第\(o.row.line)行 [\(o.row.group ?? "柜台")] \(Masking.redact(o.row.text))\n"
                    + "    → \(o.module)/\(o.kind)：\(Masking.redact(o.reply.replacingOccurrences(of: "\n", with: " ")))"
            }.joined(separator: "\n")
        }

        private func share(_ rows: [Outcome], _ right: (Outcome) -> Bool) -> Double {
            rows.isEmpty ? 0 : Double(rows.filter(right).count) / Double(rows.count)
        }

        private func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    }
}
