import Foundation
import Yams

/// The folder of seed files (`seeds/`): the community's initial data, written for people to edit.
public struct SeedFiles: Sendable {
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    /// Finds `seeds/`: `$DESK_SEEDS` (which must then hold `community.yaml`: a mistyped folder is an error,
    /// not a silent fall-back to other seeds), else `./seeds`, else a `seeds` folder beside or above the executable.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(SeedError) -> SeedFiles? {
        var candidates: [URL] = []
        if let env = environment["DESK_SEEDS"], !env.isEmpty {
            let folder = URL(fileURLWithPath: env)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("community.yaml").path) else {
                throw .invalid("DESK_SEEDS 指向的 \(env) 里没有 community.yaml（种子文件夹不存在或不对）")
            }
            return SeedFiles(folder: folder)
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("seeds"))
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("seeds"))
            dir = dir.deletingLastPathComponent()
        }
        let found = candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("community.yaml").path) }
        return found.map(SeedFiles.init(folder:))
    }

    /// The text of `name` (a path relative to the folder).
    public func text(_ name: String) throws(SeedError) -> String {
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .missing(url.path) }
        guard let text = String(data: data, encoding: .utf8) else { throw .invalid("\(name) 不是 UTF-8 文本") }
        return text
    }

    /// Decodes the YAML file `name` as `T`, naming the file and the problem when it does not fit.
    public func decode<T: Decodable>(_ type: T.Type, from name: String) throws(SeedError) -> T {
        try Self.decode(type, yaml: try text(name), name: name)
    }

    /// Decodes YAML text, for seeds stored in the database.
    public static func decode<T: Decodable>(_ type: T.Type, yaml: String, name: String) throws(SeedError) -> T {
        do {
            return try YAMLDecoder().decode(type, from: yaml)
        } catch {
            throw .invalid("\(name) 格式有误：\(error)")
        }
    }
}
