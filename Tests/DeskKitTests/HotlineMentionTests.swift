@testable import DeskKit
import Testing

/// A hotline's number counts only as a whole run of ASCII digits, read byte by byte in a plain line and
/// character by character in any other.
@Suite("Hotline numbers in a line")
struct HotlineMentionTests {
    @Test func wholeRunsOfDigitsOnly() {
        let said = ["已经打了120", "已打96333", "打了119 还没到", "110来了", "120", "快打120👍", "打了120\u{301}了 110", "é 打了119"]
        let not = ["1202 漏水了", "0120", "12 0", "963339", "１２０ 打了", "打了12", "", "谢谢👍", "打了120\u{301}", "9633"]
        for line in said { #expect(Desk.mentionsHotline(line), "\(line)") }
        for line in not { #expect(!Desk.mentionsHotline(line), "\(line)") }
    }
}
