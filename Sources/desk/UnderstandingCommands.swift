import ArgumentParser
import DeskKit
import Foundation

/// An in-memory desk with the shipped modules and the seeds: what `desk route` and `desk eval` read with.
private func scratchDesk() throws -> Desk {
    do {
        let registry = try ModuleRegistry(deskModules)
        guard let seeds = try SeedFiles.locate() else { throw Failure(message: "找不到 seeds 文件夹：请在仓库目录运行，或设置 DESK_SEEDS") }
        var logger = Logger(label: "desk.eval")
        logger.logLevel = .critical
        return try Desk(registry: registry, store: try DeskStore.inMemory(registry: registry, seeds: seeds), logger: logger,
                        seeds: seeds)
    } catch let failure as Failure {
        throw failure
    } catch {
        throw Failure(message: "无法启动服务台：\(error)")
    }
}

/// `desk route TEXT…`: why a line goes where it goes.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route", abstract: "说明一句话会交给哪个服务、为什么（模型概率、关键词、规则）。",
        discussion: "例：desk route 3栋电梯卡住了里面有人\n    desk route 退休老人王奶奶好几天没见人了\n    desk route --group 奥园业主群 电梯又坏了")

    /// A WeChat group's name: the line read as posted there by a resident, not typed at the counter.
    @Option(name: .long, help: ArgumentHelp("当作这个微信群里居民发的话来分析（默认是柜台录入）。", valueName: "群名"))
    var group: String?

    /// The words, in order; words that look like options (`-2小时`) are words.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("要分析的话。", valueName: "words"))
    var words: [String] = []

    func validate() throws {
        // The words take whatever is not an option of route's; the desk's shared options are refused, not analysed.
        if let option = words.first(where: { CommandLineChinese.sharedOptions.contains(String($0.prefix { $0 != "=" })) }) {
            throw ValidationError(CommandLineChinese.withoutDatabaseMessage(String(option.prefix { $0 != "=" })))
        }
        if let option = CommandLineChinese.strayOption(in: words) { throw ValidationError(CommandLineChinese.strayOptionMessage(option)) }
        if words.isEmpty { throw ValidationError("后面要写一句话，如 desk route 3栋电梯卡住了里面有人") }
    }

    func run() throws {
        let desk: Desk
        do { desk = try scratchDesk() } catch let failure as Failure { failure.exit() }
        if let group, desk.directory.compound(forGroup: group) == nil, !desk.directory.groups.contains(where: { $0.name == group }) {
            Failure(message: "不认识的微信群「\(group)」：群名见 seeds/community.yaml 的 groups").exit()
        }
        print(Masking.redact(desk.explainRoute(CommandLineChinese.spoken(words), group: group)))
    }
}

/// `desk eval FILE.tsv`: replays a labelled corpus through a fresh desk and reports how much it got right.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "用标注好的语料（群、发送人、内容、应为模块、应为类型）检验服务台的理解，打印正确率、混淆表和每个错例。",
        discussion: "例：desk eval Tests/Corpus/understanding-eval.tsv\n语料格式见 docs/understanding.md。")

    @Argument(help: "TSV 语料文件。")
    var file: String

    @Flag(name: .long, help: "逐条列出每句话和服务台的回答（对的也列）。")
    var all = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file), let tsv = String(data: data, encoding: .utf8) else {
            Failure(message: "读不了语料文件 \(file)").exit()
        }
        let desk: Desk
        let evaluation: Evaluation
        do {
            evaluation = try Evaluation(tsv: tsv, name: file)
            desk = try scratchDesk()
        } catch let failure as Failure {
            failure.exit()
        } catch SeedError.invalid(let why) {
            Failure(message: "语料有误：\(why)").exit()
        } catch {
            Failure(message: "\(error)").exit()
        }
        // A misspelt module would count every one of its lines wrong: name the line instead.
        let known = Set(desk.registry.modules.map(\.id) + ["none"])
        if let row = evaluation.rows.first(where: { !known.contains($0.module) }) {
            Failure(message: "语料有误：\(file) 第 \(row.line) 行的模块「\(row.module)」不是已注册的模块（可用：\(known.sorted().joined(separator: "、"))）").exit()
        }
        let start = ISO8601DateFormatter().date(from: "2026-11-28T02:00:00Z")!
        let report = evaluation.run(on: desk, start: start)
        let names = Dictionary(uniqueKeysWithValues: desk.registry.modules.map { ($0.id, $0.name.chinese) })
        print(all ? report.transcript() : report.text(names: names))
    }
}
