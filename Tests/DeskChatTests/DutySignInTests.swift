@testable import DeskChat
import DeskKit
import DeskTesting
import Testing

@Suite("Who is on duty at the terminal")
struct DutySignInTests {
    /// Answers the prompts in turn.
    final class Script: @unchecked Sendable {
        var lines: [String]
        init(_ lines: [String]) { self.lines = lines }
        func next(_ prompt: String) -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    }

    @Test func anEmptyNameIsRefusedAndAskedAgain() throws {
        let desk = try TestDesk(modules: [])
        let names = Script(["", "  ", "小王"])
        let duty = DutySignIn(desk: desk.desk, readLine: names.next, readSecret: { _ in nil })
        let signed = try #require(duty.ask(suggested: nil))
        #expect(signed.name == "小王" && signed.role == nil)
    }

    /// A request typed at the prompt that asks who is on duty (`1/12 来了三个人问医保：…`) is no name: refused, and the
    /// name is asked again; names with a station (`李姐@驿站3`) are names.
    @Test func aSentenceIsNoNameAndIsAskedAgain() throws {
        let desk = try TestDesk(modules: [])
        let names = Script(["1/12 来了三个人问医保：①孙子在外省读大学的要不要在这边交", "泊林5栋 水表冻住了", "李姐@驿站3"])
        let duty = DutySignIn(desk: desk.desk, readLine: names.next, readSecret: { _ in nil })
        let signed = try #require(duty.ask(suggested: "小张"))
        #expect(signed.name == "李姐@驿站3")
        #expect(OperatorName.looksLikeOne("小张"))
        #expect(!OperatorName.looksLikeOne("报修 3栋漏水"))
        #expect(!OperatorName.looksLikeOne("我是值班的小张今天上午在驿站一号"))
    }

    @Test func withAccountsThePINDecidesTheRole() throws {
        let desk = try TestDesk(modules: [])
        try desk.addOperator("李书记", role: .admin, pin: "2468")
        try desk.addOperator("小王", role: .gridWorker, pin: "1357")
        let wrong = DutySignIn(desk: desk.desk, readLine: Script(["小王", "小王", "小王"]).next, readSecret: { _ in "0000" })
        #expect(wrong.ask(suggested: nil) == nil)
        let right = DutySignIn(desk: desk.desk, readLine: Script([""]).next, readSecret: { _ in "1357" })
        let signed = try #require(right.ask(suggested: "小王"))
        #expect(signed.name == "小王" && signed.role == .gridWorker)
        let stranger = DutySignIn(desk: desk.desk, readLine: Script([]).next, readSecret: { _ in "1357" })
        #expect(stranger.signIn("老李") == nil)
    }

    /// Two starts of the prompt with three wrong PINs each: the fifth locks the account, and the right PIN is then
    /// refused too until the lock ends (or a 社区干部 resets the PIN).
    @Test func wrongPINsAtThePromptLockTheAccount() throws {
        let desk = try TestDesk(modules: [])
        try desk.addOperator("李书记", role: .admin, pin: "2468")
        for _ in 1...2 {
            let wrong = DutySignIn(desk: desk.desk, readLine: Script(["李书记", "李书记", "李书记"]).next, readSecret: { _ in "0000" })
            #expect(wrong.ask(suggested: nil) == nil)
        }
        let right = DutySignIn(desk: desk.desk, readLine: Script(["李书记"]).next, readSecret: { _ in "2468" })
        #expect(right.ask(suggested: nil) == nil)
        desk.clock.advance(hours: 0.5)
        #expect(right.signIn("李书记")?.role == .admin)
    }
}

@Suite("值班 at the prompt")
struct DutyChangeTests {
    @Test(arguments: [("值班 小王", "小王"), ("换班 小李", "小李"), ("duty 小王", "小王"), ("值班", "")])
    func theNameAfterTheVerb(_ line: String, _ name: String) {
        #expect(ReadlinePrompt.dutyChange(line) == name)
    }

    @Test(arguments: ["值班表", "报修 水印桃源3栋 值班室漏水", "小王值班"])
    func otherLinesAreNotAHandover(_ line: String) {
        #expect(ReadlinePrompt.dutyChange(line) == nil)
    }
}
