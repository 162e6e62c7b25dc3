import DeskKit
import Logging

/// Logs with ID and mobile numbers masked, in the message and in every metadata value: an error's description
/// may quote what a resident typed.
struct MaskingLogHandler: LogHandler {
    private var inner: any LogHandler

    init(_ inner: any LogHandler) { self.inner = inner }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        event.message = Logger.Message(stringLiteral: Masking.redact(event.message.description))
        event.metadata = event.metadata?.mapValues(Self.mask)
        inner.log(event: event)
    }

    private static func mask(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let s): .string(Masking.redact(s))
        case .stringConvertible(let c): .string(Masking.redact(c.description))
        case .array(let a): .array(a.map(mask))
        case .dictionary(let d): .dictionary(d.mapValues(mask))
        }
    }
}
