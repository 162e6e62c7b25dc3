import DeskChat
import Foundation
import Testing

@Suite("The readline history file")
struct HistoryFileTests {
    @Test func linesAreMaskedBeforeTheyAreKept() {
        #expect(HistoryFile.entry("老人登记 陈友谊 420102194003150026 13607182345") == "老人登记 陈友谊 420102********0026 136****2345")
    }

    @Test func anOldFileIsMaskedAndMadePrivate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)/microdesk")
        let url = folder.appendingPathComponent("history")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("报修 王阿姨 13971234567\n备注 BX-0001 身份证420102194003150026\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        try HistoryFile(url: url).prepare()
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(!text.contains("13971234567") && !text.contains("420102194003150026"))
        #expect(text.contains("139****4567"))
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
