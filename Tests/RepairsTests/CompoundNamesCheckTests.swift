import DeskKit
import Foundation
@testable import Repairs
import Testing

/// What the check that a repair report's kept list of compound names is still current must keep now that it walks the
/// directory's names in place (``ReportReading/areTheNames(of:_:)``) instead of gathering them into a new array for
/// every report (docs/performance.md, forty-ninth pass): the answer of `compounds.flatMap(\.allNames) == names`, for
/// directories of random compounds — names and aliases drawn from a few spellings, canonically equivalent ones among
/// them — beside the list they give, that list with a name changed, dropped, added or moved across a compound's end,
/// and unrelated lists. Behaviour, not timing.
@Suite("Repairs: the kept compound names checked in place, as == of the gathered names answers")
struct CompoundNamesCheckTests {
    /// A compound with `name` and `aliases` (the rest left out), as the directory's JSON gives it.
    static func compound(_ name: String, _ aliases: [String]) throws -> CommunityDirectory.Compound {
        let json = try JSONSerialization.data(withJSONObject: ["id": "c-" + name, "name": name, "aliases": aliases])
        return try JSONDecoder().decode(CommunityDirectory.Compound.self, from: json)
    }

    /// Spellings to draw from: equal, canonically equivalent (`é` and `e` + U+0301, `社` and U+FA4C), a byte apart, empty.
    static let spellings = ["水印桃源", "水印", "奥园", "泊林", "é", "e\u{301}", "社区", "\u{FA4C}区", "a", "ab", "", "汉口道6号"]

    @Test func answersAsTheGatheredNamesCompared() throws {
        var random = SystemRandomNumberGenerator()
        var checked = 0, same = 0
        for _ in 0..<3_000 {
            let compounds = try (0..<Int.random(in: 0...4, using: &random)).map { _ in
                try Self.compound(Self.spellings.randomElement(using: &random)!,
                                  (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.spellings.randomElement(using: &random)! })
            }
            let gathered = compounds.flatMap(\.allNames)
            var lists = [gathered, Array(gathered.dropLast()), gathered + ["水印"], Array(gathered.dropFirst()), [], ["奥园"],
                         gathered.reversed()]
            if !gathered.isEmpty {
                var changed = gathered
                changed[Int.random(in: 0..<changed.count, using: &random)] = Self.spellings.randomElement(using: &random)!
                lists.append(changed)
            }
            lists.append((0..<gathered.count).map { _ in Self.spellings.randomElement(using: &random)! })
            for names in lists {
                let answer = ReportReading.areTheNames(of: compounds, names)
                #expect(answer == (gathered == names), "\(compounds.map(\.allNames)) \(names)")
                checked += 1
                if answer { same += 1 }
            }
        }
        // Both answers are given.
        #expect(same > 3_000)
        #expect(same < checked)
    }

    @Test func anAliasMovedAcrossACompoundsEndIsTheSameList() throws {
        // The gathered list does not say where a compound ends: neither does the check.
        let one = [try Self.compound("奥园", ["奥"]), try Self.compound("泊林", [])]
        let other = [try Self.compound("奥园", []), try Self.compound("奥", ["泊林"])]
        #expect(ReportReading.areTheNames(of: one, other.flatMap(\.allNames)))
        #expect(ReportReading.areTheNames(of: other, one.flatMap(\.allNames)))
        #expect(!ReportReading.areTheNames(of: one, ["奥园", "奥"]))
        #expect(!ReportReading.areTheNames(of: one, ["奥园", "奥", "泊林", ""]))
        #expect(ReportReading.areTheNames(of: [], []))
    }
}
