import Foundation
import Yams

/// The folder of seed files (`seeds/`): the community's initial data, written for people to edit.
///
/// An overlay replaces or adds files without touching the folder (`TestDesk(…, seedOverlay: ["care-visits/settings.yaml": "…"])`),
/// and removed files read as missing: a module's tests give their own seed files inline.
public struct SeedFiles: Sendable {
    public let folder: URL
    /// Files given as text, by path relative to the folder; they take the place of the folder's files.
    public let overlay: [String: String]
    /// Files that read as missing even when the folder has them.
    public let removed: Set<String>

    public init(folder: URL, overlay: [String: String] = [:], removed: Set<String> = []) {
        self.folder = folder; self.overlay = overlay; self.removed = removed
    }

    /// These seeds with `files` (path → text) laid over the folder's.
    public func overlaid(_ files: [String: String]) -> SeedFiles {
        SeedFiles(folder: folder, overlay: overlay.merging(files) { $1 }, removed: removed.subtracting(files.keys))
    }

    /// These seeds without `files` (they read as missing).
    public func without(_ files: String...) -> SeedFiles {
        SeedFiles(folder: folder, overlay: overlay.filter { !files.contains($0.key) }, removed: removed.union(files))
    }

    /// The files under `seeds/<folder>/` (overlay included, removed ones left out), as paths relative to the
    /// seeds folder, sorted.
    public func files(under subfolder: String) -> [String] {
        let dir = folder.appendingPathComponent(subfolder)
        let onDisk = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let names = onDisk.map { "\(subfolder)/\($0)" }.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        } + overlay.keys.filter { $0.hasPrefix(subfolder + "/") }
        return Set(names).subtracting(removed).sorted()
    }

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
        return found.map { SeedFiles(folder: $0) }
    }

    /// The text of `name` (a path relative to the folder).
    public func text(_ name: String) throws(SeedError) -> String {
        if let given = overlay[name] { return given }
        if removed.contains(name) { throw .missing(folder.appendingPathComponent(name).path) }
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .missing(url.path) }
        return try Self.text(of: data, name: name)
    }

    /// The bytes of `name`, not read as text: ``text(_:)`` also checks that they are UTF-8.
    func bytes(_ name: String) throws(SeedError) -> Data {
        if let given = overlay[name] { return Data(given.utf8) }
        if removed.contains(name) { throw .missing(folder.appendingPathComponent(name).path) }
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .missing(url.path) }
        return data
    }

    /// `data`, the bytes of the file `name`, as text; refused as ``text(_:)`` refuses it when it is not UTF-8.
    static func text(of data: Data, name: String) throws(SeedError) -> String {
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
