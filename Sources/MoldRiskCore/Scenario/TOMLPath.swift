/// A key path inside a scenario file (`cycles.traditional.rework_days.mode`, `analysis.stock_levels[2]`).
///
/// Paths are compared by their parts, never by their text, and printed only through
/// `description`, which quotes a part exactly when TOML needs it (`cycles."fast track".fixed_cost`,
/// `cycles.数据驱动.fixed_cost`): so every path a report prints is one `--set PATH=VALUE` accepts.
package struct TOMLPath: Hashable, Sendable, CustomStringConvertible {
    /// One part of a path: a table key, or an element of an array.
    package enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    package var components: [Component] = []

    /// The document's root table (an empty path).
    package static let root = TOMLPath()

    package init(components: [Component] = []) {
        self.components = components
    }

    /// The path made of these keys, from the root (`["cycles", "fast track"]`).
    package init(keys: [String]) {
        components = keys.map(Component.key)
    }

    /// A cycle's table, `cycles.<name>` (`cycles.traditional`, `cycles."fast track"`).
    package static func cycle(_ name: String) -> TOMLPath {
        root.key("cycles").key(name)
    }

    /// The path of `key` inside the table at this path.
    package func key(_ key: String) -> TOMLPath {
        TOMLPath(components: components + [.key(key)])
    }

    /// The path of element `index` of the array at this path.
    package func index(_ index: Int) -> TOMLPath {
        TOMLPath(components: components + [.index(index)])
    }

    /// This path followed by `path` (`cycles.a` then `demand.units`).
    package func appending(_ path: TOMLPath) -> TOMLPath {
        TOMLPath(components: components + path.components)
    }

    /// True when this path is `prefix` or lies under it, part by part (`cycles.a.rework_days.mode`
    /// lies under `cycles.a`; `cycles.ab` does not).
    package func starts(with prefix: TOMLPath) -> Bool {
        components.starts(with: prefix.components)
    }

    /// The rest of this path below `prefix` (`cycles.a.demand.units` below `cycles.a` is
    /// `demand.units`), or nil when it does not lie strictly under `prefix`.
    package func relative(to prefix: TOMLPath) -> TOMLPath? {
        guard starts(with: prefix), components.count > prefix.components.count else { return nil }
        return TOMLPath(components: Array(components.dropFirst(prefix.components.count)))
    }

    /// The last key of the path (`rework_probability` of `cycles.a.rework_probability`); nil for
    /// the root or a path ending in an array element.
    package var lastKey: String? {
        guard case let .key(key)? = components.last else { return nil }
        return key
    }

    /// Dotted keys as in the file, array elements as `[i]`: the one way a path is printed.
    package var description: String {
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
