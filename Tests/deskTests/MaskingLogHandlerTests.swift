@testable import desk
import Foundation
import Logging
import Synchronization
import Testing

@Suite("Logs")
struct MaskingLogHandlerTests {
    /// Keeps what it is asked to log.
    final class Capture: LogHandler, @unchecked Sendable {
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        let lines = Mutex<[String]>([])
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            lines.withLock { $0.append("\(event.message) \(event.metadata ?? [:])") }
        }
    }

    @Test func messagesAndMetadataAreMasked() {
        let capture = Capture()
        let logger = Logger(label: "test") { _ in MaskingLogHandler(capture) }
        logger.error("line failed: 13971234567", metadata: ["error": "身份证420102194003150026", "list": ["138-1234-5678"]])
        let logged = capture.lines.withLock { $0.joined() }
        #expect(!logged.contains("13971234567") && !logged.contains("420102194003150026") && !logged.contains("138-1234-5678"))
        #expect(logged.contains("139****4567") && logged.contains("420102********0026"))
    }
}
