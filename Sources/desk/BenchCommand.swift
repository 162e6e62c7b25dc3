import ArgumentParser
import DeskKit
import DeskRelay
import Foundation

/// `desk bench`: the figures of docs/performance.md, each beside a baseline measured in the same run.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "性能测量：分发、落盘受理、群消息导入、启动、列表和搜索，每项与同一次运行中测得的基线对比。",
        discussion: """
            例：desk bench                          全部测量（大库默认 1,000,000 件工单，首次生成需几分钟）
                desk bench --cases 100000           用较小的库
                desk bench seed --db big.sqlite --cases 1000000   只生成大库
            用 release 构建运行：swift build -c release --static-swift-stdlib && .build/release/desk bench
            """,
        subcommands: [Run.self, Seed.self],
        defaultSubcommand: Run.self)

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "run", abstract: "运行全部测量。")

        @Option(help: "分发测量的行数。") var lines = 200_000
        @Option(help: "落盘受理测量的工单数。") var intake = 2_000
        @Option(help: "群消息导入测量的消息数。") var messages = 100_000
        @Option(help: "启动、列表、搜索测量所用大库的工单数。") var cases = 1_000_000
        @Option(help: "放测量数据库的文件夹（默认临时文件夹）。") var folder: String?
        @Option(help: "只运行这些测量（逗号分隔：dispatch,routing,model,intake,durability,relay,big），例如在 valgrind 下单独测一项。")
        var only: String?

        func run() throws {
            let dir = folder.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory.appendingPathComponent("desk-bench")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            var benchmarks = Benchmarks(folder: dir)
            let names = Set((only ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            if let unknown = names.subtracting(Benchmarks.names).sorted().first {
                throw ValidationError("没有名为「\(unknown)」的测量，可选：\(Benchmarks.names.joined(separator: ","))")
            }
            try benchmarks.all(lines: lines, intake: intake, messages: messages, cases: cases, only: names)
            print(benchmarks.collected.render())
        }
    }

    struct Seed: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "seed", abstract: "生成可重复的大数据库（固定随机种子）。")
        @Option(help: "数据库文件。") var db: String
        @Option(help: "工单数。") var cases = 1_000_000

        func run() throws {
            let started = Date()
            try BenchData.seed(path: db, cases: cases)
            print("已生成 \(db)：\(cases) 件工单，用时 \(String(format: "%.1f", Date().timeIntervalSince(started))) 秒。")
        }
    }
}
