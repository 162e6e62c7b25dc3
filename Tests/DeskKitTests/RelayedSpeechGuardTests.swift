@testable import DeskKit
import Testing

/// `RelayedSpeech.asks` reads staff passing on a resident's question (`她顺便问…`, `裴婆婆儿子问…`); the words before `问`
/// are compared with the adverbs and the kin and titles only when their last character is one of those words' last
/// characters (docs/performance.md, thirty-ninth pass). It answers as the comparison of every word alone does.
@Suite("A question passed on at the counter, read with its last-character guards")
struct RelayedSpeechGuardTests {
    /// The reading without the guards: every adverb and every kin word or title compared with the end of the words
    /// before `问`, as ``RelayedSpeech/asks(_:)`` did.
    static func comparedWordByWord(_ text: String) -> Bool {
        guard text.unicodeScalars.contains("问") else { return false }
        let line = ["还有个问题", "还有一个问题", "另外"].first(where: text.hasPrefix).map { text.dropFirst($0.count).drop { $0 == " " } } ?? text[...]
        guard let ask = line.prefix(12).firstIndex(of: "问") else { return false }
        var who = line[..<ask]
        for adverb in ["还顺便", "另外", "顺便", "也在", "还在", "接着", "又", "还", "也", "再"] where who.hasSuffix(adverb) {
            who = who.dropLast(adverb.count)
            break
        }
        guard !who.isEmpty, !who.contains(where: { !$0.isLetter }) else { return false }
        let kin = ["儿子", "女儿", "老伴", "弟弟", "妹妹", "哥哥", "姐姐", "儿媳", "女婿", "孙子", "孙女", "外孙", "家属", "保姆", "先生",
                   "女士", "小姐", "爹爹", "婆婆", "阿姨", "师傅", "老师"]
        return RelayedSpeech.people.contains(String(who)) || PersonName.isName(who)
            || who.count <= 6 && kin.contains { who.hasSuffix($0) } && !["有个", "一个", "刚才", "另一个", "别的"].contains(where: who.contains)
    }

    static let lines = [
        "她顺便问今年的居民医保一个人交好多钱", "他女儿又问高龄津贴是不是也要重新认", "婆婆问一个月要交几多钱", "邓老师问少儿班一周几次",
        "还有个问题 她弟弟问认证要是过了月底没做 会不会停发", "裴婆婆儿子问高龄津贴从哪个月开始算", "罗爹爹老伴也在问高龄津贴",
        "司马先生又问 他今年的认证在手机上做了 算不算数", "有个爹爹问乒乓球室几点开门", "另外一个爹爹问 他在外地的哥哥今年认证冇做",
        "居民问居住证在哪里办", "问一下乒乓球室几点开门", "她说明天再来", "后面还有个婆婆问认证", "请问今天天气怎么样",
        "社保卡丢了怎么补办", "早上好", "", "问", "她还顺便问", "王阿姨接着问", "张女士也问", "她再问", "他👍问", "她还\u{301}问",
    ]

    @Test(arguments: lines) func answersAsTheComparisonOfEveryWord(line: String) {
        #expect(RelayedSpeech.asks(line) == Self.comparedWordByWord(line))
    }

    @Test func readsAQuestionPassedOnAndNotAnotherResidents() {
        #expect(RelayedSpeech.asks("她顺便问今年的居民医保一个人交好多钱"))
        #expect(RelayedSpeech.asks("罗爹爹老伴也在问高龄津贴"))
        #expect(RelayedSpeech.asks("裴婆婆儿子问高龄津贴从哪个月开始算"))
        #expect(!RelayedSpeech.asks("请问今天天气怎么样"))
        #expect(!RelayedSpeech.asks("有个爹爹问乒乓球室几点开门"))
    }
}
