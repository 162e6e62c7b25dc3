@testable import DeskKit
import Testing

@Suite("The model's grams of Chinese characters")
struct CharacterGramsTests {
    /// `CharacterGrams.of` keeps a CJK unified ideograph as it is without looking up its properties: what the
    /// general rule (an alphabetic, ideographic scalar is kept as it is) gives for every one of them.
    @Test func everyUnifiedIdeographIsKeptAsTheGeneralRuleKeepsIt() {
        for value in UInt32(0x4E00)...0x9FFF {
            let scalar = Unicode.Scalar(value)!
            #expect(scalar.properties.isAlphabetic && scalar.properties.isIdeographic, "U+\(String(value, radix: 16))")
        }
        let boundary: UInt64 = 0x2, one: UInt64 = 0x4E00, lamp: UInt64 = 0x706F
        #expect(CharacterGrams.of("一灯") == [1 << 63 | boundary << 21 | one, boundary << 42 | one << 21 | lamp, one,
                                              1 << 63 | one << 21 | lamp, one << 42 | lamp << 21 | boundary, lamp,
                                              1 << 63 | lamp << 21 | boundary])
    }
}
