@testable import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// What ``Router/isUnitAccount(_:)`` must keep now that a nickname of plain characters is walked once by a matcher of
/// the plain words it looks for (``UnitAccountMemo/words``) instead of searched for each word in turn
/// (docs/performance.md, fiftieth pass): the same answer as the start's search (``Router/searchedWordByWord(_:)``) for
/// every nickname of the forty-three development corpora and for nicknames made around each word — with a character
/// before or after it, cut short, with a combining mark, an emoji, a full-width letter, the compatibility ideograph
/// U+FA4C (canonically `社`) in place of `社` — and with signers that are not plain or empty. Behaviour, not timing.
@Suite("A unit's account, its words walked in one matcher")
struct UnitAccountWordsTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// The sender column of `understanding-eval.tsv`, `-2` … `-43` (named one by one: no other file of the folder is
    /// opened), as written and as ``Desk/readable(_:)`` makes it.
    static let corpusSenders: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus")
        let names = ["understanding-eval.tsv"] + (2...43).map { "understanding-eval-\($0).tsv" }
        var senders: Set<String> = []
        for name in names {
            guard let tsv = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            for row in tsv.split(separator: "\n", omittingEmptySubsequences: true) where !row.hasPrefix("#") {
                let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 3 else { continue }
                senders.insert(String(columns[1]))
                senders.insert(Desk.readable(String(columns[1])))
            }
        }
        return senders.sorted()
    }()

    /// Nicknames made around each of `words`.
    static func madeSenders(_ words: [String]) -> [String] {
        let before = ["", "小", "3栋", "-", "👍", "e\u{301}", " ", "Ａ", "奥园", "\u{3000}"]
        let after = ["", "小王", "-老魏", "1", "\u{301}", "🌸", " ", "ａ", "服务中心"]
        var made: [String] = []
        for word in words {
            var forms = [word, String(word.dropLast()), String(word.dropFirst()), word.replacingOccurrences(of: "社", with: "\u{FA4C}")]
            if let first = word.first { forms.append(String(first) + "\u{301}" + word.dropFirst()) }
            for form in forms {
                for b in before {
                    for a in after { made.append(b + form + a) }
                }
            }
        }
        return made + ["", " ", "🌸", "3-1-201 住户7", "12-2-601 住户299", "路过的", "物\u{301}业小周", "👍物业", "社\u{301}区"]
    }

    @Test func theCorporaAreRead() {
        #expect(Self.corpusSenders.count > 1_000)
    }

    @Test func theDesksWordsAreInTheMatcher() {
        let router = desk.desk.router
        // The desk's words and signers are all plain: every one is walked by the matcher, none searched alone.
        #expect(router.unitAccountWordsSearchedAlone.isEmpty)
    }

    @Test func answersAsTheStartsSearch() {
        let router = desk.desk.router
        let senders = Self.corpusSenders + Self.madeSenders(Router.unitAccountWords + router.unitAccountSigners)
        var units = 0
        for sender in senders {
            let start = router.searchedWordByWord(sender)
            #expect(router.searchedAsUnitAccount(sender) == start, "\(sender)")
            #expect(router.isUnitAccount(sender) == start, "\(sender)")
            if start { units += 1 }
        }
        // Both answers occur.
        #expect(units > 100)
        #expect(units < senders.count - 100)
    }

    /// Signers that are not plain (a middle dot, a combining mark, a pictograph) or are empty are searched one by one,
    /// as at the start, beside the matcher's words.
    @Test func signersNotPlainAreSearchedAsBefore() throws {
        let signers = ["张·记物业", "e\u{301}公司", "🌸驿站", "", "李家墩社区居委会", "派出所"]
        let router = Router(registry: desk.desk.registry, noticeSigners: signers)
        #expect(Set(router.unitAccountWordsSearchedAlone) == ["张·记物业", "e\u{301}公司", "🌸驿站", ""])
        let senders = Self.madeSenders(Router.unitAccountWords + signers) + ["张·记物业小王", "张·记", "e\u{301}公司", "é公司",
                                                                           "🌸驿站", "🌸", "驿站", "老e\u{301}公司的", "\u{FA4C}区"]
        var units = 0
        for sender in senders {
            let start = router.searchedWordByWord(sender)
            #expect(router.searchedAsUnitAccount(sender) == start, "\(sender)")
            if start { units += 1 }
        }
        #expect(units > 100)
        #expect(units < senders.count - 100)
    }
}
