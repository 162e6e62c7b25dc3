@testable import DeskKit
import Testing

/// A line is read for an alarm taken back only where it holds a byte that a pause or `!` begins with
/// (``AlarmTakenBack/parts(of:)``'s first pass; docs/performance.md, sixty-second pass): each kind of pause and the
/// exclamation mark still take an alarm back, and a line with none of them takes nothing back.
@Suite("An alarm taken back after each kind of pause")
struct AlarmTakenBackPauseTests {
    @Test(arguments: [("着火了！…哦 是烧蚊香", "哦 是烧蚊香"), ("着火了！……原来是隔壁在熏腊肉", "原来是隔壁在熏腊肉"),
                      ("着火了...哦 是烧蚊香", "哦 是烧蚊香"), ("电梯里关了人。。。搞错了 门开着的", "搞错了 门开着的"),
                      ("着火了!原来是他家烧蚊香", "原来是他家烧蚊香"), ("冒烟了! 虚惊一场", "虚惊一场")])
    func eachPauseTakesAnAlarmBack(_ line: String, _ after: String) {
        #expect(AlarmTakenBack.parts(of: line)?.after == after)
    }

    @Test(arguments: ["着火了 原来是他家烧蚊香", "着火了！原来是他家烧蚊香", "电梯里关了人 搞错了 门开着的", "3.5元一吨", "收到", "👍", ""])
    func noPauseTakesNothingBack(_ line: String) {
        #expect(AlarmTakenBack.parts(of: line) == nil)
    }
}
