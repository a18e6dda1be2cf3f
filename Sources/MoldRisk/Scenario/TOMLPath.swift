/// A key path inside a scenario file (`cycles.traditional.rework_days.mode`, `analysis.stock_levels[2]`).
struct TOMLPath: Hashable, Sendable, CustomStringConvertible {
    enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    var components: [Component] = []

    /// The document's root table (an empty path).
    static let root = TOMLPath()

    /// The path of `key` inside the table at this path.
    func key(_ key: String) -> TOMLPath {
        TOMLPath(components: components + [.key(key)])
    }

    /// The path of element `index` of the array at this path.
    func index(_ index: Int) -> TOMLPath {
        TOMLPath(components: components + [.index(index)])
    }

    /// Dotted keys as in the file, array elements as `[i]`.
    var description: String {
        var out = ""
        for component in components {
            switch component {
            case let .key(key):
                if !out.isEmpty { out += "." }
                out += TOMLQuoting.key(key)
            case let .index(index):
                out += "[\(index)]"
            }
        }
        return out
    }
}
