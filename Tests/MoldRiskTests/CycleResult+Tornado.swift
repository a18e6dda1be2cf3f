import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
@testable import MoldRiskIO
@testable import MoldRiskReport

extension CycleResult {
    /// The computed tornado's bars; records an issue and throws when no tornado was computed
    /// (`sensitivity` is nil), so a test of the bars cannot pass on a run without them.
    func tornadoBars(sourceLocation: SourceLocation = #_sourceLocation) throws -> [SensitivityBar] {
        try #require(sensitivity, "\(name): no tornado computed", sourceLocation: sourceLocation).bars
    }
}
