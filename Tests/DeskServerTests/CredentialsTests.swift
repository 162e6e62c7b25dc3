import DeskKit
import DeskServer
import DeskTesting
import Testing

@Suite("Credentials file")
struct CredentialsTests {
    @Test func tokensAreCheckedAgainstTheirHashesOnly() throws {
        let file = """
            # stations and callers
            station 驿站1 sha256:\(Credentials.hash("secret-one"))
            apikey\t12345平台\tsha256:\(Credentials.hash("key-one").uppercased())

            bridge wechat a-bridge-secret-of-some-length
            """
        let credentials = try Credentials(contentsOf: file)
        #expect(credentials.station(token: "secret-one") == "驿站1")
        #expect(credentials.station(token: "secret-two") == nil)
        #expect(credentials.apiCaller(key: "key-one") == "12345平台")
        #expect(credentials.apiCaller(key: "secret-one") == nil)
        #expect(!file.contains("secret-one\n"))
    }

    @Test(arguments: [
        ("station 驿站1 secret-in-clear", "凭据文件第1行的值应为 sha256:"),
        ("station 驿站1 sha256:abc", "凭据文件第1行的值应为 sha256:"),
        ("printer 驿站1 sha256:\(String(repeating: "0", count: 64))", "凭据文件第1行应为「种类 名称 值」"),
        ("\nbridge wechat short", "凭据文件第2行：桥接密钥至少 16 个字符"),
        ("station 驿站1", "凭据文件第1行应为「种类 名称 值」"),
    ])
    func aBadLineIsNamedWithWhatIsWrong(line: String, message: String) {
        #expect {
            _ = try Credentials(contentsOf: line)
        } throws: { error in
            (error as? DeskError)?.message.hasPrefix(message) == true
        }
    }

    @Test func aStationTokenMustNameOneOfTheCommunitysStations() throws {
        let directory = try SeedFiles.bundled.decode(CommunityDirectory.self, from: "community.yaml")
        var known = try Credentials(contentsOf: "station station-2 sha256:\(Credentials.hash("secret-two"))")
        try known.checkStations(in: directory)
        #expect(known.station(token: "secret-two") == "驿站2", "an id is taken for the station's name")
        var unknown = try Credentials(contentsOf: "station 东门驿站 sha256:\(Credentials.hash("secret-one"))")
        #expect {
            try unknown.checkStations(in: directory)
        } throws: { error in
            (error as? DeskError)?.message == "凭据文件中的驿站令牌：没有驿站「东门驿站」。社区的驿站：驿站1、驿站2、驿站3"
        }
    }

    @Test func newTokensAreLongAndDifferent() {
        let a = Credentials.newToken(), b = Credentials.newToken()
        #expect(a != b)
        #expect(a.count >= 43)
        #expect(a.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }
}
