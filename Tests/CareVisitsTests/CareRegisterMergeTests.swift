import DeskKit
import DeskTesting
import Foundation
@testable import CareVisits
import Testing

/// Issue #15: the care register keeps only the register's id, so a correction or a merge in the resident register
/// shows in 微关爱 at once, and the person's export still finds the care entry made under the merged entry.
@Suite("Care visits after a correction or a merge in the register")
struct CareRegisterMergeTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [CareVisits()]) }

    @Test func aMergedEntryShowsAsThePersonKeptAndIsExported() throws {
        _ = desk.say("关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高")     // R1
        _ = desk.say("居民 登记 王秀英 13700001111")                           // R2, the same woman
        #expect(desk.say("居民 修改 R2 姓名 王秀云").status == .updated)      // her name as on her ID card
        #expect(desk.say("居民 合并 R2 R1").status == .updated)
        let shown = desk.say("关爱 王秀云").text
        #expect(shown.contains("王秀云") && shown.contains("138****5678") && !shown.contains("王秀英"), "\(shown)")
        #expect(desk.say("探访名单 30").text.contains("王秀云"))
        let export = desk.say("居民 导出 R2").text
        #expect(export.contains("【微关爱】") && export.contains("关爱名册"))
    }
}
