import DeskKit
import DeskTesting
import Testing

/// Module settings: defaults in code, overrides from the seed folder and at the prompt, checked, audited and
/// role-restricted.
@Suite("Settings")
struct SettingsTests {
    func interval(_ desk: TestDesk) -> String { desk.say("走访 周桂兰").text }

    func changes(_ desk: TestDesk) throws -> [Row] {
        try desk.read { try Row.fetchAll($0, sql: "SELECT oldValue, newValue, source, operatorName FROM settingChanges ORDER BY id") }
    }

    @Test func theDefaultComesFromCode() throws {
        let desk = try TestDesk(modules: [VisitsModule()])
        #expect(interval(desk).hasSuffix("每 14 天一次"))
        let listing = desk.say("设置").text
        #expect(listing.contains("走访周期"))
        #expect(listing.contains("14天"))
    }

    @Test func staffChangeASettingAndTheChangeIsAudited() throws {
        let desk = try TestDesk(modules: [VisitsModule()])
        let r = desk.say("设置 visits 走访周期 一周")
        #expect(r.status == .updated)
        #expect(r.text == "已将走访的「走访周期」由 14天（默认） 改为 7天，已记入修改记录。")
        #expect(interval(desk).hasSuffix("每 7 天一次"))
        let audit = try changes(desk)
        #expect(audit.count == 1)
        #expect(audit[0]["oldValue"] == nil as String?)
        #expect(audit[0]["newValue"] == "7天")
        #expect(audit[0]["source"] == "prompt")
        #expect(audit[0]["operatorName"] == "测试员")
        #expect(desk.say("set 走访 走访周期 默认").text.contains("改为 14天（默认）"))
        #expect(interval(desk).hasSuffix("每 14 天一次"))
    }

    @Test(arguments: [("设置 visits 走访周期 半年", "设置「走访周期」的值「半年」无效：请写天数，例如 7天、两周、一个月"),
                      ("设置 visits 走访周期 200天", "设置「走访周期」的值「200天」无效：应在 1天 到 90天 之间"),
                      ("设置 visits 走访间隔 7天", "走访没有设置「走访间隔」。可改的设置：走访周期"),
                      ("设置 nosuch 走访周期 7天", "没有模块「nosuch」。有设置的模块：visits（走访）")])
    func aBadValueIsRefusedAndChangesNothing(line: String, message: String) throws {
        let desk = try TestDesk(modules: [VisitsModule()])
        let before = try desk.snapshot()
        let r = desk.say(line)
        #expect(r.status == .error)
        #expect(r.text == message)
        #expect(try desk.snapshot() == before)
    }

    @Test func onlyACadreChangesSettingsOnceAccountsExist() throws {
        let desk = try TestDesk(modules: [VisitsModule()])
        try desk.addOperator("周主任", role: .admin, pin: "2468")
        try desk.addOperator("小王", role: .frontDesk, pin: "1357")
        let refused = desk.say("设置 visits 走访周期 7天", as: "小王", role: .frontDesk)
        #expect(refused.status == .error)
        #expect(refused.text == "小王（前台）没有「修改模块设置」的权限，请找有权限的同事办理")
        #expect(try changes(desk).isEmpty)
        #expect(desk.say("设置 visits 走访周期 7天", as: "周主任", role: .admin).status == .updated)
        #expect(try changes(desk).first?["operatorName"] == "周主任")
    }

    @Test func theSeedFolderOverridesTheDefaultAndABadEntryIsReported() throws {
        let desk = try TestDesk(modules: [VisitsModule()], seedOverlay: ["visits/settings.yaml": "走访周期: 10天\n巡查周期: 3天\n"])
        #expect(interval(desk).hasSuffix("每 10 天一次"))
        #expect(try changes(desk).first?["source"] == "seed")
        #expect(desk.desk.store.seedNotices == ["种子文件 visits/settings.yaml：模块 visits 没有设置「巡查周期」，已忽略这一项"])
        let bad = try TestDesk(modules: [VisitsModule()], seedOverlay: ["visits/settings.yaml": "走访周期: 500天\n"])
        #expect(interval(bad).hasSuffix("每 14 天一次"))
        #expect(bad.desk.store.seedNotices == ["种子文件 visits/settings.yaml：设置「走访周期」的值「500天」无效：应在 1天 到 90天 之间，这一项未载入"])
    }
}
