import DeskKit
import Foundation

/// Line mode and JSON mode: lines from a pipe or file, one reply per line, no prompt, no readline.
public struct LineMode {
    public let session: any DeskConnection
    public let json: Bool

    public init(session: any DeskConnection, json: Bool) {
        self.session = session; self.json = json
    }

    /// Reads every line of `reader` and writes each reply with `write`. Returns when input ends or `退出` is said.
    public func run(reader: inout LineReader, write: (String) -> Void) {
        var number = 0
        while let line = reader.next() {
            number += 1
            let (reply, id) = answer(line, number: number)
            if json {
                write(JSONWire.encode(reply, id: id))
            } else if !reply.text.isEmpty {
                write(reply.text)
            }
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
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return (Reply(status: .ignored, text: ""), nil) }
            do {
                let input = try JSONWire.decode(text)
                return (session.say(input), input.id)
            } catch {
                return (.failure(error), nil)
            }
        }
    }
}
