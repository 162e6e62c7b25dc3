@testable import DeskKit
import DeskTesting
import Testing

/// What the desk's per-person memories must keep now that they are keyed by ``ConversationKey`` — a conversation key
/// hashed once a line (``ConversationKeys``) — instead of the key's `String` (docs/performance.md, forty-eighth pass):
/// the same entries are held and found as with `String` keys, canonically equivalent spellings included, whatever
/// order people's lines come in. Behaviour, not timing.
@Suite("Conversation keys: the same entries as String keys")
struct ConversationKeyTests {
    /// Keys as the desk builds them, among them canonically equivalent spellings with different bytes (`é` and
    /// `e` + U+0301; `\u{FA4C}` and `社`), keys a byte apart, the empty key and an ASCII one.
    static let keys = [
        "group:水印桃源1群:3-1-201 住户12", "group:水印桃源1群:3-1-201 住户13", "group:水印桃源1群:3-1-201 住户1",
        "group:水印桃源1群:José", "group:水印桃源1群:Jose\u{301}", "group:\u{FA4C}区群:王", "group:社区群:王",
        "desk::测试员", "desk::测试员@驿站1", "", "desk::bench",
    ]

    @Test func equalExactlyWhenTheStringsAreEqual() {
        for a in Self.keys {
            for b in Self.keys {
                #expect((ConversationKey(a) == ConversationKey(b)) == (a == b), "\(a.debugDescription) / \(b.debugDescription)")
                if a == b { #expect(ConversationKey(a).hashValue == ConversationKey(b).hashValue) }
            }
        }
        // The equivalent spellings above are other bytes, yet one key.
        #expect(!ConversationKey.sameBytes("group:水印桃源1群:José", "group:水印桃源1群:Jose\u{301}"))
        #expect(ConversationKey("group:水印桃源1群:José") == ConversationKey("group:水印桃源1群:Jose\u{301}"))
        #expect(ConversationKey("group:\u{FA4C}区群:王") == ConversationKey("group:社区群:王"))
    }

    @Test func sameBytesIsByteEquality() {
        for a in Self.keys {
            for b in Self.keys {
                #expect(ConversationKey.sameBytes(a, b) == Array(a.utf8).elementsEqual(Array(b.utf8)))
            }
        }
        // A key built from its pieces, as `Message` builds it: other storage, the same bytes.
        let group = "水印桃源1群", sender = "3-1-201 住户12"
        #expect(ConversationKey.sameBytes("group:\(group):\(sender)", Self.keys[0]))
    }

    /// Every key the memo gives is the key of its text, whatever came before — the same text again, another text,
    /// a canonically equivalent spelling of the last one.
    @Test func theMemoGivesEachTextItsOwnKey() {
        let memo = ConversationKeys()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = Self.keys.randomElement(using: &generator)!
            let key = memo.key(text)
            #expect(ConversationKey.sameBytes(key.text, text))
            #expect(key.hash == text.hashValue)
            #expect(key == ConversationKey(text))
        }
    }

    /// A dictionary keyed through the memo, and one keyed by the strings, given the same reads, writes and removals
    /// in a random order: the same answers and the same entries at every step.
    @Test func aDictionaryHoldsWhatAStringKeyedOneHolds() {
        let memo = ConversationKeys()
        var byString: [String: Int] = [:]
        var byKey: [ConversationKey: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for step in 0..<5_000 {
            let text = Self.keys.randomElement(using: &generator)!
            switch Int.random(in: 0..<4, using: &generator) {
            case 0:
                #expect(byKey[memo.key(text)] == byString[text])
            case 1:
                byString[text] = step; byKey[memo.key(text)] = step
            case 2:
                #expect(byKey.removeValue(forKey: memo.key(text)) == byString.removeValue(forKey: text))
            default:
                let value: Int? = Bool.random(using: &generator) ? nil : step
                byString[text] = value; byKey[memo.key(text)] = value
            }
            #expect(byKey.count == byString.count)
        }
        for text in Self.keys { #expect(byKey[ConversationKey(text)] == byString[text]) }
    }

    /// People's lines interleaved: each question waits for its own person, and each answer goes on that person's
    /// request — the desk's memories switch keys line by line.
    @Test func interleavedPeopleKeepTheirOwnQuestions() throws {
        let desk = try TestDesk(modules: [FaultModule(), GardenModule()])
        #expect(desk.say("故障", conversation: "desk::甲").text == "请问在哪里？")
        #expect(desk.say("故障", conversation: "desk::乙").text == "请问在哪里？")
        #expect(desk.say("顺驰泊林5栋1单元", conversation: "desk::甲").text.hasPrefix("请问是什么类别？"))
        #expect(desk.say("水印桃源3栋2单元", conversation: "desk::乙").text.hasPrefix("请问是什么类别？"))
        let first = desk.say("1", conversation: "desk::甲")
        let second = desk.say("2", conversation: "desk::乙")
        #expect(first.status == .created)
        #expect(second.status == .created)
        #expect(try desk.case(first.caseID!).fields["kind"] == .choice("light"))
        #expect(try desk.case(second.caseID!).fields["kind"] == .choice("water"))
        #expect(try desk.case(first.caseID!).address?.hasPrefix("顺驰泊林") == true)
        #expect(try desk.case(second.caseID!).address?.hasPrefix("水印桃源") == true)
    }
}
