@testable import DeskKit
import Testing

/// What the router's model reads of a line: numbers that only say how to reach someone or who they are are
/// taken out; numbers that say what the line is about stay.
@Suite("What the model reads of a line")
struct RoutingTextTests {
    let reading = RoutingText()

    @Test(arguments: ["陈建民 420103194805120314", "谢春梅 42010319520304022X", "电话 13907181234", "3-2-502 漏水"])
    func whoAndHowToReachAreTakenOut(_ line: String) {
        #expect(!reading.content(line).contains { $0.isASCII && $0.isNumber })
    }

    @Test func theWordsAroundThemStay() {
        #expect(reading.content("家属来注销认证名单 陈建民 420103194805120314") == "家属来注销认证名单 陈建民  ")
    }

    @Test(arguments: ["我是19710606出生的", "5栋2单元漏水", "1965年的 60岁了", "+1"])
    func numbersThatSayWhatTheLineIsAboutStay(_ line: String) {
        #expect(reading.content(line) == line)
    }
}
