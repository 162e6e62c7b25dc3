import Foundation

/// The command line's own messages in Chinese: staff read Chinese, and swift-argument-parser writes its help
/// headings and parse errors in English. The patterns are the parser's wording (version 1.8.2:
/// `Usage/UsageGenerator.swift`, `Usage/HelpGenerator.swift`, `Usage/MessageInfo.swift`); a sentence the table
/// does not know is kept as it is, after a Chinese lead-in, so that nothing is hidden.
enum CommandLineChinese {
    /// Commands that open no database and sign no operator in: the desk's shared options do not apply to them.
    static let withoutDatabase: Set<String> = ["modules", "route", "eval", "token", "bench"]
    /// The options every database command shares (``DeskOptions``).
    static let sharedOptions: Set<String> = ["--db", "--operator", "--station", "--public-url"]

    /// The words of `desk say` and `desk route`: everything that is not one of their options, in order, without
    /// the first `--` (the usual end-of-options mark, which some people type from habit).
    static func spoken(_ words: [String]) -> String {
        var words = words
        if let mark = words.firstIndex(of: "--") { words.remove(at: mark) }
        return words.joined(separator: " ")
    }

    /// A word of `desk say` or `desk route`, before any `--` mark, that has the shape of a long option
    /// (`--frobnicate`, `--db=x` for route) but is none of the command's: a misspelt option, not something said.
    /// Words such as `-2小时`, `-15` or `--` itself stay words.
    static func strayOption(in words: [String]) -> String? {
        let options = words[..<(words.firstIndex(of: "--") ?? words.endIndex)]
        return options.first { word in
            let name = word.prefix { $0 != "=" }
            return name.count > 2 && name.hasPrefix("--")
                && name.dropFirst(2).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
                && name.dropFirst(2).first?.isLetter == true
        }.map { String($0.prefix { $0 != "=" }) }
    }

    /// Why a stray option is refused, and how to say such a word after all.
    static func strayOptionMessage(_ option: String) -> String {
        "不认识的选项「\(option)」；要把它当作话的一部分，请写在 -- 后面"
    }

    /// The parser's full text (help, or an error with its usage lines) in Chinese. `command` is the subcommand
    /// path the arguments named (`say`, `operator add`), empty for `desk` itself.
    static func translate(_ english: String, command: [String]) -> String {
        english.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line(String($0), command: command) }
            .joined(separator: "\n")
    }

    private static func line(_ line: String, command: [String]) -> String {
        if line.hasPrefix("Error: ") {
            let path = (["desk"] + command).joined(separator: " ")
            return "\(path)：" + error(String(line.dropFirst("Error: ".count)), command: command)
        }
        let headed = headings.lazy.compactMap { replace(line, $0.0, $0.1) }.first ?? line
        return phrases.reduce(headed) { text, pair in replace(text, pair.0, pair.1) ?? text }
    }

    /// One parse error in Chinese, with what to do when the desk knows better than the parser.
    static func error(_ message: String, command: [String]) -> String {
        let name = command.first ?? ""
        if let option = first(message, #"^Unknown option '([^']+)'"#) {
            if withoutDatabase.contains(name), sharedOptions.contains(option) {
                return withoutDatabaseMessage(option)
            }
            if let suggestion = first(message, #"Did you mean '([^']+)'\?"#) {
                return "不认识的选项「\(option)」，是不是「\(suggestion)」？"
            }
            return "不认识的选项「\(option)」"
        }
        if let words = first(message, #"^(?:\d+ unexpected arguments: |Unexpected argument )'(.+)'$"#) {
            let listed = words.replacingOccurrences(of: "', '", with: "」「")
            if command.isEmpty {
                return "「\(listed)」不是 desk 的子命令（子命令见 desk --help）；要说一句话请用 desk say \(words.replacingOccurrences(of: "', '", with: " "))"
            }
            return "多余的参数「\(listed)」"
        }
        if let argument = first(message, #"^Missing expected argument '(.+)'$"#) {
            return "缺少参数 \(argument)"
        }
        if let list = first(message, #"^Missing one of: ('.+')$"#) {
            return "缺少参数，应为其中之一：\(quoted(list))"
        }
        if let value = first(message, #"^The value '(.*)' is invalid for '.+?'\. Please provide one of (.+)\.$"#),
           let name = first(message, #"is invalid for '(.+?)'\. "#), let list = first(message, #"Please provide one of (.+)\.$"#) {
            return "「\(value)」不是「\(name)」可用的值，可用：\(quoted(list))"
        }
        for (pattern, template) in errors {
            if let translated = replace(message, pattern, template) { return translated }
        }
        // The desk's own validation messages are Chinese already.
        if message.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return message }
        return "命令行有误：\(message)"
    }

    /// `'a', 'b' or 'c'` (the parser's list of names or values) as `「a」「b」「c」`.
    private static func quoted(_ list: String) -> String {
        let names = list.components(separatedBy: "'").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        return names.map { "「\($0)」" }.joined()
    }

    /// Why `option` is refused by a command that opens no database.
    static func withoutDatabaseMessage(_ option: String) -> String {
        "这个命令不用服务台的数据库、不登录值班人员，没有「\(option)」选项；去掉它再运行"
    }

    /// Parse errors without a special case, as (pattern, Chinese template).
    private static let errors: [(String, String)] = [
        (#"^Missing value for '(.+)'$"#, "选项「$1」后面要跟一个值"),
        (#"^The value '(.*)' is invalid for '(.+?)': (.+)$"#, "「$1」不是「$2」可用的值：$3"),
        (#"^The value '(.*)' is invalid for '(.+?)'$"#, "「$1」不是「$2」可用的值"),
        (#"^The option '(.+)' does not take any value, but '(.*)' was specified\.$"#, "选项「$1」不带值，这里给了「$2」"),
        (#"^Missing required subcommand\.$"#, "缺少子命令（见 --help）"),
        (#"^Invalid option: (.+)$"#, "无效的选项「$1」"),
        (#"^Value to be set with (.+) had already been set with (.+)$"#, "同一个选项给了两次"),
    ]

    /// Help and usage lines, as (pattern, Chinese template).
    private static let headings: [(String, String)] = [
        (#"^OVERVIEW: (.*)$"#, "说明：$1"),
        (#"^USAGE: (.*)$"#, "用法：$1"),
        (#"^Usage: (.*)$"#, "用法：$1"),
        (#"^ARGUMENTS:$"#, "参数："),
        (#"^OPTIONS:$"#, "选项："),
        (#"^SUBCOMMANDS:$"#, "子命令："),
        (#"^Help:  (.*)$"#, "说明：$1"),
        (#"^  See '(.+) --help' for more information\.$"#, "  详见 $1 --help。"),
        (#"^  See '(.+) <subcommand>' for detailed help\.$"#, "  每个子命令的详细说明：$1 子命令名，或在子命令后加 --help。"),
    ]

    /// Phrases inside help lines, as (pattern, Chinese template).
    private static let phrases: [(String, String)] = [
        (#"Show help information\."#, "显示帮助。"),
        (#"Show subcommand help information\."#, "显示子命令的帮助。"),
        (#"\(default: ([^)]*)\)"#, "（默认：$1）"),
        (#" \(default\)"#, "（默认）"),
        (#"<subcommand>"#, "<子命令>"),
        (#"<options>"#, "<选项>"),
    ]

    private static func first(_ text: String, _ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    private static func replace(_ text: String, _ pattern: String, _ template: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil else { return nil }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
