import ArgumentParser
import DeskKit
import DeskServer
import Foundation
import Logging

/// `desk serve`: one desk for the stations, the groups' bridge and the city's systems, over HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "启动服务器：驿站客户端、微信群桥接和 Open311 接口共用一个数据库。",
        discussion: """
            例：desk serve --db /var/lib/microdesk/desk.sqlite --credentials /etc/microdesk/credentials
                desk serve --listen 0.0.0.0:8311
            凭据文件每行一项：station 驿站1 sha256:…、apikey 12345平台 sha256:…、bridge wechat 密钥（见 desk token）。
            SIGTERM 或 Ctrl-C：停止接收新请求，处理完进行中的请求，关闭数据库后退出。
            """)

    @OptionGroup var options: DeskOptions

    @Option(name: .long, help: ArgumentHelp("监听地址和端口。", valueName: "HOST:PORT"))
    var listen = "127.0.0.1:8311"

    @Option(name: .long, help: ArgumentHelp("凭据文件。默认：$DESK_CREDENTIALS。没有凭据时只有 /healthz 和 Open311 的查询可用。", valueName: "PATH"))
    var credentials: String?

    @Option(name: .long, help: ArgumentHelp("连接空闲（没有收到任何数据）多少秒后关闭，防止慢速客户端占住连接。", valueName: "SECONDS"))
    var idleTimeout = 30

    func validate() throws {
        guard (1...3600).contains(idleTimeout) else { throw ValidationError("--idle-timeout 应在 1 到 3600 秒之间") }
        guard Self.split(listen) != nil else { throw ValidationError("--listen 应为 主机:端口，如 127.0.0.1:8311") }
    }

    func run() async throws {
        DeskCommand.bootstrapLogging(defaultLevel: .info)
        var logger = Logger(label: "desk.serve")
        logger.logLevel = DeskCommand.logLevel(default: .info)
        let desk: Desk
        do { desk = try options.openDesk() } catch let failure as Failure { failure.exit() }
        var loaded: Credentials
        switch loadCredentials() {
        case .success(let credentials): loaded = credentials
        case .failure(let error): Failure(message: error.message).exit()
        }
        do { try loaded.checkStations(in: desk.directory) } catch { Failure(message: error.message).exit() }
        let (host, port) = Self.split(listen)!
        let app = try DeskServerApp.application(worker: DeskWorker(desk: desk), credentials: loaded, host: host, port: port,
                                              idleTimeout: idleTimeout, operators: AccountOperators(desk: desk), logger: logger)
        logger.info("serving", metadata: ["listen": "\(listen)"])
        // Scheduled jobs: a cheap check each minute (the first runs at once: catch-up was done at start).
        let jobs = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(60))
                for run in desk.runDueJobsIfNeeded() {
                    logger.info("job ran", metadata: ["module": "\(run.module)", "job": "\(run.job)", "period": "\(run.period)",
                                                     "status": "\(run.status.rawValue)"])
                }
            }
        }
        defer { jobs.cancel() }
        try await app.runService()
        // Every in-flight request has finished: close the database so the WAL is checkpointed.
        try (desk.store.writer as? DatabasePool)?.close()
        logger.info("stopped")
    }

    private func loadCredentials() -> Result<Credentials, DeskError> {
        guard let path = credentials ?? ProcessInfo.processInfo.environment["DESK_CREDENTIALS"], !path.isEmpty else { return .success(Credentials()) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return .failure(DeskError("credentials-unreadable", "无法读取凭据文件 \(path)"))
        }
        return Result { () throws(DeskError) in try Credentials(contentsOf: text) }
    }

    static func split(_ listen: String) -> (String, Int)? {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
              (0...65535).contains(port), colon > listen.startIndex else { return nil }
        return (String(listen[..<colon]), port)
    }
}

/// `desk token`: a new random token and the credentials line holding its hash.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "生成驿站令牌、Open311 api_key 或桥接密钥，并打印要加入凭据文件的一行。",
        discussion: "例：desk token station 驿站1\n    desk token apikey 12345平台\n    desk token bridge wechat")

    @Argument(help: "种类：station、apikey 或 bridge。") var kind: String
    @Argument(help: "名称（驿站名、调用方名或桥接名）。") var name: String

    func validate() throws {
        guard Credentials.Kind(rawValue: kind) != nil else { throw ValidationError("种类应为 station、apikey 或 bridge") }
        guard !name.contains(where: \.isWhitespace), !name.isEmpty else { throw ValidationError("名称不能含空格") }
    }

    func run() throws {
        let token = Credentials.newToken()
        let stored = kind == Credentials.Kind.bridge.rawValue ? token : "sha256:" + Credentials.hash(token)
        print("令牌（只显示这一次，交给\(name)）：\(token)")
        print("加入凭据文件的一行：\n\(kind) \(name) \(stored)")
    }
}
