@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fifty-eighth round's reading, from the fifty-seventh corpus's misses (paid carers and home care, the counter's
/// shorthand after the date, and word from the scene of an emergency).
@Suite("Understanding: the fifty-eighth round")
struct FiftyEighthReadingTests {
    /// Home care seen to at the counter (`居家养老上门服务回访`, `失能评估申请 代递`, `每天上门看一次`): the elder's care
    /// record, kept by the care team — not a home visit for certification asking the elder's name.
    @Test(arguments: ["2月26日周一上午 泊 5-2-701 邱爹爹居家养老上门服务回访 每周五次 家属满意",
                      "2月20日周二下午 奥 21-2-1703 钱爹爹 失能评估申请 代递 评估员约下周",
                      "9月29日周五下午 汉口道5栋1单元902费叔 91岁 独居 子女国庆不回 排银发队国庆期间隔天上门"])
    func homeCareSeenToIsACareRecord(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say(line)
        #expect(reply.module == "care-visits", "\(line) → \(reply.text)")
        #expect(reply.status == .created)
        #expect(!reply.text.contains("老人叫什么名字"))
    }

    /// The compound's shorthand typed apart after the date is the compound, never an elder's name.
    @Test func aShorthandStandingApartIsThePlace() throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("2月26日周一上午 泊 5-2-701 邱爹爹居家养老上门服务回访 每周五次")
        let id = try #require(reply.caseID)
        let record = try #require(try desk.cases().first { $0.id == id })
        #expect(record.compound == "shunchi")
        #expect(!reply.text.contains("没有泊"))
    }

    /// Word from the scene in the hour of the group's emergency that the one in danger has come round or been taken
    /// away (`婆婆是醒的 鼻子出血 … 120到了`), though it names the hurt: answered on that emergency, not raised again.
    @Test func wordThatTheyHaveComeRoundGoesOnTheEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        let alarm = desk.relay("南门外公交站那个坡 一个坐轮椅的婆婆溜下去翻了 趴在车道上 快来人 我打了120", group: "水印桃源2群", sender: "阿娟")
        let id = try #require(alarm.caseID)
        let news = desk.relay("婆婆是醒的 鼻子出血 手擦破了 120到了", group: "水印桃源2群", sender: "邬叔")
        #expect(news.status == .answered, "\(news.text)")
        #expect(news.text.contains(id))
        #expect(try desk.cases().filter(\.urgent).count == 1)
    }

    /// Someone out of the water but still in danger (`拉上来了 伢在吐水 快打120`) is an alarm still.
    @Test func outOfItButInDangerStillIsAnAlarm() throws {
        let desk = try TestDesk(modules: deskModules)
        let alarm = desk.relay("塘里有个伢掉下去了 快来人", group: "李家墩村湾群", sender: "秀英")
        #expect(alarm.caseID != nil)
        let next = desk.relay("有人跳下去了 拉上来了 伢在吐水 快打120", group: "李家墩村湾群", sender: "老梁")
        #expect(next.status != .answered, "\(next.text)")
        #expect(next.text.contains("120"))
    }

    /// A cry for help with the rescue called (`… 趴在车道上 快来人 我打了120`) is an emergency, whatever words it tells
    /// the danger in; laughed, it is none.
    @Test func aCryForHelpWithTheRescueCalledIsAnEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        let alarm = desk.relay("棚顶子整块塌下来的 我一个人抬不动 快来人 我打了119", group: "顺驰泊林业主群", sender: "老梁")
        #expect(alarm.caseID != nil, "\(alarm.text)")
        #expect(alarm.text.contains("紧急"))
        #expect(try desk.cases().contains { $0.urgent })
        let joke = desk.relay("快来人 我打了120 哈哈 我家猫又把花盆推下来了", group: "奥园业主群", sender: "小祁")
        #expect(joke.caseID == nil, "\(joke.text)")
    }

    /// Asked after by a family name (`老包么样了`), or typed a character at a time (`伢 么 样 了`), in the days after the
    /// group's emergency: answered; a line spaced as usual that tells how someone is (`爹爹检查了 冇大碍`) asks nothing.
    @Test func askedAfterByNameOrSpacedIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let alarm = desk.relay("3栋1单元502 老包剁排骨把手指剁断了 血止不住 快来人", group: "奥园业主群", sender: "戚姐")
        #expect(alarm.caseID != nil)
        for line in ["老包么样了 手指接得上吧", "伢 么 样 了"] {
            let asked = desk.relay(line, group: "奥园业主群", sender: "小祁")
            #expect(asked.status == .answered, "\(line) → \(asked.text)")
            #expect(asked.text.contains("谢谢关心"))
        }
        let told = desk.relay("滕婆婆 都冇事 爹爹检查了 冇大碍", group: "奥园业主群", sender: "小祁")
        #expect(!told.text.contains("谢谢关心"), "\(told.text)")
    }

    /// The one who raised the alarm telling how it ended (`120来了 拉到中心医院了`) while the desk still asks where it is,
    /// after a neighbour's words and the grid worker's entry on the same danger: answered on the raiser's emergency, and
    /// the question of where no longer asked.
    @Test func theRaiserTellsHowItEndedAfterOthersSpoke() throws {
        let desk = try TestDesk(modules: deskModules)
        let alarm = desk.relay("球室里有个爹爹打着打着倒了 叫不应", group: "顺驰泊林业主群", sender: "宁宁")
        let id = try #require(alarm.caseID)
        _ = desk.relay("是滕师傅 嘴歪了 手抬不起来 是不是中风", group: "顺驰泊林业主群", sender: "Kiki")
        desk.say("4月15日周四 泊林 乒乓球室 滕师傅 打球时倒地 口角歪 疑似中风 已打120 让他平躺", as: "刘网格", role: nil)
        let over = desk.relay("120来了 拉到中心医院了 说送得早", group: "顺驰泊林业主群", sender: "宁宁")
        #expect(over.status == .answered, "\(over.text)")
        #expect(over.text.contains("紧急工单"))
        #expect(try desk.events(id).contains { $0.note?.contains("120来了") == true })
    }

    /// An elder being talked into sending money by a caller posing as the police, while it happens: an emergency, with
    /// the anti-fraud line; a call told of after, hung up or refused (`我挂了 是不是骗子`), is a question.
    @Test func aSwindleUnderWayIsAnEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        let alarm = desk.relay("12栋1单元302婆婆在接电话 说是公安局的 要交保证金 她拿手机在转钱 不准我碰", group: "顺驰泊林业主群", sender: "小殷")
        #expect(alarm.caseID != nil, "\(alarm.text)")
        #expect(alarm.text.contains("96110"))
        #expect(alarm.text.hasPrefix("【"), "the safety words come first")
        let told = desk.relay("今天又有个电话说我养老金认证不合格 要我转账到安全账户 我挂了 是不是骗子", group: "奥园业主群", sender: "孙婆婆")
        #expect(told.status == .answered, "\(told.text)")
        #expect(try desk.cases().filter(\.urgent).count == 1)
    }

    /// Asked plainly whether pensions rise this year, or where flexible retirement agreed with the employer is done:
    /// answered from the knowledge base, not a question left for staff.
    @Test(arguments: [("我妈问今年退休的涨不涨钱 说一月份就该涨了", "每年调一次"),
                      ("问一下 我弹性退休单位同意了 要去哪里办", "退休手续")])
    func aPensionQuestionIsAnswered(_ line: String, _ answer: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay(line, group: "水印桃源2群", sender: "莉莉")
        #expect(reply.module == "social-security", "\(line) → \(reply.text)")
        #expect(reply.status == .answered)
        #expect(reply.text.contains(answer))
        #expect(try desk.cases().isEmpty)
    }
}

