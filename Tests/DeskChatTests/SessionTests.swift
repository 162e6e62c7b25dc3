import DeskChat
import DeskKit
import DeskTesting
import Testing

@Suite("A person at the desk: prompt and conversations")
struct SessionTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: []) }

    @Test func thePromptShowsWhatTheDeskIsWaitingFor() {
        let session = ChatSession(desk: desk.desk, operatorName: "小张", station: "驿站1", window: "/dev/pts/1")
        #expect(session.prompt == "李家墩·驿站1·小张> ")
        let r = session.say("我妈在卫生间摔倒了起不来")
        #expect(r.status == .ask)
        #expect(session.prompt == "李家墩·驿站1·小张[紧急求助·位置]> ")
        _ = session.say("水印桃源5栋1单元301")
        // The case is saved; the 回访 needs a number, asked next and skippable.
        #expect(session.prompt == "李家墩·驿站1·小张[回访电话]> ")
        _ = session.say("不用")
        #expect(session.prompt == "李家墩·驿站1·小张> ")
    }

    @Test func twoWindowsOfOneOperatorDoNotShareAQuestion() {
        let first = ChatSession(desk: desk.desk, operatorName: "小张", station: "驿站1", window: "/dev/pts/1")
        let second = ChatSession(desk: desk.desk, operatorName: "小张", station: "驿站1", window: "/dev/pts/2")
        #expect(first.say("我妈在卫生间摔倒了起不来").status == .ask)
        #expect(second.prompt == "李家墩·驿站1·小张> ")
        #expect(second.say("水印桃源5栋1单元301").status != .created)
        #expect(first.say("水印桃源5栋1单元301").status == .created)
    }

    @Test func eachSenderInAJSONSessionHasItsOwnQuestion() throws {
        let session = ChatSession(desk: desk.desk, operatorName: "小张", station: "驿站1", window: "pipe")
        let b = session.say(try JSONWire.decode(#"{"text": "我爸摔倒了起不来", "sender": "B"}"#))
        #expect(b.status == .ask)
        let a = session.say(try JSONWire.decode(#"{"text": "我要投诉 楼下天天半夜唱歌", "sender": "A"}"#))
        #expect(a.status == .created)
        let answer = session.say(try JSONWire.decode(#"{"text": "顺驰泊林2栋1单元401", "sender": "B"}"#))
        #expect(answer.caseID == b.caseID)
        #expect(answer.status == .created)
    }

    @Test func aCaseIsRecordedAtTheSessionsStationOrTheOneAJSONLineNames() throws {
        let session = ChatSession(desk: desk.desk, operatorName: "小张", station: "驿站2", window: "pipe")
        let typed = try #require(session.say("我要投诉 楼下天天半夜唱歌").caseID)
        #expect(try desk.case(typed).station == "驿站2")
        let named = try #require(session.say(try JSONWire.decode(#"{"text": "我要投诉 小区门口乱停车", "station": "驿站3"}"#)).caseID)
        #expect(try desk.case(named).station == "驿站3")
        let unknown = session.say(try JSONWire.decode(#"{"text": "我要投诉 垃圾没人收", "station": "总站"}"#))
        #expect(unknown.error?.code == "unknown-station")
        #expect(try desk.cases().count == 2)
    }
}
