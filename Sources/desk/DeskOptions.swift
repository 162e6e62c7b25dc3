import ArgumentParser
import DeskChat
import DeskKit
import Foundation

/// Options every `desk` subcommand shares: where the database is and who is at the desk.
struct DeskOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("SQLite 数据库文件。默认：$DESK_DB，否则用户数据目录下的 desk.sqlite。", valueName: "PATH"))
    var db: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp("值班人员姓名，记入每条工单记录。默认：$DESK_OPERATOR；在终端上每次启动时询问（有操作员账号时还要输入密码）；管道和 JSON 模式用登录名，设置了操作员账号时用 $DESK_PIN 登录。", valueName: "NAME"))
    var operatorName: String?

    @Option(name: .customLong("public-url"), help: ArgumentHelp("desk serve 的公开网址（如 https://desk.example.cn）：群里受理工单的回复附上进度查询链接。默认：$DESK_PUBLIC_URL，否则 community.yaml 的 community.publicURL。", valueName: "URL"))
    var publicURL: String?

    @Option(name: .long, help: ArgumentHelp("服务驿站名称（驿站1、驿站2、驿站3），显示在提示符中并记入在这里受理的工单。默认：社区目录中的第一个驿站。", valueName: "NAME"))
    var station: String?

    /// The process's environment, read once: `ProcessInfo.environment` builds the whole dictionary at every
    /// read, some 0.4 M instructions, and a `desk say` read it five times (docs/performance.md, eighteenth pass).
    /// Nothing read from it changes while the desk runs (the chat sets only its locale's variables, read by no one here).
    static let environment = ProcessInfo.processInfo.environment

    /// The per-user data folder: `$XDG_DATA_HOME/microdesk`, else `$HOME/.local/share/microdesk` (an empty
    /// variable counts as unset, as the XDG specification says; `$HOME` before the account's home directory).
    static var dataFolder: URL {
        let env = environment.filter { !$0.value.isEmpty }
        let home = env["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        let base = env["XDG_DATA_HOME"].map { URL(fileURLWithPath: $0) } ?? home.appendingPathComponent(".local/share")
        return base.appendingPathComponent("microdesk")
    }

    /// Creates the data folder readable by its owner only (0700): it holds the database and the history.
    static func createDataFolder() {
        try? FileManager.default.createDirectory(at: dataFolder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
    }

    /// The database path: `--db`, else `$DESK_DB`, else the per-user data folder (created when missing).
    func databasePath() -> String {
        if let db { return db }
        if let env = Self.environment["DESK_DB"], !env.isEmpty { return env }
        Self.createDataFolder()
        return Self.dataFolder.appendingPathComponent("desk.sqlite").path
    }

    /// Who is at the desk, when not asked at the prompt: `--operator`, else `$DESK_OPERATOR`, else the login name.
    var operatorNameGiven: String {
        let env = Self.environment
        return [operatorName, env["DESK_OPERATOR"]].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
            ?? env["USER"] ?? env["LOGNAME"] ?? "desk"
    }

    /// The operator of a pipe, `desk say` or JSON mode and their role. With operator accounts, `$DESK_PIN` signs
    /// them in; a wrong PIN (counted towards the lockout) or a locked account is a ``Failure`` — never a silent
    /// run without a role. Without `$DESK_PIN` they have no role. Without accounts roles are off: a `$DESK_PIN`
    /// given then is not used, and standard error says so.
    func resolveOperator(desk: Desk) throws(Failure) -> (name: String, role: OperatorRole?) {
        let name = operatorNameGiven
        guard let pin = Self.environment["DESK_PIN"] else { return (name, nil) }
        guard desk.rolesEnabled else {
            FileHandle.standardError.write(Data("desk: 还没有操作员账号，角色未启用，DESK_PIN 没有用到（建立账号：desk operator add 姓名 --role 社区干部）\n".utf8))
            return (name, nil)
        }
        do {
            let account = try desk.signIn(name: name, pin: pin)
            return (account.name, account.role)
        } catch let error as DeskError {
            throw Failure(message: "\(name) 用 DESK_PIN 登录失败：\(error.message)")
        } catch {
            throw Failure(message: "\(name) 用 DESK_PIN 登录失败：无法验证密码（\(error)）")
        }
    }

    /// Registers the modules, opens the database and builds the desk; on failure, one sentence and exit 1.
    /// What start-up found about the seeds goes to standard error; with `catchUp`, scheduled jobs whose period
    /// came while no desk was running are run now (once each), and said on standard error. `readsOnTheWriter`
    /// for a command that says one line and exits (``DeskStore/open(path:registry:seeds:busyTimeout:readsOnTheWriter:)``).
    func openDesk(catchUp: Bool = true, readsOnTheWriter: Bool = false) throws -> Desk {
        do {
            let registry = try ModuleRegistry(deskModules)
            let seeds = try SeedFiles.locate(environment: Self.environment)
            let store = try DeskStore.open(path: databasePath(), registry: registry, seeds: seeds, readsOnTheWriter: readsOnTheWriter)
            for notice in store.seedNotices { FileHandle.standardError.write(Data("【种子】\(notice)\n".utf8)) }
            let desk = try Desk(registry: registry, store: store, seeds: seeds)
            if let url = publicURL ?? Self.environment["DESK_PUBLIC_URL"], !url.isEmpty {
                guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil else {
                    throw DeskError("bad-public-url", "公开网址应以 http:// 或 https:// 开头，如 https://desk.example.cn，这里是「\(url)」")
                }
                desk.publicURL = url
            }
            if catchUp && !store.isReadOnly {
                for run in desk.runDueJobs() {
                    let name = registry.module(id: run.module)?.jobs.first { $0.id == run.job }?.name ?? run.job
                    FileHandle.standardError.write(Data("【定时任务】\(name)（\(run.period)）\(run.status.chinese)：\(run.summary)\n".utf8))
                }
            }
            return desk
        } catch let error as DeskError {
            throw Failure(message: error.message)
        } catch let error as RegistryError {
            throw Failure(message: "模块注册失败：\(error)")
        } catch let error as SeedError {
            throw Failure(message: error.description)
        } catch {
            throw Failure(message: "无法启动服务台：\(error)")
        }
    }

    /// The session of a program or a pipe: the operator from the options or the environment, signed in with
    /// `$DESK_PIN` when `signIn` (at the prompt the PIN is asked instead), at the station `--station` names (a
    /// station the community does not have is a start-up failure naming the valid ones).
    func session(_ desk: Desk, window: String = ChatSession.currentWindow(), signIn: Bool = true) throws(Failure) -> ChatSession {
        let (name, role) = signIn ? try resolveOperator(desk: desk) : (operatorNameGiven, nil)
        return ChatSession(desk: desk, operatorName: name, role: role, station: try stationName(desk), window: window)
    }

    /// `--station` checked against the community's stations (its id is accepted too), else the first station.
    func stationName(_ desk: Desk) throws(Failure) -> String {
        guard let station else { return desk.directory.stations.first?.name ?? "服务台" }
        do { return try desk.directory.station(named: station).name } catch { throw Failure(message: error.message) }
    }
}

/// A start-up failure: printed as one sentence on standard error, exit status 1 (64 for a command-line
/// mistake found after parsing), no stack trace.
struct Failure: Error, CustomStringConvertible {
    let message: String
    var status: Int32 = 1
    var description: String { message }

    /// Prints the message and exits with `status`.
    func exit() -> Never {
        FileHandle.standardError.write(Data("desk: \(message)\n".utf8))
        Foundation.exit(status)
    }
}
