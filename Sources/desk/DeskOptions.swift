import ArgumentParser
import DeskChat
import DeskKit
import Foundation

/// Options every `desk` subcommand shares: where the database is and who is at the desk.
struct DeskOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("SQLite 数据库文件。默认：$DESK_DB，否则用户数据目录下的 desk.sqlite。", valueName: "PATH"))
    var db: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp("值班人员姓名，记入每条工单记录。默认：$DESK_OPERATOR；在终端上首次询问并记住；管道和 JSON 模式用登录名。", valueName: "NAME"))
    var operatorName: String?

    @Option(name: .long, help: ArgumentHelp("服务驿站名称，显示在提示符中。默认：社区目录中的第一个驿站。", valueName: "NAME"))
    var station: String?

    /// The per-user data folder: `$XDG_DATA_HOME/microdesk`, else `$HOME/.local/share/microdesk` (an empty
    /// variable counts as unset, as the XDG specification says; `$HOME` before the account's home directory).
    static var dataFolder: URL {
        let env = ProcessInfo.processInfo.environment.filter { !$0.value.isEmpty }
        let home = env["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        let base = env["XDG_DATA_HOME"].map { URL(fileURLWithPath: $0) } ?? home.appendingPathComponent(".local/share")
        return base.appendingPathComponent("microdesk")
    }

    /// The database path: `--db`, else `$DESK_DB`, else the per-user data folder (created when missing).
    func databasePath() -> String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["DESK_DB"], !env.isEmpty { return env }
        try? FileManager.default.createDirectory(at: Self.dataFolder, withIntermediateDirectories: true)
        return Self.dataFolder.appendingPathComponent("desk.sqlite").path
    }

    /// Who is at the desk. Asked once on a terminal (and remembered) only when `mayAsk`.
    func resolveOperator(mayAsk: Bool) -> String {
        if let operatorName, !operatorName.isEmpty { return operatorName }
        let env = ProcessInfo.processInfo.environment
        if let name = env["DESK_OPERATOR"], !name.isEmpty { return name }
        let remembered = Self.dataFolder.appendingPathComponent("operator")
        if mayAsk {
            if let saved = try? String(contentsOf: remembered, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines), !saved.isEmpty {
                return saved
            }
            print("请输入值班人员姓名（只问一次，会记住）：", terminator: "")
            if let typed = readLine()?.trimmingCharacters(in: .whitespaces), !typed.isEmpty {
                try? FileManager.default.createDirectory(at: Self.dataFolder, withIntermediateDirectories: true)
                try? typed.write(to: remembered, atomically: true, encoding: .utf8)
                return typed
            }
        }
        return env["USER"] ?? env["LOGNAME"] ?? "desk"
    }

    /// Registers the modules, opens the database and builds the desk; on failure, one sentence and exit 1.
    func openDesk() throws -> Desk {
        do {
            let registry = try ModuleRegistry(deskModules)
            let seeds = try SeedFiles.locate()
            let store = try DeskStore.open(path: databasePath(), registry: registry, seeds: seeds)
            return try Desk(registry: registry, store: store, seeds: seeds)
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

    func session(_ desk: Desk, mayAsk: Bool, window: String = ChatSession.currentWindow()) -> ChatSession {
        ChatSession(desk: desk, operatorName: resolveOperator(mayAsk: mayAsk),
                    station: station ?? desk.directory.stations.first?.name ?? "服务台", window: window)
    }
}

/// A start-up failure: printed as one sentence on standard error, exit status 1, no stack trace.
struct Failure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }

    /// Prints the message and exits with status 1.
    func exit() -> Never {
        FileHandle.standardError.write(Data("desk: \(message)\n".utf8))
        Foundation.exit(1)
    }
}
