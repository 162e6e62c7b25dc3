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

    /// Reads every line of `reader` and writes the replies with `write`: the replies of the lines answered together,
    /// each ended by a line break but the last, in one call. Returns when input ends, or in line mode when `退出`
    /// is typed; in JSON mode only the end of input ends the session.
    ///
    /// Lines already read and waiting together — a file, or a program's burst — are answered together, with one
    /// commit for everything they write (``DeskConnection/together(_:)``), and their replies are written once it is
    /// done: a case is on disk before its reply, as when each line committed alone, and no line is held waiting for
    /// input that has not come. Piped 4,000 lines a quarter of which open or join cases, one `fdatasync` a case
    /// was most of line mode's time on a busy disk (docs/performance.md, nineteenth pass). A batch takes at most
    /// ``batchSize`` lines and ``batchInterval`` after its first, as a relay's does, so that the write lock it holds
    /// is soon free for another process. A line alone — typed, or sent by a program that waits for each reply — is
    /// answered as before, taking the write lock only if it writes.
    public func run(reader: inout LineReader, write: (String) -> Void) {
        var number = 0
        while let first = reader.next() {
            let answered = reader.hasLineWaiting ? answerTogether(first, reader: &reader, number: number)
                                                 : [answer(first, number: number + 1)]
            number += answered.count
            var output: [String] = []
            var quit = false
            for (reply, id) in answered {
                if json {
                    // A message cannot end a JSON session (a bridge may carry any resident's text): only the end of input does.
                    output.append(JSONWire.encode(reply.quit ? .answer("JSON 模式下不能用「退出」结束，关闭输入即可。") : reply, id: id))
                    continue
                }
                if !reply.text.isEmpty { output.append(TerminalSafe.escape(reply.text)) }
                if reply.quit { quit = true; break }
            }
            if !output.isEmpty { write(output.joined(separator: "\n")) }
            if quit { return }
        }
    }

    /// `first` and the lines already waiting after it, answered in one transaction: each one's reply and message id,
    /// in order. Ends at `退出` in line mode, at the first line not yet read, or at ``batchSize`` lines or
    /// ``batchInterval``.
    private func answerTogether(_ first: LineReader.Line, reader: inout LineReader, number: Int) -> [(Reply, String?)] {
        var answered: [(Reply, String?)] = []
        let started = Date()
        do {
            try session.together {
                var line = first
                while true {
                    answered.append(answer(line, number: number + answered.count + 1))
                    if !json && answered[answered.count - 1].0.quit { return }
                    guard answered.count < Self.batchSize, Date().timeIntervalSince(started) < Self.batchInterval,
                          reader.hasLineWaiting, let next = reader.next() else { return }
                    line = next
                }
            }
            return answered
        } catch {
            // The transaction could not begin (nothing was answered: the line is answered alone, as before) or could
            // not commit (nothing the lines wrote is kept: each is told so).
            guard !answered.isEmpty else { return [answer(first, number: number + 1)] }
            let failure = Reply.failure(DeskError.storage(error)
                ?? DeskError("internal", "处理时出错，已记录日志，没有保存任何内容。请稍后再试或联系管理员。"))
            return answered.map { reply, id in (reply.quit ? reply : failure, id) }
        }
    }

    /// At most this many lines are answered together (``run(reader:write:)``), as a relay's batch.
    static let batchSize = 500
    /// …and for at most this long after the first of them.
    static let batchInterval: TimeInterval = 0.1

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
