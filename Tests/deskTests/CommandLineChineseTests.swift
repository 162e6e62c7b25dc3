@testable import desk
import Testing

/// Every sentence of swift-argument-parser 1.8.2 the desk can meet, read in Chinese (the binary tests run the
/// common ones end to end; these are the rest of the table).
@Suite("Command-line messages in Chinese")
struct CommandLineChineseTests {
    @Test(arguments: [
        ("Missing value for '--db <PATH>'", "选项「--db <PATH>」后面要跟一个值"),
        ("Missing one of: '--add', '--multiply'", "缺少参数，应为其中之一：「--add」「--multiply」"),
        ("The option '--json' does not take any value, but 'x' was specified.", "选项「--json」不带值，这里给了「x」"),
        ("The value 'x' is invalid for '--format <format>'. Please provide one of 'jsonl' and 'wechat'.",
         "「x」不是「--format <format>」可用的值，可用：「jsonl」「wechat」"),
        ("Missing required subcommand.", "缺少子命令（见 --help）"),
        ("Missing expected argument '<name>'", "缺少参数 <name>"),
        ("2 unexpected arguments: 'a', 'b'", "多余的参数「a」「b」"),
        ("Unexpected argument 'a'", "多余的参数「a」"),
    ])
    func parserSentences(_ english: String, _ chinese: String) {
        #expect(CommandLineChinese.error(english, command: ["operator", "add"]) == chinese)
    }

    @Test func theDesksOwnMessagesStayAsTheyAre() {
        #expect(CommandLineChinese.error("--limit 应在 1 到 10000 之间，这里是 0", command: ["outbox"]) == "--limit 应在 1 到 10000 之间，这里是 0")
    }

    @Test func aSentenceNotInTheTableIsKeptAfterAChineseLeadIn() {
        #expect(CommandLineChinese.error("Something new.", command: ["say"]) == "命令行有误：Something new.")
    }

    @Test func theFullTextIsTranslatedLineByLine() {
        let english = "Error: Unknown option '--db'\nUsage: desk modules\n  See 'desk modules --help' for more information."
        #expect(CommandLineChinese.translate(english, command: ["modules"]) == """
            desk modules：这个命令不用服务台的数据库、不登录值班人员，没有「--db」选项；去掉它再运行
            用法：desk modules
              详见 desk modules --help。
            """)
    }

    @Test func theSpokenWordsDropOnlyTheFirstEndOfOptionsMark() {
        #expect(CommandLineChinese.spoken(["--", "工时", "-2小时", "--"]) == "工时 -2小时 --")
    }
}
