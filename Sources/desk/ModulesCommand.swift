import ArgumentParser
import DeskKit

/// `desk modules`: what is registered, without opening a database.
struct ModulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modules", abstract: "列出已注册的模块、服务和路由到它们的关键词。")

    func run() throws {
        let registry: ModuleRegistry
        do { registry = try ModuleRegistry(deskModules) } catch { Failure(message: "模块注册失败：\(error)").exit() }
        for module in registry.modules {
            print("\(module.name.chinese) \(module.name.english)（\(module.id)，工单前缀 \(module.casePrefix)）— \(module.summary)")
            let rows = module.services.map { s in
                [s.name, (s.verbs + s.aliases).joined(separator: " "), s.audience == .staff ? "工作人员" : "居民",
                 s.routing.map(\.phrase).joined(separator: " ")]
            }
            print(TextTable(headers: ["服务", "命令", "对象", "关键词"], rows: rows, maxColumnWidth: 60).render())
            print("")
        }
    }
}
