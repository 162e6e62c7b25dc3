@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// Questions of the year's turn about insurance, answered from the social-security knowledge base
/// (`seeds/social-security/faq.yaml`) rather than left to staff as a consult case.
@Suite("Understanding: insurance questions at the year's turn")
struct YearTurnInsuranceQuestionsTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: [("居民医保十二月交了 过了元旦就能去看病报销了啵", "1月1日"),
                      ("我老伴前年断了冇交 现在补上要等多久才能报", "等待期"),
                      ("伢在武汉读大学 户口在孝感 医保是在学校那边交还是回屋里交", "学校所在地"),
                      ("灵活就业签了约 么时候从卡里扣钱", "楚税通")])
    func answeredFromTheKnowledgeBase(_ line: String, _ said: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源 老柯")
        #expect(r.module == "social-security")
        #expect(r.status == .answered && r.caseID == nil)
        #expect(r.text.contains(said))
        #expect(try desk.cases().isEmpty)
    }
}

/// Where someone is registered, told in passing, is not a question for the police station's registry.
@Suite("Understanding: a registration told in passing")
struct RegistrationToldInPassingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func whereSomeoneIsRegisteredDoesNotSendThemToThePolice() {
        let r = desk.relay("伢读一年级 户口在汉阳 学生医保在哪里交", group: "奥园业主群", sender: "奥园 小詹")
        #expect(r.module == "social-security")
        #expect(!r.text.contains("派出所"))
    }

    @Test(arguments: ["我户口在孝感 想迁到奥园来 要带么斯", "户口在哪里迁 要不要先开证明"])
    func aQuestionAboutTheRegistrationStillIs(_ line: String) {
        let r = desk.relay(line, group: "奥园业主群", sender: "奥园 小詹")
        #expect(r.text.contains("派出所"))
    }
}

/// Care asked for in words the care answer used to take for a question: a call each day, a warmer box for the
/// meals, meals asked of the care team, a visit asked after.
@Suite("Understanding: care asked for, not asked about")
struct CareAskedForTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: ["我妈一个人住 能不能隔天有人给她打个电话", "助餐送来的饭到了都凉了 能不能用个保温桶装", "请微关爱下个月帮忙送晚饭 我出差",
                      "给我爸安排的上门探访 礼拜几来 定下来冇"])
    func aRequestOpensACareCase(_ line: String) throws {
        let r = desk.relay(line, group: "汉口道6号邻里群", sender: "汉口道 小霍")
        #expect(r.module == "care-visits")
        #expect(r.caseID != nil)
    }

    @Test func aQuestionAboutTheTermsIsStillAnswered() throws {
        let r = desk.relay("微关爱送饭要钱啵 好多钱一餐", group: "汉口道6号邻里群", sender: "汉口道 小霍")
        #expect(r.module == "care-visits")
        #expect(r.caseID == nil)
    }
}

/// A call or a message that wants a card "upgraded" or a card number told is answered as a likely scam.
@Suite("Understanding: an upgrade that is a scam")
struct UpgradeScamTests {
    @Test(arguments: ["昨天有人打电话说我的社保卡要升级 不然就停用 要我报卡号 是真的吗", "短信说养老金升级 不升级就停发 这个要不要理"])
    func aCardUpgradeAskedAboutIsAnsweredAsAScam(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.relay(line, group: "水印桃源2群", sender: "桃源 小甄")
        #expect(r.text.contains("96110"))
        #expect(try desk.cases().isEmpty)
    }
}

/// Whose job the mending is, asked in the group: answered from the repairs FAQ, no case.
@Suite("Understanding: whose job the mending is")
struct WhoseJobTests {
    @Test(arguments: ["户内的水管归谁修 是物业管还是我自己请人", "进户的那根电线是供电所的还是物业的"])
    func whoseJobIsAnswered(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.relay(line, group: "奥园业主群", sender: "奥园 小简")
        #expect(r.module == "repairs")
        #expect(r.status == .answered && r.caseID == nil)
        #expect(r.text.contains("供电所"))
    }
}
