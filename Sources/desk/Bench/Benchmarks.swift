import DeskKit
import DeskRelay
import Foundation

/// The measurements of issue 10 (and the durability cost of issue 16), each with its baseline.
struct Benchmarks {
    let folder: URL
    private(set) var collected = BenchReport()

    init(folder: URL) { self.folder = folder }

    /// The names `--only` takes, in the order the measurements run.
    static let names = ["dispatch", "routing", "model", "intake", "durability", "relay", "big"]

    /// The measurements, or only those named in `only` (`dispatch`, `routing`, `model`, `intake`, `durability`,
    /// `relay`, `big`): one at a time under a profiler.
    mutating func all(lines: Int, intake: Int, messages: Int, cases: Int, only: Set<String> = []) throws {
        func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }
        if wanted("dispatch") { try dispatch(lines) }
        if wanted("routing") { try routing(lines) }
        if wanted("model") { try model() }
        if wanted("intake") { try durableIntake(intake) }
        if wanted("durability") { try durabilityCost(intake) }
        if wanted("relay") { try relay(messages) }
        if wanted("big") { try bigDatabase(cases) }
    }

    private func registry() throws -> ModuleRegistry { try ModuleRegistry(deskModules) }

    private func quietDesk(_ store: DeskStore, registry: ModuleRegistry) throws -> Desk {
        var logger = Logger(label: "bench")
        logger.logLevel = .critical
        return try Desk(registry: registry, store: store, logger: logger, seeds: SeedFiles.locate())
    }

    /// 1. Lines routed and answered in memory, no durable write; baseline: only normalising the same lines.
    mutating func dispatch(_ n: Int) throws {
        let registry = try registry()
        let desk = try quietDesk(try DeskStore.inMemory(registry: registry, seeds: SeedFiles.locate()), registry: registry)
        let sample = ["早上好", "收到👍", "[图片]", "谢谢大家", "社保卡丢了怎么补办", "请问今天天气怎么样",
                      "我是1968年3月出生的男的，什么时候能退休？", "哈哈哈", "好的", "异地就医怎么备案"]
        let lines = (0..<n).map { sample[$0 % sample.count] }
        let conversation = "bench"
        let t = Stopwatch.seconds {
            for line in lines { _ = desk.respond(to: Message(line, operatorName: "bench", conversation: conversation)) }
        }
        var sum = 0
        let base = Stopwatch.seconds { for line in lines { sum &+= TextNormalizer.normalize(line).utf8.count } }
        collected.add("1. 分发（内存，\(n) 行）", Stopwatch.rate(n, t), baseline: "仅 NFKC 规范化", Stopwatch.rate(n, base),
                      ratio: String(format: "%.3f", base / t), target: "≥ 50000/s")
    }

    /// 1b. Reading a line of free text: the notice and chatter rules, the learned model, the routing words and
    /// the emergencies, without answering it; baseline: only normalising the same lines. The model is made ready
    /// when the desk starts (1c).
    mutating func routing(_ n: Int) throws {
        let registry = try registry()
        let desk = try quietDesk(try DeskStore.inMemory(registry: registry, seeds: SeedFiles.locate()), registry: registry)
        let sample = ["3栋2单元的电梯又坏了 卡在5楼 有老人被困", "我家厨房水管漏水了 么样搞", "乒乓球室几点开门", "早上好",
                      "【通知】明天上午停水", "71年6月的男的啥时候退休", "口袋公园的扭腰器转不动了", "+1", "电梯修好了 谢谢",
                      "我要投诉 楼下天天半夜唱歌"]
        let lines = (0..<n).map { sample[$0 % sample.count] }
        var sum = 0
        let t = Stopwatch.seconds { for line in lines { sum &+= desk.routeLabel(line).utf8.count } }
        let base = Stopwatch.seconds { for line in lines { sum &+= TextNormalizer.normalize(line).utf8.count } }
        collected.add("1b. 读懂一句话（\(n) 行，不作答）", String(format: "%.1f µs/行", t / Double(n) * 1e6), baseline: "仅 NFKC 规范化",
                      String(format: "%.2f µs/行", base / Double(n) * 1e6), ratio: String(format: "%.3f", base / t),
                      target: "≤ 50 µs/行")
    }

    /// 1c. The router's model at start: trained from the examples (once per change of the examples or of the
    /// build) against loaded from the database (every other start), median of 9 each.
    mutating func model() throws {
        let registry = try registry()
        let path = folder.appendingPathComponent("model.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let desk = try quietDesk(try DeskStore.open(path: path, registry: registry, seeds: SeedFiles.locate()), registry: registry)
        let timings = try (0..<9).map { _ in try desk.routerModelTimings() }
        let training = timings.map { $0.training }.sorted()[4], loading = timings.compactMap { $0.loading }.sorted()[4]
        collected.add("1c. 路由模型：从库中载入", String(format: "%.2f ms", loading * 1000), baseline: "重新训练",
                      String(format: "%.1f ms", training * 1000), ratio: String(format: "%.3f", loading / training), target: "远小于 1 ms")
    }

    /// 2. Cases opened, one commit each, WAL on a file; baseline: the same number of rows inserted raw.
    mutating func durableIntake(_ n: Int) throws {
        let registry = try registry()
        let path = folder.appendingPathComponent("intake.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try DeskStore.open(path: path, registry: registry, seeds: SeedFiles.locate())
        let desk = try quietDesk(store, registry: registry)
        let lines = (0..<n).map { i in "报修 奥园\(i % 30 + 1)栋\(i / 30 % 3 + 1)单元\(i / 90 % 18 + 1)0\(i / 1620 % 4 + 1) 厨房漏水" }
        var created = 0
        let t = Stopwatch.seconds {
            for line in lines where desk.respond(to: Message(line, operatorName: "bench")).status == .created { created += 1 }
        }
        let rate = Double(created) / t
        let normal = try rawIntake(lines, synchronous: "NORMAL"), full = try rawIntake(lines, synchronous: "FULL")
        collected.add("2. 落盘受理（\(created) 件，每件一次提交）", String(format: "%.0f/s", rate), baseline: "原生单行事务插入（NORMAL）",
                      String(format: "%.0f/s", normal), ratio: String(format: "%.3f", rate / normal), target: "≥ 0.3")
        collected.add("2a. 同上，同样落盘的基线", String(format: "%.0f/s", rate), baseline: "原生单行事务插入（FULL）",
                      String(format: "%.0f/s", full), ratio: String(format: "%.3f", rate / full), target: "≥ 0.3")
    }

    /// The baseline of 2 and 2a: one row per line inserted by GRDB in single-row transactions, WAL mode on a file,
    /// the writer at `synchronous` (`NORMAL`, GRDB's default in WAL mode; `FULL`, what the desk commits at).
    /// Rows per second.
    private func rawIntake(_ lines: [String], synchronous: String) throws -> Double {
        let rawPath = folder.appendingPathComponent("intake-raw-\(synchronous).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: rawPath + suffix) }
        var config = Configuration()
        config.busyMode = .timeout(10)
        let raw = try DatabasePool(path: rawPath, configuration: config)
        try raw.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = \(synchronous)") }
        try raw.write { try $0.execute(sql: "CREATE TABLE cases(id TEXT PRIMARY KEY, module TEXT, title TEXT, fields TEXT, createdAt TEXT)") }
        let base = try Stopwatch.seconds {
            for (i, line) in lines.enumerated() {
                try raw.write { db in
                    try db.execute(sql: "INSERT INTO cases VALUES (?, 'repairs', ?, '{}', ?)", arguments: ["BX-\(i)", line, Date()])
                }
            }
        }
        return Double(lines.count) / base
    }

    /// 2b. The cost of durable acknowledgements: the same intake with the writer at `synchronous = FULL` (what the
    /// desk runs: a commit is on disk before its reply) against `NORMAL` (GRDB's default in WAL mode, which a power
    /// cut can roll back).
    mutating func durabilityCost(_ n: Int) throws {
        let registry = try registry()
        var rates: [Double] = []
        for mode in ["FULL", "NORMAL"] {
            let path = folder.appendingPathComponent("durability-\(mode).sqlite").path
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let store = try DeskStore.open(path: path, registry: registry, seeds: SeedFiles.locate())
            try store.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = \(mode)") }
            let desk = try quietDesk(store, registry: registry)
            let lines = (0..<n).map { i in "报修 奥园\(i % 30 + 1)栋\(i / 30 % 3 + 1)单元\(i / 90 % 18 + 1)0\(i / 1620 % 4 + 1) 厨房漏水" }
            var created = 0
            let t = Stopwatch.seconds {
                for line in lines where desk.respond(to: Message(line, operatorName: "bench")).status == .created { created += 1 }
            }
            rates.append(Double(created) / t)
        }
        collected.add("2b. 落盘受理 synchronous=FULL（\(n) 件）", String(format: "%.0f/s", rates[0]), baseline: "同样受理，NORMAL",
                      String(format: "%.0f/s", rates[1]), ratio: String(format: "%.3f", rates[0] / rates[1]), target: "—（每件多一次 fsync）")
    }

    /// 3. Relay ingest of generated group messages; baseline: raw batched inserts of the same number of rows.
    mutating func relay(_ n: Int) throws {
        let registry = try registry()
        let path = folder.appendingPathComponent("relay.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let desk = try quietDesk(try DeskStore.open(path: path, registry: registry, seeds: SeedFiles.locate()), registry: registry)
        var random = SeededRandom(state: 7)
        let chatter = ["收到", "早上好", "👍", "[图片]", "谢谢大家", "哈哈哈", "好的"]
        let items: [RelayItem] = (0..<n).map { i in
            let b = Int(random.next() % 12) + 1, u = Int(random.next() % 2) + 1
            let r = random.next() % 100
            let text = r < 55 ? chatter[Int(random.next() % 7)] : r < 75 ? "\(b)栋\(u)单元电梯坏了" : r < 85 ? "家里厨房漏水了"
                : r < 92 ? "社保卡丢了怎么补办" : "\(b)栋\(u)单元楼道灯不亮"
            return .message(RelayMessage(id: "b\(i)", group: "水印桃源1群", sender: "\(b)-\(u)-\(Int(random.next() % 6) + 1)01 住户\(i % 300)",
                                         time: Date(), text: text))
        }
        var iterator = items.makeIterator()
        let t = try Stopwatch.seconds { _ = try Relay(desk: desk).run(next: { iterator.next() }, write: { _ in }) }
        let rawPath = folder.appendingPathComponent("relay-raw.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: rawPath + suffix) }
        let raw = try DatabasePool(path: rawPath)
        try raw.write { try $0.execute(sql: "CREATE TABLE messages(id TEXT PRIMARY KEY, groupName TEXT, sender TEXT, text TEXT, at TEXT)") }
        let base = try Stopwatch.seconds {
            var i = 0
            while i < n {
                let end = min(i + 500, n)
                try raw.write { db in
                    let statement = try db.makeStatement(sql: "INSERT INTO messages VALUES (?, ?, ?, ?, ?)")
                    for j in i..<end { try statement.execute(arguments: ["b\(j)", "水印桃源1群", "住户", "text \(j)", Date()]) }
                }
                i = end
            }
        }
        collected.add("3. 群消息导入（\(n) 条）", Stopwatch.rate(n, t), baseline: "原生批量插入", Stopwatch.rate(n, base),
                      ratio: String(format: "%.3f", base / t), target: "≥ 10000/s")
    }

    /// 4 and 5. Start-up and resident memory on a large database, and list and search timings.
    mutating func bigDatabase(_ cases: Int) throws {
        let path = folder.appendingPathComponent("big-\(cases).sqlite").path
        if !FileManager.default.fileExists(atPath: path) {
            let seconds = try Stopwatch.seconds { try BenchData.seed(path: path, cases: cases) }
            collected.notes.append("生成 \(cases) 件工单的大库用时 \(String(format: "%.0f", seconds)) 秒（\(path)）。")
        }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let desk = try Self.timeProcess(me, ["say", "--db", path, "帮助"], runs: 7)
        let sqlite = try Self.timeProcess("/usr/bin/sqlite3", [path, ".quit"], runs: 7)
        func times(_ t: (wall: Double, cpu: Double)) -> String { String(format: "%.1f ms（CPU %.1f ms）", t.wall * 1000, t.cpu * 1000) }
        collected.add("4. 启动 desk say 帮助（\(cases) 件）", times(desk), baseline: "sqlite3 DB .quit", times(sqlite),
                      ratio: String(format: "%.2f", desk.wall / sqlite.wall), target: "≤ 6")
        // The desk alone (not `wait4`'s figure, which counts this process too: ``ResidentSet``), median of 5.
        let resident = try (0..<5).compactMap { _ in try ResidentSet.atPrompt(me, ["--db", path], line: "帮助") }
        if !resident.isEmpty {
            let rss = resident.map(\.rss).sorted()[resident.count / 2], peak = resident.map(\.peak).max()!
            collected.add("   常驻内存（提示符处，回答帮助之后）", String(format: "%.1f MB", Double(rss) / 1024), baseline: "最高",
                          String(format: "%.1f MB", Double(peak) / 1024), ratio: "—", target: "≤ 40 MB")
        }
        let first = try Self.timeProcess(me, ["say", "--db", path, "社保卡丢了怎么补办"], runs: 7)
        collected.add("4b. 启动到第一句自由文字的回答（\(cases) 件）", times(first), baseline: "sqlite3 DB .quit", times(sqlite),
                      ratio: String(format: "%.2f", first.wall / sqlite.wall), target: "≤ 6")

        let registry = try registry()
        let store = try DeskStore.open(path: path, registry: registry, seeds: SeedFiles.locate())
        let big = try quietDesk(store, registry: registry)
        for (label, line) in [("5. 列表 未办结", "列表"), ("5. 搜索（三字，FTS5 trigram）", "搜索 水管漏"), ("5. 搜索（二字）", "搜索 漏水")] {
            _ = big.respond(to: Message(line, operatorName: "bench"))
            let samples = (0..<40).map { _ in Stopwatch.seconds { _ = big.respond(to: Message(line, operatorName: "bench")) } }
            let (median, p99) = Stopwatch.percentiles(samples)
            collected.add("\(label)（\(cases) 件）", String(format: "中位 %.2f ms", median), baseline: "p99", String(format: "%.2f ms", p99),
                          ratio: "—", target: "中位 ≤ 20 ms")
        }
    }

    /// The median wall time and the median CPU time (user + system, `wait4`'s) of running `path arguments`
    /// `runs` times, in seconds.
    static func timeProcess(_ path: String, _ arguments: [String], runs: Int) throws -> (wall: Double, cpu: Double) {
        var times: [Double] = [], cpu: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let pid = try spawn(path, arguments)
            var status: Int32 = 0
            var usage = rusage()
            wait4(pid, &status, 0, &usage)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
            cpu.append(seconds(usage.ru_utime) + seconds(usage.ru_stime))
        }
        return (times.sorted()[runs / 2], cpu.sorted()[runs / 2])
    }

    /// Starts `path arguments` with its output discarded, for the caller to `wait4`. On Linux with
    /// `posix_spawn`: Foundation's `Process` reaps its children there itself, and a `wait4` racing it got no
    /// usage (a CPU time of 0).
    private static func spawn(_ path: String, _ arguments: [String]) throws -> pid_t {
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        return pid
        #else
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p.processIdentifier
        #endif
    }
}
