import DeskKit
import Foundation

/// The readline history on disk: private to its owner (0600, in a 0700 folder) and free of whole ID and phone
/// numbers — on a shared station PC anyone pressing ↑ would otherwise see them.
public struct HistoryFile: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// The line as it may be kept in history: ID and mobile numbers masked.
    public static func entry(_ line: String) -> String { Masking.redact(line) }

    /// Creates the folder (0700) and masks the numbers in a history file written before masking existed.
    public func prepare() throws {
        let fm = FileManager.default
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                               attributes: [.posixPermissions: 0o700])
        if fm.fileExists(atPath: url.path), let text = try? String(contentsOf: url, encoding: .utf8) {
            let masked = Masking.redact(text)
            if masked != text { try Data(masked.utf8).write(to: url) }
        }
        try secure()
    }

    /// Makes the file readable and writable by its owner only (after readline has written it).
    public func secure() throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }
}
