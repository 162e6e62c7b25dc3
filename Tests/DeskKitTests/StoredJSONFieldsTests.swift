@testable import DeskKit
import Foundation
import Testing

/// The case rows' `fields` and lists written and read by hand (`StoredJSON+Fields.swift`): the same text as
/// `JSONEncoder` with sorted keys on random values, the same values read back, and every text the hand reader
/// does not take left to `JSONDecoder`.
@Suite("Stored fields written and read by hand, as Foundation's coders do")
struct StoredJSONFieldsTests {
    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Texts with every escape, CJK, an emoji, a combining mark and the characters near the escaped ones.
    static func randomText(_ random: inout some RandomNumberGenerator) -> String {
        let pieces = ["", "a", "/", "\"", "\\", "\n", "\t", "\r", "\u{8}", "\u{c}", "\u{1}", "\u{1f}", "\u{7f}", " ", "中",
                      "号楼", "😀", "e\u{301}", "\u{2028}", "{", "}", "[", "]", ",", ":", "_0", "5", "-"]
        return (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static func randomValue(_ random: inout some RandomNumberGenerator) -> FieldValue {
        func maybe<T>(_ value: T) -> T? { Bool.random(using: &random) ? value : nil }
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return .text(randomText(&random))
        case 1: return .integer([0, -1, 7, 502, Int.max, Int.min, Int.random(in: -99_999...99_999, using: &random)].randomElement(using: &random)!)
        case 2: return .choice(randomText(&random))
        case 3: return .choices((0..<Int.random(in: 0...3, using: &random)).map { _ in randomText(&random) })
        case 4: return .phone(PhoneNumber(storedDigits: String(Int.random(in: 0...99_999_999_999, using: &random))))
        default:
            return .address(Address(compound: maybe(randomText(&random)), compoundName: maybe(randomText(&random)),
                                    building: maybe(Int.random(in: -3...300, using: &random)), unit: maybe(Int.random(in: 0...9, using: &random)),
                                    room: maybe(Int.random(in: 0...3_000, using: &random)), place: maybe(randomText(&random)),
                                    villageGroup: maybe(Int.random(in: 0...20, using: &random)), house: maybe(Int.random(in: 0...99, using: &random)),
                                    unverified: maybe(randomText(&random))))
        }
    }

    static func read(_ text: String) -> [String: FieldValue]? {
        Array(text.utf8).withUnsafeBytes { StoredJSON.fields($0) }
    }

    @Test func theHandWriterKnowsEveryPropertyOfAnAddress() throws {
        // `JSONText.address` and `JSONScanner.address` name the nine properties one by one: a tenth would be dropped
        // from every stored case. Add it there (and to `randomValue`) before changing this count.
        #expect(Mirror(reflecting: Address()).children.count == 9)
    }

    @Test func randomFieldsAsFoundationWritesAndReads() throws {
        var random = SystemRandomNumberGenerator()
        let keys = ["location", "detail", "phone", "kind", "a", "A", "a_b", "aB", "10", "9", "name", "address2"]
        for _ in 0..<2_000 {
            var fields: [String: FieldValue] = [:]
            for _ in 0..<Int.random(in: 0...5, using: &random) { fields[keys.randomElement(using: &random)!] = Self.randomValue(&random) }
            let text = try #require(StoredJSON.compact(fields))
            #expect(text == (try Self.foundation(fields)))
            // A control character other than \b \t \n \f \r is written `\u00xx`, which the hand reader leaves to
            // `JSONDecoder`; every other text it reads itself, to the same value.
            let decoded = try JSONDecoder().decode([String: FieldValue].self, from: Data(text.utf8))
            #expect(decoded == fields)
            #expect(Self.read(text) == (text.contains(#"\u"#) ? nil : fields), "\(text)")
            let list = fields.values.map(\.description)
            let listText = StoredJSON.compact(list)
            #expect(listText == (try Self.foundation(list)))
            #expect(Array(listText.utf8).withUnsafeBytes { StoredJSON.list($0) } == (listText.contains(#"\u"#) ? nil : list))
        }
    }

    @Test func otherKindsAndKeysAreFoundations() throws {
        #expect(StoredJSON.compact(["amount": .money(Money(fen: 100))]) == nil)
        #expect(StoredJSON.compact(["地址": .text("x")]) == nil)
        #expect(StoredJSON.compact(["when": .yearMonth(YearMonth(year: 2026, month: 1)!)]) == nil)
    }

    /// Texts the desk does not write are not read by hand (``StoredJSON/decode(_:_:_:reading:)`` gives them to `JSONDecoder`).
    @Test func otherTextsAreLeftToJSONDecoder() throws {
        for text in [#"{ "a":{"text":{"_0":"x"}}}"#, #"{"a":{"text":{"_0":"\u4e2d"}}}"#, #"{"a":{"address":{"_0":{"room":null}}}}"#,
                     #"{"a":{"address":{"_0":{"floor":3}}}}"#, #"{"a":{"integer":{"_0":1.0}}}"#, #"{"a":{"integer":{"_0":01}}}"#,
                     #"{"a":{"money":{"_0":{"fen":5}}}}"#, #"{"a":{"text":{"_0":"x"}},"a":{"text":{"_0":"y"}}}"#, "{}x"] {
            #expect(Self.read(text) == nil, "\(text)")
        }
        #expect(Self.read("{}") == [:])
        #expect(Array(#"[ "a"]"#.utf8).withUnsafeBytes { StoredJSON.list($0) } == nil)
    }
}
