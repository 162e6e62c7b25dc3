@testable import DeskKit
import Foundation
import Testing

/// Traditional characters are simplified before a line is read (`TraditionalCharacters`): the table is ICU's
/// `Hant-Hans` transform, one character for one, without the characters the simplified standard holds itself.
@Suite("Traditional characters, simplified before a line is read")
struct TraditionalCharactersTests {
    @Test func theTableIsFoundationsTransformCharacterByCharacter() {
        let pairs = TraditionalCharacters.pairs
        #expect(pairs.count > 2_900)
        let traditional = String(String.UnicodeScalarView(pairs.map(\.traditional)))
        let simplified = String(String.UnicodeScalarView(pairs.map(\.simplified)))
        #expect(traditional.applyingTransform(StringTransform("Hant-Hans"), reverse: false) == simplified)
        #expect(Set(pairs.map(\.traditional)).count == pairs.count)
    }

    @Test func anElderTypingInTraditionalCharactersIsReadInSimplified() {
        #expect(TraditionalCharacters.simplified("請問認證在哪裡做 還是在驛站嗎") == "请问认证在哪里做 还是在驿站吗")
        #expect(TraditionalCharacters.simplified("樓道燈壞了 3棟2單元") == "楼道灯坏了 3栋2单元")
        #expect(Desk.readable("  電視好了 謝謝！ ") == "电视好了 谢谢!")
    }

    @Test func simplifiedTextAndItsOwnCharactersStayAsTheyAre() {
        for line in ["摔了一跤 爬不起来", "著名的老字号", "俱乐部", "姊妹俩", "水印桃源3栋2单元502 漏水", "", "OK 👍"] {
            #expect(TraditionalCharacters.simplified(line) == line)
        }
        // A traditional form that simplified text hardly uses is simplified all the same.
        #expect(TraditionalCharacters.simplified("以後再說") == "以后再说")
    }
}
