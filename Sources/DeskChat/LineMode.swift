import DeskKit
import Foundation

/// Line mode and JSON mode: lines from a pipe or file, one reply per line, no prompt, no readline. In JSON mode
/// each line is one JSON object of the wire form (``JSONWire``); anything else gets a `bad-json` record.
public struct LineMode {
    public let session: any DeskConnection
    public let json: Bool

    public init(session: any DeskConnection, json: Bool) {
        self.session = session; self.json = json
    }

    /// Reads every line of `reader` and writes each reply with `write`. Returns when input ends, or in line mode
    /// when `退出` is typed; in JSON mode only the end of input ends the session.
    public func run(reader: inout LineReader, write: (String) -> Void) {
        var number = 0
        while let line = reader.next() {
            number += 1
            let (reply, id) = answer(line, number: number)
            if json {
                // A message cannot end a JSON session (a bridge may carry any resident's text): only the end of input does.
                write(JSONWire.encode(reply.quit ? .answer("JSON 模式下不能用「退出」结束，关闭输入即可。") : reply, id: id))
                continue
            }
            if !reply.text.isEmpty { write(TerminalSafe.escape(reply.text)) }
            if reply.quit { return }
        }
    }

    /// The reply to one line read, and the message id when JSON gave one.
    func answer(_ line: LineReader.Line, number: Int) -> (Reply, String?) {
        switch line {
        case .invalidUTF8:
            return (.failure(DeskError("invalid-utf8", "第\(number)行不是有效的 UTF-8 文本，已跳过")), nil)
        case .tooLong(let bytes):
            return (.failure(DeskError("line-too-long", "第\(number)行太长（\(bytes)字节），已跳过；一条消息最多\(Desk.maxLineLength)字")), nil)
        case .text(let text):
            guard json else { return (session.say(text), nil) }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return (Reply(status: .ignored, text: ""), nil) }
            // JSON mode is a protocol for programs: a line that is not an object is a mistake to report, not
            // words to answer (README, JSON lines).
            guard trimmed.hasPrefix("{") else {
                return (.failure(DeskError("bad-json", "第\(number)行不是 JSON 对象：JSON 模式（--json）每行应是一个对象，至少有 text，"
                                           + #"如 {"text": "报修 水印桃源3栋2单元502 漏水"}；要直接打字，请不用 --json"#)), nil)
            }
            do {
                let input = try JSONWire.decode(text, now: session.now)
                return (session.say(input), input.id)
            } catch {
                return (.failure(DeskError(error.code, "第\(number)行：\(error.message)")), JSONWire.id(ofRefused: text))
            }
        }
    }
}
