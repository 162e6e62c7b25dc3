import DeskKit
import Foundation

/// Builds large databases for the bench, reproducibly.
enum BenchData {
    static let problems = ["厨房水管漏水", "电梯故障", "楼道灯不亮", "下水道堵了", "单元门门禁坏了", "外墙墙皮脱落", "家里跳闸停电", "道闸抬杆坏了"]
    static let compounds = [("aoyuan", "武汉奥林匹克花园", 30), ("shuiyin", "水印桃源", 12), ("shunchi", "顺驰泊林", 15), ("hankoudao6", "汉口道6号", 6)]

    /// A desk database at `path` with `cases` repair cases spread over the last two years, each with its event
    /// and search text, inserted directly (the bench measures reading them, not writing them).
    static func seed(path: String, cases: Int) throws {
        try? FileManager.default.removeItem(atPath: path)
        let registry = try ModuleRegistry(deskModules)
        let store = try DeskStore.open(path: path, registry: registry, seeds: SeedFiles.locate())
        var random = SeededRandom(state: 42)
        let now = Date()
        let statuses = ["closed", "followedUp", "closed", "dispatched", "inProgress", "accepted"]
        var done = 0
        while done < cases {
            let chunk = min(20_000, cases - done)
            try store.writer.write { db in
                let insertCase = try db.makeStatement(sql: """
                    INSERT INTO cases(id, module, service, title, fields, requesterName, requesterPhone, address, compound, channel,
                                      status, assignee, category, urgent, deadline, timeLimitHours, createdAt, updatedAt, closedAt, missing)
                    VALUES (?, 'repairs', 'household-repair', ?, '{}', ?, ?, ?, ?, 'desk', ?, ?, ?, 0, ?, 24, ?, ?, ?, '[]')
                    """)
                let insertEvent = try db.makeStatement(sql: """
                    INSERT INTO caseEvents(caseID, at, operatorName, kind, toStatus, note) VALUES (?, ?, 'bench', 'created', 'accepted', NULL)
                    """)
                let insertSearch = try db.makeStatement(sql: "INSERT INTO caseSearch(rowid, caseID, body) VALUES ((SELECT rowid FROM cases WHERE id = ?), ?, ?)")
                for i in done..<(done + chunk) {
                    let (cid, cname, buildings) = compounds[Int(random.next() % 4)]
                    let address = "\(cname) \(Int(random.next() % UInt64(buildings)) + 1)栋\(Int(random.next() % 2) + 1)单元\(Int(random.next() % 6) + 1)0\(Int(random.next() % 2) + 1)室"
                    let problem = problems[Int(random.next() % UInt64(problems.count))]
                    let created = now.addingTimeInterval(-Double(random.next() % (730 * 86400)))
                    let status = statuses[Int(random.next() % UInt64(statuses.count))]
                    let id = "BX-" + String(i + 1)
                    let title = "\(address) \(problem)"
                    try insertCase.execute(arguments: [id, title, "住户\(i % 997)", "138\(String(format: "%08d", i))", address, cid, status,
                                                       "\(cname.prefix(4))物业", "其他", created.addingTimeInterval(86400), created, created,
                                                       status.hasPrefix("c") || status.hasPrefix("f") ? created.addingTimeInterval(3600) : nil])
                    try insertEvent.execute(arguments: [id, created])
                    try insertSearch.execute(arguments: [id, id, title])
                }
                try db.execute(sql: "INSERT OR REPLACE INTO caseSequences(prefix, last) VALUES ('BX', ?)", arguments: [done + chunk])
            }
            done += chunk
        }
        try store.writer.write { try $0.execute(sql: "ANALYZE") }
    }
}
