/// A seed file that is missing or does not fit its format.
public enum SeedError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(String)
    case invalid(String)

    public var description: String {
        switch self {
        case .missing(let path): "找不到种子数据文件 \(path)"
        case .invalid(let why): "种子数据有误：\(why)"
        }
    }
}
