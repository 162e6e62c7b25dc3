import Foundation
@testable import DeskKit
import Testing

/// The short form `3-2-502` read byte by byte finds what its regular expression found (the pattern it replaced,
/// kept here to compare with).
@Suite("Short-form addresses give the pattern's answers")
struct AddressShortFormTests {
    static let pattern = try! NSRegularExpression(pattern: #"(?<![0-9])([0-9]{1,3})-([0-9]{1,2})-([0-9]{3,4})(?![0-9])"#)

    static func byPattern(_ text: String) -> (String, String, String)? {
        let ns = text as NSString
        guard let m = pattern.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (ns.substring(with: m.range(at: 1)), ns.substring(with: m.range(at: 2)), ns.substring(with: m.range(at: 3)))
    }

    @Test func sameAsThePattern() {
        var lines = ["7-1-302 李阿姨", "3-1-201 住户17", "12-2-1203", "泊林6-2-302 陈爹爹", "1234-5-678-90-1234", "1-2-34567", "1-2-345-",
                     "a1-2-345b", "-1-2-345", "1--2-345", "1-2--345", "1-123-456", "0-0-000", "99-99-9999", "999-99-9999", "1000-1-101",
                     "电话 027-8765-4321", "3-2-502和4-1-101", "x-1-2-345", "1-2-3451-2-345", "1-2-34a", "１-２-３０２", "7-1-302室",
                     "2026-12-01", "1-1-10１", "", "-", "1-", "1-2", "1-2-", "1-2-30", "5-6-789🙂", "é1-2-345", "3栋2单元502"]
        var random = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["1", "2", "3", "0", "9", "-", "-", " ", "栋", "a", "é", "🙂"]
        for _ in 0..<5_000 {
            lines.append(String((0..<Int.random(in: 0...14, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        for line in lines {
            let scanned = AddressParser.shortForm(in: line)
            let matched = Self.byPattern(line)
            #expect(scanned?.building == matched?.0 && scanned?.unit == matched?.1 && scanned?.room == matched?.2, "\(line)")
        }
    }
}
