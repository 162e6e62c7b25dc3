import DeskKit
import DeskTesting
import Foundation
import Testing

/// Bounds on what comes in, and reading what is stored (docs/reliability.md).
@Suite("Hardening: bounds on input, robust reading")
struct BoundsTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [FaultModule()]) }

    @Test func aStoredDeadlineBeyondYear9999DoesNotBreakTheLists() throws {
        let id = try #require(desk.say("故障 水印桃源3栋2单元502 漏水").caseID)
        try desk.desk.store.write { db in
            try db.execute(sql: "UPDATE cases SET deadline = '10000-01-01 00:00:00.000' WHERE id = ?", arguments: [id])
        }
        for line in ["列表", "查看 \(id)", "催办", "列表 全部", "统计", "搜索 漏水"] {
            let reply = desk.say(line)
            #expect(reply.status != .error, "\(line): \(reply.text)")
        }
        #expect(desk.say("列表").text.contains(id))
        // and the desk's own commands mend it: a reopened case gets a new deadline from its time limit
        #expect(desk.say("办结 \(id) 已修").status == .updated)
        #expect(desk.say("重办 \(id) 又漏了").status == .updated)
        #expect(try desk.case(id).deadline == desk.clock.now.addingTimeInterval(24 * 3600))
    }

    @Test func messageTimesAreBoundedAndTheBoundIsNamed() throws {
        let now = desk.clock.now
        #expect(throws: DeskError.self) { try JSONWire.decode(#"{"text":"x","time":"9999-12-31T23:00:00"}"#, now: now) }
        do {
            _ = try JSONWire.decode(#"{"text":"x","time":"9999-12-31T23:00:00"}"#, now: now)
        } catch {
            #expect(error.code == "bad-time" && error.message.contains("晚于现在一天以后"))
        }
        do {
            _ = try JSONWire.decode(#"{"text":"x","time":"2024-01-01T00:00:00"}"#, now: now)
        } catch {
            #expect(error.code == "bad-time" && error.message.contains("早于一年前"))
        }
        #expect(JSONWire.parseTime("2026-11-28T09:00:00+99:99") == nil)
        #expect(JSONWire.parseTime("2026-11-28T09:00:00+14:30") == nil)
        #expect(JSONWire.parseTime("2026-11-28T09:00:00+14:00") != nil)
        #expect(JSONWire.parseTime("2026-11-28T09:00:00-12:00") != nil)
        #expect(try JSONWire.decode(#"{"text":"x","time":"2026-11-28T09:00:00+08:00"}"#, now: now).time != nil)
    }

    @Test func duplicateKeysAndTrailingCommasAreRefused() throws {
        for line in [#"{"text":"列表","text":"办结 GZ-0001 已修好"}"#, #"{"text":"列表","\u0074ext":"办结"}"#,
                     #"{"text":"列表",}"#, #"{"text":"列表","x":[1,2,]}"#] {
            #expect(throws: DeskError.self, "\(line)") { try JSONWire.decode(line) }
        }
        #expect(try JSONWire.decode(#"{"text":"a,b}","sender":"{\"text\":1}"}"#).text == "a,b}")
    }

    @Test func hiddenCharactersDoNotDropTheBuilding() throws {
        for text in ["故障 水印桃源3\u{200B}栋2单元502 漏水", "故障 水印桃源3\u{200D}栋2单元502 漏水", "故障 水印桃源\u{202E}3栋2单元502 漏水"] {
            let reply = desk.say(text)
            let id = try #require(reply.caseID, "\(reply.text)")
            #expect(try desk.case(id).address?.contains("3栋2单元502") == true)
            #expect(desk.say("取消 \(id) 测试").status == .updated)
        }
        #expect(TextNormalizer.normalize("a\u{1B}]0;PWNED\u{07}b") == "a ]0;PWNED b")
    }

    @Test func combiningMarksCountTowardTheLengthLimit() {
        let bomb = "故障 水印桃源3栋 漏水" + String(repeating: "a\u{0301}\u{0302}\u{0303}\u{0304}", count: 600)
        let reply = desk.say(bomb)
        #expect(reply.error?.code == "line-too-long")
        #expect((try? desk.cases().count) == 0)
    }

    @Test func negativeAmountsInChineseAreRefused() {
        for text in ["负一百二十元", "负五十元", "负 50元", "-120元"] {
            guard case .failure(let error)? = Money.find(in: "交会费 张三 年费 \(text) 现金") else {
                Issue.record("\(text) was read as an amount"); continue
            }
            #expect(error == .negative(TextNormalizer.normalize(text)) || "\(error)".contains("负"), "\(text)")
        }
        guard case .success(let m)? = Money.find(in: "交了一百二十元") else { Issue.record("120 not read"); return }
        #expect(m.fen == 12_000)
    }

    @Test func caseNumbersAreNeverReused() throws {
        let first = try #require(desk.say("故障 水印桃源3栋2单元502 漏水").caseID)
        try desk.desk.store.write { db in
            try db.execute(sql: "DELETE FROM caseEvents WHERE caseID = ?", arguments: [first])
            try db.execute(sql: "DELETE FROM cases WHERE id = ?", arguments: [first])
        }
        let second = try #require(desk.say("故障 水印桃源5栋1单元101 漏水").caseID)
        #expect(first == "GZ-0001" && second == "GZ-0002")
    }

    @Test func controlCharactersAreShownEscaped() {
        #expect(TerminalSafe.escape("\u{1B}]0;PWNED\u{07}\u{1B}[2J7-1-302 李") == "\\u{1B}]0;PWNED\\u{7}\\u{1B}[2J7-1-302 李")
        #expect(TerminalSafe.escape("第一行\n第二行\u{202E}") == "第一行\n第二行\\u{202E}")
        #expect(TerminalSafe.escape("a\u{9B}b\u{2066}c") == "a\\u{9B}b\\u{2066}c")
        // Line breaks alone leave the text as it is (and are escaped where they are not kept).
        #expect(TerminalSafe.escape("第一行\n第二行\n") == "第一行\n第二行\n")
        #expect(TerminalSafe.escape("第一行\n第二行", keepNewlines: false) == "第一行\\u{A}第二行")
        let table = TextTable(headers: ["群"], rows: [["\u{1B}[31m红"]]).render()
        #expect(!table.unicodeScalars.contains("\u{1B}") && table.contains("\\u{1B}[31m红"))
    }
}

@Suite("Hardening: who may do what, by channel")
struct ChannelPermissionTests {
    @Test func theGroupChannelMayOnlyAskAfterACase() {
        for command in KernelCommand.allCases {
            #expect(KernelPermission.permission(for: command, channel: .desk) == .full)
            #expect(KernelPermission.permission(for: command, channel: .api) == .full)
            #expect(KernelPermission.permission(for: command, channel: .group) == (command == .show ? .publicStatus : .refused))
        }
    }
}

@Suite("Hardening: seeds")
struct SeedBoundsTests {
    func directory(_ edit: (inout CommunityDirectory) -> Void) throws -> CommunityDirectory {
        var d = try SeedFiles.bundled.decode(CommunityDirectory.self, from: "community.yaml")
        edit(&d)
        return d
    }

    @Test func negativeTimeLimitsAreRefused() throws {
        let d = try directory { $0.timeLimits[0].hours = -2 }
        #expect(throws: SeedError.self) { try d.validate() }
    }

    @Test func invertedBuildingRangesAreRefused() throws {
        let d = try directory { $0.compounds[0].buildings?.from = 30; $0.compounds[0].buildings?.to = 1 }
        #expect(throws: SeedError.self) { try d.validate() }
        #expect(throws: Never.self) { try directory { _ in }.validate() }
    }

    @Test func aMistypedSeedFolderIsAnError() {
        #expect(throws: SeedError.self) { try SeedFiles.locate(environment: ["DESK_SEEDS": "/nonexistent/seeds"]) }
    }
}

@Suite("Hardening: stored times")
struct StoredTimeTests {
    @Test func anUnreadableOutboxTimeDoesNotBreakTheListing() throws {
        let desk = try TestDesk(modules: [FaultModule()])
        try desk.desk.store.write { db in
            try Outbox(db: db, now: desk.clock.now).post(group: "水印桃源1群", text: "工单 GZ-0001 已办结")
            try db.execute(sql: "UPDATE outbox SET createdAt = '10000-01-01 00:00:00.000'")
        }
        #expect(try desk.outbox().count == 1)
    }
}
