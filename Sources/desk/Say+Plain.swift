import ArgumentParser

extension Say {
    /// `desk say`'s command line (the words after `say`) read plainly (``plain(_:)``), else by the parser as the
    /// root; nil when the parser does not read it either.
    static func parsed(_ arguments: [String]) -> (any ParsableCommand)? {
        plain(arguments) ?? (try? parseAsRoot(arguments))
    }

    /// `desk say`'s command line read without swift-argument-parser, when it has the plain shape scripts give it:
    /// words that do not start with `-`, and among them each of `--db`, `--operator`, `--public-url` and
    /// `--station` at most once with a value that does not start with `-`, and `--json` at most once. Anything
    /// else — an option spelt otherwise (`--db=x`, `-h`, `--help`), a word like an option (`-2小时`), `--`, `help`,
    /// an option given twice or without its value, no words — is nil, for the parser, whose answer this is for the
    /// plain shape.
    ///
    /// The parser builds the command's arguments by reflection at every start, its first use of each of the
    /// options' types a walk of the binary's conformance records: 16.5 M of the 119.9 M instructions of
    /// `desk say 帮助`, 1.9 M read this way (docs/performance.md, twelfth pass).
    static func plain(_ arguments: [String]) -> Say? {
        var values: [String: String] = [:]
        var json = false
        var words: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--json" {
                guard !json else { return nil }
                json = true
            } else if valued.contains(argument) {
                guard values[argument] == nil, let value = rest.popFirst(), !value.hasPrefix("-") else { return nil }
                values[argument] = value
            } else {
                guard !argument.isEmpty, !argument.hasPrefix("-"), argument != "help" else { return nil }
                words.append(argument)
            }
        }
        guard !words.isEmpty else { return nil }
        var options = DeskOptions()
        options.db = values["--db"]
        options.operatorName = values["--operator"]
        options.publicURL = values["--public-url"]
        options.station = values["--station"]
        var say = Say()
        say.options = options
        say.json = json
        say.words = words
        return (try? say.validate()) == nil ? nil : say
    }

    /// The options of ``DeskOptions`` that take a value, as the parser names them.
    private static let valued: Set<String> = ["--db", "--operator", "--public-url", "--station"]
}
