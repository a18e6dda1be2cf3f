@testable import MoldRiskCore

/// Key paths written in tests as `--set` takes them (`"cycles.\"fast track\".fixed_cost"`), read
/// by the same parser (`OverrideSyntax`), so a literal that `--set` would refuse fails the test.
extension TOMLPath: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        guard case let .success(split) = OverrideSyntax.split(text + "=0") else {
            self.init(keys: ["not a key path: \(text)"])
            return
        }
        self.init(keys: split.keys)
    }
}
