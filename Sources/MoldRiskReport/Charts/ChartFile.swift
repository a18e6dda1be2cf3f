import MoldRiskAnalysis
import MoldRiskCore

/// One chart file: its name inside the charts folder and its SVG text (UTF-8).
public struct ChartFile: Sendable, Equatable {
    public var fileName: String
    public var svg: String

    public init(fileName: String, svg: String) {
        self.fileName = fileName
        self.svg = svg
    }
}
