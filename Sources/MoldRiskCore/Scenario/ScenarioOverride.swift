/// One `--set KEY=VALUE` override: a scenario key path and the TOML value that replaced the file's.
package struct ScenarioOverride: Sendable, Equatable {
    /// The key path set (`product.stock`, `cycles."fast track".fixed_cost`); printed through
    /// `TOMLPath.description`, as `--set` takes it.
    package var keyPath: TOMLPath
    /// The value as typed on the command line (a TOML value: `80000`, `{ dist = "fixed", value = 3 }`).
    package var value: String

    package init(keyPath: TOMLPath, value: String) {
        self.keyPath = keyPath
        self.value = value
    }
}
