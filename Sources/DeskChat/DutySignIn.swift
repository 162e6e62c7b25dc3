#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DeskKit
import Foundation

/// Who is on duty at a terminal: asked at start and by `值班 姓名`. With operator accounts the name must be an
/// account and its PIN is asked without echo; without accounts any non-empty name is taken.
public struct DutySignIn {
    public let desk: Desk
    /// Reads a line after showing a prompt (readline at the prompt; nil at end of input).
    public let readLine: (String) -> String?
    /// Reads a secret without echo.
    public let readSecret: (String) -> String?

    public init(desk: Desk, readLine: @escaping (String) -> String?, readSecret: @escaping (String) -> String? = DutySignIn.readWithoutEcho) {
        self.desk = desk; self.readLine = readLine; self.readSecret = readSecret
    }

    /// How many wrong PINs are allowed before giving up.
    public static let attempts = 3

    /// Asks for the operator (offering `suggested` on an empty answer) and, with accounts, the PIN.
    /// Returns nil when nobody signed in (end of input or three wrong PINs).
    public func ask(suggested: String?) -> (name: String, role: OperatorRole?)? {
        for _ in 0..<Self.attempts {
            let hint = suggested.map { "（回车 = \($0)）" } ?? ""
            guard let typed = readLine("值班人员姓名\(hint)：") else { return nil }
            let name = typed.trimmingCharacters(in: .whitespaces).isEmpty ? suggested : typed.trimmingCharacters(in: .whitespaces)
            guard let name, !name.isEmpty else {
                print("姓名不能为空。")
                continue
            }
            if let signedIn = signIn(name) { return signedIn }
        }
        return nil
    }

    /// Signs `name` in: the PIN is asked when accounts exist. Prints why not and returns nil on a wrong PIN.
    public func signIn(_ name: String) -> (name: String, role: OperatorRole?)? {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            print("姓名不能为空：值班 姓名")
            return nil
        }
        guard OperatorName.looksLikeOne(name) else {
            // A request typed before the prompt asked who is on duty (`1/12 来了三个人问医保：…`) is not a name: it would
            // sign every case of the shift with it.
            print("「\(DisplayWidth.truncate(Masking.redact(name), to: 20))」不像姓名：请只写值班人员的姓名（如 小张、李姐@驿站3），登录后再说要办的事。")
            return nil
        }
        guard desk.rolesEnabled else { return (name, nil) }
        guard let pin = readSecret("\(name) 的密码：") else { return nil }
        do {
            let account = try desk.signIn(name: name, pin: pin)
            return (account.name, account.role)
        } catch let error as DeskError {
            print(error.message)
            return nil
        } catch {
            print("无法验证密码：\(error)")
            return nil
        }
    }

    /// Reads a line from the terminal with echo off (a PIN).
    public static func readWithoutEcho(_ prompt: String) -> String? {
        print(prompt, terminator: "")
        fflush(nil)
        var saved = termios()
        let isTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if isTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if isTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved); print("") }
        }
        return Swift.readLine()
    }
}
