import Foundation

/// A labelled message the router learns from: a service code (`household-repair`) or one of the kernel's
/// ``KernelLabel``s, and the text as a resident or a member of staff would write it.
public struct Example: Sendable, Equatable {
    public var label: String
    public var text: String

    public init(_ label: String, _ text: String) { self.label = label; self.text = text }

    /// Reads `label<TAB>text` lines; `#` starts a comment line, blank lines are skipped. A line without a tab,
    /// or with an empty label or text, is an error naming the file and the line.
    public static func parse(tsv: String, name: String) throws(SeedError) -> [Example] {
        var examples: [Example] = []
        for (index, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let tab = line.firstIndex(of: "\t") else {
                throw .invalid("\(name) 第 \(index + 1) 行缺少制表符：应为「标签<Tab>例句」")
            }
            let label = String(line[..<tab]).trimmingSpaces
            let text = String(line[line.index(after: tab)...]).trimmingSpaces
            guard !label.isEmpty, !text.isEmpty else { throw .invalid("\(name) 第 \(index + 1) 行的标签或例句是空的") }
            examples.append(Example(label, text))
        }
        return examples
    }
}

/// The router's examples as read at start: the modules' own and the text of each `examples.tsv`, parsed only
/// when a model has to be trained from them (a start whose model is kept, ``ModelCache``, never parses them).
struct ExampleSources: Sendable {
    /// The examples the modules declare in code.
    var builtIn: [Example]
    /// Each `examples.tsv` read, by its name under `seeds/`, in order: its bytes, UTF-8 (a changed file that is
    /// not was refused at start), made text when they are parsed.
    var files: [(name: String, bytes: Data)]

    static let none = ExampleSources(builtIn: [], files: [])

    /// Every example, in order; a line that is not `label<TAB>text` is an error naming the file and the line.
    func parse() throws(SeedError) -> [Example] {
        var examples = builtIn
        for file in files { examples += try Example.parse(tsv: String(decoding: file.bytes, as: UTF8.self), name: file.name) }
        return examples
    }

    /// What the examples are made from, for a key (``ModelCache``): the same parts give the same examples.
    var parts: [StartupCache.Part] {
        builtIn.flatMap { [.text($0.label), .text($0.text)] } + files.flatMap { [.text($0.name), .bytes($0.bytes)] }
    }
}

/// What the kernel itself recognises besides the modules' services: speech acts and lines that are not requests.
/// Their examples ship in `seeds/desk/examples.tsv`, beside the examples of the kernel's own 诉求 services.
public enum KernelLabel: String, CaseIterable, Sendable {
    /// Greetings, thanks, stickers, small talk.
    case chatter
    /// An announcement pasted into a group (停水通知, a lift inspection, an anti-fraud warning).
    case notice
    /// Advertising.
    case ad
    /// A question about something the community desk does not handle (居住证, 疫苗…): say where to go.
    case outOfScope = "out-of-scope"
    /// The reporter says the problem is solved, or help is no longer needed.
    case resolved = "act-resolved"
    /// The reporter asks about progress, or says it is still broken.
    case followUp = "act-followup"
    /// A neighbour echoes a report just made (`+1`, `我们这栋也停了`).
    case meToo = "act-metoo"

    /// Labels that never lead to a case of their own.
    public var isNotARequest: Bool { self == .chatter || self == .notice || self == .ad }
}
