import Foundation
import Mustache

/// The web pages' Mustache templates (`Web/Templates/*.mustache`, the target's resources), read once at start.
/// Every `{{value}}` is HTML-escaped by the library; no template uses the unescaped form.
struct WebTemplates: Sendable {
    let library: MustacheLibrary

    /// Reads every template in the resource folder; a missing or broken one stops start-up with its name.
    init() throws {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw WebTemplateError(name: "Templates", reason: "资源目录不存在")
        }
        var library = MustacheLibrary()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        for file in names.sorted() {
            let name = String(file.dropLast(".mustache".count))
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            do { try library.register(text, named: name) } catch {
                throw WebTemplateError(name: name, reason: "\(error)")
            }
        }
        self.library = library
    }

    /// `object` rendered with template `name`.
    func render(_ object: Any, _ name: String) -> String {
        library.render(object, withTemplate: name) ?? ""
    }
}

/// A template that could not be read.
struct WebTemplateError: Error, CustomStringConvertible {
    let name: String
    let reason: String
    var description: String { "网页模板 \(name) 无法读取：\(reason)" }
}
