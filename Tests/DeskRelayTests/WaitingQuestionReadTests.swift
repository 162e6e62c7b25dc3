import DeskKit
import DeskRelay
import DeskTesting
import Foundation
import Testing

/// What reading a sender's waiting question (`conversations`, by key) must keep, however it is read: a question
/// asked is found when its sender speaks again — in the same batch, a later one, after a restart, on the writer or a
/// reader — a sender with none has none, and a question set aside, answered or expired is not found again
/// (docs/performance.md, forty-fifth pass). Behaviour, not timing.
@Suite("A group sender's waiting question is found, and only theirs")
struct WaitingQuestionReadTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: allModules()) }

    func message(_ id: String, _ sender: String, _ text: String, time: Date? = nil) -> RelayItem {
        .message(RelayMessage(id: id, group: "水印桃源1群", sender: sender, time: time ?? desk.clock.now, text: text))
    }

    static func key(_ sender: String) -> String { "group:水印桃源1群:\(sender)" }

    @Test func aQuestionAskedInABatchIsAnsweredInTheSameBatch() throws {
        let (out, _) = try relay([message("q1", "赵大爷", "我家漏水了"), message("q2", "赵大爷", "5栋1单元201")], on: desk)
        #expect(out.map { $0["status"] as? String } == ["ask", "created"])
        #expect(out[0]["case"] as? String != nil && out[1]["case"] as? String == out[0]["case"] as? String)
        #expect(desk.desk.pendingQuestion(conversation: Self.key("赵大爷")) == nil)
    }

    @Test func anotherSenderNeitherHasNorAnswersTheQuestion() throws {
        let (asked, _) = try relay([message("a1", "赵大爷", "我家漏水了")], on: desk)
        let question = try #require(desk.desk.pendingQuestion(conversation: Self.key("赵大爷")))
        #expect(desk.desk.pendingQuestion(conversation: Self.key("王")) == nil)
        let (other, _) = try relay([message("a2", "王", "5栋1单元201")], on: desk)
        #expect(other[0]["case"] as? String != asked[0]["case"] as? String)
        #expect(desk.desk.pendingQuestion(conversation: Self.key("赵大爷")) == question)
        let (answered, _) = try relay([message("a3", "赵大爷", "5栋1单元201")], on: desk)
        #expect(answered[0]["status"] as? String == "created" && answered[0]["case"] as? String == asked[0]["case"] as? String)
        #expect(desk.desk.pendingQuestion(conversation: Self.key("赵大爷")) == nil)
    }

    @Test func aQuestionForgottenIsNotFoundAgain() throws {
        _ = try relay([message("f1", "赵大爷", "我家漏水了")], on: desk)
        #expect(desk.desk.pendingQuestion(conversation: Self.key("赵大爷")) != nil)
        desk.desk.forget(Self.key("赵大爷"))
        #expect(desk.desk.pendingQuestion(conversation: Self.key("赵大爷")) == nil)
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM conversations") } == 0)
    }

    @Test func anExpiredQuestionIsSetAsideWhenItsSenderSpeaks() throws {
        let (asked, _) = try relay([message("e1", "赵大爷", "我家漏水了")], on: desk)
        let later = desk.clock.now.addingTimeInterval(25 * 3600)
        let (out, _) = try relay([message("e2", "赵大爷", "5栋1单元201", time: later)], on: desk)
        #expect(out[0]["case"] as? String != asked[0]["case"] as? String)
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM abandonedQuestions") } == 1)
        #expect(desk.desk.pendingQuestion(conversation: Self.key("赵大爷")) == nil)
    }

    @Test func aRestartedDeskReadsTheWaitingQuestionFromTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("question-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let (caseID, question) = try {
            let first = try TestDesk(modules: allModules(), path: path)
            let (asked, _) = try relay([message("r1", "赵大爷", "我家漏水了")], on: first)
            return (asked[0]["case"] as? String, first.desk.pendingQuestion(conversation: Self.key("赵大爷")))
        }()
        #expect(caseID != nil && question != nil)
        let reopened = try TestDesk(modules: allModules(), path: path)
        #expect(reopened.desk.pendingQuestion(conversation: Self.key("赵大爷")) == question)
        #expect(reopened.desk.pendingQuestion(conversation: Self.key("王")) == nil)
        let (answered, _) = try relay([message("r2", "赵大爷", "5栋1单元201")], on: reopened)
        #expect(answered[0]["status"] as? String == "created" && answered[0]["case"] as? String == caseID)
        #expect(reopened.desk.pendingQuestion(conversation: Self.key("赵大爷")) == nil)
    }
}
