import ArgumentParser
import DeskKit
import Foundation

/// `desk jobs`: the modules' scheduled jobs with their last and next run; `--run-due` runs what is due.
struct JobsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "定时任务：每个模块的任务、时间、上次运行及结果、下次运行（北京时间）。",
        discussion: """
            任务每个周期（每天或每月）最多运行一次，即使两个服务台共用一个数据库文件。服务台没在运行时错过的周期，
            下次启动时只补跑最近一期一次，错过的周期记在那次运行里。服务台提示符在两行之间检查，desk serve 每分钟检查。
            立即运行本期：在服务台输入 任务 运行 名称（网格员、社区干部）。
            """)

    @OptionGroup var options: DeskOptions

    @Flag(name: .long, help: "先运行到期的任务（如由 cron 调用），再列出。")
    var runDue = false

    func run() throws {
        DeskCommand.bootstrapLogging()
        let desk: Desk
        do { desk = try options.openDesk(catchUp: runDue) } catch let failure as Failure { failure.exit() }
        do {
            print(try desk.jobsTable())
        } catch {
            Failure(message: "无法读取定时任务：\(error)").exit()
        }
    }
}
