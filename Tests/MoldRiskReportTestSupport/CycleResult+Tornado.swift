import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport

extension CycleResult {
    /// The computed tornado's bars; records an issue and throws when no tornado was computed
    /// (`sensitivity` is nil), so a test of the bars cannot pass on a run without them.
    package func tornadoBars(sourceLocation: SourceLocation = #_sourceLocation) throws -> [SensitivityBar] {
        try #require(sensitivity, "\(name): no tornado computed", sourceLocation: sourceLocation).bars
    }
}
