import DeskKit
import DeskTesting
import SocialSecurity
import Testing

@Suite("Social security at the desk")
struct SocialSecurityDeskTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [SocialSecurity()]) }

    @Test func freeTextRetirementQuestion() {
        let r = desk.say("我是1968年3月出生的男的，什么时候能退休？")
        #expect(r.module == "social-security")
        #expect(r.text.contains("法定退休年龄 60岁10个月（延迟 10 个月）"))   // 1968-03: i = 38, delay 10
        #expect(r.text.contains("2029年1月退休"))
        #expect(r.text.contains("最低缴费年限为 15年"))
    }

    @Test func yearOnlyGivesTheRange() {
        let r = desk.say("我老婆是工人，1976年生的，什么时候退休")
        #expect(r.text.contains("1976年出生的原50岁退休的女职工"))
        // 1976-01: 7 months' delay; 1976-12: 12 months.
        #expect(r.text.contains("从 50岁7个月（1月出生，2026年8月退休）到 51岁（12月出生，2027年12月退休）"))
    }

    @Test func femaleWithoutCategoryIsAsked() {
        let r = desk.say("退休 1972年5月 女")
        #expect(r.status == .ask)
        #expect(r.text.contains("原55岁退休的女职工"))
        let done = desk.say("2")
        #expect(done.text.contains("1972年5月出生的原55岁退休的女职工"))
        #expect(done.text.contains("55岁8个月"))
    }

    @Test func fromAnIDNumber() {
        // 420106 1968-03-15, sequence 001 (male).
        let r = desk.say("退休 身份证 420106196803150010")
        #expect(r.text.contains("1968年3月出生的男职工"))
        #expect(!desk.say("退休 身份证 420106196803150010").text.contains("420106196803150011"))
    }

    @Test func contributionCheck() {
        let short = desk.say("退休 男 1968年3月 缴了5年")
        // Retires 2029-01; 26 more months from 2026-11 make 7y2m against 15y.
        #expect(short.text.contains("共 7年2个月，不够最低缴费年限 15年，还差 94 个月"))
        let r = desk.say("退休 男 1966年1月 已经缴了3年2个月")
        // Retires 2026-03 (60y2m); from 2026-11 nothing more: 3y2m against 15y.
        #expect(r.text.contains("不够最低缴费年限 15年，还差 142 个月"))
        #expect(r.text.contains("延长缴费") && r.text.contains("一次性缴费"))
        let enough = desk.say("退休 男 1980年1月 缴费10年")
        #expect(enough.text.contains("达到最低缴费年限 20年"))
    }

    @Test func badInputIsRefused() throws {
        let before = try desk.snapshot()
        #expect(desk.say("退休 男 2030年1月").text.contains("在今天之后"))
        #expect(desk.say("退休 身份证 340524198001010013").text.contains("校验位不对"))
        #expect(desk.say("退休 男 1968年3月 缴了12年13个月").text.contains("应在 0–11 之间"))
        #expect(try desk.snapshot() == before)
    }

    @Test func knowledgeBaseAnswersDifferentWordings() {
        let a = desk.say("我的社保卡弄丢了，要怎么重新办一张")
        #expect(a.status == .answered)
        #expect(a.text.contains("挂失") && a.text.contains("来源"))
        let b = desk.say("社保 去外地住院医保能报吗")
        #expect(b.text.contains("异地就医备案"))
    }

    @Test func deathBenefitsWorkInjuryAndSeriousIllnessAreAnsweredWithTheirRule() {
        let funeral = desk.say("社保 我爸是企业退休的 上个月走了 丧葬费抚恤金么样领")
        #expect(funeral.status == .answered)
        #expect(funeral.text.contains("死亡证明") && funeral.text.contains("社会保险法第十七条"))
        let injury = desk.say("社保 工伤认定要去哪里申请")
        #expect(injury.text.contains("30日内") && injury.text.contains("1年内"))
        let illness = desk.say("社保 大病保险要么样申请")
        #expect(illness.text.contains("不用单独申请"))
    }

    @Test func unansweredQuestionBecomesACase() throws {
        let r = desk.say("社保 我在国外工作的年限能不能算进来")
        #expect(r.status == .created)
        let c = try desk.case(r.caseID!)
        #expect(c.category == "咨询")
        #expect(c.assignee == "测试员")   // 首接负责: the desk that received it
    }

    @Test func staffEditTheKnowledgeBaseWithEvents() throws {
        let added = desk.say("知识库 新增 退休证丢了怎么办/补办退休证 | 带身份证到原单位或社保经办机构申请补发 | 武汉市人社局").text
        // The new entry's number follows the seeded ones, however many the seed holds.
        #expect(added.hasPrefix("已新增 KB-"))
        let id = String(added.dropFirst("已新增 ".count).prefix { $0 != "：" })
        #expect(desk.say("社保 退休证丢了怎么补").text.contains("原单位"))
        _ = desk.say("知识库 修改 \(id) 答案 带身份证到区社保经办窗口申请补发")
        #expect(desk.say("社保 补办退休证").text.contains("区社保经办窗口"))
        _ = desk.say("知识库 停用 \(id) 政策调整")
        #expect(desk.say("社保 补办退休证").status == .created)   // no longer answered: a case
        let history = desk.say("知识库 记录 \(id)").text
        #expect(history.contains("新增") && history.contains("修改答案") && history.contains("停用") && history.contains("测试员"))
        #expect(desk.say("知识库 停用 KB-99 x").error?.code == "unknown-entry")
    }

    @Test func proxyServiceWithChecklist() throws {
        let r = desk.say("代办 社保卡补办")
        #expect(r.status == .created)
        let id = try #require(r.caseID)
        #expect(r.text.contains("本人身份证原件"))
        #expect(desk.say("材料 \(id) 递交").error?.code == "documents-missing")
        let ticked = desk.say("材料 \(id) 收到 身份证原件")
        #expect(ticked.text.contains("还缺：近期一寸白底证件照"))
        _ = desk.say("材料 \(id) 收到 证件照 代办人身份证")
        #expect(desk.say("材料 \(id)").text.contains("材料已齐"))
        #expect(desk.say("材料 \(id) 递交").status == .updated)
        #expect(try desk.case(id).status == .inProgress)
        _ = desk.say("材料 \(id) 结果 已领到新卡")
        #expect(try desk.case(id).status == .closed)
        #expect(try desk.events(id).contains { $0.note == "收到材料：本人身份证原件" })
    }

    @Test func unknownProxyItemIsAskedWithTheCatalogue() {
        let r = desk.say("代办 办护照")
        #expect(r.status == .ask)
        #expect(r.text.contains("社保卡补办") && r.text.contains("异地就医备案"))
        #expect(desk.say("失业金申领").status == .created)
    }
}
