@testable import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// What the router's weighing must keep now that it tells a staff service's label, and a label whose service is away
/// from the line's place, by the label's position (``Router/staffLabel``, ``Router/labelsAway(_:)``), where it
/// hashed the label's service into the sets (docs/performance.md, fifty-third pass): for every label, both answer as
/// the sets did — for the staff services, for no service away, each service away alone and all the services of one
/// place away together — with all the modules registered; and the development corpora's lines read from a group
/// (of each compound, and of none) are never given a staff service, which at the counter some are. Behaviour, not
/// timing.
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
