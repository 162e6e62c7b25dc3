@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fiftieth round's reading, from the forty-ninth corpus's misses and lines written for the fiftieth's angles
/// (paying for next year's medical insurance; cold homes in a city without heating; interest groups and the activity
/// rooms).
@Suite("Understanding: the fiftieth round")
struct FiftiethReadingTests {
    /// Dangers the earlier words missed: someone sitting on a roof's edge with the legs over, a man fallen clutching
    /// his chest, an elder under a shelf that fell, a pregnant woman bleeding. Not: a towel pressed on a wound, a
    /// roof's edge leaned over to save the washing.
    @Test func moreDangersAreRecognised() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "26 楼天台边上坐了个人 腿在外面 是个年轻女的")?.id == "violence")
        #expect(guide.emergency(in: "汉口道 5 栋 26 楼天台 一名年轻女子坐在边沿、腿在外面、在哭")?.id == "violence")
        #expect(guide.emergency(in: "快递驿站那个小哥倒在门口了 捂着胸口 脸发白")?.id == "medical")
        #expect(guide.emergency(in: "驿站货架倒了 压到一个取快递的婆婆")?.id == "medical")
        #expect(guide.emergency(in: "货架把她腿压住了 拖不出来")?.id == "medical")
        #expect(guide.emergency(in: "楼上那个孕妇 在楼道里坐着 裤子上都是血 说肚子疼")?.id == "medical")
        #expect(guide.emergency(in: "我们拿毛巾压住了 莫动他 田爹爹醒着的") == nil)
        #expect(guide.emergency(in: "天台上晒的腊鱼差点被风刮下去 我趴在边上捞回来了") == nil)
    }
}
