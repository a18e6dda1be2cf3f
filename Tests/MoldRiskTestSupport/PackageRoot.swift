import Foundation

/// The package's root folder (this file lives in Tests/MoldRiskTestSupport/), for tests that read
/// the checked-in scenarios and the README.
package let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
