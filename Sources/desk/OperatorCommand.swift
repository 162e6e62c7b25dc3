import ArgumentParser
import DeskChat
import DeskKit
import Foundation

/// `desk operator add NAME --role ROLE`: adds an operator account. The PIN is read without echo (twice on a
/// terminal; one line from a pipe). The first account must be a 社区干部 and needs no sign-in; later ones are
/// added by an administrator who signs in with `--as NAME` and their PIN (from the terminal or `$DESK_PIN`).
struct OperatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operator",
        abstract: "操作员账号：添加账号（第一个必须是社区干部/管理员），或列出账号。",
        discussion: """
            例：desk operator add 李书记 --role 社区干部          第一个账号（管理员），随后输入两次密码
                desk operator add 小王 --role 网格员 --as 李书记   由管理员添加，先输入管理员密码
                desk operator list
                desk operator pin 小王                             本人改密码：旧密码，再两次新密码
                desk operator reset 小王 --as 李书记               管理员重置忘记的密码，也解除锁定
            角色：前台、网格员、社区干部。密码至少4位，只保存 bcrypt 散列。连续输错5次锁定15分钟。
            """,
        subcommands: [Add.self, List.self, ChangePIN.self, ResetPIN.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "添加操作员账号。")

        @OptionGroup var options: DeskOptions

        @Argument(help: "操作员姓名。")
        var name: String

        @Option(name: .long, help: "角色：前台、网格员、社区干部。")
        var role: String

        @Option(name: .customLong("as"), help: "添加账号的管理员（已有账号时必填）。")
        var admin: String?

        func run() throws {
            DeskCommand.bootstrapLogging()
            let desk: Desk
            do { desk = try options.openDesk() } catch let failure as Failure { failure.exit() }
            guard let role = OperatorRole(words: role) else {
                Failure(message: "不认识的角色「\(role)」：应为 前台、网格员 或 社区干部").exit()
            }
            var access = Access.rolesOff(admin ?? ProcessInfo.processInfo.environment["USER"] ?? "desk")
            if desk.rolesEnabled {
                guard let admin else { Failure(message: "已有操作员账号：请用 --as 管理员姓名 添加").exit() }
                let pin = ProcessInfo.processInfo.environment["DESK_PIN"] ?? Self.secret("\(admin) 的密码：")
                do {
                    let account = try desk.signIn(name: admin, pin: pin ?? "")
                    access = Access(operatorName: account.name, role: account.role, rolesEnabled: true)
                } catch let error as DeskError {
                    Failure(message: error.message).exit()
                }
            }
            guard let pin = Self.secret("\(name) 的新密码（至少\(Operators.minimumPINLength)位）：") else {
                Failure(message: "没有读到密码").exit()
            }
            if Terminal.inputIsTerminal, Self.secret("再输入一次：") != pin { Failure(message: "两次密码不一致，账号未添加").exit() }
            do {
                let account = try desk.addOperator(name: name, role: role, pin: pin, by: access)
                print("已添加操作员「\(account.name)」（\(account.role.chinese)）。")
            } catch let error as DeskError {
                Failure(message: error.message).exit()
            }
        }

        /// A PIN: without echo on a terminal, the next line from a pipe.
        static func secret(_ prompt: String) -> String? {
            Terminal.inputIsTerminal ? DutySignIn.readWithoutEcho(prompt) : Swift.readLine()
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "列出操作员账号和角色（不显示密码）。")

        @OptionGroup var options: DeskOptions

        func run() throws {
            DeskCommand.bootstrapLogging()
            let desk: Desk
            do { desk = try options.openDesk() } catch let failure as Failure { failure.exit() }
            let accounts = try desk.store.read { try Operators(db: $0).all() }
            guard !accounts.isEmpty else { print("还没有操作员账号：角色未启用。"); return }
            print(TextTable(headers: ["姓名", "角色", "状态", "添加人"], rows: accounts.map {
                [$0.name, $0.role.chinese, $0.active ? "在用" : "已停用", $0.createdBy]
            }).render())
        }
    }

    struct ChangePIN: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pin", abstract: "本人修改密码（先输入旧密码）。")

        @OptionGroup var options: DeskOptions

        @Argument(help: "操作员姓名。")
        var name: String

        func run() throws {
            DeskCommand.bootstrapLogging()
            let desk: Desk
            do { desk = try options.openDesk() } catch let failure as Failure { failure.exit() }
            guard let old = Add.secret("\(name) 的旧密码："), let new = Add.secret("新密码（至少\(Operators.minimumPINLength)位）：") else {
                Failure(message: "没有读到密码").exit()
            }
            if Terminal.inputIsTerminal, Add.secret("再输入一次：") != new { Failure(message: "两次密码不一致，密码未修改").exit() }
            do {
                let account = try desk.changePIN(name: name, old: old, new: new)
                print("「\(account.name)」的密码已修改。")
            } catch let error as DeskError {
                Failure(message: error.message).exit()
            }
        }
    }

    struct ResetPIN: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset", abstract: "管理员重置操作员密码（也解除锁定），记入密码记录。")

        @OptionGroup var options: DeskOptions

        @Argument(help: "要重置密码的操作员。")
        var name: String

        @Option(name: .customLong("as"), help: "重置密码的管理员（社区干部）。")
        var admin: String

        func run() throws {
            DeskCommand.bootstrapLogging()
            let desk: Desk
            do { desk = try options.openDesk() } catch let failure as Failure { failure.exit() }
            let pin = ProcessInfo.processInfo.environment["DESK_PIN"] ?? Add.secret("\(admin) 的密码：")
            do {
                let account = try desk.signIn(name: admin, pin: pin ?? "")
                let access = Access(operatorName: account.name, role: account.role, rolesEnabled: true)
                try access.require(.manageOperators)
                guard let new = Add.secret("\(name) 的新密码（至少\(Operators.minimumPINLength)位）：") else {
                    Failure(message: "没有读到密码").exit()
                }
                if Terminal.inputIsTerminal, Add.secret("再输入一次：") != new { Failure(message: "两次密码不一致，密码未重置").exit() }
                let reset = try desk.resetPIN(name: name, new: new, by: access)
                print("已重置「\(reset.name)」的密码并解除锁定（已记入密码记录）。")
            } catch let error as DeskError {
                Failure(message: error.message).exit()
            }
        }
    }
}
