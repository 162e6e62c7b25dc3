@testable import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// What the router's weighing must keep now that it tells a staff service's label, and a label whose service is away
/// from the line's place, by the label's position (``Router/staffLabel``, ``Router/labelsAway(_:)``), where it
/// hashed the label's service into the sets (docs/performance.md, fifty-third pass): for every label, both answer as
/// the sets did — for the staff services, for no service away, each service away alone and all the services of one
/// place away together — with all the modules registered; the development corpora's lines read from a group
/// (of each compound, and of none) are never given a staff service, which at the counter some are; and the share of
/// the services away is summed in the order it always was. Behaviour, not timing.
@Suite("The weighing tells staff services and services away by their labels")
struct WeighingByLabelTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func theLabelsAnswerAsTheSets() {
        let router = desk.desk.router
        let labels = router.serviceOfLabel.indices
        #expect(labels.count > 20)
        // The staff services, as the set tells them: some labels are, some are not.
        for label in labels {
            #expect(router.staffLabel[label] == (router.serviceOfLabel[label].map(router.staffServices.contains) ?? false), "\(label)")
        }
        #expect(router.staffLabel.contains(true))
        #expect(router.staffLabel.contains(false))
        // Services away: none, each alone, every service, and the staff services together.
        let refs = Array(router.labelOfRef.keys)
        var sets: [Set<Router.ServiceRef>] = [[], Set(refs), router.staffServices] + refs.map { [$0] }
        sets.append([Router.ServiceRef(module: 9_999, service: 0)])   // a service without a label marks nothing
        for away in sets {
            let marked = router.labelsAway(away)
            #expect(away.isEmpty ? marked.isEmpty : marked.count == labels.count)
            for label in labels where !away.isEmpty {
                #expect(marked[label] == (router.serviceOfLabel[label].map(away.contains) ?? false), "\(away) \(label)")
            }
        }
    }

    /// The share of the services away from a line's place is summed in the model's ranking — most likely first, ties
    /// in position order — as it was when the weighing ranked every label to sum it (``Router/share(of:in:)`` sorts
    /// only the positions away; docs/performance.md, sixty-sixth pass): against that ranking, for every set of
    /// positions of small lists (ties, and sums whose value depends on their order), given in either order, and for
    /// the model's own probabilities of the development corpora's first 3,000 lines.
    @Test func theShareAwayIsSummedInTheModelsRanking() {
        // A sum of doubles depends on its order.
        let (a, b, c): (Double, Double, Double) = (0.1, 0.2, 0.3)
        #expect((a + b) + c != (c + b) + a)
        #expect(Router.ranking([0.1, 0.3, 0.3, 0.2]) == [1, 2, 3, 0])
        func expected(_ positions: [Int], _ probabilities: [Double]) -> Double {
            var share = 0.0
            for i in Router.ranking(probabilities) where positions.contains(i) { share += probabilities[i] }
            return share
        }
        let lists: [[Double]] = [[0.1, 0.2, 0.3], [0.3, 0.2, 0.1], [0.1, 0.3, 0.1, 0.2, 0.3], [0.05, 0.7, 1e-17, 0.15, 0.1, 0.25, 0.2],
                                 [0, 0, 0.5], []]
        for probabilities in lists {
            for mask in 0..<(1 << probabilities.count) {
                let positions = probabilities.indices.filter { mask & (1 << $0) != 0 }
                #expect(Router.share(of: positions, in: probabilities) == expected(positions, probabilities), "\(probabilities) \(positions)")
                #expect(Router.share(of: positions.reversed(), in: probabilities) == expected(positions, probabilities))
            }
        }
        let router = desk.desk.router
        for line in DeskCorpusLines.lines.prefix(3_000) {
            let probabilities = router.classifier.posterior(line).probabilities
            for step in 2...4 {
                let positions = probabilities.indices.filter { $0 % step == 0 }
                #expect(Router.share(of: positions, in: probabilities) == expected(positions, probabilities), "\(line)")
            }
        }
    }

    @Test func aGroupIsNeverGivenAStaffService() {
        let desk = desk.desk
        let router = desk.router
        let lines = DeskCorpusLines.lines
        #expect(lines.count > 20_000)
        var atTheCounter = 0
        for (i, line) in lines.enumerated() {
            // Every group setting for a line in turn: no compound, then each compound.
            let compound = i % 5 == 0 ? nil : desk.directory.compounds[(i % 5 - 1) % desk.directory.compounds.count].id
            if case .service(let ref) = router.decide(line, sender: nil, staff: false, compound: compound) {
                #expect(!router.staffServices.contains(ref), "\(line)")
            }
            if i % 7 == 0, case .service(let ref) = router.decide(line, sender: nil, staff: true, compound: nil),
               router.staffServices.contains(ref) { atTheCounter += 1 }
        }
        #expect(atTheCounter > 20)
    }
}

/// The text column of the development corpora (`understanding-eval.tsv`, `-2` … `-46`; named one by one: no other
/// file of the folder is opened).
enum DeskCorpusLines {
    static let lines: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus")
        let names = ["understanding-eval.tsv"] + (2...46).map { "understanding-eval-\($0).tsv" }
        var lines: [String] = []
        for name in names {
            guard let tsv = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            for row in tsv.split(separator: "\n", omittingEmptySubsequences: true) where !row.hasPrefix("#") {
                let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
                if columns.count >= 3 { lines.append(String(columns[2])) }
            }
        }
        return lines
    }()
}
