@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// A short line that names a place the directory knows, without a number (`地下车库`, `奥园东门`), says where
/// something is, as an address does; a line naming none says nowhere. ``Desk/whereReading(_:decision:)`` asks only
/// whether a name occurs (``DirectoryNames/occur(in:)``), not which ones (docs/performance.md, sixtieth pass).
@Suite("A place named says where")
struct PlaceNamedTests {
    static let named = ["地下车库", "小区广场", "垃圾站旁边", "奥园东门", "水印桃源 北门", "在消防通道"]
    static let unnamed = ["收到", "好的", "哈哈哈", "谢谢大家", "家里厨房漏水了", "社保卡丢了怎么补办", "电梯又坏了"]

    @Test func aNameOccursWhereTheDirectoryFindsOne() throws {
        let desk = try TestDesk(modules: deskModules).desk
        for line in Self.named {
            #expect(desk.placeNames.occur(in: line), "\(line)")
            #expect(!desk.placeNames.candidates(in: line).isEmpty, "\(line)")
        }
        for line in Self.unnamed {
            #expect(!desk.placeNames.occur(in: line), "\(line)")
            #expect(desk.placeNames.candidates(in: line).isEmpty, "\(line)")
        }
    }

    @Test func aPlaceNamedWithoutANumberSaysWhere() throws {
        let desk = try TestDesk(modules: deskModules).desk
        for decision in [Router.Decision.act(.chatter, fallback: nil), .unknown(guesses: [])] {
            for line in Self.named {
                #expect(desk.whereReading(line, decision: decision) == .yes, "\(line) \(decision)")
                #expect(desk.saysWhere(line, decision: decision), "\(line) \(decision)")
            }
            for line in Self.unnamed {
                #expect(desk.whereReading(line, decision: decision) == .no, "\(line) \(decision)")
            }
            // Asked about, it says no place.
            #expect(desk.whereReading("地下车库吗", decision: decision) == .no, "\(decision)")
        }
    }
}
