@testable import DeskKit
import DeskTesting
import Foundation
import GRDB
import Testing
@testable import desk

/// `Desk.recentCase(for:about:within:)` asks first whether the sender has any id in either half of its union — their
/// own cases in the group since the window's start, the cases they reported on — and reads nothing more when they
/// have none (perf, relay: the union's query cost some 135 K instructions an ask with nothing to find;
/// docs/performance.md, forty-third pass). Its answer must be the answer of the query alone, for every sender,
/// group, window and text: senders with no case, with their own cases open, closed or older than the window, in
/// another group, and senders who only reported on someone else's case.
@Suite("Relay: the sender's recent case asked first whether there is one")
struct RecentCaseGuardTests {
    /// The look-up as it was before the check: the union's query alone (`Desk+Acts.swift` before the forty-third pass).
    private static func queried(_ desk: TestDesk, _ message: Message, about text: String?, within seconds: TimeInterval) throws -> CaseRecord? {
        guard message.channel == .group, let sender = message.requester.sender, let group = message.group else { return nil }
        let since = (message.time ?? desk.clock.now).addingTimeInterval(-seconds)
        let own = try desk.read { db in
            try CaseRecord.fetchAll(db, sql: """
                SELECT cases.* FROM (
                    SELECT id FROM cases WHERE requesterSender = :sender AND groupName = :group AND createdAt >= :since
                    UNION SELECT caseID FROM caseReporters WHERE sender = :sender) AS senders
                CROSS JOIN cases ON cases.id = senders.id
                WHERE groupName = :group AND status IN \(CaseStatus.openSQL) AND createdAt >= :since
                ORDER BY createdAt DESC, status DESC, cases.rowid DESC LIMIT 5
                """, arguments: ["sender": sender, "group": group, "since": since])
        }
        guard let text, own.count > 1 else { return own.first }
        let words = Desk.hanPairs(text)
        return own.first { !words.isDisjoint(with: Desk.hanPairs($0.title + " " + ($0.category ?? ""))) } ?? own.first
    }

    private static let groups = ["水印桃源1群", "奥园业主群", "没有工单的群"]
    private static let senders = ["3-1-201 阿珍", "5-2-301 老郑", "7-1-101 小米", "桃源 新来的", "奥园 阿杰", "", "从没说过话的人"]
    private static let windows: [TimeInterval] = [60, 3600, 2 * 3600, 7 * 86400, 30 * 86400, 90 * 86400]
    private static let texts: [String?] = [nil, "电梯还是坏的", "厨房的水还在漏", "路灯", "收到", ""]

    /// A day of a group's reports: own cases, echoes that add a reporter to someone else's case, a case closed, cases
    /// hours and weeks apart, the same sender in two groups.
    private func busyDesk() throws -> TestDesk {
        let desk = try TestDesk(modules: deskModules)
        func report(_ text: String, _ group: String, _ sender: String) { _ = desk.relay(text, group: group, sender: sender) }
        report("3栋1单元电梯坏了", "水印桃源1群", "3-1-201 阿珍")
        desk.clock.advance(hours: 0.2)
        report("3栋1单元电梯坏了", "水印桃源1群", "5-2-301 老郑")            // the same lift: a reporter of 阿珍's case
        desk.clock.advance(hours: 0.5)
        report("家里厨房漏水了 5栋2单元301", "水印桃源1群", "5-2-301 老郑")
        report("9栋楼道灯不亮", "奥园业主群", "3-1-201 阿珍")
        desk.clock.advance(hours: 3)
        report("口袋公园的路灯晚上不亮", "水印桃源1群", "3-1-201 阿珍")
        report("7栋1单元楼道灯不亮", "水印桃源1群", "7-1-101 小米")
        let toClose = try desk.cases().last { $0.requesterSender == "7-1-101 小米" }
        if let toClose { _ = desk.say("办结 \(toClose.id) 已修好") }
        desk.clock.advance(hours: 24 * 10)
        report("2栋2单元电梯坏了", "奥园业主群", "奥园 阿杰")
        report("2栋2单元电梯坏了", "奥园业主群", "3-1-201 阿珍")            // a reporter in the other group
        desk.clock.advance(hours: 0.3)
        return desk
    }

    @Test func theAnswerIsTheQuerysForEverySenderGroupWindowAndText() throws {
        let desk = try busyDesk()
        // Not a vacuous comparison: the day left own cases, reporters and a closed case.
        #expect(try desk.cases().count >= 5)
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM caseReporters WHERE sender IS NOT NULL") ?? 0 } >= 2)
        #expect(try desk.cases().contains { !$0.status.isOpen })
        var found = 0, none = 0
        for group in Self.groups {
            for sender in Self.senders {
                for hoursAgo: Double in [0, 5, 240] {
                    let time = desk.clock.now.addingTimeInterval(-hoursAgo * 3600)
                    let message = Message("", channel: .group, operatorName: "relay", requester: Requester(sender: sender),
                                          group: group, time: time)
                    for seconds in Self.windows {
                        for text in Self.texts {
                            let expected = try Self.queried(desk, message, about: text, within: seconds)
                            let got = desk.desk.recentCase(for: message, about: text, within: seconds)
                            #expect(got?.id == expected?.id, "\(group) \(sender) \(hoursAgo)h \(seconds)s \(text ?? "nil")")
                            #expect(got == expected)
                            if expected == nil { none += 1 } else { found += 1 }
                        }
                    }
                }
            }
        }
        #expect(found > 50 && none > 50)
    }

    @Test func aLineWithoutASenderOrGroupOrFromTheCounterFindsNothing() throws {
        let desk = try busyDesk()
        let counter = Message("电梯", channel: .desk, operatorName: "测试员", requester: Requester(sender: "3-1-201 阿珍"), group: "水印桃源1群")
        let noSender = Message("电梯", channel: .group, operatorName: "relay", requester: Requester(), group: "水印桃源1群")
        let noGroup = Message("电梯", channel: .group, operatorName: "relay", requester: Requester(sender: "3-1-201 阿珍"))
        for message in [counter, noSender, noGroup] {
            #expect(desk.desk.recentCase(for: message, about: nil) == nil)
            #expect(try Self.queried(desk, message, about: nil, within: 30 * 86400) == nil)
        }
    }

    /// Readings stated outright: the sender's own open case, a case they only reported on, none for a new sender.
    @Test func readingsOutright() throws {
        let desk = try busyDesk()
        func ask(_ sender: String, _ group: String, within seconds: TimeInterval = 30 * 86400) -> CaseRecord? {
            desk.desk.recentCase(for: Message("", channel: .group, operatorName: "relay", requester: Requester(sender: sender),
                                              group: group, time: desk.clock.now), within: seconds)
        }
        #expect(ask("从没说过话的人", "水印桃源1群") == nil)
        #expect(ask("3-1-201 阿珍", "没有工单的群") == nil)
        #expect(ask("3-1-201 阿珍", "奥园业主群")?.requesterSender == "奥园 阿杰")   // reported on 阿杰's, the newest
        #expect(ask("3-1-201 阿珍", "水印桃源1群", within: 3600) == nil)            // ten days ago
        #expect(ask("3-1-201 阿珍", "水印桃源1群")?.requesterSender == "3-1-201 阿珍")
        #expect(ask("7-1-101 小米", "水印桃源1群") == nil)                         // closed
    }
}
